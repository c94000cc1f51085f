// The normalized types every stage speaks. DOM-free: no lit, no document, no window.
// Elements render these; formats fill them; nothing here knows where a credential came from.
import type { ErrorCode } from './errors.js';

/** How one check ended. `unknown` means it could not be completed: never read it as "passed". */
export type Outcome = 'passed' | 'failed' | 'warning' | 'skipped' | 'unknown';

/**
 * Stable check ids (other code and users depend on them):
 * - `format`: the input is a credential of a known format, structurally sound
 * - `proof`: the signature / proof is intact (the bytes were not changed)
 * - `issuer`: the key that signed really belongs to the issuer
 * - `identity`: who the issuer is, as far as something other than the badge vouches (a domain or a
 *   registry); never `failed`, and neither its warning nor its unknown changes the overall status
 * - `not-before`: the credential is already valid (validFrom, issuanceDate, issuedOn, nbf)
 * - `expiry`: the credential has not expired (validUntil, expirationDate, expires, exp)
 * - `revocation`: not revoked (status lists, revocation lists, HTTP 410)
 * - `suspension`: not suspended (BitstringStatusList with statusPurpose suspension)
 * - `hosted`: the OB 2.0 hosted copy matches and is served from an allowed origin
 * - `children`: every nested credential (CLR, presentation) verified
 */
export type CheckId =
  'format' | 'proof' | 'issuer' | 'identity' | 'not-before' | 'expiry' | 'revocation' | 'suspension' | 'hosted' | 'children' | (string & {});

export interface Check {
  id: CheckId;
  outcome: Outcome;
  /** One plain-language sentence a visitor can read. */
  message: string;
  /** Machine-readable extras (key id, status list URL, error code, …). */
  detail?: Record<string, unknown>;
}

export type ReportStatus = 'valid' | 'invalid' | 'indeterminate' | 'error';

export type SourceFormat =
  | 'ob2-hosted'
  | 'ob2-signed'
  | 'ob3' // OpenBadgeCredential / AchievementCredential / EndorsementCredential
  | 'vc' // any other W3C Verifiable Credential
  | 'clr' // CLR 2.0 ClrCredential
  | 'vp' // Verifiable Presentation
  | 'blockcerts' // detected and rendered, not verified
  | 'unknown';

export interface Issuer {
  id?: string;
  name?: string;
  url?: string;
  image?: string;
  email?: string;
  description?: string;
}

export interface Alignment {
  name: string;
  url?: string;
  description?: string;
  framework?: string;
  code?: string;
}

export interface Evidence {
  id?: string;
  name?: string;
  description?: string;
  narrative?: string;
  genre?: string;
}

export interface ResultItem {
  /** What was measured (from the achievement's resultDescription when known). */
  name?: string;
  value?: string;
  status?: string;
}

export interface Endorsement {
  issuer?: Issuer;
  comment?: string;
  issued?: string;
  /** Endorsements are credentials: their own report when verified. */
  report?: VerificationReport;
}

export interface Recipient {
  /** Display name, when the credential carries one. */
  name?: string;
  /** DID, URL, email or other plain identifier. */
  id?: string;
  /** True when the identity is a salted hash (OB 2.0, OB 3.0 IdentityObject). */
  hashed?: boolean;
  /** The (possibly hashed) identity string, e.g. `sha256$…`. */
  identity?: string;
  salt?: string;
  /** `email`, `url`, `telephone`, `did`, … */
  type?: string;
}

/** Per-language copies of the translatable fields (OB 2.0 @language, VC 2.0 language value objects). */
export interface Translation {
  name?: string;
  description?: string;
  criteria?: string;
}

