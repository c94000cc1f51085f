// The words of a finished report: the verdict line (who vouches for the issuer, why a badge is not
// valid), error texts, and their English strings. A chunk loaded beside the checks' chunk: nothing
// here is needed to draw a badge that is still being checked. report.ts hands it to every element.

import { css, html, nothing, type TemplateResult } from 'lit';
import type { Badge, IssuerIdentity, VerificationReport } from '../../core/model.js';
import { addEnglish, checkTitle, hasKey, type MessageKey, type Translator } from './i18n.js';
import { clipText } from './safe-text.js';
import { safeLinkUrl } from './safe-url.js';
import { ICONS, renderSegments, setVerdict, type Segment, type StatusSummary, type SummaryKind } from './report.js';
import type { Check } from '../../core/model.js';

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

export const plain = (segments: Segment[]): string => segments.map((x) => (typeof x === 'string' ? x : x.remote)).join('');

export const enVerdict = {
  'status.validDomain': 'Verified: issued by {issuer} · {domain}',
  'status.validDomainOnly': 'Verified: issued by {domain}',
  'status.validRegistry': 'Verified: {issuer} · listed in {registry}',
  'status.validRegistryOnly': 'Verified: issuer listed in {registry}',
  'status.validPage': 'Verified: {issuer} · listed by this page',
  'status.validPageOnly': 'Verified: issuer listed by this page',
  'status.unconfirmed': 'Signature valid · issuer not confirmed',
  'status.unconfirmedUnknown': 'Signature valid · issuer could not be confirmed',
  'status.hosted': 'Confirmed by {host}',
  'status.hostedIssuer': 'Confirmed by {host}: issued by {issuer}',
  'registry.byPage': '{registry} (added by this page)',
  'registry.test': '{registry} (test registry)',
  'registry.testByPage': '{registry} (test registry added by this page)',
  'identity.listedIn': 'listed in {registry}',
  'identity.listedByPage': 'listed by this page',
  'identity.badgeSays': 'the badge says “{name}”',

  'failed.format': 'it is not a well-formed badge',
  'failed.proof': 'it was changed after it was issued (tampered)',
  'failed.issuer': 'it was not signed with the issuer’s key (wrong issuer key)',
  'failed.not-before': 'it is not valid yet',
  'failed.expiry': 'it has expired',
  'failed.revocation': 'the issuer revoked it',
  'failed.suspension': 'the issuer suspended it',
  'failed.hosted': 'the issuer’s hosted copy does not match',
  'failed.children': 'a credential inside it is not valid',
  'failed.jwt-claims': 'the token’s claims contradict the credential',
  'failed.trusted-issuer': 'the issuer is not on this page’s trusted list',
  'failed.other': 'the “{check}” check failed',

  'unknown.cors': 'the issuer’s server does not let this page check it (CORS)',
  'unknown.proof': 'the issuer’s key is unknown, so the signature could not be checked',
  'unknown.issuer': 'the issuer’s key is unknown',
  'unknown.revocation': 'the status list is unreachable, so revocation is unknown',
  'unknown.suspension': 'the status list is unreachable, so suspension is unknown',
  'unknown.not-before': 'the start date could not be read',
  'unknown.expiry': 'the expiry date could not be read',
  'unknown.children': 'a credential inside it could not be checked',
  'unknown.other': 'the “{check}” check could not be completed',

  'error.fetch-failed': 'The badge could not be downloaded (network error).',
  'error.http-status': 'The server answered with an error.',
  'error.timeout': 'The server took too long to answer.',
  'error.too-large': 'The file is too large to be a badge.',
  'error.cors-blocked': 'The badge’s server does not allow this page to read it (CORS).',
  'error.redirect-loop': 'The address redirects in a loop.',
  'error.not-a-credential': 'This is not a badge or credential.',
  'error.malformed': 'The badge is damaged or unreadable.',
  'error.unsupported': 'This kind of credential is not supported.',
  'error.aborted': 'Checking was cancelled.',
  'error.other': 'Something went wrong.',

  'outcome.passed': 'Passed',
  'outcome.failed': 'Failed',
  'outcome.warning': 'Warning',
  'outcome.skipped': 'Skipped',
  'outcome.unknown': 'Could not check',

  'check.format': 'Format',
  'check.proof': 'Signature',
  'check.issuer': 'Issuer key',
  'check.not-before': 'Start of validity',
  'check.expiry': 'Expiry',
  'check.revocation': 'Revocation',
  'check.suspension': 'Suspension',
  'check.hosted': 'Hosted copy',
  'check.children': 'Nested credentials',
  'check.jwt-claims': 'Token claims',
  'check.trusted-issuer': 'Trusted issuer',
  'check.identity': 'Who issued it',
} as const;
addEnglish(enVerdict);

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

