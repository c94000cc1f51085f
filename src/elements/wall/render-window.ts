// <badge-wall>'s render window: which tiles exist, which are near the viewport, and which show a
// card. A long wall appears in steps (so no single render blocks input), tiles are watched by an
// IntersectionObserver, and a <badge-card> is made only for a verified badge whose tile came near,
// a few per main-thread task. The element renders `limit` tiles and asks `isMounted(key)` per tile.

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterNextFrame } from './scheduler.js';

/**
 * Tiles rendered per step while a long wall first appears. The rest follow one step per
 * background-priority task, each after the IntersectionObserver reported the step before (not
 * `scheduler.yield()`, whose continuations run first): verifying the first screen does not wait
 * for the 1,000th tile to exist.
 */
export const RENDER_CHUNK = 120;
/** A tile this close to the viewport (px, above or below) is "near": verified, and shown as a card. */
export const NEAR_PX = 600;
/** The first step of a new source: a screen of tiles and more on a large display (48 tiles made a 70 ms first frame). */
export const FIRST_CHUNK = 24;
/** What one later step aims at (ms of wall update; style and layout of its tiles follow): the step size adapts, up to RENDER_CHUNK. */
const CHUNK_MS = 15;
/**
 * A <badge-card> is only made for a verified badge whose tile came near the viewport: a card's
 * first render costs a few ms (its DOM, styles, share links), 1,000 of them seconds of main
 * thread for tiles nobody looks at. Tiles further away show the placeholder (same size) until
 * scrolled to. New cards are made at most this many per main-thread task, then the thread is
 * handed back, so no task runs past ~50 ms.
 */
const CARDS_PER_TASK = 8;
/** The main-thread time one refresh step aims at (wall update + the new cards' first render). */
const CARD_TASK_MS = 24;

