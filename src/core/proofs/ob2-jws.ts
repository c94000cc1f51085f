// Open Badges 2.0 SignedBadge (OB2 §SignedBadge): the assertion is the payload of a compact JWS.
// The key is a CryptographicKey document ({publicKeyPem, owner}) named by
// `verification.creator`; it is trusted only when the issuer Profile lists it in `publicKey` and
// the key's `owner` is the issuer ("Do not trust a key that is not properly linked from the issuer
// Profile"). Without a creator every key the issuer lists is tried.
// No canonicalization: the signature covers the payload bytes exactly as sent.

import type { Check } from '../model.js';
import type { JsonObject, VerifyContext } from '../options.js';
import { isBadgeError } from '../errors.js';
import { importSpkiKey } from '../keys/index.js';
import { decodeProtectedHeader, verifyCompactJws } from './jws.js';
import { asArray, idOf, isObj } from '../json.js';

/** RS256 is what OB 2.0 recommends; `none` and HMAC are never accepted. */
export const OB2_JWS_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384'];

export interface Ob2JwsResult {
  proof: Check;
  issuer: Check;
}

/** The key ids an issuer Profile lists under `publicKey`. */
export function listedKeys(issuer: JsonObject | undefined): unknown[] {
  return issuer ? asArray(issuer.publicKey) : [];
}

async function keyDocument(ref: unknown, ctx: VerifyContext): Promise<JsonObject> {
  if (isObj(ref) && typeof ref.publicKeyPem === 'string') return ref;
  const id = idOf(ref);
  if (!id) throw new Error('a key entry without an id');
  return ctx.loadJson(id);
}

type Attempt = { ok: true; key: JsonObject; keyId?: string } | { ok: false; reason: 'signature' | 'key'; error: unknown; keyId?: string };

async function tryKey(jws: string, header: Record<string, unknown>, alg: string, ref: unknown, ctx: VerifyContext): Promise<Attempt> {
  const keyId = idOf(ref);
  let key: JsonObject;
  try {
    key = await keyDocument(ref, ctx);
  } catch (error) {
    return { ok: false, reason: 'key', error, keyId };
  }
  if (typeof key.publicKeyPem !== 'string') return { ok: false, reason: 'key', error: new Error('no publicKeyPem'), keyId };
  let cryptoKey: CryptoKey;
  try {
    cryptoKey = await importSpkiKey(key.publicKeyPem.trim(), alg);
  } catch (error) {
    return { ok: false, reason: 'key', error, keyId };
  }
  try {
    await verifyCompactJws(jws, header, alg, cryptoKey);
    return { ok: true, key, keyId };
  } catch (error) {
    return { ok: false, reason: 'signature', error, keyId };
  }
}

/**
 * Verifies the JWS and the key's link to the issuer. `issuer` is the issuer Profile as fetched
 * from its own id (undefined when it could not be fetched). `decodedHeader` is the protected header of
 * this same `jws` when the caller has decoded it already (Detected.header).
 */