/** The verification line of a finished report. */
export function summarizeReport(t: Translator, report: VerificationReport): StatusSummary {
  const line = (kind: SummaryKind, label: string, segments: Segment[] = [label], extra: Partial<StatusSummary> = {}): StatusSummary => ({
    kind,
    icon: ICONS[kind],
    label,
    text: plain(segments),
    segments,
    ...extra,
  });
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
      return line('error', label, [`${label}: ${errorMessage(t, report.error?.code)}`]);
    }
  }
}

/** A BadgeError code in plain words ("The server took too long to answer."). */
export function errorMessage(t: Translator, code: string | undefined): string {
  const key = `error.${code}`;
  return t.t(hasKey(key) ? (key as MessageKey) : 'error.other');
}

/**
 * A card's byline for an issuer a domain or a registry vouches for (issue 15): the registry's name
 * for it, or the badge's name beside the domain it is tied to; the link and logo only as far as
 * they are vouched for. `who` is the claimed name, already cleaned. Undefined for any other report.
 */
export function confirmedIssuer(
  t: Translator,
  badge: Badge,
  report: VerificationReport,
  who: TemplateResult | undefined,
): { who?: TemplateResult; vouch: TemplateResult; href?: string; logo?: unknown } | undefined {
  const issuer = badge.issuer;
  const id = report.identity;
  const claimed = clipText(issuer.name);
  if (id?.anchor === 'registry' && id.registry) {
    const listed = clipText(id.name);
    const where =
      id.registry.supplied === 'page' && id.registry.id.startsWith('page:')
        ? t.t('identity.listedByPage')
        : t.t('identity.listedIn', { registry: registryLabel(t, id.registry) });
    return {
      who: listed.text ? html`<bdi title=${listed.full ?? nothing}>${listed.text}</bdi>` : who,
      href: safeLinkUrl(id.url),
      logo: id.logo ?? issuer.image,
      vouch: html`<span part="identity" class="identity">· ${where}</span>${
        listed.text && id.nameDiffers && claimed.text
          ? html` <span class="muted">(${renderSegments(fill(t, 'identity.badgeSays', { name: claimed.text }))})</span>`
          : nothing
      }`,
    };
  }
  if (id?.anchor === 'domain' && id.domain) {
    const domain = id.domain;
    // The badge's website is the issuer's link only on the domain the signer proved to hold.
    const url = safeLinkUrl(issuer.url);
    const host = url ? new URL(url).host : '';
    return {
      who,
      href: host === domain || host.endsWith(`.${domain}`) ? url : undefined,
      logo: issuer.image,
      vouch: html`<span part="identity issuer-domain" class="identity issuer-domain">${who ? '· ' : ''}${domain}</span>`,
    };
  }
  return undefined;
}

/**
 * A card's block for a credential that could not be loaded or understood, or a platform's bare
 * "revoked" (Credly's 410: a verdict with no badge to show). `retry` offers "Try again".
 */
export function errorBlock(t: Translator, report: VerificationReport, retry: (() => void) | undefined) {
  const error = report.error;
  const invalid = report.status === 'invalid' ? summarizeReport(t, report) : undefined;
  return {
    styles: errorStyles,
    content: html`<div part="error" class="error-block body">
      <p class="error-title">${invalid ? invalid.label : t.t('status.error')}</p>
      <p>${invalid ? renderSegments(invalid.segments) : errorMessage(t, error?.code)}</p>
      ${error?.message ? html`<p class="muted">${error.message}</p>` : nothing}
      ${error?.hint ? html`<p class="muted">${error.hint}</p>` : nothing}
      ${error?.code ? html`<code>${error.code}</code>` : nothing}
      <slot></slot>
      ${retry ? html`<p><button part="retry" class="button" @click=${retry}>${t.t('error.retry')}</button></p>` : nothing}
    </div>`,
  };
}

const errorStyles = css`
  .error-block {
    display: flex;
    flex-direction: column;
    gap: 0.4rem;
    min-inline-size: 0;
    overflow-wrap: anywhere; /* the message often holds a long URL */
    color: var(--_fg);
  }
  .error-block .error-title {
    color: var(--_error);
    font-weight: 600;
  }
  .error-block code {
    color: var(--_muted);
    font-size: 0.85em;
  }
`;

setVerdict({ summarizeReport, confirmedIssuer, errorBlock });
