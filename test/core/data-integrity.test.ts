import { expect } from '@open-wc/testing';
import { verifyEmbeddedProofs } from '../../src/core/proofs/data-integrity.js';
import { canonize } from '../../src/core/proofs/rdfc.js';
import { jcs } from '../../src/core/proofs/jcs.js';
import { base58Encode, MULTICODEC, sha256, utf8 } from '../../src/core/keys/multibase.js';
import type { JsonObject, VerifyContext } from '../../src/core/options.js';
import { loadVectorsExpected, makeVectorsProxy, sharedUrl } from '../helpers/vectors.js';
import { hostDocuments, proofContext } from '../helpers/proof-context.js';

const NOW = new Date('2026-11-28T00:00:00Z');
let vectorsProxy: (url: string) => string;

async function text(path: string): Promise<string> {
  const res = await fetch(sharedUrl(`shared/vectors/${path}`));
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return res.text();
}
async function json(path: string): Promise<JsonObject> {
  return JSON.parse(await text(path)) as JsonObject;
}
function issuerOf(doc: JsonObject): string | undefined {
  const i = doc.issuer as string | { id?: string } | undefined;
  return typeof i === 'string' ? i : i?.id;
}
async function vectorContext(extra: Parameters<typeof proofContext>[0] = {}): Promise<VerifyContext> {
  return proofContext({ proxy: vectorsProxy, now: () => NOW, ...extra });
}
async function verifyVector(path: string, ctx?: VerifyContext) {
  const doc = await json(path);
  return verifyEmbeddedProofs(doc, ctx ?? (await vectorContext()), { expectedIssuer: issuerOf(doc) });
}
/** The same credential with the last character of its name changed. */
function tamper(doc: JsonObject): JsonObject {
  const name = String(doc.name);
  return { ...doc, name: name.slice(0, -1) + (name.endsWith('x') ? 'y' : 'x') };
}
function unsecured(doc: JsonObject): JsonObject {
  const { proof: _p, ...rest } = doc;
  return rest;
}

before(async () => {
  const expected = await loadVectorsExpected(); // throws MISSING_VECTORS without ../shared/vectors
  vectorsProxy = makeVectorsProxy(expected.urlmap);
});

// Runs first, so the first verification really is cold.
describe('data integrity: timing (reported, not asserted)', () => {
  it('measures eddsa-rdfc-2022 verification, cold and warm', async () => {
    const doc = await json('ob3/1edtech-validator/simple.json');
    let t = performance.now();
    await verifyEmbeddedProofs(doc, await vectorContext(), { expectedIssuer: issuerOf(doc) });
    const cold = performance.now() - t; // first in the page: import('./rdfc.js') + jsonld + context processing + key fetch
    const n = 20;
    const ctx = await vectorContext(); // controller document fetched once, then cached
    t = performance.now();
    for (let i = 0; i < n; i++) await verifyEmbeddedProofs(doc, ctx, { expectedIssuer: issuerOf(doc) });
    const warm = (performance.now() - t) / n;
    console.log(`[timing] eddsa-rdfc-2022 OB3 simple.json: cold (first in the page) ${cold.toFixed(1)} ms, warm ${warm.toFixed(1)} ms/verification (n=${n})`);
  });
});

