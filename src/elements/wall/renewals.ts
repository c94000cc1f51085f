// Badges over time on the wall (issue 19): issues of one achievement by one proven issuer
// (core's groupAchievements) are shown once, as the newest valid issue, with the earlier issues as
// its history. An expired issue a valid renewal superseded is history, not a failure: it leaves the
// tiles and the counts. Only verified entries take part; the others stay as they are until their
// report arrives. A chunk of its own (loaded by ./history-view.ts while the first badges verify):
// the grouping and its templates are ~1 KB gzip the wall's first paint does not need.

import { html, nothing, type TemplateResult } from 'lit';
import { groupAchievements } from '../../core/history.js';
import type { Badge, VerificationReport } from '../../core/model.js';
import { heading } from '../shared/heading.js';
import { addEnglish } from '../shared/i18n.js';
import { summarize as statusLine } from '../shared/report.js';
import type { Folded, Lineage } from './history-view.js';
import type { WallEntry } from './model.js';
import type { TileContext } from './tiles.js';
import { enWallHistory } from './strings-history.js';

addEnglish(enWallHistory);

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

/** "Renewed 2 times since 2019" under a tile whose achievement was renewed. */
export function renewedLine(ctx: TileContext, l: Lineage): TemplateResult | typeof nothing {
  if (!l.firstYear) return nothing;
  const t = ctx.t;
  return html`<p class="renewed">${l.renewals === 1 ? t('wall.renewedOnce', { year: l.firstYear }) : t('wall.renewed', { count: l.renewals, year: l.firstYear })}</p>`;
}

/** The earlier issues of a renewed achievement, newest first, each with how it ended and its own verdict. */
export function timeline(ctx: TileContext, l: Lineage): TemplateResult {
  const { t, ct } = ctx;
  return html`<section class="timeline">
    ${heading(ctx.headingLevel + 2, t('wall.earlier'))}
    <ol>
      ${l.earlier.map((r) => {
        const b = r.badge;
        const from = b?.validFrom && b.validFrom !== b.issued ? ct.date(b.validFrom) : '';
        return html`<li data-end=${endOf(r)}>${t('wall.issueIssued', { date: ct.date(dateOf(r)) ?? '' })}${from ? `, ${t('wall.issueValidFrom', { date: from })}` : ''}
          · ${t(`wall.issue.${endOf(r)}`)} · ${statusLine(ct, r).label}</li>`;
      })}
    </ol>
  </section>`;
}

/** The print / CV line's dates: "2019, renewed 2022 and 2025, valid until 2028" (years: the history at a glance). */
export function printHistory(ctx: TileContext, l: Lineage, badge: Badge | undefined): string {
  const t = ctx.t;
  const years = new Intl.ListFormat(ctx.ct.uiLang, { type: 'conjunction' }).format(l.renewedYears);
  const until = badge?.validUntil?.slice(0, 4);
  return [l.firstYear, t('wall.printRenewed', { years }), ...(until ? [t('wall.printValidUntil', { date: until })] : [])].join(', ');
}
