// Where a badge stands in time, for the card's dates line and its custom states (issue 19): expired,
// expiring within the page's window, or renewed (the card was given earlier issues of it). DOM-free,
// so the card's render and its states read one answer.

import type { Badge, VerificationReport } from '../../core/model.js';

const DAY_MS = 86_400_000;

export interface CardTime {
  /** The expiry passed: the report failed `expiry`, or `validUntil` is not after now. */
  expired: boolean;
  /** Not expired, and `validUntil` is less than the window away. */
  expiring: boolean;
  /** With earlier issues of it: the first one's date (ISO); this issue's own date is `badge.issued`. */
  firstEarned?: string;
}

const issuedOf = (b: Badge | undefined): string | undefined => b?.issued ?? b?.validFrom;

/**
 * `report` is undefined while the badge is being checked: then no history counts either.
 * `history`: earlier issues of the badge's achievement (a wall's `AchievementGroup.earlier`, or a
 * page's reports). Only those whose issuer was proven and is this badge's issuer, issued before it,
 * count: an unproven copy claiming the issuer's id must not make a badge look held for longer.
 */
export function cardTime(
  badge: Badge,
  report: VerificationReport | undefined,
  history: readonly VerificationReport[] | undefined,
  now: Date,
  windowDays: number,
): CardTime {
  const left = Date.parse(badge.validUntil ?? '') - now.getTime(); // NaN (no expiry) fails every comparison
  const expired = left <= 0 || !!report?.checks.some((c) => c.id === 'expiry' && c.outcome === 'failed');
  const own = Date.parse(issuedOf(badge) ?? '');
  let first = own;
  for (const r of report ? (history ?? []) : []) {
    const t = Date.parse(issuedOf(r.badge) ?? '');
    if (r.identity && r.badge?.issuer.id === badge.issuer.id && t < first) first = t;
  }
  return { expired, expiring: !expired && left < windowDays * DAY_MS, ...(first < own ? { firstEarned: new Date(first).toISOString() } : {}) };
}
