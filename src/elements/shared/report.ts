// Pure rendering of a VerificationReport: the one-line summary (the card's status line) and the
// words it is made of; the list of checks is ./report-details.ts (a chunk). No element state here.
// Core's check messages are shown as text next to our translated titles and explanations.

import { html } from 'lit';
import type { Check, ReportStatus, VerificationReport } from '../../core/model.js';
import type { Translator } from './i18n.js';
import { once } from '../../core/once.js';

export type SummaryKind = ReportStatus | 'loading';

/** A piece of a line: our own words, or a name that came from elsewhere (rendered isolated, in <bdi>). */
export type Segment = string | { remote: string };

export interface StatusSummary {
  kind: SummaryKind;
  /**
   * A `valid` report whose issuer nothing but the badge vouches for (identity `none` or `unknown`,
   * or no identity at all): the line says "Signature valid · issuer not confirmed", in the caution
   * tone, never the success green, and never with the name the badge claims.
   */
  unconfirmed?: boolean;
  /** A symbol that repeats the meaning of the text (never the only carrier of it). */
  icon: string;
  /** Short label: "Verified", "Not valid", … */
  label: string;
  /** The whole line, in plain words: "Not valid: it was changed after it was issued (tampered)". */
  text: string;
  /** `text` in pieces, with the names and domains it quotes marked (see renderSegments). */
  segments: Segment[];
  /** The check the line is about (first failed / first unknown), if any. */
  check?: Check;
}

export const ICONS: Record<SummaryKind, string> = { valid: '✓', invalid: '✕', indeterminate: '?', error: '!', loading: '…' };

type Verdict = Pick<typeof import('./verdict.js'), 'summarizeReport' | 'confirmedIssuer' | 'errorBlock'>;
let verdict: Verdict | undefined;
/**
 * The words of a finished report (reasons, who vouches, error texts, in English; other languages are
 * in their locale chunks): a chunk that loads beside the checks' chunk, so the script-tag file carries
 * only what draws a badge while it is checked. Elements wait for it before showing a verdict.
 */
export const loadVerdict = once(() => import('./verdict.js')); // (its one import, the runtime helpers, comes with the checks' chunk)
/** Called by verdict.ts when it is evaluated: by loadVerdict(), or first by a chunk that imports it (the wall, the verifier). */
export function setVerdict(words: Verdict): void {
  verdict = words;
}
/** The verdict's words, once here (synchronous renders check for them: a card's byline, its error block). */
export const verdictWords = (): Verdict | undefined => verdict;

/** Whether something other than the badge vouches for its issuer (a domain or a registry), as the `issuer-*` states say. */
export type IssuerConfirmation = 'confirmed' | 'unconfirmed';

/**
 * `confirmed` for a domain or registry identity; `unconfirmed` for `none` / `unknown`, and for a
 * valid report without an identity (made elsewhere, or by an older core: nothing vouched there
 * either); undefined when there is nothing to say (no valid signature, so no identity).
 */
export function issuerConfirmation(report: VerificationReport | undefined): IssuerConfirmation | undefined {
  const anchor = report?.identity?.anchor;
  if (anchor === 'domain' || anchor === 'registry') return 'confirmed';
  return anchor || report?.status === 'valid' ? 'unconfirmed' : undefined;
}

/** Segments as a template: each remote value isolated in <bdi>, so a right-to-left name cannot reorder our words. */
export function renderSegments(segments: Segment[]): unknown[] {
  return segments.map((x) => (typeof x === 'string' ? x : html`<bdi>${x.remote}</bdi>`));
}

/** The verification line for a report (or for "still checking" when report is undefined). */
export function summarize(t: Translator, report: VerificationReport | undefined): StatusSummary {
  if (report && verdict) return verdict.summarizeReport(t, report);
  // Without the verdict's words (their chunk failed to load), a label alone; a valid signature whose
  // issuer nothing vouches for is never "Verified" (the same look as the full line: caution, never green).
  const kind: SummaryKind = report ? report.status : 'loading';
  const unconfirmed = kind === 'valid' && issuerConfirmation(report) !== 'confirmed';
  const label = t.t(unconfirmed ? 'status.signatureValid' : `status.${kind}`);
  return { kind, icon: unconfirmed ? '!' : ICONS[kind], label, text: label, segments: [label], unconfirmed };
}
