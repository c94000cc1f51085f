// Typed events of every badge element. All bubble and are composed (they cross shadow roots, so a
// page listening on `document` hears a card inside a wall). Order copied from <img>: `badge-load`
// when the credential was understood, then `badge-verified` (whatever the outcome) — or
// `badge-error` when it could not be loaded or understood.

import type { Badge, ReportError, VerificationReport } from '../../core/model.js';

/** The credential was loaded and understood; verification result follows in `badge-verified`. */
export class BadgeLoadEvent extends Event {
  static readonly eventName = 'badge-load' as const;
  constructor(readonly badge: Badge) {
    super(BadgeLoadEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Verification finished, whatever the outcome (`valid`, `invalid`, `indeterminate`): see `report.status`. */
export class BadgeVerifiedEvent extends Event {
  static readonly eventName = 'badge-verified' as const;
  constructor(readonly report: VerificationReport) {
    super(BadgeVerifiedEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The credential could not be loaded or understood. `error.code` is stable (fetch-failed, cors-blocked, …). */
export class BadgeErrorEvent extends Event {
  static readonly eventName = 'badge-error' as const;
  constructor(
    readonly error: ReportError,
    /** The `error` report, for pages that log every outcome the same way. */
    readonly report?: VerificationReport,
  ) {
    super(BadgeErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

/** A visitor chose a badge in a <badge-wall>. Cancelable: `preventDefault()` stops the wall opening its own view. */
export class BadgeSelectEvent extends Event {
  static readonly eventName = 'badge-select' as const;
  constructor(
    readonly badge: Badge | undefined,
    readonly report: VerificationReport | undefined,
  ) {
    super(BadgeSelectEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'badge-load': BadgeLoadEvent;
    'badge-verified': BadgeVerifiedEvent;
    'badge-error': BadgeErrorEvent;
    'badge-select': BadgeSelectEvent;
  }
}
