// What the caller passes in, and the per-verification context every stage receives.
// Pass the world in, don't reach for it: fetch, signal, now and caches are options with defaults.

import type { VerificationReport } from './model.js';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** A DID document or controller document, as JSON. */
export type JsonObject = Record<string, unknown>;

export interface VerifyOptions {
  /** Used for every network access (credential, profiles, keys, DID documents, status lists, contexts). Default `globalThis.fetch`. */
  fetch?: FetchLike;
  /** Cancels every pending fetch; verify() then resolves with an `aborted` error report. */
  signal?: AbortSignal;
  /** The clock for every date check. Default `() => new Date()`. */
  now?: () => Date;
  /**
   * CORS proxy. A string is a prefix the encoded URL is appended to
   * (`https://proxy.example/?url=` → `https://proxy.example/?url=https%3A%2F%2F…`);
   * a function returns the URL to fetch instead (or undefined to fetch directly).
   * The original URL stays the identity of what was fetched (ids, origins, caches).
   */
  proxy?: string | ((url: string) => string | undefined);
  /** Per-request timeout in ms. Default 10 000. */
  timeout?: number;
  /** Response size cap in bytes. Default 5 MB. */
  maxBytes?: number;
  /** Redirects followed per request. Default 5. */
  maxRedirects?: number;
  /** Shared per-URL promise cache. Pass one to share fetches across many verify() calls (a wall). */
  cache?: VerifyCache;
  /** Extra documents (JSON-LD contexts, DID documents, profiles) by URL, consulted before any fetch. */
  documents?: Record<string, unknown>;
  /** Fetch JSON-LD contexts that are not bundled from their URL (once, cached). Default true. */
  remoteContexts?: boolean;
  /**
   * Extra origins whose JSON-LD contexts may be fetched for Data Integrity proofs. Always allowed:
   * bundled contexts, `documents`, W3C / W3C CCG / 1EdTech / schema.org origins and the issuer's own
   * origin. A context from anywhere else makes the signature unknown (see SECURITY.md, context swap).
   */
  contextOrigins?: string[];
  /**
   * If set, an issuer id not in this list makes the `trusted-issuer` check a warning ("not on this
   * page's trusted list"). The ids listed also count as a page-supplied registry for `identity`.
   */
  trustedIssuers?: string[];
  /**
   * Issuer registries consulted for the `identity` check, in order of preference. Replaces the
   * built-in list (`defaultRegistries`, DCC's production registries); `[]` turns lookups off.
   * Remote registries are asked about DIDs only, and never learn who holds the badge.
   */
  registries?: RegistryConfig[];
  /** Check revocation/suspension status. Default true. */
  checkStatus?: boolean;
  /** Verify nested credentials (CLR, VP) and endorsements. Default true. */
  verifyChildren?: boolean;
}

/** One issuer registry: a static DCC list, an OpenID Federation trust anchor, or a list the page passes. */
export type RegistryConfig =
  | { type: 'dcc-legacy'; name: string; url: string; test?: boolean }
  | {
      type: 'oidf';
      name: string;
      /** The trust anchor's entity configuration (…/.well-known/openid-federation). */
      url: string;
      /** Pinned anchor keys: the entity configuration must be signed by one of these. */
      jwks?: { keys: JsonWebKey[] };
      test?: boolean;
    }
  | { type: 'page'; name: string; issuers: Record<string, { name?: string; url?: string; logo?: string }>; test?: boolean };

/** Per-URL promise cache: each URL is fetched once per cache, failures are not kept. */
export interface VerifyCache {
  get(key: string): Promise<unknown> | undefined;
  set(key: string, value: Promise<unknown>): unknown;
  delete(key: string): unknown;
}

export function createCache(): VerifyCache {
  return new Map<string, Promise<unknown>>();
}

/** A fetched resource, after the loader's checks. */
export interface LoadedResource {
  /** The URL that was asked for (the identity, before proxying). */
  url: string;
  /** The URL that answered, after redirects (proxy stripped when possible). */
  finalUrl: string;
  status: number;
  contentType: string;
  bytes: Uint8Array;
}

/** The context every stage receives. Built once per verify() call by createVerifyContext(). */
export interface VerifyContext {
  readonly options: VerifyOptions;
  readonly signal?: AbortSignal;
  now(): Date;
  readonly cache: VerifyCache;
  /** Fetch through the one careful loader (timeout, size cap, redirects, proxy, cache). Throws BadgeError. */
  load(url: string, accept?: string): Promise<LoadedResource>;
  /** load() + JSON.parse, cached per URL. Throws BadgeError (`malformed` if not JSON). */
  loadJson(url: string): Promise<JsonObject>;
  /** Verify a nested credential (CLR child, VP member, endorsement, status list) with the same context. */
  verifyNested(input: unknown): Promise<VerificationReport>;
}

/** What detect() found: the family, the parsed document and where it came from. */
export interface Detected {
  family: 'ob2' | 'vc' | 'blockcerts';
  /** `json`: an embedded-proof or hosted document; `jwt`: a compact JWS (OB 2.0 signed or VC-JWT). */
  encoding: 'json' | 'jwt';
  /** The assertion / credential / presentation. For JWTs, the decoded payload. */
  document: JsonObject;
  /** The compact JWS, when encoding is `jwt`. */
  jwt?: string;
  /** Its protected header, decoded (a JSON object with a string `alg`), when encoding is `jwt`. */
  header?: JsonObject;
  /** The text as it was found (JSON text or the JWS), for downloads. */
  raw?: string;
  /** The URL it was loaded from, when it came from a URL. */
  url?: string;
  /** The baked image it came out of. */
  baked?: { type: 'png' | 'svg'; bytes: Uint8Array };
}