describe('data integrity: W3C vc-di-eddsa vectors', () => {
  // Signatures are intact; the issuer https://vc.example/issuers/5678 is not the did:key controller.
  const vectors = [
    'vc-di-eddsa/eddsa-rdfc-2022/signedDataInt.json',
    'vc-di-eddsa/eddsa-rdfc-2022/employ/signedDataInt.json',
    'vc-di-eddsa/eddsa-jcs-2022/signedJCS.json',
    'vc-di-eddsa/Ed25519Signature2020/signedEdSig.json',
    'vc-di-eddsa/proof-set-chain/signedProofSet1.json',
    'vc-di-eddsa/proof-set-chain/signedProofSet2.json',
    'vc-di-eddsa/proof-set-chain/signedProofChain1.json',
    'vc-di-eddsa/proof-set-chain/signedProofChain2.json',
  ];
  for (const path of vectors) {
    it(`${path}: proof passed, issuer failed (not the key's controller)`, async () => {
      const r = await verifyVector(path);
      expect(r.proof.outcome, r.proof.message).to.equal('passed');
      expect(r.issuer.outcome, r.issuer.message).to.equal('failed');
      expect(r.verificationMethod).to.match(/^did:key:z6Mk/);
      expect(
        r.extra.filter((c) => c.outcome !== 'passed'),
        'every proof of a set/chain verifies',
      ).to.deep.equal([]);
    });
  }

  it('passes the issuer check when the expected issuer is the did:key controller', async () => {
    const doc = await json('vc-di-eddsa/eddsa-rdfc-2022/signedDataInt.json');
    const r = await verifyEmbeddedProofs(doc, await vectorContext(), { expectedIssuer: 'did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2' });
    expect(r.issuer.outcome).to.equal('passed');
  });

  it('reproduces the RDFC-1.0 N-Quads intermediates byte for byte (B.1, B.4)', async () => {
    const ctx = await vectorContext();
    for (const [dir, suffix] of [
      ['eddsa-rdfc-2022', 'DataInt'],
      ['Ed25519Signature2020', 'EdSig'],
    ]) {
      const signed = await json(`vc-di-eddsa/${dir}/signed${suffix}.json`);
      expect(await canonize(unsecured(signed), ctx)).to.equal(await text(`vc-di-eddsa/${dir}/canonDoc${suffix}.txt`));
      const config = await json(`vc-di-eddsa/${dir}/proofConfig${suffix}.json`);
      expect(await canonize(config, ctx)).to.equal(await text(`vc-di-eddsa/${dir}/proofCanon${suffix}.txt`));
    }
  });

  it('reproduces the JCS intermediates byte for byte (B.3)', async () => {
    const signed = await json('vc-di-eddsa/eddsa-jcs-2022/signedJCS.json');
    expect(jcs(unsecured(signed))).to.equal(await text('vc-di-eddsa/eddsa-jcs-2022/canonDocJCS.txt'));
    expect(jcs(await json('vc-di-eddsa/eddsa-jcs-2022/proofConfigJCS.json'))).to.equal(await text('vc-di-eddsa/eddsa-jcs-2022/proofCanonJCS.txt'));
  });

  it('reproduces the 1EdTech OB 3.0 and CLR 2.0 canonical N-Quads', async () => {
    const ctx = await vectorContext();
    for (const [signed, prefix] of [
      ['ob3/1edtech-impl-ob3-eddsa-rdfc-2022-signed.json', 'ob3/1edtech-impl-ob3'],
      ['clr2/1edtech-impl-clr2-eddsa-rdfc-2022-signed.json', 'clr2/1edtech-impl-clr2'],
    ]) {
      const doc = await json(signed);
      expect(await canonize(unsecured(doc), ctx), signed).to.equal(await text(`${prefix}-document-canon.nq`));
      const proof = (Array.isArray(doc.proof) ? doc.proof[0] : doc.proof) as JsonObject;
      const { proofValue: _v, ...config } = proof;
      expect(await canonize({ ...config, '@context': doc['@context'] }, ctx), signed).to.equal(await text(`${prefix}-proof-canon.nq`));
    }
  });

  for (const path of [
    'vc-di-eddsa/eddsa-rdfc-2022/signedDataInt.json',
    'vc-di-eddsa/eddsa-jcs-2022/signedJCS.json',
    'vc-di-eddsa/Ed25519Signature2020/signedEdSig.json',
  ]) {
    it(`${path} with one character of its name changed: proof failed`, async () => {
      const doc = await json(path);
      const tampered = tamper(doc);
      const r = await verifyEmbeddedProofs(tampered, await vectorContext(), { expectedIssuer: issuerOf(doc) });
      expect(r.proof.outcome, r.proof.message).to.equal('failed');
    });
  }
});

