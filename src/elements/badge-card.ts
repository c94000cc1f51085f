import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { CredentialInput, RegistryConfig } from '../core/index.js';
import type { Badge, VerificationReport } from '../core/model.js';
import { adoptStyles, BadgeElement } from './shared/base.js';
import { badgeSettingsContext, type BadgeSettings } from './shared/config.js';
import { localizedBadge, warmIntl, type Translator } from './shared/i18n.js';
import { loadMarkdown, renderText, textReady } from './shared/text.js';
import { issuerConfirmation, loadVerdict, renderSegments, summarize, verdictWords } from './shared/report.js';
import { cleanText, clipText, shortDid } from './shared/safe-text.js';
import { safeImageUrl, safeLinkUrl } from './shared/safe-url.js';
import { skillsOf } from './shared/skills.js';
import { baseStyles, cardTokens, themeDefaults } from './shared/styles.js';
import { cardStyles } from './card/styles.js';
import { VerificationController } from './shared/verification-controller.js';
import { Inputs } from './shared/inputs.js';
import { ShareMenuController } from './card/share-controller.js';
import { absoluteSrc } from './shared/absolute-src.js';
import { heading } from './shared/heading.js';
import { once } from '../core/once.js';
import { cardTime, type CardTime } from './card/time.js';

/** How much of the badge a card shows. */
export type BadgeCardLayout = 'card' | 'compact' | 'full';

type FullView = typeof import('./card/full.js');
/** The full (CV) layout's sections: criteria, evidence, endorsements. Loaded by the first full card. */
let fullView: FullView | undefined;
const loadFullView = once(() => import('./card/full.js').then((m) => (fullView = m)));

type IdentityStep = typeof import('./shared/identity-step.js');
/** The report's checks and its "Who issued it" step, loaded on the first open of any card's report (see shared/identity-step.ts). */
let identityStep: IdentityStep | undefined;
const loadIdentityStep = once(() => import('./shared/identity-step.js').then((m) => (identityStep = m)));

