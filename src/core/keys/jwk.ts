// The few JOSE key operations the verifier needs, on Web Crypto alone: the JWS algorithm table, importing a
// public JWK or a PEM SPKI key for one algorithm, and the RFC 7638 JWK thumbprint. These were jose's
// importJWK / importSPKI / calculateJwkThumbprint; written out here (with jose's checks) so that jose is
// not in the CDN file. jose stays, loaded lazily, only for the compactVerify of unusual tokens (proofs/jws.ts).

import { base64UrlEncode } from './multibase.js';

type KeyParams = { name: string; hash?: string; namedCurve?: string };

/** One JWS algorithm: the key it needs (kty, crv, Web Crypto import parameters) and the signing parameters. */
export interface JwsAlgorithm {
  kty: 'RSA' | 'EC' | 'OKP';
  crv?: string;
  subtle: KeyParams;
  signing: AlgorithmIdentifier | RsaPssParams | EcdsaParams;
  minRsaBits?: number;
}

const rsa = (bits: number, saltLength?: number): JwsAlgorithm => {
  const subtle = { name: saltLength ? 'RSA-PSS' : 'RSASSA-PKCS1-v1_5', hash: `SHA-${bits}` };
  return { kty: 'RSA', subtle, signing: saltLength ? { ...subtle, saltLength } : subtle, minRsaBits: 2048 };
};
const ecdsa = (crv: string, bits: number): JwsAlgorithm => ({
  kty: 'EC',
  crv,
  subtle: { name: 'ECDSA', namedCurve: crv },
  signing: { name: 'ECDSA', hash: `SHA-${bits}` },
});
const eddsa: JwsAlgorithm = { kty: 'OKP', crv: 'Ed25519', subtle: { name: 'Ed25519' }, signing: { name: 'Ed25519' } };

/**
 * jose's table (lib/jws_algorithms.js) for the asymmetric algorithms any caller accepts. Never `none`, never
 * HS*: a name that is not here cannot be imported or verified, so a public key is never used as an HMAC secret.
 */
const JWS: Record<string, JwsAlgorithm | undefined> = {
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

/** The table entry of a JWS algorithm name, or undefined for anything else (`none`, HS256, `__proto__` …). */
export function jwsAlgorithm(alg: unknown): JwsAlgorithm | undefined {
  return typeof alg === 'string' && Object.hasOwn(JWS, alg) ? JWS[alg] : undefined;
}

/** EdDSA (RFC 8037) and Ed25519 (RFC 9864) name the same key and signature. */
const sameAlg = (a: string, b: string) => a === b || (jwsAlgorithm(a) === eddsa && jwsAlgorithm(b) === eddsa);

/** JWK members that hold private key material (RFC 7518 §6.2.2, §6.3.2; RFC 8037 §2). */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'priv'];

function algorithmFor(alg: string): JwsAlgorithm {
  const entry = jwsAlgorithm(alg);
  if (!entry) throw new TypeError(`Invalid or unsupported "alg" (Algorithm) value: ${alg}`);
  return entry;
}

/**
 * A Web Crypto public key for verifying `alg` signatures with a JWK. Refuses what jose's importJWK and
 * compactVerify refuse, and a little more: a symmetric (`oct`) or private key, a key of another type or
 * curve than `alg` needs, a JWK whose own `alg` names another algorithm, a `use` other than `sig`, and
 * `key_ops` without `verify`. RSA keys shorter than 2048 bits import, and are refused at verification
 * (proofs/jws.ts), where jose refused them too.
 */
