// The first half of verify(): the credential loaded, understood, and drawn as its issuer claims it.
// This half is in the script-tag file; the checks (checks.ts and everything it uses) are a chunk the
// page starts downloading at once, so they arrive while the credential is still on the network, and
// a card can draw the badge the moment it is parsed, in its "Checking…" state, long before its verdict.
//
// Nothing here decides anything: a preview is what the credential claims, and the elements show it
// as unchecked until checks.ts has reported.

import { BadgeError, toBadgeError } from './errors.js';
import type { Badge, SourceFormat, VerificationReport } from './model.js';
import { createCache, type Detected, type JsonObject, type VerifyContext, type VerifyOptions } from './options.js';
import { createLoader, loadInput, loadInputNow, type Found } from './load.js';
import { cachedPromise, once, type PromiseMap } from './once.js';
import { detect, detectNow } from './detect.js';
import { asArray, idOf, isObj, stringsOf } from './json.js';
import { credentialFromJwtPayload, normalizeVc } from './formats/normalize-vc.js';
import { isHttp, normalizeOb2 } from './formats/normalize-ob2.js';
import { preloadChecks as preloadVerifierDeps } from './preload.js';

/** Anything verify() accepts: a URL, JSON text, a compact JWS, a parsed object, or baked PNG/SVG bytes. */
export type CredentialInput = string | URL | JsonObject | Uint8Array | ArrayBuffer | Blob;

/** A credential read and classified; `detected` is absent only when loading already reached a verdict. */
export interface ReadCredential {
  found: Found;
  detected?: Detected;
  /** A VC / VP as the checks read it (a VC-JWT's registered claims mapped in); undefined for OB 2.0 and Blockcerts. */
  credential?: JsonObject;
}

/** The checks: one chunk, kept once loaded (a failed load is tried again on the next call). */
export const loadVerifier = once(() => {
  preloadVerifierDeps();
  return import('./checks.js');
});

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
    verifyNested: async (input: unknown) => {
      try {
        return (await loadVerifier()).run(input as CredentialInput, ctx);
      } catch (e) {
        return errorReport(e, ctx); // the checks' chunk could not be loaded (offline, a half-deployed CDN)
      }
    },
  };
  return ctx;
}

/** Loads and classifies `input`, and starts downloading the proof code it will need. Throws BadgeError. */
export async function read(input: CredentialInput, ctx: VerifyContext): Promise<ReadCredential> {
  ctx.signal?.throwIfAborted();
  // A JWS string or a parsed credential is read and classified without waiting on anything.
  const found = loadInputNow(input, ctx) ?? (await loadInput(input, ctx));
  if (found.verdict) return { found };
  const detected = detectNow(found, ctx) ?? (await detect(found, ctx));
  if (detected.family !== 'vc') return { found, detected };
  const credential = detected.encoding === 'jwt' ? credentialFromJwtPayload(detected.document) : detected.document;
  preloadChecks(detected, credential, ctx);
  return { found, detected, credential };
}

// The chunks a credential's checks will need, started as soon as it is parsed: in parallel with the
// checks' own chunk and with the key and status fetches, instead of after them.
function preloadChecks(d: Detected, claim: JsonObject, ctx: VerifyContext): void {
  const proofs = asArray(claim.proof).filter(isObj);
  // (A JWT needs no chunk: Web Crypto checks the usual ones; jose is loaded only for unusual tokens.)
  if (d.encoding === 'json' && proofs.length > 0) {
    startDataIntegrity();
    if (proofs.some((p) => p.type === 'Ed25519Signature2020' || (typeof p.cryptosuite === 'string' && /^eddsa-(rdfc-)?2022$/.test(p.cryptosuite)))) {
      startRdfc();
    }
  }
  // As the checks read it (core/formats/vc.ts): a presentation has no status and no issuer to look up
  // (its `iss` is the holder, whom registries are never asked about).
  if (stringsOf(claim.type).includes('VerifiablePresentation')) return;
  if (claim.credentialStatus != null) startStatus();
  // The issuer's registry lookups start now (their chunk left with the checks'): the checks take them up.
  const issuer = idOf(claim.issuer);
  if (issuer)
    import('./identity/registries.js').then(
      (m) => m.lookups(issuer, ctx),
      () => undefined,
    );
}

// A chunk's download, started once per page (a wall of 1,000 credentials asks the module map once); a
// failure is left to the check that imports it, which reports it.
const preload = (load: () => Promise<unknown>) => once(() => load().catch(() => undefined));
const startDataIntegrity = preload(() => import('./proofs/data-integrity.js'));
const startRdfc = preload(() => import('./proofs/rdfc.js'));
const startStatus = preload(() => import('./status/index.js'));

/**
 * The badge as the credential claims it, for drawing before the checks end (an OB 2.0 assertion's
 * BadgeClass and issuer profile are read for it, through the context's cache, so the checks reuse
 * them). Undefined when there is nothing to draw yet. Never throws: the checks report every problem.
 */
export async function preview(r: ReadCredential, ctx: VerifyContext): Promise<Badge | undefined> {
  const d = r.detected;
  if (!d) return undefined;
  try {
    if (d.family === 'ob2') {
      const signed = d.encoding === 'jwt';
      const doc = d.document;
      // Drawn when the BadgeClass (which names the badge) is here; the issuer's profile, a round trip
      // further, is named by its address until the verdict.
      const badgeClass = await linked(doc.badge, ctx);
      if (!badgeClass) return undefined;
      const issuer = isObj(badgeClass.issuer) ? badgeClass.issuer : undefined;
      return normalizeOb2(d, doc, badgeClass, issuer, { signed, legacy: isObj(doc.verify), hostedUrl: idOf(doc) });
    }
    const doc = r.credential;
    if (!doc) return undefined; // Blockcerts: shown with its report (never verified here)
    const types = stringsOf(doc.type);
    // What normalizeVc reads differently (a VP's holder is its "issuer", a CLR has a default name); the
    // report's badge has the exact format.
    const format: SourceFormat = types.includes('VerifiablePresentation') ? 'vp' : types.includes('ClrCredential') ? 'clr' : 'vc';
    return normalizeVc(doc, d, { format, formatLabel: '' }, d.document);
  } catch {
    return undefined;
  }
}

async function linked(ref: unknown, ctx: VerifyContext): Promise<JsonObject | undefined> {
  if (isObj(ref)) return ref;
  return typeof ref === 'string' && isHttp(ref) ? ctx.loadJson(ref).catch(() => undefined) : undefined;
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