describe('data integrity: 1EdTech OB 3.0 / CLR 2.0 vectors (controller documents served)', () => {
  const valid = [
    'ob3/1edtech-impl-ob3-eddsa-rdfc-2022-signed.json',
    'clr2/1edtech-impl-clr2-eddsa-rdfc-2022-signed.json',
    'ob3/1edtech-validator/simple.json',
    'ob3/1edtech-validator/simple_v1.json',
    'ob3/1edtech-validator/simple-did-web-method.json',
    'ob3/1edtech-validator/simple-eddsa-2022.json',
    'ob3/1edtech-validator/simple-context-alias.json',
    'ob3/1edtech-validator/simple-context-version.json',
    'ob3/1edtech-validator/endorsement-valid.json',
    'ob3/1edtech-validator/simple-err-expired.json',
    'ob3/1edtech-validator/simple-err-issued.json',
    'clr2/1edtech-validator/simple.json',
  ];
  for (const path of valid) {
    it(`${path}: proof and issuer passed`, async () => {
      const r = await verifyVector(path);
      expect(r.proof.outcome, r.proof.message).to.equal('passed');
      expect(r.issuer.outcome, r.issuer.message).to.equal('passed');
    });
  }

  it('simple-multiple-proofs.json: the known proof verifies, the unknown type is a warning', async () => {
    const r = await verifyVector('ob3/1edtech-validator/simple-multiple-proofs.json');
    expect(r.proof.outcome).to.equal('passed');
    expect(r.issuer.outcome).to.equal('passed');
    expect(r.extra.map((c) => `${c.id}:${c.outcome}`)).to.include('proof-types:warning');
  });

  it('simple-err-proof-value.json: proof failed', async () => {
    const r = await verifyVector('ob3/1edtech-validator/simple-err-proof-value.json');
    expect(r.proof.outcome).to.equal('failed');
  });

  it('simple-noproof.json: proof failed (not signed)', async () => {
    const r = await verifyVector('ob3/1edtech-validator/simple-noproof.json');
    expect(r.proof.outcome).to.equal('failed');
    expect(r.proof.message).to.match(/not signed/);
  });

  it('simple-did-key-method.json: proof passed, issuer failed (urn:uuid issuer is not the did:key)', async () => {
    const r = await verifyVector('ob3/1edtech-validator/simple-did-key-method.json');
    expect(r.proof.outcome).to.equal('passed');
    expect(r.issuer.outcome).to.equal('failed');
  });

  it('simple-err-issuer.json: proof passed, issuer failed (no issuer)', async () => {
    const r = await verifyVector('ob3/1edtech-validator/simple-err-issuer.json');
    expect(r.proof.outcome).to.equal('passed');
    expect(r.issuer.outcome).to.equal('failed');
  });

  const safeModeBreakers = [
    'simple-err-context.json',
    'simple-err-type.json',
    'simple-err-credential-subject-type.json',
    'simple-err-credential-subject-identifier-type.json',
    'simple-err-credential-subject-result-type.json',
    'simple-err-credential-subject-achievement-result-description-type.json',
    'simple-err-credential-subject-profile-type.json',
    'simple-err-evidence-type.json',
    'simple-err-issuer-type.json',
    'simple-err-issuer-parentorg-type.json',
    'simple-err-issuer-otheridentifier-type.json',
    'complete_v1.json',
  ];
  for (const file of safeModeBreakers) {
    it(`${file}: proof failed as malformed JSON-LD (safe mode)`, async () => {
      const r = await verifyVector(`ob3/1edtech-validator/${file}`);
      expect(r.proof.outcome, r.proof.message).to.equal('failed');
      expect(r.proof.message).to.match(/malformed JSON-LD/);
    });
  }

  for (const file of [
    'simple-err-proof-method.json',
    'simple-err-proof-method-no-scheme.json',
    'simple-err-proof-method-unknown-scheme.json',
    'simple-err-proof-method-unknown-did-method.json',
    'credential-status-revoked.json',
    'sd/derivedcredential.json',
  ]) {
    it(`${file}: not passed`, async () => {
      const r = await verifyVector(`ob3/1edtech-validator/${file}`);
      expect(r.proof.outcome === 'passed' && r.issuer.outcome === 'passed', `${r.proof.message} | ${r.issuer.message}`).to.equal(false);
      expect(r.proof.outcome).to.not.equal('passed');
    });
  }

  it('one changed character in the OB 3.0 badge name: proof failed', async () => {
    const doc = await json('ob3/1edtech-validator/simple.json');
    const tampered = tamper(doc);
    const r = await verifyEmbeddedProofs(tampered, await vectorContext(), { expectedIssuer: issuerOf(doc) });
    expect(r.proof.outcome).to.equal('failed');
  });

  it('a context that is neither bundled nor allowed to be fetched: proof unknown', async () => {
    const r = await verifyVector('clr2/1edtech-impl-clr2-eddsa-rdfc-2022-signed.json', await vectorContext({ remoteContexts: false }));
    expect(r.proof.outcome).to.equal('unknown');
    expect(r.proof.message).to.contain('https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json');
  });

  it('without the controller document (fragment key not dereferenceable): proof and issuer unknown', async () => {
    const ctx = await proofContext({
      proxy: (u) => (u.includes('example.com/issuers') ? `${location.origin}/__test/status/404` : vectorsProxy(u)),
      now: () => NOW,
    });
    const r = await verifyVector('ob3/1edtech-validator/simple.json', ctx);
    expect(r.proof.outcome).to.equal('unknown');
    expect(r.issuer.outcome).to.equal('unknown');
  });
});

// ---- credentials signed here, with keys published in controller documents served by the test server

interface TestKey {
  multikey: string;
  privateKey: CryptoKey;
}
async function newKey(): Promise<TestKey> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { multikey: 'z' + base58Encode(new Uint8Array([...MULTICODEC.ed25519Pub, ...raw])), privateKey: pair.privateKey };
}

