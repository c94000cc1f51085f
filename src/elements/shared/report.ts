// Pure rendering of a VerificationReport: the one-line summary (the card's status line) and the
// list of checks (the card's details, the verifier's step-by-step view). No element state here.
// Core's check messages are shown as text next to our translated titles and explanations.

import { css, html, nothing, type TemplateResult } from 'lit';
import type { Check, Outcome, ReportStatus, VerificationReport } from '../../core/model.js';
import {
  checkExplanation,
  checkTitle,
  hasKey,
  outcomeLabel,
  outcomeMeaning,
  type MessageKey,
  type Translator,
} from './i18n.js';

export type SummaryKind = ReportStatus | 'loading';

export interface StatusSummary {
  kind: SummaryKind;
  /** A symbol that repeats the meaning of the text (never the only carrier of it). */
  icon: string;
  /** Short label: "Verified", "Not valid", … */
  label: string;
  /** The whole line, in plain words: "Not valid: it was changed after it was issued (tampered)". */
  text: string;
  /** The check the line is about (first failed / first unknown), if any. */
  check?: Check;
}

const ICONS: Record<SummaryKind, string> = { valid: '✓', invalid: '✕', indeterminate: '?', error: '!', loading: '…' };
const OUTCOME_ICONS: Record<Outcome, string> = { passed: '✓', failed: '✕', warning: '!', skipped: '–', unknown: '?' };

/** True when an unknown outcome came from the browser refusing a cross-origin answer. */
export function isCorsProblem(check: Check): boolean {
  const code = check.detail?.code ?? check.detail?.reason;
  return code === 'cors-blocked' || /\bCORS\b/.test(check.message);
}

/** The plain-words reason of a failed or unknown check ("the issuer revoked it"). */
export function reasonOf(t: Translator, check: Check): string {
  if (check.outcome === 'unknown') {
    if (isCorsProblem(check)) return t.t('unknown.cors');
    const key = `unknown.${check.id}`;
    return hasKey(key) ? t.t(key) : t.t('unknown.other', { check: checkTitle(t, check.id) });
  }
  const key = `failed.${check.id}`;
  return hasKey(key) ? t.t(key) : t.t('failed.other', { check: checkTitle(t, check.id) });
}

/** The verification line for a report (or for "still loading" when report is undefined). */
export function summarize(t: Translator, report: VerificationReport | undefined): StatusSummary {
  if (!report) {
    const label = t.t('status.loading');
    return { kind: 'loading', icon: ICONS.loading, label, text: label };
  }
  switch (report.status) {
    case 'valid': {
      const issuer = report.badge?.issuer.name;
      const label = t.t('status.valid');
      return { kind: 'valid', icon: ICONS.valid, label, text: issuer ? t.t('status.validBy', { issuer }) : label };
    }
    case 'invalid': {
      const check = report.checks.find((c) => c.outcome === 'failed');
      const label = t.t('status.invalid');
      return { kind: 'invalid', icon: ICONS.invalid, label, text: check ? `${label}: ${reasonOf(t, check)}` : label, check };
    }
    case 'indeterminate': {
      const check = report.checks.find((c) => c.outcome === 'unknown');
      const label = t.t('status.indeterminate');
      return { kind: 'indeterminate', icon: ICONS.indeterminate, label, text: check ? `${label}: ${reasonOf(t, check)}` : label, check };
    }
    default: {
      const label = t.t('status.error');
      return { kind: 'error', icon: ICONS.error, label, text: `${label}: ${errorText(t, report.error?.code)}` };
    }
  }
}

/** A BadgeError code in plain words ("The server took too long to answer."). */
export function errorText(t: Translator, code: string | undefined): string {
  const key = `error.${code}`;
  return t.t(hasKey(key) ? (key as MessageKey) : 'error.other');
}

export interface ChecksOptions {
  /** Add what each check means and what its outcome means for trust (the verifier's view). */
  explain?: boolean;
  /** Heading level of each step when `explain` is on. Default 4. */
  headingLevel?: number;
}

/** Every check, in the order it ran: title, outcome (as words and symbol), core's message. */
export function renderChecks(t: Translator, report: VerificationReport, options: ChecksOptions = {}): TemplateResult {
  return html`<ol class="checks">
    ${report.checks.map((c) => renderCheck(t, c, options))}
  </ol>`;
}

function renderCheck(t: Translator, c: Check, options: ChecksOptions): TemplateResult {
  const title = checkTitle(t, c.id);
  return html`<li class="check ${c.outcome}" data-check=${c.id} data-outcome=${c.outcome}>
    <span class="check-head">
      <span class="check-icon" aria-hidden="true">${OUTCOME_ICONS[c.outcome] ?? '?'}</span>
      ${options.explain ? heading(options.headingLevel ?? 4, title) : html`<strong class="check-title">${title}</strong>`}
      <span class="check-outcome">${outcomeLabel(t, c.outcome)}</span>
    </span>
    ${options.explain ? html`<p class="check-explain">${checkExplanation(t, c.id)}</p>` : nothing}
    <p class="check-message">${withDates(t, c.message)}</p>
    ${options.explain ? html`<p class="check-meaning"><strong>${t.t('verify.meaning')}:</strong> ${outcomeMeaning(t, c.outcome)}</p>` : nothing}
  </li>`;
}

const ISO_INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z\b/g;

/** Core's message with its ISO timestamps ("Valid since 2019-01-10T09:00:00.000Z") as dates in the page's language; the instant stays in `datetime` and the tooltip. */
function withDates(t: Translator, message: string): unknown[] {
  const out: unknown[] = [];
  let last = 0;
  for (const m of message.matchAll(ISO_INSTANT)) {
    const shown = t.date(m[0]);
    if (!shown) continue;
    out.push(message.slice(last, m.index), html`<time datetime=${m[0]} title=${m[0]}>${shown}</time>`);
    last = m.index! + m[0].length;
  }
  out.push(message.slice(last));
  return out;
}

function heading(level: number, text: string): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 class="check-title">${text}</h2>`;
    case 3:
      return html`<h3 class="check-title">${text}</h3>`;
    case 5:
      return html`<h5 class="check-title">${text}</h5>`;
    default:
      return html`<h4 class="check-title">${text}</h4>`;
  }
}

/** Outcome colours for the list renderChecks() draws; every element that renders checks adopts it. */
export const checkStyles = css`
  .check-message {
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .check.passed .check-icon,
  .check.passed .check-outcome {
    color: var(--_valid);
  }
  .check.failed .check-icon,
  .check.failed .check-outcome {
    color: var(--_invalid);
  }
  .check.unknown .check-icon,
  .check.unknown .check-outcome,
  .check.warning .check-icon,
  .check.warning .check-outcome {
    color: var(--_indeterminate);
  }
`;
