// The report's list of checks (the card's details, the verifier's step-by-step view): each check's
// title, its outcome in words and symbol, and core's message with its dates in the page's language.
// Beside the identity step in a chunk: a card loads it when its report is first opened (most visitors
// never open one), <badge-verify> with its own code.

import { css, html, nothing, type TemplateResult } from 'lit';
import { heading } from './heading.js';
import type { Badge, Check, IssuerIdentity, Outcome, VerificationReport } from '../../core/model.js';
import { checkExplanation, checkTitle, outcomeLabel, outcomeMeaning, type Translator } from './i18n.js';

const OUTCOME_ICONS: Record<Outcome, string> = { passed: '✓', failed: '✕', warning: '!', skipped: '–', unknown: '?' };

export interface ChecksOptions {
  /** Add what each check means and what its outcome means for trust (the verifier's view). */
  explain?: boolean;
  /** Heading level of each step when `explain` is on. Default 4. */
  headingLevel?: number;
  /** List the `identity` step ("Who issued it") first. */
  identityFirst?: boolean;
  /** Renders the `identity` step in the page's language (./identity-step.ts); without it, core's message. */
  identity?: (t: Translator, identity: IssuerIdentity | undefined, badge?: Badge) => unknown;
}

/** Every check, in the order it ran: title, outcome (as words and symbol), core's message. */
export function renderChecks(t: Translator, report: VerificationReport, options: ChecksOptions = {}): TemplateResult {
  // <badge-verify> shows who issued it first: the question a reader asks right after "is it valid?".
  const checks = options.identityFirst ? [...report.checks].sort((a, b) => Number(b.id === 'identity') - Number(a.id === 'identity')) : report.checks;
  return html`<ol class="checks">
    ${checks.map((c) => renderCheck(t, c, options, report.badge))}
  </ol>`;
}

function renderCheck(t: Translator, c: Check, options: ChecksOptions, badge?: Badge): TemplateResult {
  const title = checkTitle(t, c.id);
  return html`<li class="check ${c.outcome}" data-check=${c.id} data-outcome=${c.outcome}>
    <span class="check-head">
      <span class="check-icon" aria-hidden="true">${OUTCOME_ICONS[c.outcome] ?? '?'}</span>
      ${options.explain ? heading(options.headingLevel ?? 4, title, { class: 'check-title' }) : html`<strong class="check-title">${title}</strong>`}
      <span class="check-outcome">${outcomeLabel(t, c.outcome)}</span>
    </span>
    ${options.explain ? html`<p class="check-explain">${checkExplanation(t, c.id)}</p>` : nothing}
    ${c.id === 'identity' && options.identity ? options.identity(t, c.detail as IssuerIdentity | undefined, badge) : html`<p class="check-message">${withDates(t, c.message)}</p>`}
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

/** Outcome colours for the list renderChecks() draws; every element that renders checks adopts it. */
export const checkStyles = css`
  .check-message {
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .issuer-id code {
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

/** The card's report box and its list (adopted by a card with this chunk). */
export const detailStyles = css`
  .details {
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    font-size: 0.9em;
  }
  .checks {
    display: grid;
    gap: 0.5rem;
    padding: 0;
    list-style: none;
  }
  .check-head {
    display: flex;
    gap: 0.4em;
    align-items: baseline;
  }
  .check-outcome {
    margin-inline-start: auto;
    font-size: 0.85em;
  }
`;
