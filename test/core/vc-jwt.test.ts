import { expect } from '@open-wc/testing';
import { CompactSign, exportJWK, generateKeyPair, type JWK } from 'jose';
import { verifyJwtProof } from '../../src/core/proofs/vc-jwt.js';
import { base64UrlEncode, utf8 } from '../../src/core/keys/multibase.js';
import type { JsonObject, VerifyContext } from '../../src/core/options.js';
import { loadVectorsExpected, makeVectorsProxy, sharedUrl } from '../helpers/vectors.js';
import { hostDocuments, proofContext } from '../helpers/proof-context.js';

const NOW = new Date('2026-11-28T00:00:00Z');
let vectorsProxy: (url: string) => string;

async function text(path: string): Promise<string> {
  const res = await fetch(sharedUrl(`shared/vectors/${path}`));
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return (await res.text()).trim();
}
function payloadOf(jwt: string): JsonObject {
  const b64 = jwt.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4))) as JsonObject;
}
/** What formats/vc.ts passes: the credential's issuer id, falling back to iss. */
function issuerOf(jwt: string): string | undefined {
  const p = payloadOf(jwt);
  const vc = (p.vc ?? p) as JsonObject;
  const i = vc.issuer as string | { id?: string } | undefined;
  return (typeof i === 'string' ? i : i?.id) ?? (p.iss as string | undefined);
}
async function vectorContext(): Promise<VerifyContext> {
  return proofContext({ proxy: vectorsProxy, now: () => NOW });
}

before(async () => {
  const expected = await loadVectorsExpected(); // throws MISSING_VECTORS without ../shared/vectors
  vectorsProxy = makeVectorsProxy(expected.urlmap);
});

describe('VC-JWT: third-party vectors', () => {
  it('tbd-web5-rs minimum-viable (EdDSA, did:jwk kid = iss): proof, issuer and claims passed', async () => {
    const jwt = await text('vc-jwt/tbd-web5-rs/minimum-viable.vc.jwt');
    const r = await verifyJwtProof(jwt, await vectorContext(), { expectedIssuer: issuerOf(jwt) });
    expect(r.proof.outcome, r.proof.message).to.equal('passed');
    expect(r.issuer.outcome, r.issuer.message).to.equal('passed');
    expect(r.header.alg).to.equal('EdDSA');
    expect(r.verificationMethod).to.match(/^did:jwk:.*#0$/);
    expect(r.extra.find((c) => c.id === 'jwt-claims')?.outcome).to.equal('passed');
  });

  it('tbd-web5-rs full-featured: proof and issuer passed', async () => {
    const jwt = await text('vc-jwt/tbd-web5-rs/full-featured.vc.jwt');
    const r = await verifyJwtProof(jwt, await vectorContext(), { expectedIssuer: issuerOf(jwt) });
    expect(r.proof.outcome).to.equal('passed');
    expect(r.issuer.outcome).to.equal('passed');
  });

  it('tbd-web5-rs mismatched-iss: signature intact, jwt-claims failed (iss is not the issuer)', async () => {
    const jwt = await text('vc-jwt/tbd-web5-rs/mismatched-iss.vc.jwt');
    const r = await verifyJwtProof(jwt, await vectorContext(), { expectedIssuer: issuerOf(jwt) });
    expect(r.proof.outcome).to.equal('passed');
    const claims = r.extra.find((c) => c.id === 'jwt-claims');
    expect(claims?.outcome).to.equal('failed');
    expect(claims?.message).to.contain('wrongissuer');
  });

  for (const file of ['vc+ld+jwt.jose', 'vc-1.1-verifiable-credential.jwt', 'vc+jwt.jose']) {
    it(`w3c vc-jose-cose ${file}: the kid cannot be resolved, so proof and issuer are unknown`, async () => {
      const jwt = await text(`vc-jwt/w3c-vc-jose-cose/${file}`);
      const r = await verifyJwtProof(jwt, await vectorContext(), { expectedIssuer: issuerOf(jwt) });
      expect(r.proof.outcome, r.proof.message).to.equal('unknown');
      expect(r.issuer.outcome).to.equal('unknown');
    });
  }

  it('1EdTech CLR simple.jwt (RS256, key only in the jwk header): proof passed, issuer unknown', async () => {
    const jwt = await text('clr2/1edtech-validator/simple.jwt');
    const r = await verifyJwtProof(jwt, await vectorContext(), { expectedIssuer: issuerOf(jwt) });
    expect(r.proof.outcome, r.proof.message).to.equal('passed');
    expect(r.issuer.outcome, r.issuer.message).to.equal('unknown');
    expect(r.issuer.message).to.match(/does not publish this key/);
  });

  it('1EdTech OB3 simple.jwt (neither kid nor jwk): proof unknown', async () => {
    const jwt = await text('ob3/1edtech-validator/simple.jwt');
    const r = await verifyJwtProof(jwt, await vectorContext(), { expectedIssuer: issuerOf(jwt) });
    expect(r.proof.outcome).to.equal('unknown');
    expect(r.issuer.outcome).to.not.equal('passed');
  });

  it('velocity.jwt (did:velocity kid): not passed', async () => {
    const jwt = await text('ob3/1edtech-validator/velocity.jwt');
    const r = await verifyJwtProof(jwt, await vectorContext(), { expectedIssuer: issuerOf(jwt) });
    expect(r.proof.outcome).to.equal('unknown');
    expect(r.issuer.outcome).to.equal('unknown');
  });
});

// ---- JWTs signed in the test, with keys published in controller documents served by the test server

const ISSUER = 'https://issuer.test/profile';
type Alg = 'EdDSA' | 'ES256' | 'RS256';

async function keyPair(alg: Alg) {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true, ...(alg === 'EdDSA' ? { crv: 'Ed25519' } : {}) });
  const jwk = await exportJWK(publicKey);
  return { publicKey, privateKey, jwk };
}

