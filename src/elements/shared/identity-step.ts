// The report's "Who issued it" step (the `identity` check, issue 15) in the page's language: what
// vouches for the issuer, the name and website the badge only claims, a name that mixes writing
// systems, and the issuer's whole id one click away. A chunk of its own, with its English strings:
// a card loads it when its report is first opened (most visitors never open it), <badge-verify>
// with its own code. The other languages' modules carry these keys with every other.

import { html, nothing, type TemplateResult } from 'lit';
import type { Badge, IssuerIdentity, VerificationReport } from '../../core/model.js';
import { addEnglish, type Translator } from './i18n.js';
import { renderSegments, summarize, type Segment } from './report.js';
import { fill, registryLabel } from './verdict.js';
import { cleanText, clipText, shortDid } from './safe-text.js';

// The list of checks travels with this step: a card draws both when its report is first opened.
import { renderChecks } from './report-details.js';
export { renderChecks, checkStyles, detailStyles } from './report-details.js';

/** A card's opened report: every check (who issued it in the page's language), nested credentials, the format, when. */
export function renderCardDetails(t: Translator, report: VerificationReport): TemplateResult {
  const checkedAt = t.date(report.verifiedAt);
  return html`<div part="details" id="details" class="details wide">
    ${renderChecks(t, report, { identity: renderIdentity })}
    ${
      report.children?.length
        ? html`<ul class="children">
          ${report.children.map((c) => html`<li>${c.badge?.name ?? t.t('label.unnamed')}: ${summarize(t, c).text}</li>`)}
        </ul>`
        : nothing
    }
    ${renderRefresh(t, report.badge)}
    ${report.badge ? html`<p class="format muted" part="format">${t.t('label.format')}: ${report.badge.formatLabel}</p>` : nothing}
    ${checkedAt ? html`<p class="muted">${t.t('label.checkedAt', { date: checkedAt })}</p>` : nothing}
  </div>`;
}

export const enIdentity = {
  'identity.domain': 'The issuer is tied to the domain {domain}: whoever signed this badge controls that domain.',
  'identity.registry': '{registry} lists the issuer as “{name}”.',
  'identity.registryOnly': '{registry} lists the issuer.',
  'identity.nameDiffers': 'The badge itself calls its issuer “{name}”.',
  'identity.none':
    'Nothing ties the signing key to an organisation: no domain the issuer controls, no registry listing. The signature only proves that this key made the badge.',
  'identity.unknown': 'The issuer registries could not be asked, so nothing confirms who holds the signing key.',
  'identity.claimedName': 'Issuer name given by the badge (not confirmed): {name}',
  'identity.claimedUrl': 'Website given by the badge (not confirmed): {url}',
  'identity.mixedScripts': 'This name mixes writing systems (e.g. a Cyrillic letter that looks Latin).',
  'identity.id': 'Issuer id:',
  'label.format': 'Format',
  'label.checkedAt': 'Checked {date}',
  // Travels with the report too (issue 19): shown in the report only, so not in every page's download.
  'report.refresh': 'The issuer can renew this badge.',
} as const;

addEnglish(enIdentity);

/**
 * "The issuer can renew this badge" when the credential names a `refreshService` (VC DM 1.1 and 2.0,
 * "Refreshing", #refreshing; OB 3.0 OpenBadgeCredential): where a holder can fetch a renewed copy of it.
 */
export function renderRefresh(t: Translator, badge: Badge | undefined): TemplateResult | typeof nothing {
  const c = badge?.credential as { refreshService?: unknown; vc?: { refreshService?: unknown } } | undefined;
  return (c?.refreshService ?? c?.vc?.refreshService) ? html`<p class="refresh">${t.t('report.refresh')}</p>` : nothing;
}

/**
 * The `identity` step in the page's language (core's message is English): what vouches for the
 * issuer, the name the badge only claims (and its website, as text, not a link), a name that mixes
 * writing systems, and the issuer's whole id one click away.
 */
export function renderIdentity(t: Translator, id: IssuerIdentity | undefined, badge?: Badge): TemplateResult {
  const lines: Segment[][] = [];
  const claimed = clipText(id?.claimedName ?? badge?.issuer.name).text;
  if (id?.anchor === 'domain' && id.domain) lines.push(fill(t, 'identity.domain', { domain: id.domain }));
  else if (id?.anchor === 'registry' && id.registry) {
    const registry = registryLabel(t, id.registry);
    const name = clipText(id.name).text;
    lines.push(name ? fill(t, 'identity.registry', { registry, name }) : fill(t, 'identity.registryOnly', { registry }));
    if (id.nameDiffers && claimed) lines.push(fill(t, 'identity.nameDiffers', { name: claimed }));
  } else {
    lines.push([t.t(id?.anchor === 'unknown' ? 'identity.unknown' : 'identity.none')]);
    if (claimed) lines.push(fill(t, 'identity.claimedName', { name: claimed }));
    const url = cleanText(badge?.issuer.url);
    if (url) lines.push(fill(t, 'identity.claimedUrl', { url }));
  }
  if (id?.mixedScripts) lines.push([t.t('identity.mixedScripts')]);
  const issuerId = cleanText(badge?.issuer.id);
  const short = shortDid(issuerId);
  return html`${lines.map((l) => html`<p class="check-message identity-line">${renderSegments(l)}</p>`)}${
    issuerId
      ? short === issuerId
        ? html`<p class="check-message">${t.t('identity.id')} <code>${issuerId}</code></p>`
        : html`<details class="check-message issuer-id"><summary>${t.t('identity.id')} <code>${short}</code></summary><code>${issuerId}</code></details>`
      : nothing
  }`;
}
