// The signature check of a compact JWS (VC-JWT, OB 2.0 signed badges) with a CryptoKey.
//
// jose's compactVerify re-parses the protected header, re-checks the key and base64-decodes the whole
// payload again, all of which the callers have already done: together that was as much time as the
// signature check itself. For the common token (no `crit`, no `b64`, strictly base64url parts) the check
// is made here with the same WebCrypto call and the same key checks jose makes (jose's
// lib/jws_algorithms.js and lib/crypto_key.js); every other token is verified by jose's compactVerify.

import { compactVerify } from 'jose';
import { base64UrlDecode } from '../keys/multibase.js';

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

type KeyParams = { name: string; hash?: string; namedCurve?: string };
interface Entry {
  subtle: KeyParams;
  signing: AlgorithmIdentifier | RsaPssParams | EcdsaParams;
  minRsaBits?: number;
}
const rsa = (bits: number, saltLength?: number): Entry => {
  const subtle = { name: saltLength ? 'RSA-PSS' : 'RSASSA-PKCS1-v1_5', hash: `SHA-${bits}` };
  return { subtle, signing: saltLength ? { ...subtle, saltLength } : subtle, minRsaBits: 2048 };
};
const ecdsa = (crv: string, bits: number): Entry => ({ subtle: { name: 'ECDSA', namedCurve: crv }, signing: { name: 'ECDSA', hash: `SHA-${bits}` } });
const eddsa: Entry = { subtle: { name: 'Ed25519' }, signing: { name: 'Ed25519' } };
/** jose's table, for the asymmetric algorithms the callers accept (never `none`, never HS*). */
const JWS: Record<string, Entry | undefined> = {
  RS256: rsa(256),
  RS384: rsa(384),
  RS512: rsa(512),
  PS256: rsa(256, 32),
  PS384: rsa(384, 48),
  PS512: rsa(512, 64),
  ES256: ecdsa('P-256', 256),
  ES384: ecdsa('P-384', 384),
  EdDSA: eddsa,
  Ed25519: eddsa,
};
const B64URL = /^[A-Za-z0-9_-]+$/;

/**
 * Resolves when the signature of the compact JWS verifies with `key` for `alg` (which the caller has
 * already checked against its allow-list); throws otherwise — BadSignature or jose's
 * JWSSignatureVerificationFailed for a signature that does not match, another error for an unusable key
 * or token. `header` is the decoded protected header.
 */
export async function verifyCompactJws(jwt: string, header: Record<string, unknown>, alg: string, key: CryptoKey): Promise<void> {
  const entry = Object.hasOwn(JWS, alg) ? JWS[alg] : undefined;
  const dot1 = jwt.indexOf('.');
  const dot2 = jwt.indexOf('.', dot1 + 1);
  const fast =
    entry !== undefined &&
    header.alg === alg &&
    !('crit' in header) &&
    !('b64' in header) &&
    dot1 > 0 &&
    dot2 > dot1 &&
    jwt.indexOf('.', dot2 + 1) < 0 &&
    B64URL.test(jwt.slice(0, dot1)) &&
    B64URL.test(jwt.slice(dot1 + 1, dot2)) &&
    B64URL.test(jwt.slice(dot2 + 1));
  if (!fast) {
    await compactVerify(jwt, key, { algorithms: [alg] });
    return;
  }
  if (checkedKeys.get(key) !== alg) {
    checkKey(key, alg, entry);
    checkedKeys.set(key, alg);
  }
  const signingInput = new TextEncoder().encode(jwt.slice(0, dot2)); // ASCII: both parts are base64url
  let ok = false;
  try {
    ok = await crypto.subtle.verify(entry.signing, key, base64UrlDecode(jwt.slice(dot2 + 1)) as Uint8Array<ArrayBuffer>, signingInput);
  } catch {
    ok = false; // jose: a WebCrypto error is a failed verification too
  }
  if (!ok) throw new BadSignature('The signature does not match.');
}

/** Keys that passed checkKey, with the algorithm they passed for (a CryptoKey never changes). */
const checkedKeys = new WeakMap<CryptoKey, string>();

/** crypto_key.js checkSigCryptoKey + checkModulusLength, as jose checks a CryptoKey it is given. */
function checkKey(key: CryptoKey, alg: string, entry: Entry): void {
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
