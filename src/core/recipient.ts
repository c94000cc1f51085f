// "Is this badge mine?" Compares an identity (email, URL, phone, DID) with a credential's recipient.
// OB 2.0 IdentityObject {identity, hashed, salt, type} and OB 3.0 IdentityObject
// {identityHash, hashed, salt, identityType}; hashes are `sha256$<hex>` (OB 2.0 §IdentityHash).
// md5 is not supported: it is deprecated and crypto.subtle has no MD5.

import type { Recipient } from './model.js';
import type { JsonObject } from './options.js';

const DIGESTS: Record<string, string> = { sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512', 'sha-256': 'SHA-256' };

async function hexDigest(algorithm: string, text: string): Promise<string> {
  const buf = await globalThis.crypto.subtle.digest(algorithm, new TextEncoder().encode(text));
  return Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/**
 * True when `identity` is the recipient. Hashed identities are recomputed with the salt;
 * emails compare case-insensitively (the hash is tried over the identity as given and lowercased).
 */
export async function matchesRecipient(recipient: Recipient | JsonObject, identity: string): Promise<boolean> {
  const r = recipient as JsonObject;
  const stored = str(r.identity) ?? str(r.identityHash) ?? str(r.id);
  const type = (str(r.type) ?? str(r.identityType) ?? '').toLowerCase();
  const given = identity.trim();
  if (!stored || !given) return false;
  const email = type === 'email' || type === 'emailaddress' || given.includes('@');
  const hashed = r.hashed === true || r.hashed === 'true' || /^[a-z0-9-]+\$[0-9a-f]+$/i.test(stored);
  if (!hashed) {
    return email ? stored.trim().toLowerCase() === given.toLowerCase() : stored.trim() === given;
  }
  const m = /^([a-z0-9-]+)\$([0-9a-f]+)$/i.exec(stored.trim());
  if (!m) return false;
  const algorithm = DIGESTS[m[1]!.toLowerCase()];
  if (!algorithm) return false;
  const want = m[2]!.toLowerCase();
  const salt = str(r.salt) ?? '';
  const candidates = email ? [...new Set([given, given.toLowerCase()])] : [given];
  for (const c of candidates) {
    if ((await hexDigest(algorithm, c + salt)) === want) return true;
  }
  return false;
}