/**
 * One badge, fetched, verified in the visitor’s browser and rendered.
 *
 * The badge is drawn the moment its credential is read, as it claims itself (issuer marked as claimed),
 * with "Checking this badge…" as its verdict line and `:state(checking)` on; the verdict replaces
 * that line in place when the checks (a chunk the page starts loading at once) end.
 *
 * Custom states: `:state(loading|valid|invalid|indeterminate|error)` (`loading` until the verdict, with
 * `checking` once the badge is drawn), and beside a finished report
 * `:state(issuer-confirmed)` (a domain or a registry vouches for the issuer) or
 * `:state(issuer-unconfirmed)` (only the badge names its issuer: "Signature valid · issuer not confirmed").
 * In time: `:state(expired)` ("Expired on …: renewal needed"), `:state(expiring)` (valid until a date
 * less than `expiring-days` away, in the caution colour) and `:state(renewed)` (`history` holds
 * earlier issues: "Renewed on …, first earned …").
 *
 * @tagname badge-card
 *
 * ```html
 * <badge-card src="https://issuer.example/badges/42.json">
 *   <a href="https://issuer.example/badges/42.json">My badge</a>
 * </badge-card>
 * ```
 *
 * @slot - Fallback shown before upgrade and when the badge cannot be loaded (a plain link is ideal).
 *
 * @csspart card - The card wrapper (also the skeleton while loading).
 * @csspart image - The badge image.
 * @csspart name - The badge name (a heading).
 * @csspart issuer - The issuer line (logo, name, what vouches for it).
 * @csspart issuer-logo - The issuer's logo (not shown when nothing but the badge names the issuer).
 * @csspart identity - What vouches for the issuer's name in the issuer line: its domain, the registry that lists it, or the "claimed by the badge" mark.
 * @csspart issuer-domain - The domain the issuer is tied to (did:web, an https issuer, Open Badges 2.0).
 * @csspart claimed - The "(claimed by the badge)" mark beside a name nothing confirms (its `title` says why).
 * @csspart recipient - Who earned it, when the credential names them.
 * @csspart dates - The time line: issued (or renewed and first earned), valid from, valid until / expired.
 * @csspart type - The achievement type (layout="full").
 * @csspart description - The description (safe Markdown).
 * @csspart criteria - The criteria (safe Markdown and link; layout="full").
 * @csspart skills - The skills / alignments / tags list.
 * @csspart skill - One skill chip.
 * @csspart evidence - The evidence list (layout="full").
 * @csspart endorsements - The endorsements list (layout="full").
 * @csspart format - The credential format label (layout="full").
 * @csspart status - The verification line (a button that opens the report); also has class `unconfirmed` when the signature is valid but nothing confirms the issuer.
 * @csspart details - The full verification report (every check).
 * @csspart share - The share menu wrapper.
 * @csspart share-button - The button that opens the share menu.
 * @csspart share-menu - The share menu.
 * @csspart error - The error block (message, code, fallback slot).
 * @csspart retry - The "Try again" button of the error block.
 * @csspart announcer - The visually hidden live region that announces the outcome (role=status, polite).
 *
 * @cssprop [--badge-card-accent=var(--badge-accent)] - Links, focus ring, accent colour.
 * @cssprop [--badge-card-radius=var(--badge-radius, 12px)] - Corner radius.
 * @cssprop [--badge-card-font=var(--badge-font, system-ui)] - Font family.
 * @cssprop [--badge-card-bg=var(--badge-bg)] - Background (white / near-black by colour scheme).
 * @cssprop [--badge-card-fg=var(--badge-fg)] - Text colour.
 * @cssprop [--badge-card-muted=var(--badge-muted)] - Secondary text colour.
 * @cssprop [--badge-card-border=var(--badge-border)] - Border colour (`transparent` for none).
 * @cssprop [--badge-card-valid=var(--badge-valid)] - Colour of the verified line.
 * @cssprop [--badge-card-invalid=var(--badge-invalid)] - Colour of the not-valid line.
 * @cssprop [--badge-card-indeterminate=var(--badge-indeterminate)] - Colour of the could-not-check line.
 * @cssprop [--badge-card-expiring-days=60] - Days before its expiry from which a badge reads as expiring (the `expiring-days` attribute wins).
 * @cssprop [--badge-card-error=var(--badge-error)] - Colour of the error block.
 * @cssprop [--badge-card-image-size=var(--badge-image-size, 96px)] - Badge image size (48px in compact).
 * @cssprop [--badge-card-shadow=var(--badge-shadow)] - Box shadow (`none` for flat).
 * @cssprop [--badge-card-gap=var(--badge-gap, 0.75rem)] - Space between parts.
 *
 * @fires badge-load - The credential was loaded and understood; `event.badge`.
 * @fires badge-verified - Verification finished, whatever the outcome; `event.report`.
 * @fires badge-error - It could not be loaded or understood; `event.error` (`code`, `message`, `hint`).
 */
export class BadgeCardElement extends BadgeElement {
  static override styles = [themeDefaults, cardTokens, baseStyles, cardStyles];

  /** Consumed from a surrounding <badge-wall> (or any provider of badgeSettingsContext). */
  @consume({ context: badgeSettingsContext, subscribe: true })
  @state()
  protected _contextSettings?: BadgeSettings;

