// Badges over time on the wall (issue 19): issues of one achievement by one proven issuer
// (core's groupAchievements) are shown once, as the newest valid issue, with the earlier issues as
// its history. An expired issue a valid renewal superseded is history, not a failure: it leaves the
// tiles and the counts. Only verified entries take part; the others stay as they are until their
// report arrives. DOM-free.

import { groupAchievements } from '../../core/history.js';
import type { VerificationReport } from '../../core/model.js';
import type { EntryGroup, WallEntry } from './model.js';
import type { WallSummary } from './summary.js';

/** What a tile and its dialog know of the achievement's earlier issues. */
export interface Lineage {
  /** How many times the achievement was renewed (≥ 1). */
  renewals: number;
  /** The year it was first issued. */
  firstYear?: string;
  /** The years of the renewals, oldest first (the print line's "renewed 2022 and 2025"). */
  renewedYears: string[];
  /** The earlier issues, newest first. */
  earlier: VerificationReport[];
  /** Changes when what the tile shows of it changes (the tile's memo). */
  sig: string;
}

/** What a render of the wall shows: the summary, the view, and the history of renewed achievements. */
export interface Derived {
  summary: WallSummary;
  shown: WallEntry[];
  groups: EntryGroup[];
  lineage: Map<string, Lineage>;
}

export interface Folded {
  /** The entries to show: every entry but the superseded issues. */
  shown: WallEntry[];
  /** Achievements with at least one renewal. */
  renewed: number;
  /** Lineage of the shown issues that have one, by entry key. */
  lineage: Map<string, Lineage>;
}

const dateOf = (r: VerificationReport): string | undefined => r.badge?.issued ?? r.badge?.validFrom;
const yearOf = (r: VerificationReport): string | undefined => dateOf(r)?.slice(0, 4) || undefined;
/** NaN for an unreadable date: it compares as neither earlier nor later. */
const issuedAt = (r: VerificationReport): number => Date.parse(dateOf(r) ?? '');

/** Folds the superseded issues of each achievement into its newest valid issue. */
export function foldRenewals(entries: readonly WallEntry[]): Folded {
  const byReport = new Map<VerificationReport, WallEntry>();
  for (const e of entries) if (e.report && !e.child) byReport.set(e.report, e);
  const lineage = new Map<string, Lineage>();
  if (byReport.size < 2) return { shown: [...entries], renewed: 0, lineage };
  const hidden = new Set<WallEntry>();
  for (const g of groupAchievements([...byReport.keys()]).groups) {
    // Without a valid issue nothing supersedes the others: each keeps its own tile (and verdict). Only
    // issues dated before the current one were renewed: the same issue listed twice (or an undated one)
    // is not a renewal, and keeps its tile.
    const since = issuedAt(g.current);
    const earlier = g.current.status === 'valid' ? g.earlier.filter((r) => issuedAt(r) < since) : [];
    if (!earlier.length) continue;
    for (const r of earlier) hidden.add(byReport.get(r)!);
    const renewedYears = [...earlier.slice(0, -1).reverse(), g.current].map(yearOf).filter((y): y is string => !!y);
    const firstYear = yearOf(earlier[earlier.length - 1]!);
    const renewals = earlier.length;
    lineage.set(byReport.get(g.current)!.key, { renewals, firstYear, renewedYears, earlier, sig: `${renewals}|${firstYear}|${renewedYears.join()}` });
  }
  return { shown: hidden.size ? entries.filter((e) => !hidden.has(e)) : [...entries], renewed: lineage.size, lineage };
}

/** How an earlier issue ended: revoked, expired, or superseded by the renewal (still valid itself). */
export function endOf(report: VerificationReport): 'revoked' | 'expired' | 'superseded' {
  const failed = (id: string) => report.checks.some((c) => c.id === id && c.outcome === 'failed');
  return failed('revocation') ? 'revoked' : failed('expiry') ? 'expired' : 'superseded';
}
