// Pure functions that build share URLs. Every value is encoded by URLSearchParams; nothing here
// touches the DOM, so they are unit-testable and usable outside the elements.

import type { Badge } from '../../core/model.js';
import { safeLinkUrl } from './safe-url.js';

export interface LinkedInCertification {
  /** The certification name (the badge name). */
  name: string;
  /** The issuing organisation's name, as LinkedIn shows it. */
  organizationName?: string;
  /** LinkedIn's numeric organization id, when known (links the company page). */
  organizationId?: string;
  issued?: Date;
  expires?: Date;
  /** Public URL where the credential can be seen / verified. */
  certUrl?: string;
  /** Credential id. */
  certId?: string;
}

/**
 * LinkedIn "Add to profile" (certification) URL:
 * https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&name=…&organizationName=…
 * &issueYear=…&issueMonth=…&expirationYear=…&expirationMonth=…&certUrl=…&certId=…
 * Months are 1–12 (UTC). Missing fields are left out.
 */
export function linkedInAddToProfileUrl(cert: LinkedInCertification): string {
  const p = new URLSearchParams({ startTask: 'CERTIFICATION_NAME', name: cert.name });
  if (cert.organizationId) p.set('organizationId', cert.organizationId);
  else if (cert.organizationName) p.set('organizationName', cert.organizationName);
  if (cert.issued && !Number.isNaN(cert.issued.getTime())) {
    p.set('issueYear', String(cert.issued.getUTCFullYear()));
    p.set('issueMonth', String(cert.issued.getUTCMonth() + 1));
  }
  if (cert.expires && !Number.isNaN(cert.expires.getTime())) {
    p.set('expirationYear', String(cert.expires.getUTCFullYear()));
    p.set('expirationMonth', String(cert.expires.getUTCMonth() + 1));
  }
  if (cert.certUrl) p.set('certUrl', cert.certUrl);
  if (cert.certId) p.set('certId', cert.certId);
  return `https://www.linkedin.com/profile/add?${p}`;
}

/** LinkedIn share dialog: https://www.linkedin.com/sharing/share-offsite/?url=… */
export function linkedInShareUrl(url: string): string {
  return `https://www.linkedin.com/sharing/share-offsite/?${new URLSearchParams({ url })}`;
}

/** X (Twitter) intent: https://twitter.com/intent/tweet?text=…&url=… */
export function xShareUrl(url: string, text?: string): string {
  const p = new URLSearchParams();
  if (text) p.set('text', text);
  p.set('url', url);
  return `https://twitter.com/intent/tweet?${p}`;
}

/** Facebook sharer: https://www.facebook.com/sharer/sharer.php?u=… */
export function facebookShareUrl(url: string): string {
  return `https://www.facebook.com/sharer/sharer.php?${new URLSearchParams({ u: url })}`;
}

/**
 * The public URL to share for a badge: its own URL (where it was loaded from, or its hosted
 * verification URL), else its id when that is a web URL, else the element's `src`. Only http(s).
 */
export function shareableUrl(badge: Badge | undefined, src?: string): string | undefined {
  for (const candidate of [badge?.url, badge?.id, src]) {
    const safe = safeLinkUrl(candidate);
    if (safe && /^https?:/.test(safe)) return safe;
  }
  return undefined;
}

/**
 * The LinkedIn certification a badge becomes. `organization` is the issuer as far as something vouches
 * for it (confirmedIssuerName): a name only the badge claims is not filled in for the holder.
 */
export function certificationOf(badge: Badge, url: string | undefined, organization: string | undefined): LinkedInCertification {
  const date = (s?: string) => (s ? new Date(s) : undefined);
  return {
    name: badge.name,
    organizationName: organization,
    issued: date(badge.issued ?? badge.validFrom),
    expires: date(badge.validUntil),
    certUrl: url,
    certId: badge.id,
  };
}

/** A safe file name for downloads: "Intro to Rust" → "intro-to-rust". */
export function fileNameOf(name: string | undefined, fallback = 'badge'): string {
  const slug = (name ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || fallback;
}
