// The signature check of a compact JWS (VC-JWT, OB 2.0 signed badges) with a CryptoKey.
//
// jose's compactVerify re-parses the protected header, re-checks the key and base64-decodes the whole
// payload again, all of which the callers have already done: together that was as much time as the
// signature check itself. For the common token (no `crit`, no `b64`, strictly base64url parts) the check
// is made here with the same WebCrypto call and the same key checks jose makes (jose's
// lib/jws_algorithms.js and lib/crypto_key.js); every other token is verified by jose's compactVerify,
// which is imported only then: jose is a chunk of its own that most pages never load.

import { jwsAlgorithm, type JwsAlgorithm } from '../keys/jwk.js';
import { base64UrlDecodeTransient, base64UrlToUtf8 } from '../keys/multibase.js';

/**
 * Thrown when the signature does not verify (jose throws JWSSignatureVerificationFailed instead). A class,
 * not a module-level Error instance: creating an Error while the bundle is evaluated makes Chromium with
 * DevTools attached re-parse the whole bundle for source positions (~8 ms of every first load).
 */
export class BadSignature extends Error {
  override name = 'BadSignature';
}

/** True for the error of a signature that does not match (ours or jose's). */
export function isBadSignature(e: unknown): boolean {
  return e instanceof BadSignature || (e as { code?: unknown } | null)?.code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED';
}

/** Three non-empty base64url parts: the only shape the fast path checks itself. */
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const utf8 = new TextEncoder();

/**
 * The protected header of a compact JWS (3 parts; 5 for a JWE, as jose's decodeProtectedHeader) as a JSON
 * object. Throws a TypeError for anything else: no such part, not base64url, not UTF-8, not JSON, not an object.
 */
export function decodeProtectedHeader(token: string): Record<string, unknown> {
  const parts = typeof token === 'string' ? token.split('.') : [];
  const encoded = parts.length === 3 || parts.length === 5 ? parts[0] : '';
  let value: unknown;
  try {
    if (!encoded) throw new Error('no protected header');
    value = JSON.parse(base64UrlToUtf8(encoded));
  } catch (cause) {
    throw new TypeError('Invalid Token or Protected Header formatting', { cause });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TypeError('Invalid Token or Protected Header formatting');
  return value as Record<string, unknown>;
}

/**
 * Resolves when the signature of the compact JWS verifies with `key` for `alg` (which the caller has
 * already checked against its allow-list); throws otherwise — BadSignature or jose's
 * JWSSignatureVerificationFailed for a signature that does not match, another error for an unusable key
 * or token. `header` is the decoded protected header.
 */
export async function verifyCompactJws(jwt: string, header: Record<string, unknown>, alg: string, key: CryptoKey): Promise<void> {
  const entry = jwsAlgorithm(alg);
  const fast = entry !== undefined && header.alg === alg && !('crit' in header) && !('b64' in header) && COMPACT_JWS.test(jwt);
  if (!fast) {
    const { compactVerify } = await import('./jose.js');
    await compactVerify(jwt, key, { algorithms: [alg] });
    return;
  }
  if (checkedKeys.get(key) !== alg) {
    checkKey(key, alg, entry);
    checkedKeys.set(key, alg);
  }
  const dot2 = jwt.lastIndexOf('.');
  let ok = false;
  try {
    // Web Crypto copies both arguments before verify() returns (the first steps of SubtleCrypto.verify), so the signature
    // and the signing input are written into reused buffers: allocating fresh ArrayBuffers took longer than
    // decoding and encoding them. (test/core/fast-paths.test.ts runs many verifications at once.)
    ok = await crypto.subtle.verify(entry.signing, key, base64UrlDecodeTransient(jwt.slice(dot2 + 1), true), signingInput(jwt, dot2));
  } catch {
    ok = false; // jose: a WebCrypto error is a failed verification too
  }
  if (!ok) throw new BadSignature('The signature does not match.');
}

let inputBuffer = new Uint8Array(4096);

/** The ASCII bytes of jwt[0, end) (header.payload, base64url), in inputBuffer when they fit in 64 KB. */
function signingInput(jwt: string, end: number): Uint8Array<ArrayBuffer> {
  if (end > 64 * 1024) return utf8.encode(jwt.slice(0, end));
  if (inputBuffer.length < end) inputBuffer = new Uint8Array(Math.max(end, inputBuffer.length * 2));
  const { written } = utf8.encodeInto(jwt.slice(0, end), inputBuffer);
  return inputBuffer.subarray(0, written);
}

/** Keys that passed checkKey, with the algorithm they passed for (a CryptoKey never changes). */
const checkedKeys = new WeakMap<CryptoKey, string>();

/** crypto_key.js checkSigCryptoKey + checkModulusLength, as jose checks a CryptoKey it is given. */
function checkKey(key: CryptoKey, alg: string, entry: JwsAlgorithm): void {
  const ka = key.algorithm as KeyAlgorithm & { hash?: { name?: string }; namedCurve?: string; modulusLength?: number };
  const unusable = (what: string) => new TypeError(`CryptoKey does not support this operation, its ${what}`);
  if (key.type !== 'public') throw new TypeError(`CryptoKey instances must be of type "public" for the ${alg} algorithm`);
  if (ka.name !== entry.subtle.name) throw unusable(`algorithm.name must be ${entry.subtle.name}`);
  if (entry.subtle.hash && ka.hash?.name !== entry.subtle.hash) throw unusable(`algorithm.hash must be ${entry.subtle.hash}`);
  if (entry.subtle.namedCurve && ka.namedCurve !== entry.subtle.namedCurve) throw unusable(`algorithm.namedCurve must be ${entry.subtle.namedCurve}`);
  if (!key.usages.includes('verify')) throw unusable('usages must include verify.');
  if (entry.minRsaBits && !(typeof ka.modulusLength === 'number' && ka.modulusLength >= entry.minRsaBits)) {
    throw new TypeError(`${alg} requires key modulusLength to be ${entry.minRsaBits} bits or larger`);
  }
}
