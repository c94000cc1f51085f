import { expect } from '@open-wc/testing';
import { verify } from '../../src/core/index.js';
import { createVerifyContext } from '../../src/core/read.js';
import type { Check, VerificationReport } from '../../src/core/model.js';
import type { Detected, JsonObject } from '../../src/core/options.js';
import { credentialFromJwtPayload, envelopedJwt, inspectShape, verifyVc } from '../../src/core/formats/vc.js';
import { normalizeVc, readLangText } from '../../src/core/formats/normalize-vc.js';
import { resultsOf } from '../../src/core/formats/results.js';
import { makeIssuer, type TestIssuer } from '../helpers/vc-jwt-signer.js';
import { fetchVector } from '../helpers/vectors.js';
import { fixtureProxy } from '../helpers/hosts.js';
import { verdictMismatch } from '../helpers/verdict.mjs';

const VC2 = 'https://www.w3.org/ns/credentials/v2';
const VC1 = 'https://www.w3.org/2018/credentials/v1';
const OB3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const now = () => new Date('2026-11-28T00:00:00Z');

function check(r: VerificationReport, id: string): Check | undefined {
  return r.checks.find((c) => c.id === id);
}

/** A vector as JSON; without ../shared/vectors this fails with MISSING_VECTORS (test/helpers/vectors.ts). */
async function vector(path: string): Promise<JsonObject> {
  return (await (await fetchVector(path)).json()) as JsonObject;
}

function detected(document: JsonObject, extra: Partial<Detected> = {}): Detected {
  return { family: 'vc', encoding: 'json', document, ...extra };
}

function ob3(achievement: JsonObject = {}, extra: JsonObject = {}): JsonObject {
  return {
    '@context': [VC2, OB3],
    id: 'urn:uuid:5b6a0f7e-8f2c-4a63-9d7e-111111111111',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: 'https://issuer.example/org', type: ['Profile'], name: 'Issuer' },
    validFrom: '2025-01-01T00:00:00Z',
    credentialSubject: {
      type: ['AchievementSubject'],
      id: 'did:example:learner',
      achievement: { id: 'https://issuer.example/a/1', type: ['Achievement'], name: 'Robotics', criteria: { narrative: 'Build a robot' }, ...achievement },
    },
    ...extra,
  };
}

describe('vc: VC-JWT 1.1 claim transform', () => {
  it('fills id, issuer, subject id and dates from jti, iss, sub, nbf, exp', () => {
    const c = credentialFromJwtPayload({
      vc: { '@context': [VC1], type: ['VerifiableCredential'] },
      iss: 'did:example:issuer',
      sub: 'did:example:learner',
      jti: 'urn:uuid:1',
      nbf: 1716312714,
      exp: 2347464714,
    });
    expect(c.id).to.equal('urn:uuid:1');
    expect(c.issuer).to.equal('did:example:issuer');
    expect(c.credentialSubject).to.deep.equal({ id: 'did:example:learner' });
    expect(c.issuanceDate).to.equal('2024-05-21T17:31:54.000Z');
    expect(c.expirationDate).to.equal(new Date(2347464714 * 1000).toISOString());
  });

  it('never overwrites what the vc claim says, and leaves VC 2.0 payloads alone', () => {
    const c = credentialFromJwtPayload({
      vc: { issuer: 'did:a', credentialSubject: { id: 'did:s' }, issuanceDate: '2020-01-01T00:00:00Z' },
      iss: 'did:b',
      sub: 'did:t',
      nbf: 1,
    });
    expect(c.issuer).to.equal('did:a');
    expect((c.credentialSubject as JsonObject).id).to.equal('did:s');
    expect(c.issuanceDate).to.equal('2020-01-01T00:00:00Z');
    const v2 = { '@context': [VC2], type: ['VerifiableCredential'], iss: 'x' };
    expect(credentialFromJwtPayload(v2)).to.equal(v2);
  });

  it('takes a presentation out of the vp claim with holder←iss', () => {
    const p = credentialFromJwtPayload({ vp: { type: ['VerifiablePresentation'] }, iss: 'did:example:holder' });
    expect(p.holder).to.equal('did:example:holder');
  });
});

