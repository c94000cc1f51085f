// Signs the benchmark credentials on the fly (fresh keys every run, nothing secret is kept):
//   eddsa-rdfc-2022 and Ed25519Signature2020 OB 3.0 credentials on VC DM 1.1 and 2.0 (did:key issuer = controller),
//   a VC-JWT (EdDSA, did:key) and an OB 2.0 signed assertion (RS256, hosted key).
// Every credential comes with a tampered twin (one character of the name changed) that must fail.
// Hosted documents (OB 2.0 badge class, issuer profile, key) are written to <out>/hosts/<host>/<path>.

import { createHash, generateKeyPairSync, sign as nodeSign, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import jsonld from 'jsonld';
import { CompactSign } from 'jose';
import { contextDocument } from './remote.mjs';

const V1 = 'https://www.w3.org/2018/credentials/v1';
const V2 = 'https://www.w3.org/ns/credentials/v2';
const OB3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const ED2020 = 'https://w3id.org/security/suites/ed25519-2020/v1';
const DI = 'https://w3id.org/security/data-integrity/v2';
const OB2_HOST = 'bench-issuer.example';

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function base58btc(bytes) {
  let n = BigInt('0x' + (Buffer.from(bytes).toString('hex') || '0'));
  let s = '';
  while (n > 0n) {
    s = B58[Number(n % 58n)] + s;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    s = '1' + s;
  }
  return s;
}

const sha256 = (s) => createHash('sha256').update(s).digest();

async function documentLoader(url) {
  const document = contextDocument(url);
  if (!document) throw new Error(`bench prep: no local copy of ${url}`);
  return { contextUrl: null, documentUrl: url, document };
}

const canon = (doc) => jsonld.canonize(doc, { algorithm: 'RDFC-1.0', format: 'application/n-quads', documentLoader, safe: true });

function ed25519Key() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x, 'base64url');
  const mb = 'z' + base58btc(Buffer.concat([Buffer.from([0xed, 0x01]), raw]));
  const did = `did:key:${mb}`;
  return { did, vm: `${did}#${mb}`, privateKey, publicJwk: publicKey.export({ format: 'jwk' }) };
}

