// Test keys: created once, kept in test/fixtures/keys.json (TEST-ONLY private keys), reused on every run.
import { generateKeyPairSync, createPrivateKey, createPublicKey } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { b64u, ed25519Multikey, fromB64u } from './codec.mjs';

const KINDS = {
  ed25519: () => generateKeyPairSync('ed25519'),
  p256: () => generateKeyPairSync('ec', { namedCurve: 'P-256' }),
  secp256k1: () => generateKeyPairSync('ec', { namedCurve: 'secp256k1' }),
  rsa2048: () => generateKeyPairSync('rsa', { modulusLength: 2048, publicExponent: 0x10001 }),
};

/** A loaded key: private/public KeyObjects, public JWK, and the encodings fixtures need. */
export class TestKey {
  constructor(name, kind, privateJwk) {
    this.name = name;
    this.kind = kind;
    this.privateJwk = privateJwk;
    this.privateKey = createPrivateKey({ key: privateJwk, format: 'jwk' });
    this.publicKey = createPublicKey(this.privateKey);
    const { d, p, q, dp, dq, qi, ...pub } = privateJwk;
    this.publicJwk = pub;
  }
  /** 32 raw bytes (Ed25519 only). */
  get rawPublic() {
    return fromB64u(this.publicJwk.x);
  }
  /** `z6Mk…` (Ed25519 only). */
  get multikey() {
    return ed25519Multikey(this.rawPublic);
  }
  get didKey() {
    return `did:key:${this.multikey}`;
  }
  get didKeyVm() {
    return `${this.didKey}#${this.multikey}`;
  }
  /** did:jwk of the public JWK (members in a fixed order, so the DID is stable). */
  get didJwk() {
    const { kty, crv, x, y, n, e } = this.publicJwk;
    const jwk = Object.fromEntries(Object.entries({ crv, e, kty, n, x, y }).filter(([, v]) => v !== undefined));
    return `did:jwk:${b64u(Buffer.from(JSON.stringify({ ...jwk, use: 'sig' })))}`;
  }
  get publicPem() {
    return this.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  }
}

/**
 * Loads keys.json, creating any key named in `wanted` ({name: kind}) that is missing.
 * `fresh` throws away every stored key first (--new-keys).
 */
export function loadKeys(file, wanted, { fresh = false } = {}) {
  const stored = !fresh && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { keys: {} };
  let changed = fresh || !existsSync(file);
  const keys = {};
  for (const [name, kind] of Object.entries(wanted)) {
    let entry = stored.keys[name];
    if (!entry || entry.kind !== kind) {
      const { privateKey } = KINDS[kind]();
      entry = { kind, jwk: privateKey.export({ format: 'jwk' }) };
      stored.keys[name] = entry;
      changed = true;
    }
    keys[name] = new TestKey(name, kind, entry.jwk);
  }
  if (changed) {
    const out = {
      WARNING:
        'TEST-ONLY PRIVATE KEYS. Published on purpose so the fixtures can be re-generated. Never trust these keys or any DID/URL built from them outside this repository test suite.',
      generatedBy: 'scripts/make-fixtures.mjs (re-used on every run; `--new-keys` replaces them)',
      keys: Object.fromEntries(Object.entries(stored.keys).sort(([a], [b]) => a.localeCompare(b))),
    };
    writeFileSync(file, JSON.stringify(out, null, 2) + '\n');
  }
  return keys;
}
