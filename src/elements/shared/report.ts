// Pure rendering of a VerificationReport: the one-line summary (the card's status line) and the
// words it is made of; the list of checks is ./report-details.ts (a chunk). No element state here.
// Core's check messages are shown as text next to our translated titles and explanations.

import { css, html } from 'lit';
import type { Check, IssuerIdentity, ReportStatus, VerificationReport } from '../../core/model.js';
import { checkTitle, hasKey, type MessageKey, type Translator } from './i18n.js';
import { clipText } from './safe-text.js';

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

const ICONS: Record<SummaryKind, string> = { valid: '✓', invalid: '✕', indeterminate: '?', error: '!', loading: '…' };

/** True when an unknown outcome came from the browser refusing a cross-origin answer. */
export function isCorsProblem(check: Check): boolean {
  const code = check.detail?.code;
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

/** A catalogue string with its `{placeholders}` filled by remote values, kept apart as segments. */
export function fill(t: Translator, key: MessageKey, vars: Record<string, string>): Segment[] {
  const template = t.t(key);
  const out: Segment[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    out.push(template.slice(last, m.index));
    const v = vars[m[1]!];
    out.push(v === undefined ? m[0] : { remote: v });
    last = m.index! + m[0].length;
  }
  out.push(template.slice(last));
  return out.filter((x) => x !== '');
}

const plain = (segments: Segment[]): string => segments.map((x) => (typeof x === 'string' ? x : x.remote)).join('');

/** Segments as a template: each remote value isolated in <bdi>, so a right-to-left name cannot reorder our words. */
export function renderSegments(segments: Segment[]): unknown[] {
  return segments.map((x) => (typeof x === 'string' ? x : html`<bdi>${x.remote}</bdi>`));
}

/** A list the page supplied itself (the `page` type, or `trustedIssuers`) rather than a registry it named by URL. */
const pageList = (r: NonNullable<IssuerIdentity['registry']>): boolean => r.supplied === 'page' && r.id.startsWith('page:');

/** A registry's name as the card shows it: marked when the page added it, or when it is a test registry. */
export function registryLabel(t: Translator, r: NonNullable<IssuerIdentity['registry']>): string {
  const registry = clipText(r.name, 60).text;
  if (r.test) return t.t(r.supplied === 'page' ? 'registry.testByPage' : 'registry.test', { registry });
  return r.supplied === 'page' ? t.t('registry.byPage', { registry }) : registry;
}

/**
 * An Open Badges 2.0 hosted badge has no signature: "valid" means its host served this assertion
 * just now, unrevoked and unexpired. Its line says so ("Confirmed by api.credly.com"), never
 * "signature valid". The host is the one the `hosted` check names.
 */
function hostedLine(t: Translator, report: VerificationReport): Segment[] | undefined {
  if (report.badge?.format !== 'ob2-hosted') return undefined;
  const url = report.checks.find((c) => c.id === 'hosted')?.detail?.url;
  let host: string;
  try {
    host = new URL(String(url)).host;
  } catch {
    return undefined;
  }
  const id = report.identity;
  const issuer = id?.anchor === 'domain' ? clipText(id.claimedName ?? report.badge.issuer.name, 60).text : undefined;
  return issuer ? fill(t, 'status.hostedIssuer', { host, issuer }) : fill(t, 'status.hosted', { host });
}

/** The verdict of a valid report: it names only what a domain or a registry vouches for. */
function validLine(t: Translator, report: VerificationReport): Segment[] | undefined {
  const hosted = hostedLine(t, report);
  if (hosted) return hosted;
  const id = report.identity;
  if (id?.anchor === 'domain' && id.domain) {
    const issuer = clipText(id.claimedName ?? report.badge?.issuer.name, 60).text;
    return issuer ? fill(t, 'status.validDomain', { issuer, domain: id.domain }) : fill(t, 'status.validDomainOnly', { domain: id.domain });
  }
  if (id?.anchor === 'registry' && id.registry) {
    // The registry's name for the issuer, never the badge's: without one, the line names none.
    const issuer = clipText(id.name, 60).text;
    if (pageList(id.registry)) return issuer ? fill(t, 'status.validPage', { issuer }) : [t.t('status.validPageOnly')];
    const registry = registryLabel(t, id.registry);
    return issuer ? fill(t, 'status.validRegistry', { issuer, registry }) : fill(t, 'status.validRegistryOnly', { registry });
  }
  return undefined;
}

/** The verification line for a report (or for "still loading" when report is undefined). */
export function summarize(t: Translator, report: VerificationReport | undefined): StatusSummary {
  const line = (kind: SummaryKind, label: string, segments: Segment[] = [label], extra: Partial<StatusSummary> = {}): StatusSummary => ({
    kind,
    icon: ICONS[kind],
    label,
    text: plain(segments),
    segments,
    ...extra,
  });
  if (!report) return line('loading', t.t('status.loading'));
  switch (report.status) {
    case 'valid': {
      const confirmed = validLine(t, report);
      if (confirmed) return line('valid', t.t('status.valid'), confirmed);
      // The caution icon, in the same box as the verified one: the two looks do not shift the layout.
      const unknown = report.identity?.anchor === 'unknown';
      return {
        ...line('valid', t.t('status.signatureValid'), [t.t(unknown ? 'status.unconfirmedUnknown' : 'status.unconfirmed')]),
        icon: '!',
        unconfirmed: true,
      };
    }
    case 'invalid': {
      const check = report.checks.find((c) => c.outcome === 'failed');
      const label = t.t('status.invalid');
      return line('invalid', label, [check ? `${label}: ${reasonOf(t, check)}` : label], { check });
    }
    case 'indeterminate': {
      const check = report.checks.find((c) => c.outcome === 'unknown');
      const label = t.t('status.indeterminate');
      return line('indeterminate', label, [check ? `${label}: ${reasonOf(t, check)}` : label], { check });
    }
    default: {
      const label = t.t('status.error');
      return line('error', label, [`${label}: ${errorText(t, report.error?.code)}`]);
    }
  }
}

/** A BadgeError code in plain words ("The server took too long to answer."). */
export function errorText(t: Translator, code: string | undefined): string {
  const key = `error.${code}`;
  return t.t(hasKey(key) ? (key as MessageKey) : 'error.other');
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