  readonly #verification = new VerificationController(this, {
    internals: this.internals,
    onReport: () => this.#resetReportView(),
  });

  /** What a new verification starts from: a change of any of these verifies again. */
  readonly #inputs = new Inputs(() => [this.src, this.credential, this.report, this.proxy, this.registries, this._contextSettings] as const);

  /** Blob URLs this card created (baked image, downloads): revoked when the report changes. */
  #blobUrls: string[] = [];
  #bakedImageUrl?: string;
  /** The share menu, whole (card/share-controller.ts). */
  readonly #share = new ShareMenuController(
    this,
    () => this.translator(),
    (load) => this.#wait(load),
  );

  @state() private _open = false;

  /** URL of a credential: JSON, JWT, or a baked PNG/SVG. */
  @property({ reflect: true }) src = '';

  /** A credential already in memory (object, JSON text, compact JWT, PNG/SVG bytes or Blob); wins over `src`. */
  @property({ attribute: false }) credential?: unknown;

  /**
   * A report verified elsewhere (e.g. by a <badge-wall> that verified the whole list): the card
   * renders it without verifying again. Wins over `credential` and `src`.
   */
  @property({ attribute: false }) report?: VerificationReport;

  /** How much to show: `card` (default), `compact` (image, name, status) or `full` (everything). */
  @property({ reflect: true }) layout: BadgeCardLayout = 'card';

  /** CORS proxy for this card: a URL prefix the encoded URL is appended to (the property also takes a function). */
  @property() proxy?: string | ((url: string) => string | undefined);

  /**
   * Issuer registries for the `identity` check ("who issued it"), replacing the default list (DCC's
   * production registries; `[]` turns lookups off). A property only: `card.registries = [...]`.
   */
  @property({ attribute: false }) registries?: RegistryConfig[];

  /** Hide the share menu. */
  @property({ type: Boolean, reflect: true, attribute: 'no-share' }) noShare = false;

  /** Open the verification report from the start. */
  @property({ type: Boolean, reflect: true, attribute: 'open-details' }) openDetails = false;

  /**
   * Earlier issues of this badge's achievement (a wall's `AchievementGroup.earlier` from core's
   * `groupAchievements()`, or reports a page verified): the time line then says "Renewed on …, first
   * earned …". Only issues whose issuer was proven and is this badge's issuer count. A property only.
   */
  @property({ attribute: false }) history?: readonly VerificationReport[];

  /**
   * Days before its expiry from which a badge is expiring: its "Valid until" line takes the caution
   * colour and `:state(expiring)` is on. Unset, the `--badge-card-expiring-days` custom property
   * decides (a page-wide window from CSS), else 60.
   */
  @property({ type: Number, attribute: 'expiring-days' }) expiringDays?: number;

  /** The level of the badge name's heading (1-6) where the card sits in the page's outline; its sections' headings are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Where verification is: `idle`, `pending`, `complete` or `error`. */
  get state(): string {
    return this.#verification.state;
  }

  /** The report of the current badge (undefined while loading). */
  get verificationReport(): VerificationReport | undefined {
    return this.#verification.report;
  }

  /** Verifies the badge again (also what the error block's "Try again" button does). */
  retry(): Promise<VerificationReport | undefined> {
    return this.#verification.retry();
  }

  protected override contextSettings(): Partial<BadgeSettings> | undefined {
    return this._contextSettings;
  }

  protected override ownSettings(): Partial<BadgeSettings> {
    return { proxy: this.proxy, registries: this.registries };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    warmIntl(this.language());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('openDetails')) this._open = this.openDetails;
    // Offline, a chunk that does not load leaves the card without that part (tried again on the next update).
    if (this.layout === 'full' && !fullView) this.#wait(loadFullView());
    if (this._open && !identityStep) this.#wait(loadIdentityStep());
    // A report the page set itself: its words may not be here yet (a wall's chunk brings them).
    if (this.report && !verdictWords()) this.#wait(loadVerdict());
    if ((changed as PropertyValues).has('_lang')) this.#share.dropItems(); // labels in the new language
    if (!this.#inputs.changed()) return;
    this.#resetReportView();
    if (this.report) {
      this.#verification.show(this.report);
      return;
    }
    // An empty `src` means "nothing yet" (idle); a `credential` that is set, even to empty text, is
    // input and ends in a state (an empty paste is "nothing to verify", not an endless skeleton).
    const input = (this.credential !== undefined && this.credential !== null ? this.credential : this.src ? absoluteSrc(this.src) : undefined) as
      CredentialInput | undefined;
    void this.#verification.run(input, () => this.settings);
  }

  /** The chunks this card is waiting for (a part's code, loaded on first use): updateComplete covers them. */
  readonly #loads = new Set<Promise<unknown>>();

  /** Re-renders when `load` settles, and holds updateComplete until then. */
  #wait = (load: Promise<unknown>): void => {
    if (this.#loads.has(load)) return;
    this.#loads.add(load);
    const settled = () => {
      this.#loads.delete(load);
      this.requestUpdate();
    };
    load.then(settled, settled);
  };

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#loads.size) {
      await Promise.all([...this.#loads].map((p) => p.catch(() => undefined)));
      done = await super.getUpdateComplete();
    }
    return done;
  }

  #resetReportView(): void {
    for (const u of this.#blobUrls) URL.revokeObjectURL(u);
    this.#blobUrls = [];
    this.#bakedImageUrl = undefined;
    this.#share.reset();
    this._open = this.openDetails;
  }

  #blobUrl(data: BlobPart, type: string): string {
    const url = URL.createObjectURL(new Blob([data], { type }));
    this.#blobUrls.push(url);
    return url;
  }

  #now(): Date {
    return this.settings.now?.() ?? new Date();
  }

  /** Where the shown badge stands in time (card/time.ts): read by the dates line and the custom states. */
  #time?: CardTime;

  // ---- rendering ------------------------------------------------------------------------------

  /** Same structure and type metrics as the card it stands for, so nothing moves when the badge arrives. */
  #renderSkeleton(t: Translator): TemplateResult {
    const compact = this.layout === 'compact';
    // Widths come from classes, not inline style attributes: pages with `style-src 'self'` block those.
    const line = (cls: string) => html`<p class=${cls} aria-hidden="true"><span class="skeleton sk-text">&nbsp;</span></p>`;
    return html`<div part="card" class="card layout-${this.layout} loading" aria-busy="true" lang=${t.lang} dir=${t.dir}>
      <div part="image" class="image skeleton"></div>
      <div class="body">
        ${line('name')} ${compact ? nothing : html`${line('issuer')} ${line('dates')}`}
        ${compact ? this.#renderStatusLine(t, undefined) : nothing}
      </div>
      ${compact ? nothing : html`<div class="footer wide">${this.#renderStatusLine(t, undefined)}</div>`}
    </div>`;
  }

  #renderStatusLine(t: Translator, report: VerificationReport | undefined, checking = false): TemplateResult {
    const s = summarize(t, report);
    // Compact cards say the outcome in one word on one line (the announcer and the report say the rest).
    const text = this.layout === 'compact' ? s.label : renderSegments(s.segments);
    // Checking (the badge drawn, its verdict not in): the icon's box is kept, so the verdict replaces the line in place.
    if (!report)
      return html`<p class="status-line"><span part="status" class="status loading${checking ? ' checking' : ''}">${
        checking ? html`<span class="icon" aria-hidden="true">…</span>` : nothing
      }<span class="text">${text}</span></span></p>`;
    return html`<p class="status-line">
      <button
        part="status"
        class="status ${s.kind}${s.unconfirmed ? ' unconfirmed' : ''}"
        aria-expanded=${this._open ? 'true' : 'false'}
        aria-controls="details"
        title=${this._open ? t.t('status.hideReport') : t.t('status.showReport')}
        @click=${() => (this._open = !this._open)}
      >
        <span class="icon" aria-hidden="true">${s.icon}</span><span class="text">${text}</span>
      </button>
    </p>`;
  }

  /** The report, drawn by its chunk (loaded on the first open of any card's report) with its styles. */
  #renderDetails(t: Translator, report: VerificationReport): TemplateResult | typeof nothing {
    if (!this._open) return nothing;
    if (!identityStep) return html`<div part="details" id="details" class="details wide" aria-busy="true"></div>`;
    adoptStyles(this.renderRoot, [identityStep.checkStyles, identityStep.detailStyles]);
    return identityStep.renderCardDetails(t, report);
  }

  /**
   * An image URL to show: allow-listed, then rewritten by the `proxy` when it is a function (a URL
   * rewrite, as in tests, stories and mirrors). A string proxy is a CORS prefix and <img> needs no
   * CORS, so images are fetched directly then.
   */
  #imageUrl(value: unknown): string | undefined {
    const safe = safeImageUrl(value);
    const proxy = this.settings.proxy;
    if (!safe || typeof proxy !== 'function' || !/^https?:/.test(safe)) return safe;
    return safeImageUrl(proxy(safe)) ?? safe;
  }

  #renderImage(badge: Badge, name: string): TemplateResult {
    let src = this.#imageUrl(badge.image);
    if (!src && badge.baked?.type === 'png') {
      this.#bakedImageUrl ??= this.#blobUrl(badge.baked.bytes as BlobPart, 'image/png');
      src = this.#bakedImageUrl;
    }
    if (!src) {
      return html`<div part="image" class="image placeholder" role="img" aria-label=${name}>
        <span aria-hidden="true">${[...name.trim()][0]?.toUpperCase() ?? '?'}</span>
      </div>`;
    }
    return html`<img part="image" class="image" src=${src} alt=${name} loading="lazy" decoding="async" referrerpolicy="no-referrer" />`;
  }

  /**
   * The byline names the issuer only as far as something vouches for it (issue 15): beside the
   * domain it is tied to, or as a registry lists it. A name only the badge gives is marked as
   * claimed, without its logo, and its website is not offered as the issuer's link (the report
   * quotes it, marked as the badge's claim).
   */
  #renderIssuer(t: Translator, badge: Badge, report: VerificationReport | undefined): TemplateResult | typeof nothing {
    const issuer = badge.issuer;
    const claimed = clipText(issuer.name);
    const did = cleanText(issuer.id);
    const bdi = (text: string, full?: string) => html`<bdi title=${full ?? nothing}>${text}</bdi>`;
    let who: TemplateResult | undefined = claimed.text ? bdi(claimed.text, claimed.full) : undefined;
    let vouch: TemplateResult | typeof nothing = nothing;
    let href: string | undefined;
    let logo: unknown;
    const confirmed = report && issuerConfirmation(report) === 'confirmed' ? verdictWords()?.confirmedIssuer(t, badge, report, who) : undefined;
    if (confirmed) ({ who, vouch, href, logo } = confirmed);
    else {
      if (who) vouch = html`<span part="identity claimed" class="claimed" title=${t.t('identity.claimedTitle')}>${t.t('identity.claimed')}</span>`;
      else if (did) who = html`<span title=${did}>${shortDid(did)}</span>`;
    }
    if (!who && vouch === nothing) return nothing;
    const logoUrl = this.#imageUrl(logo);
    return html`<p part="issuer" class="issuer">
      ${logoUrl ? html`<img part="issuer-logo" class="issuer-logo" src=${logoUrl} alt="" referrerpolicy="no-referrer" />` : nothing}
      <span>${t.t('label.issuer')}
        ${who ? (href ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${who}</a>` : who) : nothing} ${vouch}</span>
    </p>`;
  }

  #renderDates(t: Translator, badge: Badge, time: CardTime): TemplateResult | typeof nothing {
    const now = this.#now();
    const parts: TemplateResult[] = [];
    const issued = t.date(badge.issued);
    const first = t.date(time.firstEarned);
    if (issued) parts.push(html`<span class="issued">${first ? t.t('date.renewed', { date: issued, first }) : t.t('date.issued', { date: issued })}</span>`);
    if (badge.validFrom && new Date(badge.validFrom) > now) {
      parts.push(html`<span class="valid-from">${t.t('date.validFrom', { date: t.date(badge.validFrom) ?? badge.validFrom })}</span>`);
    }
    const date = t.date(badge.validUntil);
    if (date && time.expired) parts.push(html`<span class="expiry expired">${t.t('date.expired', { date })}</span>`);
    else if (date && time.expiring)
      parts.push(html`<span class="expiry expiring">${t.t('date.validUntil', { date, relative: t.relative(badge.validUntil!, now) ?? '' })}</span>`);
    else if (date) parts.push(html`<span class="expiry">${t.t('date.expiresOn', { date })}</span>`);
    if (!parts.length) return nothing;
    return html`<p part="dates" class="dates">${parts.map((p, i) => (i ? html` · ${p}` : p))}</p>`;
  }

  #renderSkills(t: Translator, badge: Badge): TemplateResult | typeof nothing {
    const chips: TemplateResult[] = [];
    // Each skill once: an alignment (with its code and link) wins over a tag of the same name.
    for (const { name, alignment: a } of skillsOf(badge)) {
      if (!a) {
        chips.push(html`<li><span part="skill" class="chip">${name}</span></li>`);
        continue;
      }
      const href = safeLinkUrl(a.url);
      // The code stays on one line: "ESF-" and "004" apart read as two things.
      const label = a.code && !name.includes(a.code) ? html`${name} <span class="nowrap">(${a.code})</span>` : name;
      chips.push(
        html`<li>${
          href
            ? html`<a part="skill" class="chip" href=${href} rel="noopener noreferrer" target="_blank" title=${a.description ?? ''}>${label}</a>`
            : html`<span part="skill" class="chip" title=${a.description ?? ''}>${label}</span>`
        }</li>`,
      );
    }
    if (!chips.length) return nothing;
    return html`<div class="skills-section" role="group" aria-label=${t.t('label.skills')}>
      <ul part="skills" class="chips">${chips}</ul>
    </div>`;
  }

  #renderShare(t: Translator, report: VerificationReport | undefined, badge: Badge): TemplateResult | typeof nothing {
    return this.noShare || this.layout === 'compact' ? nothing : this.#share.render(t, badge, this.src, report);
  }

  /**
   * The badge; `report` undefined while it is being checked: then it is drawn as it claims itself, the
   * issuer marked as claimed, the verdict line saying "Checking…", nothing to share or open yet, and
   * `aria-busy` so screen readers wait for the verdict (the live region says it once).
   */
  /** Whether the badge's description can be drawn as it will stay (loading the Markdown renderer when not). */
  #textReady(badge: Badge): boolean {
    if (this.layout === 'compact') return true;
    const ready = textReady(localizedBadge(badge, this.translator().lang).description);
    if (!ready) this.#wait(loadMarkdown());
    return ready;
  }

  #renderBadge(t: Translator, report: VerificationReport | undefined, badge: Badge): TemplateResult {
    const checking = !report;
    if (report) this.#textReady(badge); // (a verdict faster than the renderer: its text shows plain until it is here)
    const local = localizedBadge(badge, t.lang);
    // A name from the badge, cleaned of bidi and zero-width characters and cut (the whole text in `title`).
    const clipped = clipText(local.name);
    const name = clipped.text || t.t('label.unnamed');
    const layout = this.layout;
    const compact = layout === 'compact';
    const full = layout === 'full';
    return html`<article part="card" class="card layout-${layout}${checking ? ' checking' : ''}" aria-labelledby="name" aria-busy=${checking ? 'true' : nothing} lang=${t.lang} dir=${t.dir}>
      ${this.#renderImage(badge, name)}
      <div class="body">
        ${heading(this.headingLevel, html`<bdi>${name}</bdi>`, { part: 'name', class: 'name', id: 'name', lang: local.lang, title: clipped.full })}
        ${compact ? nothing : this.#renderIssuer(t, badge, report)}
        ${
          !compact && badge.recipient?.name
            ? html`<p part="recipient" class="recipient">${t.t('label.recipient')} <strong><bdi>${cleanText(badge.recipient.name)}</bdi></strong></p>`
            : nothing
        }
        ${compact ? nothing : this.#renderDates(t, badge, this.#time!)}
        ${full && badge.achievementType ? html`<p part="type" class="type">${t.t('label.type')}: ${badge.achievementType}</p>` : nothing}
        ${
          !compact && local.description
            ? html`<div part="description" class="description" lang=${local.lang ?? nothing}>${renderText(local.description, { headingLevel: this.headingLevel + 1 })}</div>`
            : nothing
        }
        ${compact ? nothing : this.#renderSkills(t, badge)}
        ${compact ? this.#renderStatusLine(t, report, checking) : nothing}
      </div>
      ${full ? fullView?.renderSections(t, badge, local.criteria, this.headingLevel) : nothing}
      ${compact ? nothing : html`<div class="footer wide">${this.#renderStatusLine(t, report, checking)}${this.#renderShare(t, report, badge)}</div>`}
      ${report ? this.#renderDetails(t, report) : nothing}
    </article>`;
  }

  /** What could not be loaded or understood (verdict.ts draws it; until its words are here, the title and "Try again"). */
  #renderError(t: Translator, report: VerificationReport): TemplateResult {
    const retry = this.report ? undefined : () => void this.retry();
    const block = verdictWords()?.errorBlock(t, report, retry);
    if (block) adoptStyles(this.renderRoot, [block.styles]);
    return html`<div part="card" class="card layout-${this.layout} has-error" lang=${t.lang} dir=${t.dir}>
      <div class="image placeholder" aria-hidden="true">!</div>
      ${
        block?.content ??
        html`<div part="error" class="error-block body">
          <p>${t.t('status.error')}</p>
          <slot></slot>
          ${retry ? html`<p><button part="retry" class="button" @click=${retry}>${t.t('error.retry')}</button></p>` : nothing}
        </div>`
      }
    </div>`;
  }

  protected override updated(): void {
    const time = this.#time;
    this.setState('expired', !!time?.expired);
    this.setState('expiring', !!time?.expiring);
    this.setState('renewed', !!time?.firstEarned);
  }

  /**
   * The expiring window in days: `expiring-days`, else `--badge-card-expiring-days`, else 60. The custom
   * property is read only for a badge that expires within a year (getComputedStyle on every card of a
   * 1,000-badge wall would cost a style recalculation each).
   */
  #expiringWindow(badge: Badge): number {
    if (this.expiringDays !== undefined && Number.isFinite(this.expiringDays)) return this.expiringDays;
    const left = Date.parse(badge.validUntil ?? '') - this.#now().getTime();
    if (!(left > 0 && left < 366 * 86_400_000)) return 60;
    const css = Number.parseFloat(getComputedStyle(this).getPropertyValue('--badge-card-expiring-days'));
    return Number.isFinite(css) && css >= 0 ? css : 60;
  }

  protected override render(): unknown {
    const t = this.translator();
    const shown = this.#verification.state === 'complete' ? this.#verification.report : undefined;
    const preview = this.#verification.preview;
    const drawn = shown?.badge ?? preview;
    this.#time = drawn ? cardTime(drawn, shown, this.history, this.#now(), this.#expiringWindow(drawn)) : undefined;
    const v = this.#verification;
    const state =
      v.state === 'idle'
        ? html`<slot></slot>`
        : v.state === 'pending'
          ? // A full card's sections come with a chunk, a description in Markdown with its renderer: until they are
            // here the skeleton stands, so they never push the page down and raw Markdown never flashes by.
            preview && (fullView || this.layout !== 'full') && this.#textReady(preview)
            ? this.#renderBadge(t, undefined, preview)
            : this.#renderSkeleton(t)
          : shown?.badge
            ? this.#renderBadge(t, shown, shown.badge)
            : this.#renderError(t, v.report!);
    // One live region that outlives every state change, so screen readers hear the outcome
    // (a region inserted together with its text is often not announced).
    const report = this.#verification.report;
    const announce = this.#verification.state === 'idle' ? '' : summarize(t, report).text;
    return html`${state}<div class="visually-hidden" part="announcer" role="status" aria-live="polite" lang=${t.lang}>${announce}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'badge-card': BadgeCardElement;
  }
}