function credential(issuer = ISSUER): JsonObject {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: 'urn:uuid:2f7c1c4e-9a77-4f0e-9d8b-1b2a3c4d5e6f',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuer, type: ['Profile'], name: 'Test Issuer' },
    validFrom: '2026-01-01T00:00:00Z',
    credentialSubject: {
      id: 'did:example:learner',
      type: ['AchievementSubject'],
      achievement: { id: 'urn:uuid:a', type: ['Achievement'], name: 'Testing', criteria: { narrative: 'Wrote tests.' } },
    },
    iss: issuer,
    jti: 'urn:uuid:2f7c1c4e-9a77-4f0e-9d8b-1b2a3c4d5e6f',
    sub: 'did:example:learner',
  };
}

async function signJwt(payload: JsonObject, header: Record<string, unknown>, privateKey: CryptoKey): Promise<string> {
  return new CompactSign(utf8(JSON.stringify(payload))).setProtectedHeader(header as { alg: string }).sign(privateKey);
}

function profile(keys: { fragment: string; jwk: JWK }[], id = ISSUER): JsonObject {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id,
    type: ['Profile'],
    name: 'Test Issuer',
    verificationMethod: keys.map((k) => ({ id: `${id}#${k.fragment}`, type: 'JsonWebKey', controller: id, publicKeyJwk: k.jwk })),
    assertionMethod: keys.map((k) => `${id}#${k.fragment}`),
  };
}

async function ctxWith(docs: Record<string, unknown>) {
  return proofContext({ proxy: hostDocuments(docs, vectorsProxy), now: () => NOW });
}

