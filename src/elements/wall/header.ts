// <badge-wall>'s header and its form: pure templates of what the element hands in (its view,
// summary and callbacks), so the element file keeps its state and its render() only.

import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../shared/heading.js';
import type { Translator } from '../shared/i18n.js';
import type { TileContext } from './tiles.js';
import { CLAIMED_ISSUER, GROUPS, SORT_ORDERS, STATUSES, type GroupBy, type SortOrder, type WallView } from './model.js';
import type { WallSource } from './sources.js';
import type { WallCounts, WallSummary } from './summary.js';

/** A UI string of the one catalogue (shared/i18n.ts), in the wall's language. */
export type WallT = Translator['t'];

/** How the wall lays its badges out. */
export type BadgeWallLayout = 'grid' | 'list' | 'compact';

/** What the header, the form and the tiles show, and what they change (one per render). */
export interface WallRenderContext extends TileContext {
  summary: WallSummary;
  source?: WallSource;
  owner?: string;
  filters: Omit<WallView, 'sort' | 'group'>;
  sort: SortOrder;
  noControls: boolean;
  loadState: 'idle' | 'loading' | 'ready' | 'error';
  /** Nothing is being verified (the "Verify all now" button shows). */
  idle: boolean;
  verifyAll(): void;
  setFilter<K extends keyof WallView>(key: K, value: WallView[K] | undefined): void;
  clearFilters(): void;
  toggleSkill(name: string): void;
  set(props: { sort?: SortOrder; group?: GroupBy; layout?: BadgeWallLayout }): void;
}

/** The source could not be read: what went wrong, and the wall's own fallback content. */
export function renderLoadError(t: WallT, message: string): TemplateResult {
  return html`<div class="source-error" role="alert"><strong>${t('wall.loadError')}</strong><p>${message}</p><slot></slot></div>`;
}

/** "Showing 12 of 57" and the button that clears the filters. */
export function renderShowing(ctx: WallRenderContext, shown: number): TemplateResult {
  const t = ctx.t;
  return html`<p part="showing" class="showing"><span>${t('wall.showing', { shown: fmt(shown), total: fmt(ctx.summary.counts.total) })}</span>
    <button class="link-button" @click=${() => ctx.clearFilters()}>${t('wall.clear')}</button></p>`;
}

/** The counts line as one sentence (what the live region announces when the wall is verified). */
export function countsText(t: WallT, c: WallCounts): string {
  const parts = [c.total === 1 ? t('wall.badgesOne') : t('wall.badges', { count: fmt(c.total) }), t('wall.confirmed', { count: fmt(c.confirmed) })];
  if (c.unconfirmed) parts.push(t('wall.unconfirmed', { count: fmt(c.unconfirmed) }));
  if (c.invalid) parts.push(t('wall.invalid', { count: fmt(c.invalid) }));
  if (c.indeterminate) parts.push(t('wall.indeterminate', { count: fmt(c.indeterminate) }));
  if (c.error) parts.push(t('wall.error', { count: fmt(c.error) }));
  if (c.renewed) parts.push(renewedText(t, c.renewed));
  return parts.join(' · ');
}

const renewedText = (t: WallT, n: number): string => (n === 1 ? t('wall.renewedCountOne') : t('wall.renewedCount', { count: fmt(n) }));

