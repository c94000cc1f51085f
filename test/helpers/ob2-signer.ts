// An Open Badges 2.0 issuer made in the test: a fresh RSA key, its CryptographicKey document, the
// issuer Profile, a BadgeClass and a RevocationList, all as verify()'s `documents` (consulted before
// any fetch, by URL), so each test changes exactly one of them. The assertion is signed here (RS256,
// compact JWS over the exact payload bytes), independently of the library's own JWS code.

import type { JsonObject } from '../../src/core/options.js';

const OB2 = 'https://w3id.org/openbadges/v2';

function b64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
const utf8 = (s: string) => new TextEncoder().encode(s);

export interface Ob2World {
  origin: string;
  issuerId: string;
  keyId: string;
  badgeId: string;
  listId: string;
  /** URL → document; pass as verify()'s `documents`. Tests edit these before verifying. */
  documents: Record<string, JsonObject>;
  /** A signed assertion (RS256) of `assertion()` with `changes` applied. */
  sign(changes?: JsonObject, key?: CryptoKey): Promise<string>;
  /** The assertion before signing. */
  assertion(changes?: JsonObject): JsonObject;
  /** Another key pair (an attacker's), PEM public key and private key. */
  otherKey(): Promise<{ pem: string; privateKey: CryptoKey }>;
}

async function rsaPair(): Promise<{ pem: string; privateKey: CryptoKey }> {
  const kp = (await crypto.subtle.generateKey(
    { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['sign', 'verify'],
  )) as CryptoKeyPair;
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', kp.publicKey));
  const body = btoa(String.fromCharCode(...spki)).replace(/(.{64})/g, '$1\n');
  return { pem: `-----BEGIN PUBLIC KEY-----\n${body}\n-----END PUBLIC KEY-----\n`, privateKey: kp.privateKey };
}

/** Signs `payload` as a compact JWS (RS256). */
export async function signOb2(payload: JsonObject, privateKey: CryptoKey): Promise<string> {
  const h = b64url(utf8(JSON.stringify({ alg: 'RS256' })));
  const p = b64url(utf8(JSON.stringify(payload)));
  const sig = new Uint8Array(await crypto.subtle.sign('RSASSA-PKCS1-v1_5', privateKey, utf8(`${h}.${p}`)));
  return `${h}.${p}.${b64url(sig)}`;
}

/** A fresh issuer on `https://<host>` (use a reserved .example/.test name). */
export async function makeOb2World(host = 'ob2-rules.example'): Promise<Ob2World> {
  const origin = `https://${host}`;
  const issuerId = `${origin}/issuer.json`;
  const keyId = `${origin}/keys/1.json`;
  const badgeId = `${origin}/badges/1.json`;
  const listId = `${origin}/revocations.json`;
  const { pem, privateKey } = await rsaPair();
  const documents: Record<string, JsonObject> = {
    [issuerId]: {
      '@context': OB2,
      type: 'Issuer',
      id: issuerId,
      name: 'Rules Test Issuer',
      url: `${origin}/`,
      publicKey: [keyId],
      revocationList: listId,
      verification: { type: 'VerificationObject', allowedOrigins: [host] },
    },
    [keyId]: { '@context': OB2, type: 'CryptographicKey', id: keyId, owner: issuerId, publicKeyPem: pem },
    [badgeId]: {
      '@context': OB2,
      type: 'BadgeClass',
      id: badgeId,
      name: 'Rules',
      description: 'A test badge.',
      image: `${origin}/img.png`,
      criteria: { narrative: 'Pass.' },
      issuer: issuerId,
    },
    [listId]: { '@context': OB2, type: 'RevocationList', id: listId, issuer: issuerId, revokedAssertions: [] },
  };
  const assertion = (changes: JsonObject = {}): JsonObject => ({
    '@context': OB2,
    type: 'Assertion',
    id: 'urn:uuid:0b2a55e7-0000-4000-8000-000000000001',
    recipient: { type: 'email', hashed: false, identity: 'ada@badges.example' },
    badge: badgeId,
    verification: { type: 'SignedBadge', creator: keyId },
    issuedOn: '2024-03-02T10:00:00Z',
    ...changes,
  });
  return {
    origin,
    issuerId,
    keyId,
    badgeId,
    listId,
    documents,
    assertion,
    sign: (changes = {}, key = privateKey) => signOb2(assertion(changes), key),
    otherKey: rsaPair,
  };
}
