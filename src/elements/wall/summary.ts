// The wall's header numbers: how many badges, how many verified / not valid / could not be
// checked / could not be loaded, the issuers, the years, and the competency summary (every skill
// across all badges, with how many badges show it). Pure and DOM-free.

import { CLAIMED_ISSUER, statusOf, type WallEntry } from './model.js';

export interface WallCounts {
  /** Every badge of the wall. */
  total: number;
  /** Badges whose verification finished (any outcome). */
  checked: number;
  valid: number;
  /** Of `valid`: a domain or a registry vouches for the issuer ("verified, issuer confirmed"). */
  confirmed: number;
  /** Of `valid`: nothing but the badge names the issuer ("signature valid, issuer not confirmed"). */
  unconfirmed: number;
  invalid: number;
  indeterminate: number;
  error: number;
  /** Not verified yet (waiting or running). */
  pending: number;
  /** Achievements renewed at least once, when any (their superseded issues are in no other count: wall/renewals.ts). */
  renewed?: number;
}

export interface FacetCount {
  name: string;
  count: number;
}

export interface WallSummary {
  counts: WallCounts;
  /** Most badges first, then by name. */
  skills: FacetCount[];
  /** Issuers something vouches for (a registry's name for them, or their domain). */
  issuers: FacetCount[];
  /** Names only the badges claim (without the CLAIMED_ISSUER prefix of their facet), kept apart. */
  claimedIssuers: FacetCount[];
  /** Newest first. */
  years: FacetCount[];
}

export function countEntries(entries: readonly WallEntry[]): WallCounts {
  const counts: WallCounts = { total: entries.length, checked: 0, valid: 0, confirmed: 0, unconfirmed: 0, invalid: 0, indeterminate: 0, error: 0, pending: 0 };
  for (const e of entries) {
    const s = statusOf(e);
    counts[s]++;
    if (s === 'valid') counts[e.facets?.confirmed ? 'confirmed' : 'unconfirmed']++;
    if (s !== 'pending') counts.checked++;
  }
  return counts;
}

function tally(values: Iterable<string>, into: Map<string, number>): void {
  for (const v of values) into.set(v, (into.get(v) ?? 0) + 1);
}

const byCount = (a: FacetCount, b: FacetCount): number => b.count - a.count || a.name.localeCompare(b.name);

/**
 * Skills count the badges that show them. Skill names are compared case-insensitively (the first
 * spelling seen is kept), so "Accessibility" and "accessibility" are one skill.
 */
export function summarize(entries: readonly WallEntry[], renewed = 0): WallSummary {
  const skills = new Map<string, number>();
  const spelling = new Map<string, string>();
  const issuers = new Map<string, number>();
  const years = new Map<string, number>();
  for (const e of entries) {
    const f = e.facets;
    if (!f) continue;
    const names: string[] = [];
    for (const s of f.skills) {
      const k = s.toLowerCase();
      if (!spelling.has(k)) spelling.set(k, s);
      names.push(spelling.get(k)!);
    }
    tally(names, skills);
    if (f.issuer) tally([f.issuer], issuers);
    if (f.year) tally([f.year], years);
  }
  const list = (m: Map<string, number>) => [...m].map(([name, count]) => ({ name, count }));
  const all = list(issuers);
  return {
    counts: renewed ? { ...countEntries(entries), renewed } : countEntries(entries),
    skills: list(skills).sort(byCount),
    issuers: all.filter((i) => !i.name.startsWith(CLAIMED_ISSUER)).sort(byCount),
    claimedIssuers: all
      .filter((i) => i.name.startsWith(CLAIMED_ISSUER))
      .map((i) => ({ name: i.name.slice(CLAIMED_ISSUER.length), count: i.count }))
      .sort(byCount),
    years: list(years).sort((a, b) => b.name.localeCompare(a.name)),
  };
}