/** The header: title, owner, counts, progress, issuers and the competency summary. */
export function renderHeader(ctx: WallRenderContext): TemplateResult {
  const { t, summary: s } = ctx;
  const c = s.counts;
  const owner = ctx.owner ?? ctx.source?.owner;
  const title = owner ?? ctx.source?.name;
  const active = ctx.filters;
  // While badges are being verified, the issuers and skills sections keep their place (empty
  // at first), so their arrival does not push the wall down.
  const reserve = (c.pending > 0 && ctx.loadState === 'ready') || ctx.loadState === 'loading';
  // On the progress line, not the counts line: one more count there wraps a full line and moves the wall down.
  const renewed = c.renewed ? html`<span class="count-renewed">↻ ${renewedText(t, c.renewed)}</span>` : nothing;
  return html`<header part="header">
    ${title ? heading(ctx.headingLevel, title, { part: 'title', class: 'title' }) : nothing}
    ${owner && ctx.source?.name && ctx.source.name !== owner ? html`<p class="muted source-name">${ctx.source.name}</p>` : nothing}
    ${ctx.source?.description ? html`<p class="description">${ctx.source.description}</p>` : nothing}
    <p part="counts" class="counts">
      <span class="count-total">${c.total === 1 ? t('wall.badgesOne') : t('wall.badges', { count: fmt(c.total) })}</span>
      <span class="count-valid valid">✓ ${t('wall.confirmed', { count: fmt(c.confirmed) })}</span>
      ${c.unconfirmed ? html`<span class="count-unconfirmed unconfirmed">! ${t('wall.unconfirmed', { count: fmt(c.unconfirmed) })}</span>` : nothing}
      ${c.invalid ? html`<span class="count-invalid invalid">✕ ${t('wall.invalid', { count: fmt(c.invalid) })}</span>` : nothing}
      ${c.indeterminate ? html`<span class="count-indeterminate indeterminate">? ${t('wall.indeterminate', { count: fmt(c.indeterminate) })}</span>` : nothing}
      ${c.error ? html`<span class="count-error error">! ${t('wall.error', { count: fmt(c.error) })}</span>` : nothing}
    </p>
    ${
      c.pending
        ? html`<p part="progress" class="progress-line">
          <span>${ctx.idle ? t('wall.notChecked', { count: fmt(c.pending) }) : t('wall.progress', { done: fmt(c.checked), total: fmt(c.total) })}</span>
          <progress max=${c.total} .value=${c.checked} aria-label=${t('wall.progress', { done: fmt(c.checked), total: fmt(c.total) })}></progress>
          ${ctx.idle ? html`<button class="link-button" @click=${() => ctx.verifyAll()}>${t('wall.verifyAll')}</button>` : nothing} ${renewed}
        </p>`
        : c.total && ctx.loadState === 'ready'
          ? // Keeps the line's place once every badge is checked: the wall below does not jump up.
            html`<p part="progress" class="progress-line">
            <span>${t('wall.allChecked', { total: fmt(c.total) })}</span>
            <progress max=${c.total} .value=${c.total} aria-label=${t('wall.allChecked', { total: fmt(c.total) })}></progress> ${renewed}
          </p>`
          : nothing
    }
    ${
      s.issuers.length || reserve
        ? html`<div part="issuers" class="issuers">
          <p class="facet-label" id="issuers-label">${t('wall.issuers')}</p>
          <div class="facet-scroll"><span class="facet-sizer" aria-hidden="true"></span><ul class="facet-list" aria-labelledby="issuers-label">
            ${[...s.issuers, ...s.claimedIssuers.map((i) => ({ ...i, name: CLAIMED_ISSUER + i.name }))].map(
              (i) => html`<li><button class="chip-button" data-issuer=${i.name} aria-pressed=${active.issuer === i.name ? 'true' : 'false'}
                @click=${() => ctx.setFilter('issuer', active.issuer === i.name ? undefined : i.name)}><bdi>${issuerLabel(t, i.name)}</bdi> <span class="count">${fmt(i.count)}</span></button></li>`,
            )}
          </ul></div>
        </div>`
        : nothing
    }
    ${
      s.skills.length || reserve
        ? html`<section part="skills" class="skills" aria-labelledby="skills-label">
          ${heading(ctx.headingLevel + 1, owner ? t('wall.skillsSummary', { owner }) : t('wall.skillsSummaryAnon'), { class: 'facet-label', id: 'skills-label' })}
          <div class="facet-scroll"><span class="facet-sizer" aria-hidden="true"></span><ul class="facet-list">
            ${s.skills.map(
              (k) => html`<li><button part="skill" class="chip-button" data-skill=${k.name}
                aria-pressed=${active.skill?.toLowerCase() === k.name.toLowerCase() ? 'true' : 'false'}
                @click=${() => ctx.toggleSkill(k.name)}>${k.name} <span class="count">${fmt(k.count)}</span></button></li>`,
            )}
          </ul></div>
        </section>`
        : nothing
    }
  </header>`;
}