async function sign(
  doc: JsonObject,
  key: TestKey,
  vm: string,
  ctx: VerifyContext,
  cryptosuite = 'eddsa-rdfc-2022',
  purpose = 'assertionMethod',
): Promise<JsonObject> {
  const proof: JsonObject = { type: 'DataIntegrityProof', cryptosuite, created: '2026-01-01T00:00:00Z', verificationMethod: vm, proofPurpose: purpose };
  const config = { ...proof, '@context': doc['@context'] };
  const [canonDoc, canonProof] = cryptosuite === 'eddsa-jcs-2022' ? [jcs(doc), jcs(config)] : [await canonize(doc, ctx), await canonize(config, ctx)];
  const data = new Uint8Array([...(await sha256(utf8(canonProof))), ...(await sha256(utf8(canonDoc)))]);
  const sig = new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, key.privateKey, data));
  return { ...doc, proof: { ...proof, proofValue: 'z' + base58Encode(sig) } };
}

function controllerDoc(id: string, keys: { fragment: string; multikey: string; listed?: boolean }[]): JsonObject {
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id,
    verificationMethod: keys.map((k) => ({ id: `${id}#${k.fragment}`, type: 'Multikey', controller: id, publicKeyMultibase: k.multikey })),
    assertionMethod: keys.filter((k) => k.listed !== false).map((k) => `${id}#${k.fragment}`),
  };
}

describe('data integrity: credentials signed in the test', () => {
  const ISSUER = 'https://issuer.test/profile';
  let base: JsonObject;
  let key: TestKey;
  let other: TestKey;

  before(async () => {
    base = unsecured(await json('ob3/1edtech-validator/simple.json'));
    base.issuer = { ...(base.issuer as JsonObject), id: ISSUER };
    key = await newKey();
    other = await newKey();
  });

  async function ctxWith(docs: Record<string, unknown>) {
    return proofContext({ proxy: hostDocuments(docs, vectorsProxy), now: () => NOW });
  }

  it('eddsa-rdfc-2022 with the key listed under assertionMethod: proof and issuer passed', async () => {
    const ctx = await ctxWith({ [ISSUER]: controllerDoc(ISSUER, [{ fragment: 'key-1', multikey: key.multikey }]) });
    const signed = await sign(base, key, `${ISSUER}#key-1`, ctx);
    const r = await verifyEmbeddedProofs(signed, ctx, { expectedIssuer: ISSUER });
    expect(r.proof.outcome, r.proof.message).to.equal('passed');
    expect(r.issuer.outcome, r.issuer.message).to.equal('passed');
    expect(r.verificationMethod).to.equal(`${ISSUER}#key-1`);
  });

  it('eddsa-jcs-2022 signed here: passed; changed afterwards: failed', async () => {
    const ctx = await ctxWith({ [ISSUER]: controllerDoc(ISSUER, [{ fragment: 'key-1', multikey: key.multikey }]) });
    const signed = await sign(base, key, `${ISSUER}#key-1`, ctx, 'eddsa-jcs-2022');
    expect((await verifyEmbeddedProofs(signed, ctx, { expectedIssuer: ISSUER })).proof.outcome).to.equal('passed');
    const tampered = { ...signed, name: 'Something else' };
    expect((await verifyEmbeddedProofs(tampered, ctx, { expectedIssuer: ISSUER })).proof.outcome).to.equal('failed');
  });

  it('fragment-key forgery: a key named <issuer>#z6Mk… that the issuer does not publish is not accepted', async () => {
    // The attacker signs with their own key and names it in the fragment of the real issuer's URL.
    const ctx = await ctxWith({ [ISSUER]: controllerDoc(ISSUER, [{ fragment: 'key-1', multikey: key.multikey }]) });
    const forged = await sign(base, other, `${ISSUER}#${other.multikey}`, ctx);
    const r = await verifyEmbeddedProofs(forged, ctx, { expectedIssuer: ISSUER });
    expect(r.proof.outcome).to.not.equal('passed');
    expect(r.issuer.outcome).to.not.equal('passed');
  });

  it('a key in verificationMethod but not under assertionMethod: proof passed, issuer failed', async () => {
    const ctx = await ctxWith({ [ISSUER]: controllerDoc(ISSUER, [{ fragment: 'key-1', multikey: key.multikey, listed: false }]) });
    const signed = await sign(base, key, `${ISSUER}#key-1`, ctx);
    const r = await verifyEmbeddedProofs(signed, ctx, { expectedIssuer: ISSUER });
    expect(r.proof.outcome).to.equal('passed');
    expect(r.issuer.outcome).to.equal('failed');
  });

  it('a controller document whose id is another URL cannot vouch for a key', async () => {
    const ctx = await ctxWith({ [ISSUER]: controllerDoc('https://elsewhere.test/profile', [{ fragment: 'key-1', multikey: key.multikey }]) });
    const signed = await sign(base, key, `${ISSUER}#key-1`, ctx);
    const r = await verifyEmbeddedProofs(signed, ctx, { expectedIssuer: ISSUER });
    expect(r.issuer.outcome).to.not.equal('passed');
  });

  it('did:web issuer: the DID document lists the key under assertionMethod', async () => {
    const did = 'did:web:issuer.test:org';
    const ctx = await ctxWith({ 'https://issuer.test/org/did.json': controllerDoc(did, [{ fragment: 'key-1', multikey: key.multikey }]) });
    const doc = { ...base, issuer: { ...(base.issuer as JsonObject), id: did } };
    const signed = await sign(doc, key, `${did}#key-1`, ctx);
    const r = await verifyEmbeddedProofs(signed, ctx, { expectedIssuer: did });
    expect(r.proof.outcome, r.proof.message).to.equal('passed');
    expect(r.issuer.outcome, r.issuer.message).to.equal('passed');
  });

  it('a proof made for authentication does not pass as assertionMethod', async () => {
    const ctx = await ctxWith({ [ISSUER]: controllerDoc(ISSUER, [{ fragment: 'key-1', multikey: key.multikey }]) });
    const signed = await sign(base, key, `${ISSUER}#key-1`, ctx, 'eddsa-rdfc-2022', 'authentication');
    expect((await verifyEmbeddedProofs(signed, ctx, { expectedIssuer: ISSUER })).proof.outcome).to.equal('failed');
  });

  it('a proof set with one good and one broken proof passes with a warning', async () => {
    const ctx = await ctxWith({ [ISSUER]: controllerDoc(ISSUER, [{ fragment: 'key-1', multikey: key.multikey }]) });
    const signed = await sign(base, key, `${ISSUER}#key-1`, ctx);
    const broken = {
      ...(signed.proof as JsonObject),
      proofValue: (signed.proof as JsonObject).proofValue === 'z1' ? 'z2' : 'z' + base58Encode(new Uint8Array(64).fill(7)),
    };
    const r = await verifyEmbeddedProofs({ ...signed, proof: [broken, signed.proof] }, ctx, { expectedIssuer: ISSUER });
    expect(r.proof.outcome).to.equal('passed');
    expect(r.issuer.outcome).to.equal('passed');
    expect(r.extra.map((c) => c.id)).to.include('proof-set');
  });
});

