// The one careful loader every fetch goes through (credential, profiles, keys, DID documents,
// status lists, contexts), and loadInput(), which turns whatever the caller passed into bytes,
// text or JSON for detect(). DOM-free: fetch, AbortController, TextDecoder only.
//
// Guarantees: a timeout that covers headers AND body (a server that drips one byte at a time
// still ends in `timeout`), a size cap enforced while streaming (`too-large`), a redirect limit,
// plain error codes for HTTP errors and CORS refusals, and one fetch per URL per cache.

import { BadgeError, isBadgeError } from './errors.js';
import { isPlatformLink } from './links/hosts.js';
import type { VerificationReport } from './model.js';
import type { JsonObject, LoadedResource, VerifyCache, VerifyContext, VerifyOptions } from './options.js';
import { cachedPromise, type PromiseMap } from './once.js';

/** What loadInput() found: the raw material detect() classifies. */
export interface Found {
  /** Raw bytes (a fetched resource, a Blob, a baked image). */
  bytes?: Uint8Array;
  /** Text (JSON text, a compact JWS, SVG markup). */
  text?: string;
  /** An already parsed JSON object. */
  json?: JsonObject;
  /** The Content-Type the server sent, when fetched. */
  contentType?: string;
  /** The URL it came from (the identity, before any proxy). */
  url?: string;
  /** `text` is a compact JWS, already trimmed and matched against JWS_RE (so detect() need not match it again). */
  jws?: boolean;
  /**
   * A verdict reached while loading: a badge platform answered "revoked" (src/core/links), and
   * nothing else is there to verify.
   */
  verdict?: VerificationReport;
  /** Completes the report of what was found (a platform link records the link given and the URL verified). */
  finish?: (report: VerificationReport) => void;
}

export const DEFAULT_TIMEOUT = 10_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;

/** Compact JWS: three base64url segments (the signature segment may not be empty for us). */
// The signature segment may be empty: an `alg: none` token is still a JWS-shaped claim, and it must
// be read and refused as an unsigned proof (invalid), not waved off as "not a credential".
export const JWS_RE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

const CORS_HINT = 'the server sends no CORS headers; set the proxy option (badge-elements/proxy runs one: npx badge-elements proxy)';

/** The URL actually fetched for `url`: the proxy's rewrite, or `url` itself. */
function proxied(url: string, proxy: VerifyOptions['proxy']): string {
  if (!proxy || url.startsWith('blob:')) return url;
  if (typeof proxy === 'string') return proxy + encodeURIComponent(url);
  return proxy(url) ?? url;
}

function pageOrigin(): string | undefined {
  const loc = (globalThis as { location?: { origin?: string } }).location;
  return typeof loc?.origin === 'string' && loc.origin !== 'null' ? loc.origin : undefined;
}

function isCrossOrigin(url: string): boolean {
  const origin = pageOrigin();
  if (!origin) return false; // Node, workers without location: there is no CORS
  try {
    return new URL(url).origin !== origin;
  } catch {
    return false;
  }
}

/**
 * Creates the loader for one options object. Results are cached per URL (`load:${url}`) in
 * `cache`; a failure is removed so a retry fetches again.
 */
export function createLoader(options: VerifyOptions, cache: VerifyCache): (url: string, accept?: string) => Promise<LoadedResource> {
  return (url: string, accept?: string) =>
    cachedPromise(cache as PromiseMap<Promise<LoadedResource>>, `load:${url}`, () => fetchCarefully(url, accept, options));
}

function checkScheme(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (e) {
    throw new BadgeError('fetch-failed', `Not a valid address: ${url.slice(0, 200)}`, { url, cause: e });
  }
  if (!['http:', 'https:', 'blob:'].includes(parsed.protocol)) {
    throw new BadgeError('fetch-failed', `Only http(s) addresses can be fetched, not ${parsed.protocol}`, { url });
  }
  return parsed;
}

