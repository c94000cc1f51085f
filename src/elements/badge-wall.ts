import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { verify, type CredentialInput, type FetchLike, type RegistryConfig } from '../core/index.js';
import type { VerificationReport } from '../core/model.js';
import { errorReport } from '../core/read.js';
import { BadgeElement } from './shared/base.js';
import { Inputs } from './shared/inputs.js';
import { onSettingsChange, resolveSettings, toVerifyOptions, type BadgeSettings } from './shared/config.js';
import { BadgeSelectEvent } from './shared/events.js';
import { addEnglish, localeReady, translator, warmIntl } from './shared/i18n.js';
import { baseStyles, themeDefaults } from './shared/styles.js';
import { BadgeWallVerifiedEvent } from './wall/events.js';
import { DEFAULT_VIEW, isFiltered, withoutEmpty, type GroupBy, type SortOrder, type WallEntry, type WallView } from './wall/model.js';
import {
  countsText,
  renderControls,
  renderHeader,
  renderLoadError,
  renderShowing,
  warmControls,
  type BadgeWallLayout,
  type WallRenderContext,
} from './wall/header.js';
import { ChildCardsController } from './wall/children.js';
import { WallEntries } from './wall/entries.js';
import { KeepInPlaceController } from './wall/keep-in-place.js';
import { renderDialog, WallTiles } from './wall/tiles.js';
import { RenderWindowController } from './wall/render-window.js';
import { yieldToMain } from './wall/scheduler.js';
import { VerifyQueueController } from './wall/verify-queue.js';
import { fetchSource, parseSource, type WallSource } from './wall/sources.js';
import { enWall } from './wall/strings.js';
import { wallStyles, wallTokens } from './wall/styles.js';
import { summarize, type WallCounts, type WallSummary } from './wall/summary.js';
import { loadVerdict } from './shared/report.js';

/** Never rejects: without its words (a chunk that did not load) a verdict shows by its label alone. */
const wordsReady = () => loadVerdict().catch(() => undefined);
import { foldRenewals, historyReady, type Derived } from './wall/history-view.js'; // loads wall/renewals.ts beside the first verification
import { UrlStateController } from './wall/url-state.js';
import { WallSettingsController } from './wall/settings.js';

// The wall's own English strings travel in its chunk (see wall/strings.ts).
addEnglish(enWall);

export type { BadgeWallLayout };

