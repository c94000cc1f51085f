// Badges over time: which verified reports are issues of one achievement by one issuer.
//
// A certification earned in 2019 and renewed in 2022 and 2025 is one achievement held for six
// years, not two expired badges and a valid one. Issues are grouped only on what the issuer signed
// and what was proven about the issuer:
// - the same issuer id whose key was proven (a report with an `identity`: proof and key binding
//   passed), so a self-made key that claims the same issuer name never joins the real issuer's group;
// - the same achievement id (OB 3.0 `achievement.id`, OB 2.0 BadgeClass id), or ids the issuer links:
//   OB 3.0 `achievement.related` (other versions of it) and CLR 2.0 associations `replacedBy` /
//   `precedes` between achievements of the same issuer.
// Never on the name alone: two achievements with one name and different ids stay two, and are
// reported as such (`sameName`).

import type { VerificationReport } from './model.js';
import { asArray, isObj } from './json.js';

export interface AchievementGroup {
  /** Stable key: issuer id + the group's first achievement id (or the report's own id when ungrouped). */
  key: string;
  issuerId?: string;
  /** Every achievement id in the group. */
  achievementIds: string[];
  /** Issues, newest first (by issue date). */
  issues: VerificationReport[];
  /** The issue to show: the newest valid one, else the newest. */
  current: VerificationReport;
  /** The earliest issue date in the group (ISO), when known. */
  firstIssued?: string;
  /** Issues older than `current` (renewals happened after them). */
  earlier: VerificationReport[];
  /** How many times it was renewed: issues after the first, up to and including `current`. */
  renewals: number;
}

export interface History {
  groups: AchievementGroup[];
  /** Pairs of achievements with the same name but different ids (or issuers): never merged. */
  sameName: Array<{ name: string; keys: [string, string] }>;
}

function issuedOf(r: VerificationReport): number {
  const b = r.badge;
  const t = Date.parse(b?.issued ?? b?.validFrom ?? '');
  return Number.isNaN(t) ? -Infinity : t;
}

/** CLR 2.0 associations (ClrSubject.association): replacedBy / precedes between two achievement ids. */
function clrLinks(reports: VerificationReport[]): Array<[string, string]> {
  const links: Array<[string, string]> = [];
  for (const r of reports) {
    if (r.badge?.format !== 'clr') continue;
    for (const subject of asArray((r.badge.credential as { credentialSubject?: unknown })?.credentialSubject)) {
      if (!isObj(subject)) continue;
      for (const a of asArray(subject.association)) {
        if (!isObj(a) || (a.associationType !== 'replacedBy' && a.associationType !== 'precedes')) continue;
        if (typeof a.sourceId === 'string' && typeof a.targetId === 'string') links.push([a.sourceId, a.targetId]);
      }
    }
  }
  return links;
}

/**
 * Groups verified reports into achievements (see the module comment). Reports whose issuer was not
 * proven (no `identity`: a failed signature or key binding) or that name no achievement stay alone.
 */
export function groupAchievements(reports: readonly VerificationReport[]): History {
  // Union-find over "issuer␟achievement" nodes.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let p = parent.get(x) ?? x;
    if (p !== x) {
      p = find(p);
      parent.set(x, p);
    }
    return p;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  const node = (issuer: string, achievement: string) => `${issuer}\u241f${achievement}`;

  const keyed: Array<[VerificationReport, string | undefined]> = [];
  const issuersOfAchievement = new Map<string, Set<string>>();
  for (const r of reports) {
    const issuerId = r.identity ? r.badge?.issuer.id : undefined;
    const achievementId = r.badge?.achievementId;
    if (!issuerId || !achievementId || r.badge?.format === 'clr' || r.badge?.format === 'vp') {
      keyed.push([r, undefined]);
      continue;
    }
    const n = node(issuerId, achievementId);
    parent.set(n, find(n));
    for (const rel of r.badge?.relatedAchievements ?? []) union(n, node(issuerId, rel));
    keyed.push([r, n]);
    let set = issuersOfAchievement.get(achievementId);
    if (!set) issuersOfAchievement.set(achievementId, (set = new Set()));
    set.add(issuerId);
  }
  // A CLR's associations link achievements of one issuer only: both ends must have been issued by the
  // same proven issuer, or the link is ignored.
  for (const [a, b] of clrLinks([...reports])) {
    for (const issuer of issuersOfAchievement.get(a) ?? []) if (issuersOfAchievement.get(b)?.has(issuer)) union(node(issuer, a), node(issuer, b));
  }

  const byRoot = new Map<string, VerificationReport[]>();
  const alone: VerificationReport[] = [];
  for (const [r, n] of keyed) {
    if (!n) {
      alone.push(r);
      continue;
    }
    const root = find(n);
    const list = byRoot.get(root);
    if (list) list.push(r);
    else byRoot.set(root, [r]);
  }

  const groups: AchievementGroup[] = [];
  const make = (key: string, list: VerificationReport[]): AchievementGroup => {
    const issues = [...list].sort((a, b) => issuedOf(b) - issuedOf(a));
    const current = issues.find((r) => r.status === 'valid') ?? issues[0]!;
    const at = issues.indexOf(current);
    const earlier = issues.slice(at + 1);
    const times = issues.map(issuedOf).filter((t) => t !== -Infinity);
    const ids = [...new Set(issues.map((r) => r.badge?.achievementId).filter((x): x is string => !!x))];
    return {
      key,
      ...(current.identity && current.badge?.issuer.id ? { issuerId: current.badge.issuer.id } : {}),
      achievementIds: ids,
      issues,
      current,
      ...(times.length ? { firstIssued: new Date(Math.min(...times)).toISOString() } : {}),
      earlier,
      renewals: earlier.length,
    };
  };
  for (const [root, list] of byRoot) groups.push(make(root, list));
  alone.forEach((r, i) => groups.push(make(`alone\u241f${r.badge?.id ?? r.badge?.url ?? i}`, [r])));

  // Same name, different achievement (or issuer): worth telling a reader, never a reason to merge.
  const sameName: History['sameName'] = [];
  const byName = new Map<string, AchievementGroup>();
  for (const g of groups) {
    const name = g.current.badge?.name?.trim().toLowerCase();
    if (!name) continue;
    const other = byName.get(name);
    if (other) sameName.push({ name: g.current.badge!.name, keys: [other.key, g.key] });
    else byName.set(name, g);
  }
  return { groups, sameName };
}