describe('vc: structure (format check)', () => {
  it('accepts OB 3.0 on VC 2.0 and recognises the kinds', () => {
    expect(inspectShape(ob3())).to.deep.include({ kind: 'ob3', version: '2.0', problems: [], warnings: [] });
    expect(inspectShape({ ...ob3(), type: ['VerifiableCredential', 'ClrCredential'] }).kind).to.equal('clr');
    expect(inspectShape({ ...ob3(), type: ['VerifiableCredential', 'EndorsementCredential'] }).kind).to.equal('endorsement');
    expect(inspectShape({ '@context': [VC2], type: ['VerifiablePresentation'] }).kind).to.equal('vp');
  });

  it('treats an unknown VC type as a plain VC', () => {
    const s = inspectShape({
      '@context': [VC2],
      type: ['VerifiableCredential', 'UniversityDegreeCredential'],
      issuer: 'did:x',
      credentialSubject: { id: 'did:y' },
    });
    expect(s.kind).to.equal('vc');
    expect(s.problems).to.deep.equal([]);
  });

  it('warns on VC DM 1.1 without failing', () => {
    const s = inspectShape({ ...ob3(), '@context': [VC1, OB3] });
    expect(s.version).to.equal('1.1');
    expect(s.problems).to.deep.equal([]);
    expect(s.warnings.join()).to.contain('1.1');
  });

  it('fails without the VC context first, without issuer, subject, type or achievement', () => {
    expect(inspectShape({ ...ob3(), '@context': [OB3] }).problems).to.have.length(1);
    expect(inspectShape({ ...ob3(), issuer: undefined }).problems.join()).to.contain('issuer');
    expect(inspectShape({ ...ob3(), issuer: { name: 'no id' } }).problems.join()).to.contain('issuer');
    expect(inspectShape({ ...ob3(), credentialSubject: undefined }).problems.join()).to.contain('credentialSubject');
    expect(inspectShape({ ...ob3(), type: ['OpenBadgeCredential'] }).problems.join()).to.contain('VerifiableCredential');
    expect(inspectShape(ob3({}, { credentialSubject: { id: 'did:x' } })).problems.join()).to.contain('achievement');
  });

  it('reads the JWT out of an EnvelopedVerifiableCredential data: URL', () => {
    expect(envelopedJwt('data:application/vc+jwt,eyJ.eyJ.sig')).to.equal('eyJ.eyJ.sig');
    expect(envelopedJwt('data:application/vc+ld+json+jwt;charset=utf-8,a.b.c')).to.equal('a.b.c');
    expect(envelopedJwt('https://example.com/vc')).to.equal(undefined);
  });
});

