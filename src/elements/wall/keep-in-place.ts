// <badge-wall>'s tiles stay where the reader sees them while they are verified.
//
// A sort needs what is inside each badge, so verified badges sort first. Sorting the badges near the
// viewport as they were verified made the tiles under the reader change, each newly verified badge
// leaving for the sorted part and an unverified one sliding in (and being verified, and leaving...),
// and Chromium's scroll anchoring followed the ones that left, scrolling the page by itself. So when
// only reports changed (no new source, no change of sort, filters or grouping), the badges near the
// viewport keep their places, and take their sorted places once out of sight. The first screen of
// a source is the exception: it sorts freely until it is all verified.

import { applyView, type EntryGroup, type WallEntry, type WallView } from './model.js';

export interface ShownView {
  shown: WallEntry[];
  groups: EntryGroup[];
}

export interface KeepInPlaceOptions {
  /** Keys of the tiles near the viewport now. */
  near(): ReadonlySet<string>;
  /** Whether a badge has its report. */
  verified(key: string): boolean;
}

export class KeepInPlaceController {
  readonly #options: KeepInPlaceOptions;
  /** The view last derived (what is on screen). */
  #last?: ShownView;
  /** The next view sorts from scratch (a new source, or the reader changed the view). */
  #resort = true;
  /** The first tiles of this source near the viewport, when they are the wall's beginning: they sort freely until all are verified. */
  #firstScreen?: Set<string>;

  constructor(options: KeepInPlaceOptions) {
    this.#options = options;
  }

  /** A new source: it sorts from scratch, and its first screen is found again. */
  reset(): void {
    this.#resort = true;
    this.#firstScreen = undefined;
  }

  /** The reader changed the view (filters, sort, grouping): everything takes its sorted place. */
  resort(): void {
    this.#resort = true;
  }

  /** The view of `entries` to render now, the tiles near the viewport kept where they were. */
  view(entries: readonly WallEntry[], view: WallView): ShownView {
    const keep = this.#resort || !this.#last ? undefined : { previous: this.#last, pinned: this.#pinned() };
    this.#last = applyView(entries, view, keep);
    this.#resort = false;
    return this.#last;
  }

  /** Tiles came near the viewport: the first that do tell whether the reader is at the wall's beginning. */
  sawNear(keys: readonly string[]): void {
    if (this.#firstScreen || !keys.length) return;
    // Only the wall's own beginning sorts as it fills: a reader who jumped into the middle keeps what they see.
    const top = this.#last?.shown[0]?.key;
    this.#firstScreen = top !== undefined && keys.includes(top) ? new Set(keys) : new Set();
  }

  #pinned(): ReadonlySet<string> {
    const near = this.#options.near();
    const first = this.#firstScreen;
    if (!first || [...first].every((k) => this.#options.verified(k))) return near;
    return new Set([...near].filter((k) => !first.has(k)));
  }
}
