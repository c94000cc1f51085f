// The heavy part: JSON-LD → RDFC-1.0 canonical N-Quads (jsonld + the bundled contexts).
// Only ever loaded through `import('./rdfc.js')` from data-integrity.ts, so pages that never meet a
// JSON-LD Data Integrity proof never download it.
// Safe mode is ON: a term the contexts do not define, or a relative @type, is an error instead of
// being silently dropped from what the signature covers (VC-DI §4.3, the DCC/Digital Bazaar default).

import type { JsonObject, VerifyContext } from '../options.js';
import { bundledContext } from './contexts.js';
import { fastCanonize } from './rdfc-fast.js';
import { contextRefusal } from './context-policy.js';
import { SyncSha256 } from './sha256-sync.js';
import { once } from '../once.js';

const isBundled = (url: string) => bundledContext(url) !== undefined;

export class CanonicalizationError extends Error {
  override name = 'CanonicalizationError';
  /** `malformed`: the document is not valid JSON-LD in safe mode; `context`: a context could not be loaded. */
  readonly code: 'malformed' | 'context';
  readonly url?: string;
  constructor(code: CanonicalizationError['code'], message: string, url?: string, cause?: unknown) {
    super(message, cause !== undefined ? { cause } : undefined);
    this.code = code;
    this.url = url;
  }
}

/**
 * RDFC-1.0 N-Quads of `doc`. Throws CanonicalizationError.
 * The fast path (rdfc-fast.ts) answers for the JSON-LD credentials use; anything it does not
 * handle, and every error, goes through jsonld, which has the last word.
 */
export async function canonize(doc: JsonObject, ctx: VerifyContext, issuer?: string): Promise<string> {
  return run(doc, ctx, true, issuer);
}

/** jsonld alone, never the fast path (for the differential test and the benchmark). */
export function canonizeWithJsonld(doc: JsonObject, ctx: VerifyContext): Promise<string> {
  return run(doc, ctx, false);
}

/** The fast path alone: its N-Quads, or undefined where it leaves the document to jsonld (for tests). */
export function canonizeFastOnly(doc: JsonObject, ctx: VerifyContext): Promise<string | undefined> {
  return fastCanonize(doc, (url) => contextDocument(url, ctx), isBundled);
}

export { contextProcessor } from './rdfc-fast.js';
export { bundledContext };

/** The loader term-guard.ts processes a credential's contexts with: bundled ones, then the same origin policy as here. */
export function contextLoader(ctx: VerifyContext, issuer?: string): (url: string) => Promise<{ document: unknown; tag?: string }> {
  return (url) => contextDocument(url, ctx, issuer);
}

async function contextDocument(url: string, ctx: VerifyContext, issuer?: string) {
  // Bundled contexts never change: tagged `static`, jsonld keeps their processed form across calls.
  // Fetched ones stay per call (remoteContexts, proxy, documents can differ between verify() calls).
  const bundled = bundledContext(url);
  if (bundled !== undefined) return { contextUrl: null, documentUrl: url, document: bundled, tag: 'static' };
  return { contextUrl: null, documentUrl: url, document: await loadContext(url, ctx, issuer) };
}

/** Every context URL a document names itself (top-level and embedded `@context` values). */
function contextUrls(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const v of value) contextUrls(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '@context')
        for (const c of Array.isArray(v) ? v : [v])
          if (typeof c === 'string') out.add(c);
          else contextUrls(c, out);
      else contextUrls(v, out);
    }
  }
  return out;
}

async function run(doc: JsonObject, ctx: VerifyContext, fast: boolean, issuer?: string): Promise<string> {
  // The policy is applied up front as well as in the loader: jsonld keeps fetched contexts in a
  // module-level cache, so a context one credential was allowed must not leak to another.
  for (const url of contextUrls(doc)) {
    if (isBundled(url) || ctx.options.documents?.[url] !== undefined) continue;
    const refusal = contextRefusal(url, ctx, issuer);
    if (refusal) throw new CanonicalizationError('context', `The JSON-LD context ${url} was not used: ${refusal}`, url);
  }
  let missing: { url: string; error: unknown } | undefined;
  const documentLoader = async (url: string) => {
    try {
      return await contextDocument(url, ctx, issuer);
    } catch (error) {
      missing ??= { url, error };
      throw error;
    }
  };
  if (fast) {
    const quick = await fastCanonize(doc, documentLoader, isBundled).catch(() => undefined);
    if (quick !== undefined) return quick;
    missing = undefined; // jsonld tries again and reports in its own words
  }
  try {
    const jsonld = await loadJsonld();
    const options = { algorithm: 'RDFC-1.0', format: 'application/n-quads', safe: true, documentLoader, canonizeOptions };
    return await jsonld.canonize(doc, options);
  } catch (e) {
    if (missing) {
      const why = missing.error instanceof Error ? missing.error.message : String(missing.error);
      throw new CanonicalizationError('context', `The JSON-LD context ${missing.url} could not be loaded: ${why}`, missing.url, e);
    }
    throw new CanonicalizationError('malformed', `The credential is malformed JSON-LD: ${describe(e)}`, undefined, e);
  }
}

// The whole of jsonld (expand, compact, frame, toRdf …: 60% of this chunk) is needed only when the fast
// path leaves a document to it, which the credentials issuers write never do. It is a chunk of its own,
// so that the first verification on a page downloads, compiles and runs only the fast path.
type Jsonld = (typeof import('jsonld'))['default'];
const loadJsonld = once(() => import('jsonld').then((m) => (m as { default?: Jsonld }).default ?? (m as unknown as Jsonld)));

// rdf-canonize's browser build awaits crypto.subtle.digest() per blank node; a sync SHA-256 is cheaper.
const canonizeOptions = { algorithm: 'RDFC-1.0', createMessageDigest: () => new SyncSha256() };

function describe(e: unknown): string {
  const err = e as { message?: string; details?: { event?: { message?: string; code?: string } } };
  const event = err.details?.event;
  return event?.message ? `${err.message ?? 'error'} (${event.message})` : (err.message ?? String(e));
}

async function loadContext(url: string, ctx: VerifyContext, issuer?: string): Promise<unknown> {
  const preset = ctx.options.documents?.[url];
  if (preset !== undefined) return preset;
  const refusal = contextRefusal(url, ctx, issuer);
  if (refusal) throw new Error(refusal);
  // ctx.loadJson caches per URL for the verify() call (and across calls that share options.cache);
  // jsonld additionally keeps resolved contexts in its own module-level LRU cache.
  return ctx.loadJson(url);
}