describe('VC-JWT: tokens signed in the test', () => {
  for (const alg of ['EdDSA', 'ES256', 'RS256'] as const) {
    it(`${alg} with kid = a key the issuer profile publishes: proof, issuer, claims passed`, async () => {
      const k = await keyPair(alg);
      const ctx = await ctxWith({ [ISSUER]: profile([{ fragment: 'key-1', jwk: k.jwk }]) });
      const jwt = await signJwt(credential(), { alg, kid: `${ISSUER}#key-1`, typ: 'vc+jwt' }, k.privateKey);
      const r = await verifyJwtProof(jwt, ctx, { expectedIssuer: ISSUER });
      expect(r.proof.outcome, r.proof.message).to.equal('passed');
      expect(r.issuer.outcome, r.issuer.message).to.equal('passed');
      expect(r.extra.map((c) => `${c.id}:${c.outcome}`)).to.deep.equal(['jwt-claims:passed']);
    });
  }

  it('a bare fragment kid (#key-1) resolves against iss', async () => {
    const k = await keyPair('ES256');
    const ctx = await ctxWith({ [ISSUER]: profile([{ fragment: 'key-1', jwk: k.jwk }]) });
    const jwt = await signJwt(credential(), { alg: 'ES256', kid: '#key-1' }, k.privateKey);
    const r = await verifyJwtProof(jwt, ctx, { expectedIssuer: ISSUER });
    expect(r.proof.outcome).to.equal('passed');
    expect(r.issuer.outcome).to.equal('passed');
    expect(r.verificationMethod).to.equal(`${ISSUER}#key-1`);
  });

  it('a kid into a JWKS is matched by kid', async () => {
    const k = await keyPair('RS256');
    const jwks = 'https://issuer.test/jwks.json';
    const ctx = await ctxWith({ [jwks]: { keys: [{ ...k.jwk, kid: 'rsa-1', use: 'sig' }] } });
    const jwt = await signJwt(credential(), { alg: 'RS256', kid: `${jwks}#rsa-1` }, k.privateKey);
    const r = await verifyJwtProof(jwt, ctx, { expectedIssuer: ISSUER });
    expect(r.proof.outcome, r.proof.message).to.equal('passed');
    expect(r.issuer.outcome).to.equal('failed'); // the JWKS is not the issuer's controller document
  });

  it('a key only in the jwk header that the issuer publishes: issuer passed', async () => {
    const k = await keyPair('EdDSA');
    const ctx = await ctxWith({ [ISSUER]: profile([{ fragment: 'key-1', jwk: k.jwk }]) });
    const jwt = await signJwt(credential(), { alg: 'EdDSA', jwk: k.jwk }, k.privateKey);
    const r = await verifyJwtProof(jwt, ctx, { expectedIssuer: ISSUER });
    expect(r.proof.outcome).to.equal('passed');
    expect(r.issuer.outcome, r.issuer.message).to.equal('passed');
  });

  it('a key only in the jwk header that the issuer does not publish: proof passed, issuer unknown', async () => {
    const k = await keyPair('EdDSA');
    const other = await keyPair('EdDSA');
    const ctx = await ctxWith({ [ISSUER]: profile([{ fragment: 'key-1', jwk: other.jwk }]) });
    const jwt = await signJwt(credential(), { alg: 'EdDSA', jwk: k.jwk }, k.privateKey);
    const r = await verifyJwtProof(jwt, ctx, { expectedIssuer: ISSUER });
    expect(r.proof.outcome).to.equal('passed');
    expect(r.issuer.outcome).to.equal('unknown');
  });

  it('a did:jwk issuer equal to the jwk header key: issuer passed', async () => {
    const k = await keyPair('EdDSA');
    const did = `did:jwk:${base64UrlEncode(utf8(JSON.stringify({ kty: k.jwk.kty, crv: k.jwk.crv, x: k.jwk.x })))}`;
    const jwt = await signJwt(credential(did), { alg: 'EdDSA', jwk: k.jwk }, k.privateKey);
    const r = await verifyJwtProof(jwt, await vectorContext(), { expectedIssuer: did });
    expect(r.proof.outcome).to.equal('passed');
    expect(r.issuer.outcome, r.issuer.message).to.equal('passed');
  });

  it('a jwk header that is not the key named by kid: proof failed', async () => {
    const k = await keyPair('EdDSA');
    const other = await keyPair('EdDSA');
    const ctx = await ctxWith({ [ISSUER]: profile([{ fragment: 'key-1', jwk: k.jwk }]) });
    const jwt = await signJwt(credential(), { alg: 'EdDSA', kid: `${ISSUER}#key-1`, jwk: other.jwk }, k.privateKey);
    expect((await verifyJwtProof(jwt, ctx, { expectedIssuer: ISSUER })).proof.outcome).to.equal('failed');
  });

  it('signed by another key than the one kid names: proof failed', async () => {
    const k = await keyPair('ES256');
    const attacker = await keyPair('ES256');
    const ctx = await ctxWith({ [ISSUER]: profile([{ fragment: 'key-1', jwk: k.jwk }]) });
    const jwt = await signJwt(credential(), { alg: 'ES256', kid: `${ISSUER}#key-1` }, attacker.privateKey);
    expect((await verifyJwtProof(jwt, ctx, { expectedIssuer: ISSUER })).proof.outcome).to.equal('failed');
  });

  it('a payload changed after signing: proof failed', async () => {
    const k = await keyPair('EdDSA');
    const ctx = await ctxWith({ [ISSUER]: profile([{ fragment: 'key-1', jwk: k.jwk }]) });
    const jwt = await signJwt(credential(), { alg: 'EdDSA', kid: `${ISSUER}#key-1` }, k.privateKey);
    const [h, , s] = jwt.split('.');
    const changed = { ...credential(), validFrom: '2026-01-02T00:00:00Z' };
    const tampered = `${h}.${base64UrlEncode(utf8(JSON.stringify(changed)))}.${s}`;
    expect((await verifyJwtProof(tampered, ctx, { expectedIssuer: ISSUER })).proof.outcome).to.equal('failed');
  });

  it('alg none: proof failed', async () => {
    const header = base64UrlEncode(utf8(JSON.stringify({ alg: 'none', kid: `${ISSUER}#key-1` })));
    const jwt = `${header}.${base64UrlEncode(utf8(JSON.stringify(credential())))}.`;
    const r = await verifyJwtProof(jwt, await ctxWith({}), { expectedIssuer: ISSUER });
    expect(r.proof.outcome).to.equal('failed');
    expect(r.proof.message).to.contain('"none"');
  });

  it('HS256 keyed with the issuer public key (algorithm confusion): proof failed', async () => {
    const k = await keyPair('RS256');
    const ctx = await ctxWith({ [ISSUER]: profile([{ fragment: 'key-1', jwk: k.jwk }]) });
    const secret = utf8(JSON.stringify(k.jwk));
    const jwt = await new CompactSign(utf8(JSON.stringify(credential()))).setProtectedHeader({ alg: 'HS256', kid: `${ISSUER}#key-1` }).sign(secret);
    const r = await verifyJwtProof(jwt, ctx, { expectedIssuer: ISSUER });
    expect(r.proof.outcome).to.equal('failed');
    expect(r.proof.message).to.contain('HS256');
  });

  it('an EdDSA key used under alg RS256: proof failed', async () => {
    const k = await keyPair('EdDSA');
    const ctx = await ctxWith({ [ISSUER]: profile([{ fragment: 'key-1', jwk: k.jwk }]) });
    const jwt = await signJwt(credential(), { alg: 'EdDSA', kid: `${ISSUER}#key-1` }, k.privateKey);
    const [, p, s] = jwt.split('.');
    const relabelled = `${base64UrlEncode(utf8(JSON.stringify({ alg: 'RS256', kid: `${ISSUER}#key-1` })))}.${p}.${s}`;
    expect((await verifyJwtProof(relabelled, ctx, { expectedIssuer: ISSUER })).proof.outcome).to.equal('failed');
  });

  it('a jwk header carrying a private key: proof failed', async () => {
    const k = await keyPair('EdDSA');
    const priv = await exportJWK(k.privateKey);
    const jwt = await signJwt(credential(), { alg: 'EdDSA', jwk: priv }, k.privateKey);
    expect((await verifyJwtProof(jwt, await ctxWith({}), { expectedIssuer: ISSUER })).proof.outcome).to.equal('failed');
  });

  it('a missing sub is a warning; a wrong jti fails jwt-claims', async () => {
    const k = await keyPair('EdDSA');
    const ctx = await ctxWith({ [ISSUER]: profile([{ fragment: 'key-1', jwk: k.jwk }]) });
    const { sub: _s, ...noSub } = credential();
    let r = await verifyJwtProof(await signJwt(noSub, { alg: 'EdDSA', kid: `${ISSUER}#key-1` }, k.privateKey), ctx, { expectedIssuer: ISSUER });
    expect(r.extra.find((c) => c.id === 'jwt-claims')?.outcome).to.equal('warning');
    r = await verifyJwtProof(await signJwt({ ...credential(), jti: 'urn:uuid:other' }, { alg: 'EdDSA', kid: `${ISSUER}#key-1` }, k.privateKey), ctx, {
      expectedIssuer: ISSUER,
    });
    expect(r.extra.find((c) => c.id === 'jwt-claims')?.outcome).to.equal('failed');
  });

  it('VC DM 1.1 shape (vc claim) is read for the claims check', async () => {
    const k = await keyPair('ES256');
    const ctx = await ctxWith({ [ISSUER]: profile([{ fragment: 'key-1', jwk: k.jwk }]) });
    const { iss: _i, jti: _j, sub: _s, ...vc } = credential();
    const payload = {
      vc: { ...vc, '@context': ['https://www.w3.org/2018/credentials/v1'] },
      iss: ISSUER,
      jti: vc.id,
      sub: 'did:example:learner',
      nbf: 1767225600,
    };
    const r = await verifyJwtProof(await signJwt(payload, { alg: 'ES256', kid: `${ISSUER}#key-1` }, k.privateKey), ctx, { expectedIssuer: ISSUER });
    expect(r.proof.outcome).to.equal('passed');
    expect(r.extra.find((c) => c.id === 'jwt-claims')?.outcome).to.equal('passed');
  });
});
