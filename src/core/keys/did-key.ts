// did:key (W3C CCG did:key): the DID *is* the public key, resolution is purely local.
// Ed25519 `z6Mk…` (multicodec 0xed01) and P-256 `zDn…` (0x8024, compressed point).

import { KeyResolutionError, ALL_RELATIONSHIPS, type VerificationMethod } from './types.js';
import { base58Decode, base64UrlEncode, MULTICODEC, stripPrefix } from './multibase.js';

export function resolveDidKey(vmUrl: string): VerificationMethod {
  const [did, fragment] = splitFragment(vmUrl);
  const mb = did.slice('did:key:'.length);
  // did:key spec: the fragment is the multibase value again; a different fragment names no key.
  if (fragment !== undefined && fragment !== mb) {
    throw new KeyResolutionError('malformed', `${vmUrl}: the fragment of a did:key must repeat the key.`);
  }
  if (!mb.startsWith('z')) throw new KeyResolutionError('malformed', `${did} is not a base58btc did:key.`);
  let bytes: Uint8Array;
  try {
    bytes = base58Decode(mb.slice(1));
  } catch {
    throw new KeyResolutionError('malformed', `${did} is not a valid did:key.`);
  }
  const base = { id: `${did}#${mb}`, controller: did, relationships: [...ALL_RELATIONSHIPS] };
  const ed = stripPrefix(bytes, MULTICODEC.ed25519Pub);
  if (ed) {
    if (ed.length !== 32) throw new KeyResolutionError('malformed', `${did}: an Ed25519 key has 32 bytes.`);
    return { ...base, type: 'Multikey', publicKeyMultibase: mb };
  }
  const p256 = stripPrefix(bytes, MULTICODEC.p256Pub);
  if (p256) {
    if (p256.length !== 33) throw new KeyResolutionError('malformed', `${did}: a P-256 did:key holds a 33-byte compressed point.`);
    return { ...base, type: 'Multikey', publicKeyMultibase: mb, publicKeyJwk: p256CompressedToJwk(p256) };
  }
  throw new KeyResolutionError('unsupported', `${did}: only Ed25519 and P-256 did:keys are supported.`);
}

export function splitFragment(url: string): [string, string | undefined] {
  const i = url.indexOf('#');
  return i < 0 ? [url, undefined] : [url.slice(0, i), url.slice(i + 1)];
}

// P-256: y² = x³ − 3x + b (mod p). p ≡ 3 (mod 4), so √a = a^((p+1)/4).
const P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn;
const B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn;

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  base %= mod;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    exp >>= 1n;
  }
  return result;
}

function toBigInt(bytes: Uint8Array): bigint {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n;
}

function toBytes32(n: bigint): Uint8Array {
  const out = new Uint8Array(32);
  for (let i = 31; i >= 0; i--) {
    out[i] = Number(n & 0xffn);
    n >>= 8n;
  }
  return out;
}

/** Decompresses a SEC1 compressed P-256 point (0x02/0x03 ‖ x) into a public JWK. */
export function p256CompressedToJwk(point: Uint8Array): JsonWebKey {
  if (point[0] !== 2 && point[0] !== 3) throw new KeyResolutionError('malformed', 'not a compressed P-256 point');
  const x = toBigInt(point.slice(1));
  if (x >= P) throw new KeyResolutionError('malformed', 'P-256 x out of range');
  const rhs = (((x * x * x - 3n * x + B) % P) + P) % P;
  let y = modPow(rhs, (P + 1n) / 4n, P);
  if ((y * y) % P !== rhs) throw new KeyResolutionError('malformed', 'not a point on P-256');
  if (Number(y & 1n) !== (point[0] & 1)) y = P - y;
  return { kty: 'EC', crv: 'P-256', x: base64UrlEncode(point.slice(1)), y: base64UrlEncode(toBytes32(y)) };
}
