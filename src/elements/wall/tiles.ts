// <badge-wall>'s tiles: one template per state of a tile (waiting, verified, with its card), memoized
// per entry, and the printed line of each badge.

import { html, nothing, type TemplateResult } from 'lit';
import type { VerificationReport } from '../../core/model.js';
import { repeat } from 'lit/directives/repeat.js';
import { cardExportParts } from '../card/parts.js';
import { heading } from '../shared/heading.js';
import type { Translator } from '../shared/i18n.js';
import { summarize as statusLine } from '../shared/report.js';
import { safeLinkUrl } from '../shared/safe-url.js';
import { fmt, issuerLabel, type BadgeWallLayout, type WallT } from './header.js';
import type { EntryGroup, GroupBy, WallEntry } from './model.js';
import { history, type Lineage } from './history-view.js';

/** Every part of <badge-card>, forwarded as `card__<part>` (card/parts.ts). */
export const CARD_EXPORT_PARTS = cardExportParts();

/** What a tile shows besides its entry. */
export interface TileContext {
  t: WallT;
  /** The translator of this render (dates and status lines of the printed lines). */
  ct: Translator;
  /** What a memoized tile depends on besides its entry: layout, theme, heading level, language. */
  sig: string;
  layout: BadgeWallLayout;
  theme: string;
  /** The level of the wall's title: a group's heading and the cards' names are one below. */
  headingLevel: number;
  group: GroupBy;
  /** Tiles to render (the render window). */
  limit: number;
  isMounted(key: string): boolean;
  select(entry: WallEntry): void;
  /** The earlier issues of a shown issue, when it is a renewal (wall/renewals.ts). */
  lineage(key: string): Lineage | undefined;
}

export class WallTiles {
  /**
   * Tiles are memoized per entry: re-rendering the wall (a report arrived, a filter changed) then
   * hands lit the same template values for the other 999 tiles, which it skips without work.
   */
  readonly #tiles = new WeakMap<WallEntry, { report?: VerificationReport; card: boolean; sig: string; tpl: TemplateResult }>();

  #tile(ctx: TileContext, entry: WallEntry): TemplateResult {
    const sig = ctx.sig + ctx.lineage(entry.key)?.sig;
    const card = ctx.isMounted(entry.key);
    const memo = this.#tiles.get(entry);
    if (memo && memo.report === entry.report && memo.card === card && memo.sig === sig) return memo.tpl;
    const tpl = this.#tileNow(ctx, entry, card);
    this.#tiles.set(entry, { report: entry.report, card, sig, tpl });
    return tpl;
  }

  /**
   * One template for every state of a tile (waiting, verified, with its card), so the <li> and its
   * placeholder are made once: a report arriving for a far tile updates a few bindings of the same
   * elements (a template per state would build, style and observe 1,000 <li>s again during
   * verifyAll()), and a card replaces only the placeholder.
   */
  #tileNow(ctx: TileContext, entry: WallEntry, card: boolean): TemplateResult {
    const t = ctx.t;
    const report = entry.report;
    const lineage = ctx.lineage(entry.key);
    const name = entry.facets?.name || t('label.unnamed');
    const cardLayout = ctx.layout === 'compact' ? 'compact' : 'card';
    const body = entry.child
      ? html`<slot name=${entry.key}></slot>`
      : report && card
        ? html`<badge-card .report=${report} .history=${lineage?.earlier} src=${entry.url ?? ''} layout=${cardLayout} theme=${ctx.theme} heading-level=${ctx.headingLevel + 1} exportparts=${CARD_EXPORT_PARTS}></badge-card>`
        : html`<div part="placeholder" class="placeholder"><div class="ph-image skeleton"></div><div class="ph-lines"
            ><span class="ph-line skeleton"></span><span class="ph-line skeleton"></span><span class="visually-hidden">${report ? name : t('wall.loading')}</span></div></div>`;
    return html`<li part="tile" class="tile ${report ? 'selectable' : ''} status-${entry.facets?.status ?? 'pending'}" data-key=${entry.key}
      ?data-waiting=${!report && !entry.child} ?data-lazy=${!entry.child && !(report && card)}
      >${report ? html`<button part="select" class="select" aria-label=${t('wall.open', { name })} @click=${() => ctx.select(entry)}></button>` : nothing}${body}${lineage ? history()?.renewedLine(ctx, lineage) : nothing}${printLine(ctx, entry)}</li>`;
  }

  /** The view's groups (one list when ungrouped), the first `ctx.limit` tiles of it. */
  render(ctx: TileContext, groups: EntryGroup[]): TemplateResult {
    const t = ctx.t;
    let budget = ctx.limit;
    const grouped = ctx.group !== 'none';
    return html`${repeat(
      groups,
      (g) => `${ctx.group}:${g.unknown ? '?' : g.key}`,
      (g) => {
        const entries = g.entries.slice(0, Math.max(0, budget));
        budget -= entries.length;
        // role=list: Safari drops the list role of a list styled `list-style: none`.
        // eslint-disable-next-line lit-a11y/no-redundant-role
        const list = html`<ul part="tiles" class="tiles" role="list">${repeat(
          entries,
          (e) => e.key,
          (e) => this.#tile(ctx, e),
        )}</ul>`;
        if (!grouped) return list;
        const name = g.unknown ? t('wall.status.pending') : ctx.group === 'issuer' ? issuerLabel(t, g.key) : g.key;
        return html`<section part="group" class="group" aria-label=${name}>
          ${heading(ctx.headingLevel + 1, html`<span class="group-name">${name}</span> <span class="count">(${fmt(g.entries.length)})</span>`, { part: 'group-heading', class: 'group-heading' })}
          ${list}
        </section>`;
      },
    )}`;
  }
}