export async function verifyOb2Jws(
  jws: string,
  assertion: JsonObject,
  issuer: JsonObject | undefined,
  ctx: VerifyContext,
  decodedHeader?: JsonObject,
): Promise<Ob2JwsResult> {
  let alg: string | undefined;
  let header: Record<string, unknown> = {};
  try {
    header = decodedHeader ?? decodeProtectedHeader(jws);
    alg = header.alg as string | undefined;
  } catch {
    alg = undefined;
  }
  const unknownIssuer: Check = { id: 'issuer', outcome: 'unknown', message: 'The signing key could not be linked to the issuer.' };
  if (!alg || !OB2_JWS_ALGORITHMS.includes(alg)) {
    return {
      proof: { id: 'proof', outcome: 'failed', message: `The signature uses an algorithm that is not accepted (${alg ?? 'none'}).`, detail: { alg } },
      issuer: { ...unknownIssuer, outcome: 'skipped' },
    };
  }
  const issuerId = idOf(issuer);
  const listed = listedKeys(issuer);
  const listedIds = listed.map(idOf).filter((x): x is string => !!x);
  const verification = isObj(assertion.verification) ? assertion.verification : {};
  const creator = typeof verification.creator === 'string' ? verification.creator : undefined;

  if (creator) {
    const attempt = await tryKey(jws, header, alg, creator, ctx);
    if (!attempt.ok && attempt.reason === 'key') {
      return {
        proof: {
          id: 'proof',
          outcome: 'unknown',
          message: 'The signing key could not be fetched, so the signature could not be checked.',
          detail: { key: creator, ...(isBadgeError(attempt.error) ? { code: attempt.error.code } : {}) },
        },
        issuer: unknownIssuer,
      };
    }
    const proof: Check = attempt.ok
      ? { id: 'proof', outcome: 'passed', message: 'The signature is intact.', detail: { key: creator, alg } }
      : {
          id: 'proof',
          outcome: 'failed',
          message: 'The signature does not match: the badge was changed or signed by another key.',
          detail: { key: creator, alg },
        };
    if (!issuer || !issuerId)
      return { proof, issuer: { ...unknownIssuer, message: 'The issuer profile could not be fetched, so the key could not be linked to the issuer.' } };
    const owner = attempt.ok ? attempt.key.owner : undefined;
    if (!listedIds.includes(creator)) {
      return {
        proof,
        issuer: { id: 'issuer', outcome: 'failed', message: 'The signing key is not one the issuer publishes.', detail: { key: creator, issuer: issuerId } },
      };
    }
    if (attempt.ok && owner !== issuerId) {
      return {
        proof,
        issuer: {
          id: 'issuer',
          outcome: 'failed',
          message: 'The signing key belongs to someone other than the issuer.',
          detail: { key: creator, owner, issuer: issuerId },
        },
      };
    }
    return {
      proof,
      issuer: attempt.ok
        ? { id: 'issuer', outcome: 'passed', message: 'Signed with a key the issuer publishes.', detail: { key: creator, issuer: issuerId } }
        : { ...unknownIssuer, outcome: 'skipped', message: 'The key is the issuer’s, but the signature does not match.' },
    };
  }

  // No creator: try every key the issuer lists.
  if (!issuer || !issuerId) {
    return {
      proof: { id: 'proof', outcome: 'unknown', message: 'The issuer profile could not be fetched, so there is no key to check the signature with.' },
      issuer: unknownIssuer,
    };
  }
  if (listed.length === 0) {
    return {
      proof: { id: 'proof', outcome: 'unknown', message: 'The issuer publishes no key to check the signature with.' },
      issuer: { id: 'issuer', outcome: 'failed', message: 'The issuer publishes no signing key.', detail: { issuer: issuerId } },
    };
  }
  let keyTrouble = false;
  for (const ref of listed.slice(0, 10)) {
    const attempt = await tryKey(jws, header, alg, ref, ctx);
    if (attempt.ok) {
      const owner = attempt.key.owner;
      const proof: Check = { id: 'proof', outcome: 'passed', message: 'The signature is intact.', detail: { key: attempt.keyId, alg } };
      if (owner !== undefined && owner !== issuerId) {
        return {
          proof,
          issuer: {
            id: 'issuer',
            outcome: 'failed',
            message: 'The signing key belongs to someone other than the issuer.',
            detail: { key: attempt.keyId, owner, issuer: issuerId },
          },
        };
      }
      return {
        proof,
        issuer: { id: 'issuer', outcome: 'passed', message: 'Signed with a key the issuer publishes.', detail: { key: attempt.keyId, issuer: issuerId } },
      };
    }
    if (attempt.reason === 'key') keyTrouble = true;
  }
  return {
    proof: keyTrouble
      ? { id: 'proof', outcome: 'unknown', message: 'None of the issuer’s keys that could be fetched matches the signature; some could not be fetched.' }
      : { id: 'proof', outcome: 'failed', message: 'The signature does not match any key the issuer publishes.' },
    issuer: { ...unknownIssuer, outcome: 'skipped', message: 'No issuer key matches the signature.' },
  };
}