/**
 * A portfolio of badges: every badge verified in the visitor’s browser, with a header (owner,
 * counts, issuers, the skills across all badges), filters, sorting and grouping.
 * Badges are verified as they come near the viewport (`verifyAll()` does the rest). A sort needs
 * what is inside each badge, so verified badges sort first; the wall's first screen sorts itself as
 * it fills, and after that a badge near the viewport keeps its place while it is verified and takes
 * its sorted place once out of sight: nothing moves under the reader.
 *
 * @tagname badge-wall
 *
 * ```html
 * <badge-wall src="https://ada.example/portfolio.json" url-state></badge-wall>
 * ```
 *
 * Sources (`src`, or the `credentials` property), recognised by shape: the portfolio JSON
 * `{name, owner, description, badges: [url | credential, …]}`; a bare array of URLs or credentials;
 * a Verifiable Presentation; a CLR 2.0 ClrCredential (its nested achievements); Open Badges 2.0
 * backpack and Badgr exports (`{badges: [{assertion|json|hostedUrl}]}`, `{result: [{openBadgeId}]}`).
 * `<badge-card>` children are shown in the wall too, sharing its settings and cache.
 *
 * Badges are verified lazily, as they come near the viewport (or all at once with `eager`), at most
 * `concurrency` at a time, with one cache for the whole wall: each issuer profile, DID document,
 * status list and context is fetched once. Every result counts at once (header, filters, print
 * lines), but only tiles near the viewport get a full `<badge-card>`: the others keep a
 * placeholder of the same size until scrolled to.
 *
 * @slot - `<badge-card>` elements to show in the wall (each is moved to its own named slot).
 *
 * @csspart wall - The wrapper.
 * @csspart header - The header (title, owner, counts, issuers, skills).
 * @csspart title - The title (owner’s name or the portfolio’s name).
 * @csspart counts - The counts line (total, verified with the issuer confirmed, signature valid with the issuer not confirmed, not valid, could not be checked).
 * @csspart progress - The "Verifying 120 of 1,000" line, with "3 achievements renewed" when renewals were folded.
 * @csspart issuers - The issuers list: the issuers a domain or a registry vouches for, then the names only badges claim ("Not confirmed: …").
 * @csspart skills - The competency summary (skills with counts).
 * @csspart skill - One skill button of the summary.
 * @csspart controls - The filter / sort / group / layout form.
 * @csspart showing - The "Showing 12 of 57" line.
 * @csspart group - One group (when grouped).
 * @csspart group-heading - A group’s heading.
 * @csspart tiles - A list of badges.
 * @csspart tile - One badge’s place in the wall.
 * @csspart select - The button over a tile that opens the badge.
 * @csspart placeholder - A tile not verified yet.
 * @csspart print-line - The printed line of a badge (issuer, date, status, verification URL).
 * @csspart dialog - The dialog that shows one badge in full.
 * @csspart card__card - Every `<badge-card>` part, forwarded as `card__<part>` (card__status, card__name, …).
 *
 * @cssprop [--badge-wall-columns=6] - At most this many columns in the grid layout.
 * @cssprop [--badge-wall-min-width=18rem] - Minimum width of a grid column.
 * @cssprop [--badge-wall-tile-height=30rem] - Expected tile height (space kept for tiles not rendered yet). Unset, the wall uses the height of the cards it rendered so far (before the first: 30rem in the grid, 13rem in the list layout).
 * @cssprop [--badge-wall-accent=var(--badge-accent)] - Accent colour (buttons, pressed filters).
 * @cssprop [--badge-wall-radius=var(--badge-radius, 12px)] - Corner radius.
 * @cssprop [--badge-wall-font=var(--badge-font, system-ui)] - Font family.
 * @cssprop [--badge-wall-bg=var(--badge-bg)] - Background of controls and tiles.
 * @cssprop [--badge-wall-fg=var(--badge-fg)] - Text colour.
 * @cssprop [--badge-wall-muted=var(--badge-muted)] - Secondary text colour.
 * @cssprop [--badge-wall-border=var(--badge-border)] - Border colour.
 * @cssprop [--badge-wall-gap=var(--badge-gap, 0.75rem)] - Space between tiles.
 *
 * @fires badge-select - A visitor chose a badge (`event.badge`, `event.report`). Cancelable: `preventDefault()` keeps the wall from opening its dialog.
 * @fires badge-wall-verified - Every badge asked for so far has been verified; `event.counts` carries the header numbers: `total`, `checked`, `valid` (of which `confirmed` and `unconfirmed`), `invalid`, `indeterminate`, `error`, `pending` and `renewed` (achievements renewed; their superseded issues are in no other count).
 */
export class BadgeWallElement extends BadgeElement {
  static override styles = [themeDefaults, wallTokens, baseStyles, wallStyles];

  // ---- controllers and private state ---------------------------------------------------------

