// Open Badges 2.0, hosted and signed, over real HTTP: the 1EdTech validator vectors (served as
// upstream does: example.org → assets/), the generated ob2.example fixtures, and a small hand-written
// hosted set in test/fixtures/ob2-local/.
import { expect } from '@open-wc/testing';
import { verify } from '../../src/core/read.js';
import { matchesRecipient } from '../../src/core/index.js';
import type { VerificationReport } from '../../src/core/model.js';
import { loadVectorsExpected, makeVectorsProxy, readVector, type VectorsExpected } from '../helpers/vectors.js';
import { fixtureManifest, fixtureProxy } from '../helpers/hosts.js';
import { testNow } from '../helpers/clock.mjs';
import { verdictMismatch } from '../helpers/verdict.mjs';

const expected = (await loadVectorsExpected()) as VectorsExpected;
const vectorsProxy = makeVectorsProxy(expected.urlmap);
const vectorsNow = () => new Date(expected.now);

function outcome(r: VerificationReport, id: string): string | undefined {
  return r.checks.find((c) => c.id === id)?.outcome;
}

/** expected.json verdict words (see MANIFEST.md). */
function meets(r: VerificationReport, expect_: string): boolean {
  if (expect_ === 'any') return true;
  if (expect_ === 'not-valid') return r.status !== 'valid';
  if (expect_.startsWith('invalid:'))
    return (
      r.status === 'invalid' &&
      expect_
        .slice(8)
        .split('+')
        .every((id) => outcome(r, id) === 'failed')
    );
  return r.status === expect_;
}

function summary(r: VerificationReport): string {
  return `${r.status}: ${r.checks.map((c) => `${c.id}=${c.outcome} (${c.message})`).join('; ')}${r.error ? ` error=${r.error.code} ${r.error.message}` : ''}`;
}