async function fetchCarefully(url: string, accept: string | undefined, options: VerifyOptions): Promise<LoadedResource> {
  checkScheme(url);
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const outer = options.signal;
  outer?.throwIfAborted();

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const onAbort = () => controller.abort();
  outer?.addEventListener('abort', onAbort, { once: true });
  const signal = controller.signal;

  /** Maps whatever went wrong to one BadgeError. */
  const fail = (e: unknown): BadgeError => {
    if (timedOut) return new BadgeError('timeout', `No complete answer from ${url} within ${timeout} ms.`, { url, cause: e });
    if (outer?.aborted) return new BadgeError('aborted', 'Verification was cancelled.', { url, cause: e });
    if (isBadgeError(e)) return e;
    return new BadgeError('fetch-failed', `Could not fetch ${url}: ${e instanceof Error ? e.message : String(e)}`, { url, cause: e });
  };

  const headers: Record<string, string> = { accept: accept ?? 'application/ld+json, application/json, text/plain, image/png, image/svg+xml, */*;q=0.1' };
  const init = (redirect: RequestRedirect, mode?: RequestMode): RequestInit => ({
    headers: mode === 'no-cors' ? {} : headers,
    redirect,
    signal,
    credentials: 'omit',
    ...(mode ? { mode } : {}),
  });

  try {
    const first = proxied(url, options.proxy);
    let target = first;
    let res: Response;
    let hops = 0;
    for (;;) {
      try {
        res = await fetchFn(target, init('manual'));
      } catch (e) {
        throw await classifyNetworkError(e, target, fetchFn, init, url, signal);
      }
      if (res.type === 'opaqueredirect') {
        // Browsers hide redirect targets from redirect:'manual'. Let the browser follow them (it
        // stops at 20 hops with a TypeError); we can no longer count hops ourselves.
        try {
          res = await fetchFn(target, init('follow'));
        } catch (e) {
          if (signal.aborted) throw e;
          const err = await classifyNetworkError(e, target, fetchFn, init, url, signal);
          if (err.code === 'fetch-failed') {
            throw new BadgeError('redirect-loop', `${url} redirects too many times (or to an address that cannot be reached).`, { url, cause: e });
          }
          throw err;
        }
        break;
      }
      if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
        // Node (undici) and other non-browser fetches show the redirect: follow it ourselves.
        await res.body?.cancel().catch(() => {});
        if (++hops > maxRedirects) {
          throw new BadgeError('redirect-loop', `${url} redirects more than ${maxRedirects} times.`, { url });
        }
        target = new URL(res.headers.get('location')!, target).href;
        checkScheme(target);
        continue;
      }
      break;
    }

    if (res.status >= 400 || (res.status === 0 && res.type !== 'opaqueredirect')) {
      await res.body?.cancel().catch(() => {});
      const gone = res.status === 410;
      throw new BadgeError('http-status', gone ? `${url} is gone (HTTP 410).` : `${url} answered HTTP ${res.status}.`, { url, status: res.status });
    }

    const length = Number(res.headers.get('content-length') ?? NaN);
    if (Number.isFinite(length) && length > maxBytes) {
      await res.body?.cancel().catch(() => {});
      throw tooLarge(url, maxBytes);
    }
    const bytes = await readCapped(res, maxBytes, () => tooLarge(url, maxBytes));

    // Behind a proxy the answering URL is the proxy's: keep the identity.
    let finalUrl = url;
    if (first === url) finalUrl = target !== first ? target : res.redirected && res.url ? res.url : url;
    return {
      url,
      finalUrl,
      status: res.status,
      contentType: res.headers.get('content-type') ?? '',
      bytes,
    };
  } catch (e) {
    throw fail(e);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onAbort);
  }
}

export function tooLarge(url: string | undefined, maxBytes: number): BadgeError {
  return new BadgeError('too-large', `${url ?? 'The input'} is larger than the ${maxBytes}-byte limit.`, { url });
}

/**
 * Reads the body as a stream and stops at the cap, so a huge or endless body never fills memory.
 * `tooBig` makes the error thrown past the cap (the proxy, src/proxy/, refuses with its own).
 */
export async function readCapped(res: Response, maxBytes: number, tooBig: () => Error): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooBig();
    }
    parts.push(value);
  }
  return concat(parts, total);
}

export function concat(parts: Uint8Array[], total = parts.reduce((n, p) => n + p.byteLength, 0)): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/**
 * fetch() threw (a TypeError in browsers: "Failed to fetch"). Browsers give the same error for
 * DNS failure, refused connections and CORS refusals; a `no-cors` probe tells CORS apart: it
 * succeeds (with an opaque answer) when the server is there but sends no CORS headers.
 */