/** The dialog that shows one badge in full. */
export function renderDialog(ctx: TileContext, entry: WallEntry, close: () => void): TemplateResult {
  const lineage = ctx.lineage(entry.key);
  return html`<dialog part="dialog" aria-label=${entry.facets?.name ?? ''} @close=${close}>
    <div class="dialog-body">
      <form method="dialog"><button class="button">${ctx.t('wall.close')}</button></form>
      <badge-card .report=${entry.report} .history=${lineage?.earlier} src=${entry.url ?? ''} layout="full" theme=${ctx.theme} heading-level=${ctx.headingLevel + 1} exportparts=${CARD_EXPORT_PARTS}></badge-card>
      ${lineage ? history()?.timeline(ctx, lineage) : nothing}
    </div>
  </dialog>`;
}

/** What paper shows: name, issuer, date, status and the URL to check it at. */
function printLine(ctx: TileContext, entry: WallEntry): TemplateResult {
  const t = ctx.t;
  const report = entry.report;
  const badge = report?.badge;
  const ct = ctx.ct;
  // A renewed achievement prints its history ("2019, renewed 2022 and 2025, valid until 2028").
  const l = ctx.lineage(entry.key);
  const lines = l ? history()?.printHistory(ctx, l, badge) : undefined;
  const date = lines ?? ct.date(badge?.issued ?? badge?.validFrom);
  const url = safeLinkUrl(entry.url ?? badge?.url ?? badge?.id);
  return html`<p part="print-line" class="print-only print-line">
    <span class="p-name">${entry.facets?.name || entry.url || t('label.unnamed')}</span>${entry.facets?.issuer ? html` — <span class="p-issuer">${issuerLabel(t, entry.facets.issuer)}</span>` : nothing}${
      date ? html`, <span class="p-date">${lines ?? t('wall.printIssued', { date })}</span>` : nothing
    } — <span class="p-status">${report ? statusLine(ct, report).label : t('wall.status.pending')}</span>
    ${url ? html`<a class="p-url" href=${url}>${t('wall.printUrl')} ${url}</a>` : nothing}
  </p>`;
}
