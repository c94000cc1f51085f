// <badge-wall>'s verify queue: which badges are verified, how many at a time, and when their
// reports are rendered. The first badge of a source runs alone (ramp-up), then `concurrency` at a
// time, the most recently asked for first; reports arriving together are applied together, one
// wall update per frame (or per REFRESH_MS for tiles nobody sees).

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterNextFrame, VerifyQueue, yieldToMain } from './scheduler.js';

/**
 * Reports arriving together are rendered together: one wall update (counts, filters, sort) per
 * animation frame when a report is for a tile near the viewport (or the first one), at most one
 * per REFRESH_MS for tiles nobody sees (the header counts and the progress bar still move). Also
 * the fallback when frames do not run (a background tab).
 */
const REFRESH_MS = 200;

/** Makes the cards of verified tiles, a few per refresh step (wall/render-window.ts). */
export interface CardMounter {
  /** Makes the next few cards the render needs; returns how many. */
  mountSome(): number;
  /** `n` were made and rendered since `start`. */
  mounted(n: number, start: number): void;
  /** Cards still wait to be made. */
  readonly mountPending: boolean;
}

/** What the queue needs from its element; `T` is one finished verification. */
export interface VerifyQueueOptions<T> {
  /** How many badges run at once after the first. */
  concurrency(): number;
  /** Verifies one badge: its result, or undefined when it no longer belongs to the wall (a new source). */
  verify(key: string): Promise<T | undefined>;
  /** Puts one arrived result into the element's data (no render: the refresh renders once per batch). */
  apply(result: T): void;
  /** A badge's result should be on screen at the next frame (its tile is near the viewport). */
  soon(key: string): boolean;
  /** What makes the cards of verified tiles, a few per refresh step (the render window). */
  cards: CardMounter;
  /** Other verifications the element waits for (its <badge-card> children). */
  othersBusy(): boolean;
  /** After each refresh: whether anything is still being verified. */
  busy(busy: boolean): void;
  /** Everything asked for so far is verified, and something finished since the last call. */
  finished(): void;
}

export class VerifyQueueController<T> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: VerifyQueueOptions<T>;
  readonly #queue: VerifyQueue<string>;
  /** Only the first badge of a new source runs until its report is in (see reset). */
  #rampUp = false;
  /** Results in, not rendered yet (see #refresh). */
  #arrived: T[] = [];
  #finishedSinceEvent = 0;
  #refreshTimer?: ReturnType<typeof setTimeout>;
  #refreshFrame?: number;
  #refreshing = false;
  /** Everything was asked for (verifyAll, `eager`): scrolling no longer takes requests back. */
  #all = false;

  constructor(host: ReactiveControllerHost, options: VerifyQueueOptions<T>) {
    this.#host = host;
    this.#options = options;
    this.#queue = new VerifyQueue<string>((key) => this.#run(key));
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#cancelRefresh();
  }

  /**
   * A new source: nothing queued, nothing waiting to be rendered. The first badge of the new source
   * runs alone, then the full concurrency: its card is what the visitor waits for, and five other
   * badges in flight made its fetch, DID document and check wait their turn.
   */
  reset(): void {
    this.#queue.clear();
    this.#queue.limit = 1;
    this.#rampUp = true;
    this.#queue.onIdle = () => this.scheduleRefresh();
    this.#arrived = [];
    this.#all = false;
  }

  /** Nothing queued or running. */
  get idle(): boolean {
    return this.#queue.idle;
  }

  /** `concurrency` changed (after the ramp-up; during it, the ramp-up's end applies it). */
  setConcurrency(n: number): void {
    if (!this.#rampUp) this.#queue.limit = n;
  }

  /** Verify these; the last one given runs first. */
  request(...keys: string[]): void {
    if (keys.length) this.#queue.request(...keys);
  }

  /** Every badge from now on: `keys` in the order they should run, and no withdrawing. */
  requestAll(keys: string[]): void {
    this.#all = true;
    this.#queue.request(...[...keys].reverse()); // the queue serves the last request first
  }

  /** Tiles left the viewport: their badges wait (unless everything was asked for). */
  withdraw(keys: string[]): void {
    if (!this.#all) this.#queue.withdraw(...keys);
  }

  /** A verification outside the queue (a <badge-card> child) finished: counts toward the next `finished`. */
  finishedElsewhere(): void {
    this.#finishedSinceEvent++;
    this.scheduleRefresh();
  }

  /**
   * Renders arrived reports together, then tells the element when nothing is left to verify:
   * `soon` at the next animation frame (a tile near the viewport changes), else within REFRESH_MS.
   */
  scheduleRefresh(soon = true): void {
    if (this.#refreshing) return;
    const run = () => {
      this.#cancelRefresh();
      void this.#refresh();
    };
    this.#refreshTimer ??= setTimeout(run, REFRESH_MS);
    // Once per frame, right after it: the update and the new cards' first render are one task, the
    // layout of what they changed the next frame's (inside the rAF, one task of 60-90 ms).
    if (soon && this.#refreshFrame === undefined && typeof requestAnimationFrame === 'function')
      this.#refreshFrame = afterNextFrame(() => this.#refreshFrame !== undefined && run());
  }

  async #run(key: string): Promise<void> {
    const result = await this.#options.verify(key);
    if (result === undefined) return;
    if (this.#rampUp) {
      this.#rampUp = false;
      this.#queue.limit = this.#options.concurrency();
    }
    this.#arrived.push(result);
    this.#finishedSinceEvent++;
    this.scheduleRefresh(this.#options.soon(key));
  }

  #cancelRefresh(): void {
    clearTimeout(this.#refreshTimer);
    this.#refreshTimer = undefined;
    if (this.#refreshFrame !== undefined) cancelAnimationFrame(this.#refreshFrame);
    this.#refreshFrame = undefined;
  }

  /**
   * Applies every arrived report at once (the counts, filters and sort are recomputed once per
   * batch), then lets the element make its new cards a few at a time: each new <badge-card>
   * renders in the same task as the wall (lit updates in one microtask checkpoint), so 20 new cards
   * would be one 200 ms task. A few cards, then the main thread is handed back.
   */
  async #refresh(): Promise<void> {
    this.#refreshing = true;
    try {
      do {
        const start = performance.now();
        for (const result of this.#arrived.splice(0)) this.#options.apply(result);
        const cards = this.#options.cards;
        const n = cards.mountSome();
        this.#host.requestUpdate();
        await this.#host.updateComplete;
        cards.mounted(n, start);
        if (cards.mountPending) await yieldToMain();
      } while (this.#options.cards.mountPending || this.#arrived.length);
    } finally {
      this.#refreshing = false;
    }
    const busy = !this.#queue.idle || this.#options.othersBusy() || this.#arrived.length > 0;
    this.#options.busy(busy);
    if (busy || this.#finishedSinceEvent === 0) return;
    this.#finishedSinceEvent = 0;
    this.#options.finished();
  }
}