async function classifyNetworkError(
  e: unknown,
  target: string,
  fetchFn: NonNullable<VerifyOptions['fetch']>,
  init: (redirect: RequestRedirect, mode?: RequestMode) => RequestInit,
  url: string,
  signal: AbortSignal,
): Promise<BadgeError> {
  if (signal.aborted || isBadgeError(e)) return e as BadgeError;
  if (e instanceof TypeError && isCrossOrigin(target)) {
    try {
      const probe = await fetchFn(target, init('follow', 'no-cors'));
      await probe.body?.cancel().catch(() => {});
      return new BadgeError('cors-blocked', `The browser refused to show the answer from ${url} (CORS).`, { url, hint: CORS_HINT, cause: e });
    } catch {
      // the server is really unreachable
    }
  }
  const message = e instanceof Error ? e.message : String(e);
  return new BadgeError('fetch-failed', `Could not fetch ${url}: ${message}`, { url, cause: e });
}

// ---------------------------------------------------------------------------------------------
// loadInput: whatever the caller passed → bytes / text / JSON

/**
 * loadInput() without waiting, for a compact JWS string or a parsed object (the inputs a page verifies in bulk);
 * undefined for anything else (then loadInput() it).
 */
export function loadInputNow(input: unknown, ctx: VerifyContext): Found | undefined {
  if (typeof input === 'string') {
    if (input.length > (ctx.options.maxBytes ?? DEFAULT_MAX_BYTES)) return undefined;
    const s = input.trim();
    return JWS_RE.test(s) ? { text: s, jws: true } : undefined;
  }
  if (typeof input === 'object' && input !== null && Object.getPrototypeOf(input) === Object.prototype) return { json: input as JsonObject };
  return undefined;
}

/** Turns any accepted input into raw material for detect(). Throws BadgeError. */
export async function loadInput(input: unknown, ctx: VerifyContext): Promise<Found> {
  const maxBytes = ctx.options.maxBytes ?? DEFAULT_MAX_BYTES;
  ctx.signal?.throwIfAborted();
  const now = loadInputNow(input, ctx); // a compact JWS or a plain object
  if (now) return now;
  if (input instanceof URL) return loadLink(input.href, ctx);
  if (typeof input === 'string') {
    if (input.length > maxBytes) throw tooLarge(undefined, maxBytes);
    const s = input.trim();
    if (/^https?:\/\//i.test(s) || /^blob:/i.test(s)) return loadLink(s, ctx);
    if (/^data:/i.test(s)) return (await import('./load-rare.js')).decodeDataUrl(s, maxBytes);
    if (s.startsWith('{')) return { text: s };
    if (s.startsWith('<')) return { text: s }; // SVG markup
    if (s === '') throw new BadgeError('not-a-credential', 'Nothing to verify: the input is empty.');
    throw new BadgeError('not-a-credential', 'The input is neither a URL, JSON, a JWT nor an image.');
  }
  if (input instanceof Uint8Array) {
    if (input.byteLength > maxBytes) throw tooLarge(undefined, maxBytes);
    return { bytes: input };
  }
  if (input instanceof ArrayBuffer) {
    if (input.byteLength > maxBytes) throw tooLarge(undefined, maxBytes);
    return { bytes: new Uint8Array(input) };
  }
  if (typeof Blob !== 'undefined' && input instanceof Blob) {
    if (input.size > maxBytes) throw tooLarge(undefined, maxBytes);
    return { bytes: new Uint8Array(await input.arrayBuffer()), contentType: input.type || undefined };
  }
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) return { json: input as JsonObject };
  throw new BadgeError('not-a-credential', 'The input is not something a badge can be read from.');
}

/** A URL the caller gave: a badge platform's share link goes through its rule (a chunk), any other as is. */
async function loadLink(url: string, ctx: VerifyContext): Promise<Found> {
  if (isPlatformLink(url)) {
    const { resolveLink } = await import('./links/index.js');
    const found = await resolveLink(url, ctx, (u) => loadUrl(u, ctx, 0));
    if (found) return found;
  }
  return loadUrl(url, ctx, 0);
}

async function loadUrl(url: string, ctx: VerifyContext, depth: number): Promise<Found> {
  const res = await ctx.load(url);
  const found: Found = { bytes: res.bytes, contentType: res.contentType, url };
  if (depth === 0 && looksLikeHtml(res.contentType, res.bytes)) {
    // A badge page: follow its <link rel="alternate" type="application/ld+json" href="…"> (a rare path: a chunk).
    const next = (await import('./load-rare.js')).alternateOf(res.bytes, res.finalUrl || url, url);
    return loadUrl(next, ctx, depth + 1);
  }
  return found;
}

function looksLikeHtml(contentType: string, bytes: Uint8Array): boolean {
  if (/^\s*text\/html\b/i.test(contentType) || /^\s*application\/xhtml\+xml\b/i.test(contentType)) return true;
  const head = new TextDecoder().decode(bytes.subarray(0, 256)).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}