function ob3Credential({ dm, issuer, extraContexts }) {
  const now = new Date(Date.UTC(2025, 0, 1)).toISOString().replace('.000', '');
  return {
    '@context': [dm === '1.1' ? V1 : V2, OB3, ...extraContexts],
    id: `urn:uuid:${randomUUID()}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuer, type: ['Profile'], name: 'Bench University' },
    ...(dm === '1.1' ? { issuanceDate: now } : { validFrom: now }),
    name: 'Benchmark Badge',
    credentialSubject: {
      type: ['AchievementSubject'],
      achievement: {
        id: 'urn:uuid:7c4b0a2e-3b79-4f0e-9d0c-2d6a8f1e5b11',
        type: ['Achievement'],
        name: 'Benchmark Badge',
        description: 'Awarded for sitting still while being verified many times.',
        criteria: { narrative: 'Be a credential.' },
      },
    },
  };
}

/** Data Integrity (eddsa-rdfc-2022) or Linked Data Proof (Ed25519Signature2020) over RDFC-1.0. */
async function signRdfc(doc, key, type) {
  const created = '2025-01-01T00:00:00Z';
  const proof =
    type === 'Ed25519Signature2020'
      ? { type, created, verificationMethod: key.vm, proofPurpose: 'assertionMethod' }
      : { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', created, verificationMethod: key.vm, proofPurpose: 'assertionMethod' };
  const proofHash = sha256(await canon({ '@context': doc['@context'], ...proof }));
  const docHash = sha256(await canon(doc));
  const sig = nodeSign(null, Buffer.concat([proofHash, docHash]), key.privateKey);
  return { ...doc, proof: { ...proof, proofValue: 'z' + base58btc(sig) } };
}

function tamper(doc) {
  return { ...doc, name: doc.name.replace('Badge', 'Badgf') };
}

function writeHost(out, host, path, value) {
  const file = join(out, 'hosts', host, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
}

/**
 * Signs every benchmark credential. Returns [{ id, label, peer, credential, tampered }]; `credential` is a JSON
 * object or a compact JWS string; `peer` says whether @digitalcredentials/verifier-core can verify it.
 */
export async function prepareCredentials(out) {
  mkdirSync(out, { recursive: true });
  const key = ed25519Key();
  const cases = [];
  for (const [suite, dm] of [
    ['eddsa-rdfc-2022', '2.0'],
    ['eddsa-rdfc-2022', '1.1'],
    ['Ed25519Signature2020', '2.0'],
    ['Ed25519Signature2020', '1.1'],
  ]) {
    const extra = suite === 'Ed25519Signature2020' ? [ED2020] : dm === '1.1' ? [DI] : [];
    const unsigned = ob3Credential({ dm, issuer: key.did, extraContexts: extra });
    const signed = await signRdfc(unsigned, key, suite);
    cases.push({
      id: `${suite === 'Ed25519Signature2020' ? 'ed2020' : 'rdfc'}-dm${dm}`,
      label: `${suite}, VC DM ${dm} (OB 3.0, did:key)`,
      kind: 'di',
      peer: true,
      credential: signed,
      tampered: tamper(signed),
    });
  }

  // VC-JWT (VC DM 1.1 JWT encoding, as OB 3.0 uses it), EdDSA, did:key issuer.
  {
    const vc = ob3Credential({ dm: '1.1', issuer: key.did, extraContexts: [] });
    const payload = (c) => ({ iss: key.did, jti: c.id, nbf: Math.floor(Date.parse(c.issuanceDate) / 1000), vc: c });
    const { importJWK } = await import('jose');
    const priv = await importJWK(key.privateKey.export({ format: 'jwk' }), 'EdDSA');
    const jws = (c) =>
      new CompactSign(new TextEncoder().encode(JSON.stringify(payload(c)))).setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: key.vm }).sign(priv);
    const good = await jws(vc);
    // Tamper with the payload bytes, keep the signature.
    const [h, , s] = good.split('.');
    const bad = `${h}.${Buffer.from(JSON.stringify(payload(tamper(vc)))).toString('base64url')}.${s}`;
    // floor: the public key and Web Crypto algorithm, for the "Web Crypto alone" column (the platform's own cost).
    const floor = { jwk: key.publicJwk, import: { name: 'Ed25519' }, verify: { name: 'Ed25519' } };
    cases.push({ id: 'vc-jwt', label: 'VC-JWT EdDSA (OB 3.0, did:key)', kind: 'jwt', peer: false, credential: good, tampered: bad, floor });
  }

  // OB 2.0 signed assertion, RS256, key hosted by the issuer.
  {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const base = `https://${OB2_HOST}`;
    const ob2ctx = 'https://w3id.org/openbadges/v2';
    writeHost(out, OB2_HOST, 'issuer.json', {
      '@context': ob2ctx,
      type: 'Issuer',
      id: `${base}/issuer.json`,
      name: 'Bench Issuer',
      url: base,
      email: 'badges@bench-issuer.example',
      publicKey: `${base}/key.json`,
    });
    writeHost(out, OB2_HOST, 'key.json', {
      '@context': ob2ctx,
      type: 'CryptographicKey',
      id: `${base}/key.json`,
      owner: `${base}/issuer.json`,
      publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }),
    });
    writeHost(out, OB2_HOST, 'badge.json', {
      '@context': ob2ctx,
      type: 'BadgeClass',
      id: `${base}/badge.json`,
      name: 'Benchmark Badge',
      description: 'Awarded for sitting still while being verified many times.',
      image: `${base}/badge.png`,
      criteria: { narrative: 'Be a credential.' },
      issuer: `${base}/issuer.json`,
    });
    const assertion = {
      '@context': ob2ctx,
      type: 'Assertion',
      id: 'urn:uuid:2f0b8d64-7f55-4c0e-a0b9-5a8c7f6e9d21',
      recipient: { type: 'email', hashed: true, salt: 'deadsea', identity: 'sha256$' + sha256('bench@example.org' + 'deadsea').toString('hex') },
      badge: `${base}/badge.json`,
      issuedOn: '2025-01-01T00:00:00Z',
      verification: { type: 'SignedBadge', creator: `${base}/key.json` },
    };
    const { importPKCS8 } = await import('jose');
    const priv = await importPKCS8(privateKey.export({ type: 'pkcs8', format: 'pem' }), 'RS256');
    const jws = (a) => new CompactSign(new TextEncoder().encode(JSON.stringify(a))).setProtectedHeader({ alg: 'RS256' }).sign(priv);
    const good = await jws(assertion);
    const [h, , s] = good.split('.');
    const bad = `${h}.${Buffer.from(JSON.stringify({ ...assertion, issuedOn: '2025-01-02T00:00:00Z' })).toString('base64url')}.${s}`;
    const floor = { jwk: publicKey.export({ format: 'jwk' }), import: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, verify: { name: 'RSASSA-PKCS1-v1_5' } };
    cases.push({ id: 'ob2-rs256', label: 'OB 2.0 signed, RS256 (hosted key)', kind: 'jwt', peer: false, credential: good, tampered: bad, floor });
  }
  writeFileSync(join(out, 'credentials.json'), JSON.stringify(cases, null, 1));
  return cases;
}