/** The filter / sort / group / layout form. */
export function renderControls(ctx: WallRenderContext): TemplateResult | typeof nothing {
  const { t, summary: s } = ctx;
  if (ctx.noControls) return nothing;
  const f = ctx.filters;
  const option = (value: string, label: string, selected: boolean) => html`<option value=${value} ?selected=${selected}>${label}</option>`;
  const select = (name: string, label: string, value: string, options: TemplateResult[], onChange: (v: string) => void) =>
    html`<label>${label}<select name=${name} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>${options}</select></label>`;
  return html`<form part="controls" class="controls" role="search" aria-label=${t('wall.filters')} @submit=${(e: Event) => e.preventDefault()}>
    <label class="search">${t('wall.search')}<input type="search" name="q" .value=${f.q ?? ''}
      @input=${(e: Event) => ctx.setFilter('q', (e.target as HTMLInputElement).value)} /></label>
    ${select('skill', t('wall.skill'), f.skill ?? '', [option('', t('wall.any'), !f.skill), ...s.skills.map((k) => option(k.name, `${k.name} (${k.count})`, f.skill?.toLowerCase() === k.name.toLowerCase()))], (v) => ctx.setFilter('skill', v || undefined))}
    ${select('issuer', t('wall.issuer'), f.issuer ?? '', [option('', t('wall.any'), !f.issuer), ...[...s.issuers, ...s.claimedIssuers.map((i) => ({ ...i, name: CLAIMED_ISSUER + i.name }))].map((i) => option(i.name, `${issuerLabel(t, i.name)} (${i.count})`, f.issuer === i.name))], (v) => ctx.setFilter('issuer', v || undefined))}
    ${select('year', t('wall.year'), f.year ?? '', [option('', t('wall.any'), !f.year), ...s.years.map((y) => option(y.name, `${y.name} (${y.count})`, f.year === y.name))], (v) => ctx.setFilter('year', v || undefined))}
    ${select('status', t('wall.status'), f.status ?? '', [option('', t('wall.any'), !f.status), ...STATUSES.map((st) => option(st, t(`wall.status.${st}`), f.status === st))], (v) => ctx.setFilter('status', (v || undefined) as WallView['status']))}
    ${select(
      'sort',
      t('wall.sort'),
      ctx.sort,
      SORT_ORDERS.map((o) => option(o, t(`wall.sort.${o}`), ctx.sort === o)),
      (v) => ctx.set({ sort: v as SortOrder }),
    )}
    ${select(
      'group',
      t('wall.group'),
      ctx.group,
      GROUPS.map((g) => option(g, t(`wall.group.${g}`), ctx.group === g)),
      (v) => ctx.set({ group: v as GroupBy }),
    )}
    ${select(
      'layout',
      t('wall.layout'),
      ctx.layout,
      (['grid', 'list', 'compact'] as const).map((l) => option(l, t(`wall.layout.${l}`), ctx.layout === l)),
      (v) => ctx.set({ layout: v as BadgeWallLayout }),
    )}
  </form>`;
}

/** Whether a wall of this page already laid out a select (see warmControls). */
let controlsWarmed = false;

/**
 * The page's first <select> costs 14-37 ms of layout on the 2-core test VM (a one-time set-up of form
 * controls), paid in the first frame of the wall with everything else: one hidden select, laid out in a
 * task of its own before the list arrives, pays it there.
 */
export function warmControls(root: Node, noControls: boolean): void {
  if (noControls || controlsWarmed || typeof document === 'undefined') return;
  controlsWarmed = true;
  setTimeout(() => {
    const probe = document.createElement('select');
    probe.setAttribute('aria-hidden', 'true');
    probe.style.cssText = 'position:absolute;visibility:hidden;pointer-events:none';
    probe.append(new Option('x'));
    root.appendChild(probe);
    void probe.offsetWidth;
    probe.remove();
  });
}

// One formatter: `n.toLocaleString()` builds a new one per call (~30 µs), and a wall update formats
// every count of the header and of the filter options.
const numberFormat = new Intl.NumberFormat();
export function fmt(n: number): string {
  return numberFormat.format(n);
}

/** An issuer facet as shown: a proven identity as it is, a name only badges claim as "Not confirmed: {name}". */
export function issuerLabel(t: WallT, facet: string): string {
  return facet.startsWith(CLAIMED_ISSUER) ? t('wall.notConfirmed', { name: facet.slice(CLAIMED_ISSUER.length) }) : facet;
}