describe('vc: normalization to a Badge', () => {
  it('maps the 1EdTech complete.json OB 3.0 credential', async () => {
    const doc = await vector('ob3/1edtech-validator/complete.json');
    const b = normalizeVc(doc, detected(doc, { url: 'https://1edtech.edu/credentials/3732' }), { format: 'ob3', formatLabel: 'OB3' });
    expect(b.name).to.equal('1EdTech University Degree');
    expect(b.description).to.equal('1EdTech University Degree Description');
    expect(b.image).to.equal('https://1edtech.edu/achievements/degree/image');
    expect(b.criteria).to.deep.equal({ narrative: '# Degree Requirements\nStudents must complete...', url: 'https://1edtech.edu/achievements/degree' });
    expect(b.achievementType).to.equal('Degree');
    expect(b.alignments).to.have.length(2);
    expect(b.alignments[0]).to.deep.equal({
      name: '1EdTech University Degree',
      url: 'https://1edtech.edu/catalog/degree',
      description: '1EdTech University Degree programs.',
      framework: '1EdTech University Program and Course Catalog',
      code: 'degree',
    });
    expect(b.tags).to.deep.equal(['research', 'computer science']);
    expect(b.issuer).to.deep.equal({
      id: 'https://1edtech.edu/issuers/565049',
      name: '1EdTech University',
      url: 'https://1edtech.edu',
      image: 'https://1edtech.edu/logo.png',
      email: 'registrar@1edtech.edu',
      description: '1EdTech University provides online degree programs.',
    });
    expect(b.recipient).to.deep.equal({
      id: 'did:example:ebfeb1f712ebc6f1c276e12ec21',
      identity: 'student@1edtech.edu',
      hashed: false,
      salt: 'not-used',
      type: 'emailAddress',
    });
    expect(b.issued).to.equal('2010-01-01T00:00:00Z');
    expect(b.validUntil).to.equal(doc.validUntil);
    expect(b.evidence.map((e) => e.name)).to.deep.equal(['Final Project Report', 'Final Project Code']);
    // Results are read by the checks (formats/results.ts): nothing draws them before a verdict.
    expect(b.results).to.deep.equal([]);
    expect(resultsOf(doc, b.language)).to.deep.equal([
      { name: 'Final Project Grade', value: 'A' },
      { name: 'Final Project Grade', value: 'Mastery' },
      { name: 'Final Project Grade', status: 'Completed' },
    ]);
    expect(b.endorsements).to.have.length(1);
    expect(b.endorsements[0]).to.deep.include({ comment: '1EdTech University is in good standing', issued: '2010-01-01T00:00:00Z' });
    expect(b.endorsements[0]!.issuer?.name).to.equal('Example Accrediting Agency');
    expect(b.format).to.equal('ob3');
    expect(b.url).to.equal('https://1edtech.edu/credentials/3732');
    expect(b.credential).to.equal(doc);
  });

  it('names a CLR after the credential, or "Comprehensive Learner Record"', async () => {
    const doc = await vector('clr2/1edtech-validator/simple.json');
    expect(normalizeVc(doc, detected(doc), { format: 'clr', formatLabel: '' }).name).to.equal('Sample Transcript');
    const unnamed = { ...doc, name: undefined };
    const b = normalizeVc(unnamed, detected(unnamed), { format: 'clr', formatLabel: '' });
    expect(b.name).to.equal('Comprehensive Learner Record');
    expect(b.issuer.name).to.equal('Example University');
  });

  it('reads language value objects and fills translations', () => {
    const doc = ob3({
      name: [
        { '@value': 'Robotik', '@language': 'de' },
        { '@value': 'Robotics', '@language': 'en' },
      ],
      description: { '@value': 'Baue einen Roboter', '@language': 'de' },
    });
    const b = normalizeVc(doc, detected(doc), { format: 'ob3', formatLabel: '' });
    expect(b.name).to.equal('Robotik');
    expect(b.language).to.equal('de');
    expect(b.description).to.equal('Baue einen Roboter');
    expect(b.translations).to.deep.equal({ de: { name: 'Robotik', description: 'Baue einen Roboter' }, en: { name: 'Robotics' } });
  });

  it('prefers the document @language and reads language maps', () => {
    expect(readLangText({ en: 'Robotics', fr: 'Robotique' }, 'fr').value).to.equal('Robotique');
    expect(
      readLangText(
        [
          { '@value': 'Robotik', '@language': 'de' },
          { '@value': 'Robotics', '@language': 'en-GB' },
        ],
        'en',
      ).value,
    ).to.equal('Robotics');
    const doc = ob3({ name: { '@value': 'Robotics', '@language': 'en' } }, { '@context': [VC2, OB3, { '@language': 'en' }] });
    expect(normalizeVc(doc, detected(doc), { format: 'ob3', formatLabel: '' }).language).to.equal('en');
  });

  it('keeps a hashed IdentityObject recipient as hashed', () => {
    const doc = ob3();
    (doc.credentialSubject as JsonObject).id = undefined;
    (doc.credentialSubject as JsonObject).identifier = [
      { type: 'IdentityObject', hashed: true, identityHash: 'sha256$abc', identityType: 'emailAddress', salt: 'pepper' },
    ];
    const b = normalizeVc(doc, detected(doc), { format: 'ob3', formatLabel: '' });
    expect(b.recipient).to.deep.equal({ identity: 'sha256$abc', hashed: true, salt: 'pepper', type: 'emailAddress' });
  });

  it('renders a Blockcerts v2 certificate and reports it as not verifiable', async () => {
    const doc: JsonObject = {
      '@context': ['https://w3id.org/openbadges/v2', 'https://w3id.org/blockcerts/v2'],
      type: 'Assertion',
      id: 'urn:uuid:bbba8553-8ec1-445f-82c9-a57251dd731c',
      issuedOn: '2018-03-01T00:00:00Z',
      recipientProfile: { type: ['RecipientProfile', 'Extension'], name: 'Ada Lovelace' },
      badge: {
        name: 'Certificate of Accomplishment',
        description: 'For analysis',
        image: 'data:image/png;base64,AAAA',
        issuer: { id: 'https://issuer.example/blockcerts.json', name: 'University', url: 'https://issuer.example' },
      },
      signature: { type: ['MerkleProof2017', 'Extension'], merkleRoot: 'abc' },
    };
    const ctx = createVerifyContext({ now });
    const r = await verifyVc({ family: 'blockcerts', encoding: 'json', document: doc }, ctx);
    expect(r.status).to.equal('indeterminate');
    expect(check(r, 'format')).to.deep.include({ outcome: 'warning', message: 'Blockcerts: verification not supported.' });
    expect(r.badge).to.deep.include({ name: 'Certificate of Accomplishment', format: 'blockcerts', issued: '2018-03-01T00:00:00Z' });
    expect(r.badge?.recipient?.name).to.equal('Ada Lovelace');
    expect(r.badge?.issuer.name).to.equal('University');
  });
});