  /** The settings every card inside gets, with the wall's one cache (wall/settings.ts). */
  readonly #settings = new WallSettingsController(this, (cache) =>
    resolveSettings(undefined, { cache, fetch: this.fetch, proxy: this.proxy, registries: this.registries }),
  );
  /** The view in the address bar, with `url-state` (wall/url-state.ts). */
  readonly #url = new UrlStateController(this);
  /** Which tiles exist, which are near the viewport, which show a card (wall/render-window.ts). */
  readonly #window: RenderWindowController = new RenderWindowController(this, {
    shown: () => this.#derive().shown.length,
    ready: () => this._loadState === 'ready' && this.#data.all.length > 0,
    verified: (key) => this.#data.verified(key) && !this.#data.get(key)?.child,
    layout: () => this.layout,
    near: (keys) => {
      this.#places.sawNear(keys);
      this.#verifier.request(...keys.reverse()); // top to bottom; the queue serves the last first
    },
    far: (keys) => this.#verifier.withdraw(keys),
    mount: () => this.#verifier.scheduleRefresh(true),
  });
  /** Which badges are verified, how many at once, when their reports are rendered (wall/verify-queue.ts). */
  readonly #verifier: VerifyQueueController<{ entry: WallEntry; report: VerificationReport }> = new VerifyQueueController(this, {
    concurrency: () => this.concurrency,
    verify: (key) => this.#verifyEntry(key),
    apply: ({ entry, report }) => this.#data.has(entry) && this.#applyReport(entry, report),
    soon: (key) => this.#window.near.has(key) || this.#window.noneMounted,
    cards: this.#window,
    othersBusy: () => this.#data.childrenBusy(),
    busy: (busy) => this.setState('verifying', busy),
    finished: () => this.#announceFinished(),
  });
  /** The tiles under the reader stay in place while they are verified (wall/keep-in-place.ts). */
  readonly #places = new KeepInPlaceController({
    near: () => this.#window.near,
    verified: (key) => this.#data.verified(key),
  });
  /** The wall's own settings (handed to its cards); a change also reads the source again. */
  readonly #settingsInputs = new Inputs(() => [this.fetch, this.proxy, this.registries] as const);
  /** What the badge list is read from. */
  readonly #sourceInputs = new Inputs(() => [this.src, this.credentials] as const);
  /** <badge-card> children, each an entry shown through its own slot (wall/children.ts); it works through its callbacks. */
  protected readonly childCards = new ChildCardsController(this, {
    add: (key, card, report) => {
      const entry = this.#data.addChild(key, card);
      if (report) this.#applyReport(entry, report);
    },
    remove: (keys) => this.#data.removeChildren(keys),
    changed: () => {
      this.#derived = undefined;
      this.requestUpdate();
    },
    report: (key, report) => {
      const entry = this.#data.get(key);
      if (!entry) return;
      this.#applyReport(entry, report);
      this.#verifier.finishedElsewhere();
    },
  });
  #abort = new AbortController();
  /** The current read of the source (`src` fetched and parsed, or `credentials` parsed). */
  #loading?: Promise<void>;
  #unsubscribe?: () => void;

  /** The badges and the source they came from (wall/entries.ts). */
  readonly #data = new WallEntries();
  #loadRun = 0;
  readonly #tiles = new WallTiles();
  #derived?: Derived;

  @state() private _loadState: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  @state() private _loadError = '';
  @state() private _filters: Omit<WallView, 'sort' | 'group'> = {};
  @state() private _selected?: WallEntry;
  @state() private _announce = '';

  // ---- public properties ----------------------------------------------------------------------

  /** URL of a badge list: portfolio JSON, an array, a presentation, a CLR or an OB 2.0 backpack export. */
  @property({ reflect: true }) src = '';

  /** A badge list already in memory (any shape `src` accepts, or an array of credentials); wins over `src`. */
  @property({ attribute: false }) credentials?: unknown;

  /** `grid` (default, responsive columns), `list` (one card per row) or `compact` (a CV list). */
  @property({ reflect: true }) layout: BadgeWallLayout = 'grid';

  /** `date` (newest first, default), `date-asc`, `name`, `source` (as listed) or `expiring` (valid badges that expire soonest first). */
  @property({ reflect: true }) sort: SortOrder = 'date';

  /** `none` (default), `issuer`, `year` or `skill`. */
  @property({ reflect: true }) group: GroupBy = 'none';

  /**
   * Keep the view (filters, sort, group) in the address bar so a link shows the same wall:
   * `query` (or empty) uses the query string, `hash` the fragment. Off when absent.
   */
  @property({ attribute: 'url-state' }) urlState: string | null = null;

  /** Prefix of the URL parameters (two walls with `url-state` on one page). */
  @property({ attribute: 'url-prefix' }) urlPrefix = '';

  /** Verify every badge now instead of as they come near the viewport. */
  @property({ type: Boolean, reflect: true }) eager = false;

  /** How many badges are verified at the same time. */
  @property({ type: Number }) concurrency = 6;

  /** Hide the filter / sort / group / layout form (a fixed CV list). */
  @property({ type: Boolean, reflect: true, attribute: 'no-controls' }) noControls = false;

  /** Replaces `fetch` for the wall and its cards (tests, authenticated hosts). */
  @property({ attribute: false }) fetch?: FetchLike;

  /** CORS proxy for the wall and its cards: a URL prefix (the property also takes a function). */
  @property() proxy?: string | ((url: string) => string | undefined);

  /**
   * Issuer registries for the wall and its cards (who vouches for each issuer's name; see
   * <badge-card>'s `registries`). A property only.
   */
  @property({ attribute: false }) registries?: RegistryConfig[];

  /** The level of the wall's title heading (1-6) where it sits in the page's outline; group headings and the cards' names are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Overrides the owner named by the source. */
  @property() owner?: string;

  /** The current view: filters, sort and group. Setting it applies it (and writes the URL with `url-state`). */
  get view(): WallView {
    return { ...this._filters, sort: this.sort, group: this.group };
  }

  set view(view: Partial<WallView>) {
    const { sort, group, ...filters } = { ...DEFAULT_VIEW, ...view };
    this._filters = withoutEmpty(filters);
    this.sort = sort;
    this.group = group;
  }

  /** The header numbers: total, checked, valid, invalid, indeterminate, error, pending. */
  get counts(): WallCounts {
    return this.#derive().summary.counts;
  }

  /** Counts, skills, issuers and years across every badge verified so far. */
  get summary(): WallSummary {
    return this.#derive().summary;
  }

  /** Every badge of the wall with its report (once verified), in source order. */
  get reports(): Array<{ key: string; url?: string; report?: VerificationReport }> {
    return this.#data.all.map((e) => ({ key: e.key, url: e.url, report: e.report }));
  }

  /** The settings every card inside gets: configure() ← the wall’s `fetch` / `proxy` / `registries`, with the wall’s one cache. */
  override get settings(): BadgeSettings {
    return this.#settings.value;
  }

  /** Verifies every badge not verified yet, now (in source order), and resolves when all are done. */
  async verifyAll(): Promise<WallCounts> {
    // Called right after the wall was put in the page: its source is read in the first update.
    if (this.isConnected && !this.hasUpdated) await this.updateComplete;
    await this.#loading;
    this.#verifier.requestAll(this.#data.waiting());
    if (!this.#verifier.idle) await new Promise<void>((resolve) => this.addEventListener(BadgeWallVerifiedEvent.eventName, () => resolve(), { once: true }));
    return this.counts;
  }

  // ---- lifecycle ------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    // Child <badge-card>s connect next, and may render before the wall's first update (its own task):
    // they must see the wall's fetch/proxy settings already.
    this.#settings.provide();
    warmIntl(this.language());
    warmControls(this.renderRoot, this.noControls);
    this.#unsubscribe = onSettingsChange(() => this.#reload());
    if (this.hasUpdated && this.#data.all.some((e) => e.state === 'verifying')) this.#reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    // A wall taken out of the page stops its network work (it starts again if put back).
    this.#abort.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#url.readOnce();
    const settingsChanged = this.#settingsInputs.changed();
    if (settingsChanged) this.#settings.provide();
    if (changed.has('concurrency')) this.#verifier.setConcurrency(this.concurrency);
    if (this.#sourceInputs.changed() || settingsChanged) this.#loading = this.#load();
    if ((changed as PropertyValues).has('_filters') || changed.has('sort') || changed.has('group')) {
      this.#derived = undefined;
      this.#places.resort();
      if (this.hasUpdated) this.#url.write(this.view);
      this.toggleAttribute('data-filtered', isFiltered(this.view));
      this.setState('filtered', isFiltered(this.view));
    }
    if (changed.has('eager') && this.eager) void this.verifyAll();
  }

  // The first render gets a task of its own: when <badge-wall> is a lazy chunk, the element is upgraded
  // inside the chunk's evaluation, and the two together were one 90+ ms task. (The base holds every
  // update for the language's strings; their load starts now.)
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    void localeReady(this.language());
    return yieldToMain().then(() => super.scheduleUpdate());
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('layout') && this.hasUpdated) this.#window.layoutChanged();
  }

  // ---- private helpers ------------------------------------------------------------------------

  /** configure() changed the page settings: new settings for the cards, and verify again. */
  #reload(): void {
    this.#settings.refresh();
    this.#loading = this.#load();
  }

  /** Reads the source (`credentials` or `src`) into entries. Children are kept. */
  async #load(): Promise<void> {
    const run = ++this.#loadRun;
    this.#abort.abort();
    this.#abort = new AbortController();
    if (run > 1) this.#settings.renew();
    this.#verifier.reset();
    this.#window.reset();
    this.#data.restart();
    let source: WallSource | undefined;
    this._loadError = '';
    try {
      if (this.credentials !== undefined && this.credentials !== null) source = parseSource(this.credentials);
      else if (this.src) {
        this._loadState = 'loading';
        this.setState('loading', true);
        source = await fetchSource(new URL(this.src, document.baseURI).href, toVerifyOptions(this.settings, this.#abort.signal));
      }
    } catch (e) {
      if (run !== this.#loadRun) return;
      this._loadError = (e as Error).message || String(e);
    }
    if (run !== this.#loadRun) return;
    this.#data.setSource(source);
    this.#derived = undefined;
    this.#places.reset();
    this.#window.showFirst();
    this._loadState = this._loadError ? 'error' : 'ready';
    this.setState('loading', false);
    this.setState('error', Boolean(this._loadError));
    this.requestUpdate();
    if (this.eager) {
      await this.updateComplete;
      void this.verifyAll();
    }
  }

  /** Verifies one badge of the source; undefined when it is no longer the wall's (a new source since). */
  async #verifyEntry(key: string): Promise<{ entry: WallEntry; report: VerificationReport } | undefined> {
    const entry = this.#data.get(key);
    if (!entry || entry.child || entry.state === 'done') return undefined;
    const signal = this.#abort.signal;
    entry.state = 'verifying';
    let report: VerificationReport;
    try {
      // The words of its verdict (a chunk, loaded once) are here before a tile shows it.
      [report] = await Promise.all([verify(entry.input as CredentialInput, toVerifyOptions(this.settings, signal)), historyReady(), wordsReady()]);
    } catch (e) {
      // verify() returns error reports; this is for programming errors: still only this tile.
      report = errorReport(e, { now: this.settings.now ?? (() => new Date()), signal });
    }
    if (signal.aborted || !this.#data.has(entry)) return undefined;
    return { entry, report };
  }

  #applyReport(entry: WallEntry, report: VerificationReport): void {
    this.#data.apply(entry, report);
    this.#derived = undefined;
    if (!entry.child) this.#window.verified(entry.key);
  }

  /** Every badge asked for is verified: say so (live region) and tell the page. */
  #announceFinished(): void {
    const counts = this.counts;
    const t = this.translator().t;
    this._announce = counts.pending ? '' : countsText(t, counts);
    // Dispatched through a variable: the manifest analyzer reads `new X(counts)` inside dispatchEvent() as an event named "counts".
    const event = new BadgeWallVerifiedEvent(counts);
    this.dispatchEvent(event);
  }

  /** The view as rendered (the tiles near the viewport kept in place: wall/keep-in-place.ts) and its summary, once per change. */
  #derive(): Derived {
    if (!this.#derived) {
      // Each achievement once, as its newest valid issue; superseded issues are its history (wall/renewals.ts).
      const folded = foldRenewals(this.#data.all);
      const { shown, groups } = this.#places.view(folded.shown, this.view);
      const summary = summarize(folded.shown, folded.renewed);
      this.#derived = { summary, shown, groups, lineage: folded.lineage };
    }
    return this.#derived;
  }

  #setFilter<K extends keyof WallView>(key: K, value: WallView[K] | undefined): void {
    this._filters = withoutEmpty({ ...this._filters, [key]: value });
    this.#window.showMore();
  }

  #toggleSkill(name: string): void {
    this.#setFilter('skill', this._filters.skill?.toLowerCase() === name.toLowerCase() ? undefined : name);
  }

  #select(entry: WallEntry): void {
    const event = new BadgeSelectEvent(entry.report?.badge, entry.report);
    this.dispatchEvent(event);
    if (event.defaultPrevented || !entry.report) return;
    this._selected = entry;
    void this.updateComplete.then(() => this.renderRoot.querySelector('dialog')?.showModal());
  }

  #closeDialog = (): void => {
    this._selected = undefined;
  };

  // ---- rendering ------------------------------------------------------------------------------

  /** What this render's templates show and change (wall/header.ts, wall/tiles.ts). */
  #context(summary: WallSummary): WallRenderContext {
    // One translator per render, not per tile; a memoized tile depends on the layout, theme, heading level and language too.
    const ct = translator(this.language());
    const sig = `${this.layout}|${this.theme}|${this.headingLevel}|${ct.lang}|${ct.uiLang}`;
    return {
      t: ct.t,
      ct,
      sig,
      summary,
      source: this.#data.source,
      owner: this.owner,
      filters: this._filters,
      sort: this.sort,
      group: this.group,
      layout: this.layout,
      theme: this.theme,
      headingLevel: this.headingLevel,
      noControls: this.noControls,
      loadState: this._loadState,
      idle: this.#verifier.idle,
      limit: this.#window.limit,
      isMounted: (key) => this.#window.isMounted(key),
      lineage: (key) => this.#derive().lineage.get(key),
      select: (entry) => this.#select(entry),
      verifyAll: () => void this.verifyAll(),
      setFilter: (key, value) => this.#setFilter(key, value),
      clearFilters: () => (this._filters = {}),
      toggleSkill: (name) => this.#toggleSkill(name),
      set: (props) => Object.assign(this, props),
    };
  }

  protected override render(): unknown {
    const announcer = html`<div class="visually-hidden" role="status" aria-live="polite">${this._announce}</div>`;
    // No source given yet (a page that sets `credentials` from script later): nothing to show, and
    // no empty header and form for the real ones to push down when the badges arrive.
    if (!this.#data.source && !this.#data.all.length && !this._loadError && this._loadState !== 'loading') {
      return html`<div part="wall" class="wall layout-${this.layout}">${announcer}</div>`;
    }
    const { summary, shown, groups } = this.#derive();
    const ctx = this.#context(summary);
    const filtered = isFiltered(this.view);
    const empty = this._loadState === 'loading' ? nothing : html`<p class="empty">${ctx.t(filtered ? 'wall.empty' : 'wall.none')}</p>`;
    return html`<div part="wall" class="wall layout-${this.layout}">
      ${renderHeader(ctx)} ${this._loadError ? renderLoadError(ctx.t, this._loadError) : nothing} ${renderControls(ctx)}
      ${filtered ? renderShowing(ctx, shown.length) : nothing} ${shown.length ? this.#tiles.render(ctx, groups) : empty}
      ${this._selected?.report ? renderDialog(ctx, this._selected, this.#closeDialog) : nothing} ${announcer}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'badge-wall': BadgeWallElement;
  }
}
