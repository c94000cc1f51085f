// The wall's side of badges over time (issue 19): what it asks of ./renewals.ts, a chunk loaded while
// the first badges verify. Until it is there, every entry is shown as it is (nothing is folded), so
// the wall never waits for it; the wall's verification awaits it with each report (see ready()), so
// a report is never applied before the grouping can see it.

import type { VerificationReport } from '../../core/model.js';
import { once } from '../../core/once.js';
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

export interface Folded {
  /** The entries to show: every entry but the superseded issues. */
  shown: WallEntry[];
  /** Achievements with at least one renewal. */
  renewed: number;
  /** Lineage of the shown issues that have one, by entry key. */
  lineage: Map<string, Lineage>;
}

/** What a render of the wall shows: the summary, the view, and the history of renewed achievements. */
export interface Derived {
  summary: WallSummary;
  shown: WallEntry[];
  groups: EntryGroup[];
  lineage: Map<string, Lineage>;
}

let chunk: typeof import('./renewals.js') | undefined;

const load = once(() => import('./renewals.js').then((m) => void (chunk = m)));

/** Loads the grouping; never rejects (a chunk that failed to load leaves the wall unfolded, and is tried again with the next report). */
export const historyReady = (): Promise<void> => load().catch(() => undefined);

export function foldRenewals(entries: readonly WallEntry[]): Folded {
  return chunk ? chunk.foldRenewals(entries) : { shown: [...entries], renewed: 0, lineage: new Map() };
}

/** The chunk's templates ("Renewed 2 times since 2019", the dialog's timeline, the print line's history), once loaded. */
export const history = (): typeof import('./renewals.js') | undefined => chunk;
