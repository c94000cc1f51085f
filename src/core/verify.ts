// input → load → detect → parse → verify. Runs the stages, turns anything thrown into an
// `error` report, and never throws itself (except for programming errors in options).

import { BadgeError, toBadgeError } from './errors.js';
import type { VerificationReport } from './model.js';
import { createCache, type JsonObject, type VerifyContext, type VerifyOptions } from './options.js';
import { createLoader, loadInput, loadInputNow } from './load.js';
import { cachedPromise, type PromiseMap } from './once.js';
import { detect, detectNow } from './detect.js';
import { verifyOb2 } from './formats/ob2.js';
import { verifyVc } from './formats/vc.js';

/** Anything verify() accepts: a URL, JSON text, a compact JWS, a parsed object, or baked PNG/SVG bytes. */
export type CredentialInput = string | URL | JsonObject | Uint8Array | ArrayBuffer | Blob;

/**
 * Loads, understands and verifies one credential.
 *
 * ```ts
 * const report = await verify('https://example.org/badges/42.json');
 * report.status; // 'valid' | 'invalid' | 'indeterminate' | 'error'
 * ```
 */
export async function verify(input: CredentialInput, options: VerifyOptions = {}): Promise<VerificationReport> {
  return createVerifyContext(options).verifyNested(input);
}

/** Builds the per-call context: one loader, one cache, one clock. */
export function createVerifyContext(options: VerifyOptions): VerifyContext {
  const cache = options.cache ?? createCache();
  const now = options.now ?? (() => new Date());
  const load = createLoader(options, cache);
  const ctx: VerifyContext = {
    options,
    signal: options.signal,
    now,
    cache,
    load,
    async loadJson(url: string) {
      // Failures are not kept: a retry may succeed.
      return cachedPromise(cache as PromiseMap<Promise<JsonObject>>, `json:${url}`, async () => {
        const preset = options.documents?.[url];
        if (preset !== undefined) return preset as JsonObject;
        const res = await load(url, 'application/ld+json, application/json;q=0.9, */*;q=0.1');
        let value: unknown;
        try {
          value = JSON.parse(new TextDecoder().decode(res.bytes));
        } catch (e) {
          throw new BadgeError('malformed', `${url} did not return JSON.`, { url, cause: e });
        }
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          throw new BadgeError('malformed', `${url} did not return a JSON object.`, { url });
        }
        return value as JsonObject;
      });
    },
    verifyNested: (input: unknown) => run(input as CredentialInput, ctx),
  };
  return ctx;
}

async function run(input: CredentialInput, ctx: VerifyContext): Promise<VerificationReport> {
  try {
    ctx.signal?.throwIfAborted();
    // A JWS string or a parsed credential is read and classified without waiting on anything.
    const found = loadInputNow(input, ctx) ?? (await loadInput(input, ctx));
    if (found.verdict) return found.verdict;
    const detected = detectNow(found, ctx) ?? (await detect(found, ctx));
    const report = detected.family === 'ob2' ? await verifyOb2(detected, ctx) : await verifyVc(detected, ctx);
    ctx.signal?.throwIfAborted();
    found.finish?.(report);
    return report;
  } catch (e) {
    return errorReport(e, ctx);
  }
}

/** The report for "could not load or understand it". */
export function errorReport(e: unknown, ctx: Pick<VerifyContext, 'now' | 'signal'>): VerificationReport {
  let err = toBadgeError(e);
  if (ctx.signal?.aborted && err.code !== 'aborted') err = new BadgeError('aborted', 'Verification was cancelled.', { cause: e });
  return {
    status: 'error',
    checks: [{ id: 'format', outcome: 'failed', message: err.message, detail: { code: err.code } }],
    error: { code: err.code, message: err.message, ...(err.hint ? { hint: err.hint } : {}), ...(err.url ? { url: err.url } : {}) },
    verifiedAt: ctx.now().toISOString(),
  };
}