export interface Badge {
  /** The credential / assertion id. */
  id?: string;
  name: string;
  description?: string;
  /** Image URL or data: URI, as found; elements pass it through the URL allow-list before use. */
  image?: string;
  criteria?: { narrative?: string; url?: string };
  /** OB 3.0 achievementType (Badge, Certificate, Course, …). */
  achievementType?: string;
  /** What this badge is an issue of: the OB 3.0 achievement id, the OB 2.0 BadgeClass id. */
  achievementId?: string;
  /** OB 3.0 `achievement.version`, and the ids its `related` list names (other versions of it). */
  achievementVersion?: string;
  relatedAchievements?: string[];
  alignments: Alignment[];
  /** Free-form tags / keywords. */
  tags: string[];
  issuer: Issuer;
  recipient?: Recipient;
  /** ISO 8601 date-times, as normalized strings. */
  issued?: string;
  validFrom?: string;
  validUntil?: string;
  evidence: Evidence[];
  results: ResultItem[];
  endorsements: Endorsement[];
  /** BCP 47 tag of the credential's main language, when it says. */
  language?: string;
  translations?: Record<string, Translation>;
  format: SourceFormat;
  /** Human label: "Open Badges 3.0 (VC 2.0, Data Integrity)", "Open Badges 2.0 (hosted)", … */
  formatLabel: string;
  /** The URL the credential was loaded from, or its public verification URL. */
  url?: string;
  /** The parsed credential (the JWT payload for JWTs). */
  credential: unknown;
  /** The credential as it was found: JSON text or a compact JWS. For downloads. */
  raw?: string;
  /** When the credential came out of a baked image: its bytes, for download. */
  baked?: { type: 'png' | 'svg'; bytes: Uint8Array };
}

export interface ReportError {
  code: ErrorCode;
  message: string;
  /** A suggestion for the page author (e.g. set the proxy option). */
  hint?: string;
  url?: string;
}

/** Who vouched for the registry listing: one the library ships, or one the page added. */
export type RegistrySupplier = 'library' | 'page';

/**
 * What was proven about who holds the signing key (the `identity` check's detail):
 * - `domain`: the issuer is tied to a DNS name (did:web, an https issuer publishing its key on its own
 *   host, OB 2.0 profiles and hosted assertions on the issuer's origin); `domain` is the host name.
 * - `registry`: an issuer registry lists the issuer; `name` (and `url`, `logo`) are the registry's words.
 * - `none`: only the key is known (did:key, did:jwk, a key in the token); the name is only claimed.
 * - `unknown`: a registry that would decide could not be asked, and nothing else vouches.
 */
export interface IssuerIdentity {
  anchor: 'domain' | 'registry' | 'none' | 'unknown';
  /** The host name the issuer is tied to (also kept when a registry entry wins). */
  domain?: string;
  registry?: { id: string; name: string; supplied: RegistrySupplier; test?: boolean };
  /** The registry's name for the issuer (registry anchor only). */
  name?: string;
  url?: string;
  logo?: string;
  /** The issuer name the badge itself gives (only claimed). */
  claimedName?: string;
  /** True when the registry's name and the claimed name differ. */
  nameDiffers?: boolean;
  /** True when the claimed name mixes writing systems ("Нarvard" with a Cyrillic Н). */
  mixedScripts?: boolean;
}

export interface VerificationReport {
  status: ReportStatus;
  /** In the order they ran. */
  checks: Check[];
  /** What was understood, even when invalid. */
  badge?: Badge;
  /** Set when status is `error`. */
  error?: ReportError;
  /** Reports of nested credentials (CLR 2.0, Verifiable Presentations). */
  children?: VerificationReport[];
  /** The `identity` check's detail, when the signature and the issuer's key were established. */
  identity?: IssuerIdentity;
  /**
   * The input was a badge platform's share link (Credly, Badgr, …): the link given, the platform,
   * and the URL actually verified (its API address). `badge.url` is then the platform's page.
   */
  link?: { given: string; platform: string; verified?: string };
  /** When the verification finished (from `now`). */
  verifiedAt: string;
}

/** A page/portfolio of badges: what <badge-wall> reads. */
export interface Portfolio {
  name?: string;
  owner?: string;
  description?: string;
  /** URLs or in-memory credentials. */
  badges: unknown[];
}

/** Decide the overall status from checks: the one rule every format shares. */
export function statusFromChecks(checks: Check[]): ReportStatus {
  if (checks.some((c) => c.outcome === 'failed')) return 'invalid';
  // `identity` says who vouches for the issuer's name, not whether the badge holds: a registry that
  // cannot be reached leaves the name unconfirmed (shown so), not the badge in doubt.
  if (checks.some((c) => c.outcome === 'unknown' && c.id !== 'identity')) return 'indeterminate';
  return 'valid';
}