/** What the window needs from its element. */
export interface RenderWindowOptions {
  /** How many tiles the current view shows in all. */
  shown(): number;
  /** The source is read and has entries: its first screen can be asked for. */
  ready(): boolean;
  /** Whether a badge has its report (and is not a <badge-card> child, which is its own card). */
  verified(key: string): boolean;
  /** The element's layout (measured tile heights belong to one layout). */
  layout(): string;
  /** Tiles came near the viewport, top to bottom. */
  near(keys: string[]): void;
  /** Tiles left the viewport's neighbourhood. */
  far(keys: string[]): void;
  /** Verified tiles near the viewport wait for their cards: refresh soon. */
  mount(): void;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class RenderWindowController implements ReactiveController {
  /** Tiles rendered now (the element renders the first `limit` of its view). */
  limit = FIRST_CHUNK;
  /** Keys of tiles near the viewport now (IntersectionObserver, NEAR_PX margin). */
  readonly near = new Set<string>();

  readonly #host: Host;
  readonly #options: RenderWindowOptions;
  #io?: IntersectionObserver;
  #observed = new Set<Element>();
  /** Keys whose tile shows a <badge-card> (came near once, verified); they keep it. */
  #mounted = new Set<string>();
  /** Verified, near the viewport, no card yet: made a few per task (mountSome). */
  #toMount = new Set<string>();
  /** The first tiles of this source were asked for (see #requestOnScreen). */
  #primed = false;
  /** A next step of tiles is scheduled (see RENDER_CHUNK). */
  #growing = false;
  /** … once the IntersectionObserver reported on the tiles just rendered. */
  #growAfterIntersect = false;
  /** Tiles added per later step (adapts to CHUNK_MS; starting at RENDER_CHUNK made the second step a 90 ms task), and when the current step started. */
  #chunk = FIRST_CHUNK;
  #chunkStart = 0;
  /** Cards made per refresh step: adapts so one step stays near CARD_TASK_MS. */
  #cardsPerTask = 1;
  /** Heights (px) of tiles with a card, most recent last, for the layout they were measured in. */
  #heights: number[] = [];
  #heightsLayout = '';
  #measureFrame?: number;

  constructor(host: Host, options: RenderWindowOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#io = new IntersectionObserver((records) => this.#onIntersect(records), { rootMargin: `${NEAR_PX}px 0px ${NEAR_PX}px 0px` });
    this.#observed.clear();
  }

  hostDisconnected(): void {
    this.#io?.disconnect();
    this.#io = undefined;
  }

  /** A new source is being read: nothing is near, mounted or asked for any more. */
  reset(): void {
    this.near.clear();
    this.#mounted.clear();
    this.#toMount.clear();
    this.#primed = false;
  }

  /** The new source's entries are in: the window starts again from its first step. */
  showFirst(): void {
    this.#observed.clear();
    this.#io?.disconnect();
    this.#setLimit(FIRST_CHUNK);
  }

  /** The reader changed the view: a larger first step (they are looking for something). */
  showMore(): void {
    this.#setLimit(RENDER_CHUNK);
  }

  /** Whether a tile shows its card. */
  isMounted(key: string): boolean {
    return this.#mounted.has(key);
  }

  /** Whether no tile shows a card yet (the first report is rendered at once). */
  get noneMounted(): boolean {
    return this.#mounted.size === 0;
  }

  /** Verified tiles near the viewport still wait for their card. */
  get mountPending(): boolean {
    return this.#toMount.size > 0;
  }

  /** A badge's report arrived: near the viewport, its tile gets its card at the next refresh. */
  verified(key: string): void {
    if (this.near.has(key) && !this.#mounted.has(key)) this.#toMount.add(key);
  }

  /** Gives the next few waiting tiles their card (at most what one task fits); returns how many. */
  mountSome(): number {
    let n = 0;
    for (const key of this.#toMount) {
      if (n === this.#cardsPerTask) break;
      this.#toMount.delete(key);
      if (this.#options.verified(key)) {
        this.#mounted.add(key);
        n++;
      }
    }
    return n;
  }

  /** `n` cards were made and rendered since `start`: measure them, and size the next step to CARD_TASK_MS. */
  mounted(n: number, start: number): void {
    if (!n) return;
    this.measureSoon();
    // As many cards as fit CARD_TASK_MS at this step's cost per card (at most double).
    const perCard = (performance.now() - start) / n;
    this.#cardsPerTask = Math.max(1, Math.min(CARDS_PER_TASK, 2 * n, Math.floor(CARD_TASK_MS / perCard)));
  }

  /** The layout changed: heights measured in the old one no longer apply. */
  layoutChanged(): void {
    this.#host.renderRoot.querySelector<HTMLElement>('.wall')?.style.removeProperty('--_measured-tile-height');
    this.measureSoon();
  }

  hostUpdated(): void {
    if (this.#chunkStart) {
      const took = performance.now() - this.#chunkStart;
      this.#chunkStart = 0;
      this.#chunk = Math.round(Math.min(RENDER_CHUNK, Math.max(24, (this.#chunk * CHUNK_MS) / Math.max(took, 1))));
    }
    if (!this.#primed && this.#options.ready()) {
      this.#primed = true;
      // Right after the next frame: the tiles are laid out then (read in the rAF: one 60-77 ms task).
      if (typeof requestAnimationFrame === 'function') afterNextFrame(() => this.#requestOnScreen());
      else this.#requestOnScreen();
    }
    // Observe tiles that appeared (waiting to be verified, or verified with no card yet); forget
    // tiles that left (filters, grouping) or got their card.
    const io = this.#io;
    if (!io) return;
    for (const el of this.#observed) {
      if (!el.isConnected || !el.hasAttribute('data-lazy')) {
        io.unobserve(el);
        this.#observed.delete(el);
      }
    }
    let observing = false;
    for (const el of this.#host.renderRoot.querySelectorAll('.tile[data-lazy]')) {
      if (!this.#observed.has(el)) {
        this.#observed.add(el);
        io.observe(el);
        observing = true;
      }
    }
    // The next step waits for the observer's first report on this one (it asks for the badges on
    // screen to be verified).
    if (this.limit < this.#options.shown() && !this.#growing) {
      this.#growing = true;
      if (observing) this.#growAfterIntersect = true;
      else this.#grow();
    }
  }

  #setLimit(n: number): void {
    this.limit = n;
    this.#host.requestUpdate();
  }

  /**
   * The first tiles of a new source are asked for at once, from their geometry: Chromium delivers
   * IntersectionObserver records at idle time (up to 100 ms later on a busy page), and the first
   * card waits for them. The observer takes over from there (and withdraws any it finds far).
   */
  #requestOnScreen(): void {
    if (!this.#primed || !this.#host.isConnected) return; // a new source since (it primes again)
    const reach = window.innerHeight + NEAR_PX;
    const keys: string[] = [];
    for (const el of this.#host.renderRoot.querySelectorAll<HTMLElement>('.tile[data-waiting]')) {
      const r = el.getBoundingClientRect();
      if (r.top > reach) break; // tiles come top to bottom
      const key = el.dataset.key;
      if (key && r.width > 0 && r.bottom >= -NEAR_PX) keys.push(key);
    }
    for (const key of keys) this.near.add(key);
    this.#options.near(keys);
  }

  #grow(): void {
    this.#growAfterIntersect = false;
    const step = () => {
      this.#growing = false;
      this.#chunkStart = performance.now();
      this.#setLimit(this.limit + this.#chunk);
    };
    const s = (globalThis as { scheduler?: { postTask?: (cb: () => void, o: { priority: string }) => Promise<unknown> } }).scheduler;
    if (typeof s?.postTask === 'function') void s.postTask(step, { priority: 'background' });
    else setTimeout(step);
  }

  #onIntersect(records: IntersectionObserverEntry[]): void {
    const near: string[] = [];
    const far: string[] = [];
    let mount = false;
    for (const r of records) {
      const key = (r.target as HTMLElement).dataset.key;
      if (!key) continue;
      if (r.isIntersecting) {
        near.push(key);
        this.near.add(key);
        if (this.#options.verified(key) && !this.#mounted.has(key)) {
          this.#toMount.add(key);
          mount = true;
        }
      } else {
        far.push(key);
        this.near.delete(key);
        this.#toMount.delete(key);
      }
    }
    if (mount) this.#options.mount();
    if (this.#growAfterIntersect) this.#grow();
    if (far.length) this.#options.far(far);
    // Records come top to bottom.
    this.#options.near(near);
  }

  /**
   * Placeholders keep the space of a card (no layout shift when a card replaces one): right after the next
   * frame, reads the height of tiles showing a card and sets `--_measured-tile-height` (the
   * median of the last 16) through the CSSOM (allowed under a strict style-src CSP).
   */
  measureSoon(): void {
    if (this.#measureFrame !== undefined || typeof requestAnimationFrame !== 'function') return;
    this.#measureFrame = afterNextFrame(() => {
      this.#measureFrame = undefined;
      const root = this.#host.renderRoot;
      const wall = root.querySelector<HTMLElement>('.wall');
      const layout = this.#options.layout();
      if (!wall || layout === 'compact') return;
      if (this.#heightsLayout !== layout) {
        this.#heightsLayout = layout;
        this.#heights = [];
      }
      for (const card of [...root.querySelectorAll('.tile > badge-card')].slice(-8)) {
        const h = (card.parentElement as HTMLElement).getBoundingClientRect().height;
        if (h > 0) this.#heights.push(h);
      }
      this.#heights = this.#heights.slice(-16);
      if (!this.#heights.length) return;
      const median = [...this.#heights].sort((a, b) => a - b)[this.#heights.length >> 1]!;
      const current = parseFloat(wall.style.getPropertyValue('--_measured-tile-height')) || 0;
      if (Math.abs(median - current) > 8) wall.style.setProperty('--_measured-tile-height', `${Math.round(median)}px`);
    });
  }
}
