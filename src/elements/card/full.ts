// <badge-card layout="full">'s sections (a CV's entry): the criteria, the evidence and the
// endorsements. A chunk the first full card loads as it connects: a blog's card never needs it.

import { html, nothing, type TemplateResult } from 'lit';
import type { Badge, Endorsement, Evidence } from '../../core/model.js';
import { addEnglish, type Translator } from '../shared/i18n.js';
import { heading } from '../shared/heading.js';
import { renderMarkdown } from '../shared/markdown.js';
import { issuerConfirmation, summarize } from '../shared/report.js';
import { clipText, shortDid } from '../shared/safe-text.js';
import { safeLinkUrl } from '../shared/safe-url.js';

export const enFull = {
  'label.criteria': 'Criteria',
  'label.criteriaLink': 'Full criteria',
  'label.evidence': 'Evidence',
  'label.endorsements': 'Endorsements',
  'label.endorsedBy': 'Endorsed by {name}',
} as const;
addEnglish(enFull);

/** The sections below the card's body; `criteria` is the narrative in the card's language. */
export function renderSections(t: Translator, badge: Badge, criteria: string | undefined, level: number): TemplateResult {
  const criteriaUrl = safeLinkUrl(badge.criteria?.url);
  return html`${
    criteria || criteriaUrl
      ? html`<section part="criteria" class="criteria wide">
        ${heading(level + 1, t.t('label.criteria'), { class: 'section-title' })}
        ${renderMarkdown(criteria, { headingLevel: level + 2 })}
        ${criteriaUrl ? html`<p><a href=${criteriaUrl} rel="noopener noreferrer" target="_blank">${t.t('label.criteriaLink')}</a></p>` : nothing}
      </section>`
      : nothing
  }
  <div class="wide">${renderEvidence(t, badge.evidence, level)}</div>
  <div class="wide">${renderEndorsements(t, badge.endorsements, level)}</div>`;
}

function renderEvidence(t: Translator, evidence: Evidence[], level: number): TemplateResult | typeof nothing {
  if (!evidence.length) return nothing;
  return html`<section part="evidence" class="evidence">
    ${heading(level + 1, t.t('label.evidence'), { class: 'section-title' })}
    <ul>
      ${evidence.map((e) => {
        const href = safeLinkUrl(e.id);
        const label = e.name ?? e.id ?? t.t('label.evidence');
        return html`<li>
          ${href ? html`<a href=${href} rel="noopener noreferrer nofollow" target="_blank">${label}</a>` : html`<span>${label}</span>`}
          ${e.description ? html`<div>${renderMarkdown(e.description, { headingLevel: level + 2 })}</div>` : nothing}
          ${e.narrative ? html`<div>${renderMarkdown(e.narrative, { headingLevel: level + 2 })}</div>` : nothing}
        </li>`;
      })}
    </ul>
  </section>`;
}

function renderEndorsements(t: Translator, endorsements: Endorsement[], level: number): TemplateResult | typeof nothing {
  if (!endorsements.length) return nothing;
  return html`<section part="endorsements" class="endorsements">
    ${heading(level + 1, t.t('label.endorsements'), { class: 'section-title' })}
    <ul>
      ${endorsements.map((e) => {
        // An endorser is an issuer too: its name and link only as far as a domain or a registry vouches for it.
        const confirmed = issuerConfirmation(e.report) === 'confirmed';
        const href = confirmed ? safeLinkUrl(e.issuer?.url) : undefined;
        const clipped = clipText(e.issuer?.name);
        const name = html`<bdi title=${clipped.full ?? nothing}>${clipped.text || shortDid(e.issuer?.id) || '?'}</bdi>`;
        return html`<li>
          ${t.t('label.endorsedBy', { name: '' })}${href ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${name}</a>` : name}${
            !confirmed && clipped.text ? html` <span class="claimed" title=${t.t('identity.claimedTitle')}>${t.t('identity.claimed')}</span>` : nothing
          }
          ${e.report ? html`<span class=${e.report.status}>(${summarize(t, e.report).label})</span>` : nothing}
          ${e.comment ? html`<div>${renderMarkdown(e.comment, { headingLevel: level + 2 })}</div>` : nothing}
        </li>`;
      })}
    </ul>
  </section>`;
}
