// The shape of one platform rule: given a share link it recognises exactly, the request that
// fetches the credential behind it. Pure and synchronous: ./index.ts does the fetching.

import type { JsonObject } from '../options.js';

/** What the platform's JSON answer points at: the credential's URL, or the credential itself. */
export type Extracted = { url: string } | { json: JsonObject } | { text: string };

export interface LinkPlan {
  /** The URL to fetch (a platform's API address, not the web page people share). */
  url: string;
  /** The Accept header for it. Default: JSON, then images. */
  accept?: string;
  /** The answer is not the credential but a record that points at it (Accredible, VerifierPlus). */
  extract?: (json: JsonObject) => Extracted | undefined;
  /** A 410 from this URL is the platform saying "revoked" (OB 2.0 hosted: HTTP 410 Gone ⇒ revoked). */
  goneMeansRevoked?: boolean;
  /** What a 404 means on this platform, in words a badge's owner can act on. */
  notFound?: string;
  /** A wrapper link (LinkedIn's "add to profile"): resolve this URL instead. */
  unwrap?: string;
}

export interface LinkRule {
  /** The platform's name, as shown in reports ("Credly", "Badgr", …). */
  platform: string;
  /** The plan for `url`, or undefined when it is not one of the shapes this platform uses. */
  plan(url: URL): LinkPlan | undefined;
}

/** The Accept header the 1EdTech reference validator sends for a badge URL. */
export const VALIDATOR_ACCEPT = 'application/ld+json, application/json, image/png, image/svg+xml';
export const JSON_ACCEPT = 'application/ld+json, application/json';

export const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
