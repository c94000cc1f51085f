// The wall's own event. Per-badge events (`badge-select`) are the shared ones in ../shared/events.ts.

import type { WallCounts } from './summary.js';

/**
 * Every badge the wall was asked to verify so far (the ones near the viewport, or all of them with
 * `eager`) has finished verifying. Fires again when scrolling brings new badges and they finish.
 * `counts` has `total`, `checked`, `valid` (of which `confirmed` and `unconfirmed`), `invalid`,
 * `indeterminate`, `error` and `pending`.
 */
export class BadgeWallVerifiedEvent extends Event {
  static readonly eventName = 'badge-wall-verified' as const;
  constructor(readonly counts: WallCounts) {
    super(BadgeWallVerifiedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'badge-wall-verified': BadgeWallVerifiedEvent;
  }
}