export async function importPublicJwk(jwk: JsonWebKey, alg: string): Promise<CryptoKey> {
  if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk)) throw new TypeError('JWK must be an object');
  if (jwk.kty === 'oct') throw new TypeError('a symmetric (oct) key cannot verify a signature');
  const entry = algorithmFor(alg);
  const o = jwk as Record<string, unknown>;
  for (const m of PRIVATE_MEMBERS) if (o[m] !== undefined) throw new TypeError(`JSON Web Key for this operation must be a public JWK (it has "${m}")`);
  if (jwk.kty !== entry.kty) throw new TypeError(`a ${String(jwk.kty)} key cannot be used with ${alg} (it needs kty ${entry.kty})`);
  if (entry.crv !== undefined && jwk.crv !== entry.crv)
    throw new TypeError(`a key on curve ${String(jwk.crv)} cannot be used with ${alg} (it needs ${entry.crv})`);
  if (jwk.alg !== undefined && (typeof jwk.alg !== 'string' || !sameAlg(jwk.alg, alg))) {
    throw new TypeError(`Invalid key for this operation, its "alg" must be "${alg}" when present`);
  }
  if (jwk.use !== undefined && jwk.use !== 'sig') throw new TypeError('Invalid key for this operation, its "use" must be "sig" when present');
  if (jwk.ext !== undefined && typeof jwk.ext !== 'boolean') throw new TypeError('"ext" (Extractable) Parameter must be a boolean');
  const ops: unknown = jwk.key_ops;
  if (ops !== undefined) {
    if (!Array.isArray(ops) || ops.some((op) => typeof op !== 'string') || new Set(ops).size !== ops.length) {
      throw new TypeError('"key_ops" (Key Operations) Parameter must be an array of unique strings');
    }
    if (!ops.includes('verify')) throw new TypeError('Invalid key for this operation, its "key_ops" must include "verify" when present');
  }
  // Like jose: `alg` and `use` are checked above and left out (Web Crypto has its own, stricter, alg names for RSA).
  const { alg: _alg, use: _use, ...keyData } = jwk;
  return crypto.subtle.importKey('jwk', keyData, entry.subtle, false, ['verify']);
}

/**
 * A Web Crypto public key for verifying `alg` signatures with a PEM SPKI key (`-----BEGIN PUBLIC KEY-----`),
 * as jose's importSPKI: Web Crypto refuses a key whose type or curve is not the algorithm's.
 */
export async function importSpkiPem(pem: string, alg: string): Promise<CryptoKey> {
  if (typeof pem !== 'string' || !pem.startsWith('-----BEGIN PUBLIC KEY-----')) throw new TypeError('"spki" must be SPKI formatted string');
  const entry = algorithmFor(alg);
  const bin = atob(pem.replace(/-----(?:BEGIN|END) PUBLIC KEY-----|\s/g, '')); // throws on anything but base64
  const der = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) der[i] = bin.charCodeAt(i);
  return crypto.subtle.importKey('spki', der, entry.subtle, false, ['verify']);
}

/** RFC 7638 §3.2: the required members of each key type, in lexicographic order. */
const THUMBPRINT_MEMBERS: Record<string, readonly string[] | undefined> = {
  EC: ['crv', 'kty', 'x', 'y'],
  OKP: ['crv', 'kty', 'x'],
  RSA: ['e', 'kty', 'n'],
  oct: ['k', 'kty'],
};

/** The RFC 7638 SHA-256 thumbprint of a JWK, base64url. Throws for a JWK without its required members. */
export async function jwkThumbprint(jwk: JsonWebKey): Promise<string> {
  const o = jwk as Record<string, unknown>;
  const members = typeof o.kty === 'string' && Object.hasOwn(THUMBPRINT_MEMBERS, o.kty) ? THUMBPRINT_MEMBERS[o.kty] : undefined;
  if (!members) throw new TypeError('Unsupported "kty" (Key Type) Parameter value');
  const required: Record<string, string> = {};
  for (const m of members) {
    const v = o[m];
    if (typeof v !== 'string' || v === '' || /[^\x20-\x7e]/.test(v)) throw new TypeError(`"${m}" (JWK member) missing or invalid`);
    required[m] = v;
  }
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(required)));
  return base64UrlEncode(new Uint8Array(digest));
}
