// Real signing for tests: an Ed25519 key, its did:jwk, and VC DM 2.0 VC-JWTs (the payload is the
// credential, VC-JOSE-COSE). Used to build status lists and credentials with real signatures.
import { CompactSign, exportJWK, generateKeyPair } from 'jose';

export interface TestIssuer {
  did: string;
  kid: string;
  sign(credential: Record<string, unknown>): Promise<string>;
}

function b64url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export async function makeIssuer(): Promise<TestIssuer> {
  const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const jwk = await exportJWK(publicKey);
  const did = `did:jwk:${b64url(new TextEncoder().encode(JSON.stringify({ kty: jwk.kty, crv: jwk.crv, x: jwk.x })))}`;
  const kid = `${did}#0`;
  return {
    did,
    kid,
    async sign(credential) {
      const payload = new TextEncoder().encode(JSON.stringify(credential));
      return new CompactSign(payload).setProtectedHeader({ alg: 'EdDSA', kid, typ: 'vc+jwt', cty: 'vc' }).sign(privateKey);
    },
  };
}

/** A GZIP-compressed bitstring of `entries` bits with the given indices set, multibase base64url ('u'). */
export async function encodeBitstring(entries: number, setBits: number[], { multibase = true } = {}): Promise<string> {
  const bits = new Uint8Array(Math.ceil(entries / 8));
  for (const i of setBits) bits[i >> 3]! |= 0x80 >> (i & 7);
  const stream = new Blob([bits]).stream().pipeThrough(new CompressionStream('gzip'));
  const gz = new Uint8Array(await new Response(stream).arrayBuffer());
  return (multibase ? 'u' : '') + b64url(gz);
}

/** A URL on the test server that answers `body` with content type `type`. */
export function echoUrl(body: string, type = 'application/json'): string {
  return `${location.origin}/__test/echo?type=${encodeURIComponent(type)}&body=${encodeURIComponent(body)}`;
}