describe('OB 2.0: 1EdTech validator vectors (example.org served from assets/)', () => {
  const cases = expected.cases.filter((c) => c.file.includes('/ob2/'));
  it('has the OB 2.0 cases', () => expect(cases.length).to.be.greaterThan(30));
  for (const c of cases) {
    it(`${c.file.replace('shared/vectors/', '')} is ${c.expect}`, async () => {
      const r = await verify(await readVector(c.file), { proxy: vectorsProxy, now: vectorsNow });
      expect(meets(r, c.expect), summary(r)).to.equal(true);
    });
  }

  it('simple.jwt is valid: signature, key linked to the issuer, no revocation list', async () => {
    const r = await verify(await readVector('shared/vectors/ob2/1edtech-validator/simple.jwt'), { proxy: vectorsProxy, now: vectorsNow });
    expect(r.status, summary(r)).to.equal('valid');
    expect(r.checks.map((c) => `${c.id}:${c.outcome}`)).to.deep.equal([
      'format:passed',
      'proof:passed',
      'issuer:passed',
      'identity:passed',
      'not-before:passed',
      'expiry:passed',
      'revocation:passed',
    ]);
    const b = r.badge!;
    expect(b.format).to.equal('ob2-signed');
    expect(b.formatLabel).to.equal('Open Badges 2.0 (signed)');
    expect(b.name).to.equal('Awesome Robotics Badge');
    expect(b.image).to.equal('https://example.org/beths-robot-badge.png');
    expect(b.criteria).to.deep.equal({ url: 'https://example.org/badgecriteria.json' });
    expect(b.issuer).to.deep.include({ id: 'https://example.org/organization.json', name: 'An Example Badge Issuer', email: 'contact@example.org' });
    expect(b.recipient).to.deep.include({ hashed: true, salt: 'deadsea', type: 'email' });
    expect(b.issued).to.equal('2016-12-31T23:59:59.000Z');
    expect(b.evidence).to.deep.equal([{ id: 'https://example.org/beths-robot-work.html' }]);
    expect(b.raw).to.match(/^eyJ/);
  });

  it('simple-revoked.jwt: signature fine, revoked by the issuer list, with the reason', async () => {
    const r = await verify(await readVector('shared/vectors/ob2/1edtech-validator/simple-revoked.jwt'), { proxy: vectorsProxy, now: vectorsNow });
    expect(r.status).to.equal('invalid');
    expect(outcome(r, 'proof')).to.equal('passed');
    expect(outcome(r, 'issuer')).to.equal('passed');
    const rev = r.checks.find((c) => c.id === 'revocation')!;
    expect(rev.outcome).to.equal('failed');
    expect(rev.message).to.contain('A good reason, for sure');
  });

  it('simple-revoked.jwt with checkStatus off skips revocation', async () => {
    const r = await verify(await readVector('shared/vectors/ob2/1edtech-validator/simple-revoked.jwt'), {
      proxy: vectorsProxy,
      now: vectorsNow,
      checkStatus: false,
    });
    expect(outcome(r, 'revocation')).to.equal('skipped');
    expect(r.status).to.equal('valid');
  });

  it('a JWS whose payload was changed fails the proof', async () => {
    const jwt = (await readVector('shared/vectors/ob2/1edtech-validator/simple.jwt')) as string;
    const [h, p, s] = jwt.trim().split('.');
    const payload = JSON.parse(atob(p!.replace(/-/g, '+').replace(/_/g, '/')));
    payload.issuedOn = '2017-01-01T00:00:00Z';
    const p2 = btoa(JSON.stringify(payload)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    const r = await verify(`${h}.${p2}.${s}`, { proxy: vectorsProxy, now: vectorsNow });
    expect(r.status).to.equal('invalid');
    expect(outcome(r, 'proof')).to.equal('failed');
  });

  it('an unsigned header (alg none) is refused', async () => {
    const jwt = (await readVector('shared/vectors/ob2/1edtech-validator/simple.jwt')) as string;
    const [, p] = jwt.trim().split('.');
    const none = btoa(JSON.stringify({ alg: 'none' })).replace(/=+$/, '');
    const r = await verify(`${none}.${p}.AAAA`, { proxy: vectorsProxy, now: vectorsNow });
    expect(outcome(r, 'proof')).to.equal('failed');
    expect(r.status).to.equal('invalid');
  });

  it('basic-assertion.json: the hosted copy is 404, so the hosted check is unknown', async () => {
    const r = await verify(await readVector('shared/vectors/ob2/1edtech-validator/basic-assertion.json'), { proxy: vectorsProxy, now: vectorsNow });
    expect(r.status).to.equal('indeterminate');
    const hosted = r.checks.find((c) => c.id === 'hosted')!;
    expect(hosted.outcome).to.equal('unknown');
    expect(hosted.detail?.status).to.equal(404);
    expect(r.badge?.name).to.equal('Awesome Robotics Badge');
  });

  it('basic-assertion-in-future.json fails not-before; -expired fails expiry; -expired-before-issued fails format', async () => {
    const base = 'shared/vectors/ob2/1edtech-validator/';
    const opts = { proxy: vectorsProxy, now: vectorsNow };
    expect(outcome(await verify(await readVector(`${base}basic-assertion-in-future.json`), opts), 'not-before')).to.equal('failed');
    expect(outcome(await verify(await readVector(`${base}basic-assertion-expired.json`), opts), 'expiry')).to.equal('failed');
    expect(outcome(await verify(await readVector(`${base}basic-assertion-expired-before-issued.json`), opts), 'format')).to.equal('failed');
    expect(outcome(await verify(await readVector(`${base}basic-assertion-invalid-context.json`), opts), 'format')).to.equal('failed');
    expect(outcome(await verify(await readVector(`${base}basic-assertion-invalid-type.json`), opts), 'format')).to.equal('failed');
  });

  it('a BadgeClass or an Issuer is not a credential', async () => {
    const r = await verify(await readVector('shared/vectors/ob2/1edtech-validator/badge-class-with-language.json'), { proxy: vectorsProxy, now: vectorsNow });
    expect(r.status).to.equal('error');
    expect(r.error?.code).to.equal('not-a-credential');
  });
});

const manifest = await fixtureManifest();

describe('OB 2.0: generated fixtures (ob2.example, mirror.example, attacker.example)', () => {
  const cases = manifest.filter((c) => c.format.startsWith('ob2-') || c.format.endsWith('-ob2'));
  it('has the OB 2.0 fixtures', () => expect(cases.length).to.be.greaterThan(8));
  for (const c of cases) {
    it(`${c.name} (${c.url}) is ${c.expect}`, async () => {
      const r = await verify(c.url, { proxy: fixtureProxy, now: testNow });
      expect(verdictMismatch(c.expect, r), summary(r)).to.equal('');
    });
  }

  it('a hosted badge given as JSON is re-fetched from its id (one fetch per URL)', async () => {
    const seen: string[] = [];
    const counting = (u: string, init?: RequestInit) => {
      seen.push(u);
      return fetch(u, init);
    };
    const json = await (await fetch('/test/fixtures/hosts/ob2.example/assertions/hosted-valid.json')).json();
    const r = await verify(json, { proxy: fixtureProxy, fetch: counting, now: testNow });
    expect(r.status, summary(r)).to.equal('valid');
    expect(seen.filter((u) => u.endsWith('/assertions/hosted-valid.json'))).to.have.length(1);
    expect(new Set(seen).size).to.equal(seen.length);
    expect(r.badge?.format).to.equal('ob2-hosted');
    expect(r.badge?.issuer.name).to.equal('Old Mill Makerspace');
  });
});

describe('OB 2.0: hand-written hosted set (test/fixtures/ob2-local)', () => {
  const local = (url: string): string | undefined => {
    const m = /^https:\/\/(ob2-local|elsewhere)\.test\/(.*)$/.exec(url);
    if (!m) return undefined;
    if (m[2]!.startsWith('gone/')) return `${location.origin}/__test/gone`;
    return `${location.origin}/test/fixtures/ob2-local/${m[2]}`;
  };
  const now = () => new Date('2026-01-01T00:00:00Z');

  it('is valid when loaded from its own address, and normalizes every field', async () => {
    const r = await verify('https://ob2-local.test/assertion.json', { proxy: local, now });
    expect(r.status, summary(r)).to.equal('valid');
    expect(r.checks.map((c) => `${c.id}:${c.outcome}`)).to.deep.equal([
      'format:passed',
      'issuer:passed',
      'identity:passed',
      'hosted:passed',
      'not-before:passed',
      'expiry:passed',
      'revocation:passed',
    ]);
    const b = r.badge!;
    expect(b).to.deep.include({
      id: 'https://ob2-local.test/assertion.json',
      name: 'Lantern Maker',
      description: 'Made a working paper lantern.',
      image: 'https://ob2-local.test/lantern.png',
      format: 'ob2-hosted',
      formatLabel: 'Open Badges 2.0 (hosted)',
      url: 'https://ob2-local.test/assertion.json',
      language: 'en',
      issued: '2024-05-01T12:00:00.000Z',
      validUntil: '2030-05-01T12:00:00.000Z',
    });
    expect(b.criteria).to.deep.equal({ narrative: 'Fold, glue, light.', url: 'https://ob2-local.test/criteria.html' });
    expect(b.alignments).to.deep.equal([
      { name: 'Fine motor skills', url: 'https://skills.test/fine-motor', description: 'Careful hand work', framework: 'Skills Test', code: 'FM-1' },
    ]);
    expect(b.tags).to.deep.equal(['craft', 'paper']);
    expect(b.issuer).to.deep.equal({
      id: 'https://ob2-local.test/issuer.json',
      name: 'Local Test Guild',
      url: 'https://ob2-local.test/',
      email: 'guild@ob2-local.test',
      image: 'https://ob2-local.test/logo.png',
    });
    expect(b.evidence).to.deep.equal([{ id: 'https://ob2-local.test/evidence/1', narrative: 'Photo of the lantern.' }]);
    expect(await matchesRecipient(b.recipient!, 'nobody@example.org')).to.equal(true);
  });

  it('fails a copy that differs from the issuer’s, and shows the issuer’s copy', async () => {
    const mine = await (await fetch('/test/fixtures/ob2-local/assertion.json')).json();
    mine.expires = '2099-01-01T00:00:00Z';
    const r = await verify(mine, { proxy: local, now });
    expect(r.status).to.equal('invalid');
    expect(outcome(r, 'hosted')).to.equal('failed');
    expect(r.badge?.validUntil).to.equal('2030-05-01T12:00:00.000Z');
  });

  it('is revoked when its address answers 410 Gone', async () => {
    const json = await (await fetch('/test/fixtures/ob2-local/assertion-gone.json')).json();
    const r = await verify(json, { proxy: local, now });
    expect(r.status).to.equal('invalid');
    expect(outcome(r, 'revocation')).to.equal('failed');
    expect(r.checks.find((c) => c.id === 'revocation')!.detail?.status).to.equal(410);
  });

  it('fails the hosted check when hosted off the issuer’s host (default policy)', async () => {
    const r = await verify('https://elsewhere.test/assertion-elsewhere.json', { proxy: local, now });
    expect(r.status).to.equal('invalid');
    expect(outcome(r, 'hosted')).to.equal('failed');
  });

  it('fails expiry after the expiry date and not-before before the issue date', async () => {
    const late = await verify('https://ob2-local.test/assertion.json', { proxy: local, now: () => new Date('2031-01-01T00:00:00Z') });
    expect(outcome(late, 'expiry')).to.equal('failed');
    const early = await verify('https://ob2-local.test/assertion.json', { proxy: local, now: () => new Date('2020-01-01T00:00:00Z') });
    expect(outcome(early, 'not-before')).to.equal('failed');
  });
});

describe('matchesRecipient', () => {
  const hashed = { type: 'email', hashed: true, salt: 'deadsea', identity: 'sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942' };
  const table: Array<[string, Record<string, unknown>, string, boolean]> = [
    ['the OB 2.0 vector email', hashed, 'nobody@example.org', true],
    ['the same email in capitals', hashed, 'NoBody@Example.org ', true],
    ['another email', hashed, 'somebody@example.org', false],
    ['upper-case hex', { ...hashed, identity: hashed.identity.toUpperCase().replace('SHA256', 'sha256') }, 'nobody@example.org', true],
    ['the wrong salt', { ...hashed, salt: 'other' }, 'nobody@example.org', false],
    ['md5 (unsupported)', { ...hashed, identity: 'md5$00000000000000000000000000000000' }, 'nobody@example.org', false],
    ['a plain email, any case', { type: 'email', hashed: false, identity: 'Ada@Example.org' }, 'ada@example.org', true],
    ['a plain URL, exact', { type: 'url', hashed: false, identity: 'https://ada.example/' }, 'https://ada.example/', true],
    ['a plain URL, different case', { type: 'url', hashed: false, identity: 'https://ada.example/Me' }, 'https://ada.example/me', false],
    ['an OB 3.0 IdentityObject', { identityType: 'emailAddress', hashed: true, salt: 'deadsea', identityHash: hashed.identity }, 'nobody@example.org', true],
  ];
  for (const [name, recipient, identity, want] of table) {
    it(`${name} → ${want}`, async () => {
      expect(await matchesRecipient(recipient, identity)).to.equal(want);
    });
  }
});