describe('data integrity: JSON-LD contexts only from known origins (context swap)', () => {
  // forgery-context-swap: valid-ob3-rdfc-didweb with its OB 3.0 context URL replaced by a byte copy
  // on attacker.example. The statements, and so the signature, are unchanged: only the policy decides.
  async function swapped(): Promise<JsonObject> {
    return (await (await fetch('/test/fixtures/hosts/attacker.example/forgeries/context-swap.json')).json()) as JsonObject;
  }
  const fixtureProxy = (url: string) => url.replace(/^https:\/\/([a-z0-9.-]+\.example)\//, `${location.origin}/test/fixtures/hosts/$1/`);

  it('refuses a context from a third-party origin: the proof is unknown, not passed', async () => {
    const doc = await swapped();
    const r = await verifyEmbeddedProofs(doc, await proofContext({ proxy: fixtureProxy }), { expectedIssuer: issuerOf(doc) });
    expect(r.proof.outcome).to.equal('unknown');
    expect(r.proof.message).to.include('https://attacker.example');
    expect(r.proof.message).to.include('contextOrigins');
  });

  it('uses it when the page allows that origin (proving the signature itself is intact)', async () => {
    const doc = await swapped();
    const r = await verifyEmbeddedProofs(doc, await proofContext({ proxy: fixtureProxy, contextOrigins: ['https://attacker.example'] }), {
      expectedIssuer: issuerOf(doc),
    });
    expect(r.proof.outcome).to.equal('passed');
  });

  it('never fetches a refused context', async () => {
    const doc = await swapped();
    performance.clearResourceTimings();
    await verifyEmbeddedProofs(doc, await proofContext({ proxy: fixtureProxy }), { expectedIssuer: issuerOf(doc) });
    const fetched = performance.getEntriesByType('resource').map((e) => e.name);
    expect(fetched.filter((u) => u.includes('attacker.example/contexts'))).to.deep.equal([]);
  });
});