describe('vc: verifyVc through verify()', () => {
  let issuer: TestIssuer;
  let other: TestIssuer;
  before(async () => {
    issuer = await makeIssuer();
    other = await makeIssuer();
  });

  function credential(signer: TestIssuer, extra: JsonObject = {}): JsonObject {
    return ob3({}, { issuer: { id: signer.did, type: ['Profile'], name: 'Test Issuer' }, ...extra });
  }

  it('verifies a signed OB 3.0 VC-JWT, checks in order, labels it', async () => {
    const r = await verify(await issuer.sign(credential(issuer, { validUntil: '2030-01-01T00:00:00Z' })), { now });
    expect(r.status, JSON.stringify(r.checks)).to.equal('valid');
    const ids = r.checks.map((c) => c.id);
    expect(ids.slice(0, 3)).to.deep.equal(['format', 'proof', 'issuer']);
    expect(ids.indexOf('not-before')).to.be.above(ids.indexOf('issuer'));
    expect(ids.indexOf('expiry')).to.be.above(ids.indexOf('not-before'));
    expect(r.badge?.formatLabel).to.equal('Open Badges 3.0 · VC 2.0 · VC-JWT (EdDSA)');
    expect(r.badge?.name).to.equal('Robotics');
    expect(r.badge?.raw).to.be.a('string');
  });

  it('fails expiry for an expired credential and not-before for a future one', async () => {
    const expired = await verify(await issuer.sign(credential(issuer, { validUntil: '2026-01-01T00:00:00Z' })), { now });
    expect(expired.status).to.equal('invalid');
    expect(check(expired, 'expiry')?.outcome).to.equal('failed');
    const future = await verify(await issuer.sign(credential(issuer, { validFrom: '2027-01-01T00:00:00Z' })), { now });
    expect(future.status).to.equal('invalid');
    expect(check(future, 'not-before')?.outcome).to.equal('failed');
  });

  it('fails the proof when the credential was changed after signing', async () => {
    const jwt = await issuer.sign(credential(issuer));
    const [h, p, s] = jwt.split('.');
    const payload = JSON.parse(atob(p!.replace(/-/g, '+').replace(/_/g, '/'))) as JsonObject;
    payload.name = 'Tampered';
    const tampered = `${h}.${btoa(JSON.stringify(payload)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}.${s}`;
    const r = await verify(tampered, { now });
    expect(r.status).to.equal('invalid');
    expect(check(r, 'proof')?.outcome).to.equal('failed');
  });

  it('a soundly signed credential with a structural problem ends invalid on the format check alone', async () => {
    const doc = credential(issuer);
    doc.credentialSubject = { type: ['AchievementSubject'] }; // an OB 3.0 subject without its achievement
    const r = await verify(await issuer.sign(doc), { now, proxy: fixtureProxy });
    expect(verdictMismatch('invalid:format', r), JSON.stringify(r.checks)).to.equal('');
    expect(check(r, 'proof')?.outcome).to.equal('passed');
  });

  it('warns when the issuer is not on the trusted list, passes when it is', async () => {
    const jwt = await issuer.sign(credential(issuer));
    const untrusted = await verify(jwt, { now, trustedIssuers: [other.did] });
    expect(check(untrusted, 'trusted-issuer')?.outcome).to.equal('warning');
    expect(untrusted.status).to.equal('valid');
    const trusted = await verify(jwt, { now, trustedIssuers: [issuer.did] });
    expect(check(trusted, 'trusted-issuer')?.outcome).to.equal('passed');
  });

  it('verifies every credential of a presentation, enveloped ones included', async () => {
    const good = await issuer.sign(credential(issuer));
    const expired = await other.sign(credential(other, { validUntil: '2026-01-01T00:00:00Z' }));
    const vp = (vcs: unknown[]) => issuer.sign({ '@context': [VC2], type: ['VerifiablePresentation'], holder: issuer.did, verifiableCredential: vcs });
    const ok = await verify(await vp([good, { '@context': [VC2], type: 'EnvelopedVerifiableCredential', id: `data:application/vc+jwt,${good}` }]), { now });
    expect(ok.status, JSON.stringify(ok.checks)).to.equal('valid');
    expect(ok.children?.map((c) => c.status)).to.deep.equal(['valid', 'valid']);
    expect(ok.badge?.format).to.equal('vp');
    const bad = await verify(await vp([good, expired]), { now });
    expect(bad.status).to.equal('invalid');
    expect(check(bad, 'children')?.outcome).to.equal('failed');
    expect(bad.children?.[1]?.status).to.equal('invalid');
  });

  it('verifies the nested credentials of a CLR and keeps their reports', async () => {
    const nested = [await issuer.sign(credential(issuer)), await other.sign(credential(other))];
    const clr = await issuer.sign({
      '@context': [VC2, 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json', OB3],
      id: 'urn:uuid:clr-1',
      type: ['VerifiableCredential', 'ClrCredential'],
      issuer: { id: issuer.did, type: ['Profile'], name: 'Registrar' },
      validFrom: '2025-01-01T00:00:00Z',
      credentialSubject: { id: 'did:example:learner', type: ['ClrSubject'], verifiableCredential: nested },
    });
    const r = await verify(clr, { now });
    expect(r.status, JSON.stringify(r.checks)).to.equal('valid');
    expect(r.badge).to.deep.include({ format: 'clr', name: 'Comprehensive Learner Record' });
    expect(r.children).to.have.length(2);
    expect(check(r, 'children')?.outcome).to.equal('passed');
    const skipped = await verify(clr, { now, verifyChildren: false });
    expect(check(skipped, 'children')?.outcome).to.equal('skipped');
    expect(skipped.children).to.equal(undefined);
  });

  it('verifies endorsements without letting them change the badge status', async () => {
    const endorsement = await other.sign({
      '@context': [VC2, OB3],
      id: 'urn:uuid:endorsement-1',
      type: ['VerifiableCredential', 'EndorsementCredential'],
      issuer: { id: other.did, type: ['Profile'], name: 'Accreditor' },
      validFrom: '2020-01-01T00:00:00Z',
      validUntil: '2021-01-01T00:00:00Z',
      credentialSubject: { id: 'https://issuer.example/a/1', type: ['EndorsementSubject'], endorsementComment: 'Rigorous' },
    });
    const r = await verify(await issuer.sign(credential(issuer, { endorsementJwt: [endorsement] })), { now });
    expect(r.status).to.equal('valid');
    expect(r.badge?.endorsements).to.have.length(1);
    const e = r.badge!.endorsements[0]!;
    expect(e.comment).to.equal('Rigorous');
    expect(e.issuer?.name).to.equal('Accreditor');
    expect(e.report?.status).to.equal('invalid');
  });

  it('reads a VC-JWT 1.1 with only @context and type in its vc claim', async () => {
    const jwt = await issuer.sign({
      vc: { '@context': [VC1], type: ['VerifiableCredential'] },
      iss: issuer.did,
      sub: 'did:example:learner',
      jti: 'urn:uuid:min',
      nbf: 1716312714,
      exp: 2347464714,
    });
    const r = await verify(jwt, { now });
    expect(r.status, JSON.stringify(r.checks)).to.equal('valid');
    expect(check(r, 'format')?.outcome).to.equal('warning');
    expect(r.badge?.issuer.id).to.equal(issuer.did);
    expect(r.badge?.recipient?.id).to.equal('did:example:learner');
    expect(r.badge?.formatLabel).to.equal('Verifiable Credential · VC 1.1 · VC-JWT (EdDSA)');
  });
});
