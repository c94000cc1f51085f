// The term guard (src/core/formats/context-guard.ts + src/core/proofs/term-guard.ts), case by case:
// each way a JSON-LD context can rename or redefine a term a check or the card reads, and the
// extensions that must keep passing. The generated, signed attacks are in context-attacks.test.ts.

import { expect } from '@open-wc/testing';
import { checkTerms as checkInChunk, onlyStandardTerms, withTermCheck } from '../../src/core/formats/context-guard.js';
import { checkTerms } from '../../src/core/proofs/term-guard.js';
import type { Check } from '../../src/core/model.js';
import type { JsonObject, VerifyOptions } from '../../src/core/options.js';
import { proofContext } from '../helpers/proof-context.js';
import { fixtureProxy } from '../helpers/hosts.js';

const VC2 = 'https://www.w3.org/ns/credentials/v2';
const VC1 = 'https://www.w3.org/2018/credentials/v1';
const OB = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const CRED = 'https://www.w3.org/2018/credentials#';
const OBV = 'https://purl.imsglobal.org/spec/vc/ob/vocab.html#';
const NOW = () => new Date('2026-11-28T00:00:00Z');

function badge(extra: JsonObject = {}, contexts: unknown[] = []): JsonObject {
  return {
    '@context': [VC2, OB, ...contexts],
    id: 'urn:uuid:2b9a4f5e-0d5c-4b61-9a43-0f5f3e7d1c11',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: 'did:web:issuer.example:org', type: ['Profile'], name: 'Example Org' },
    validFrom: '2024-01-01T00:00:00Z',
    name: 'Context Badge',
    credentialSubject: {
      id: 'did:example:learner',
      type: ['AchievementSubject'],
      achievement: {
        id: 'urn:uuid:9d8c6a8e-64f1-4d5b-8b0d-3c1f5a2e7b20',
        type: ['Achievement'],
        name: 'Reading',
        description: 'Reads.',
        criteria: { narrative: 'Read.' },
      },
    },
    ...extra,
  };
}

async function judge(doc: JsonObject, options: VerifyOptions = {}) {
  const ctx = await proofContext({ proxy: fixtureProxy, now: NOW, ...options });
  return checkTerms(doc, ctx, 'did:web:issuer.example:org');
}

async function expectFailure(doc: JsonObject, term: string, options: VerifyOptions = {}) {
  expect(onlyStandardTerms(doc), 'the fast test sends it to the guard').to.equal(false);
  const check = await judge(doc, options);
  expect(check?.id, JSON.stringify(check)).to.equal('format');
  expect(check?.outcome, check?.message).to.equal('failed');
  expect(check?.message, check?.message).to.include(`\`${term}\``);
  expect((check?.detail as { term?: string }).term).to.equal(term);
  return check!.message;
}

describe('term guard: the fast test', () => {
  it('lets standard contexts by URL and plain keys through without loading anything', () => {
    expect(onlyStandardTerms(badge())).to.equal(true);
    expect(onlyStandardTerms({ ...badge(), '@context': [VC1, 'https://w3id.org/security/suites/ed25519-2020/v1'] })).to.equal(true);
    expect(onlyStandardTerms(badge({ name: { '@value': 'Badge', '@language': 'en' } }))).to.equal(true);
  });
  it('sends inline, unknown or nested contexts, keywords and IRI keys to the guard', () => {
    expect(onlyStandardTerms(badge({}, [{ x: 'https://ext.example/x' }]))).to.equal(false);
    expect(onlyStandardTerms(badge({}, ['https://issuer.example/context.json']))).to.equal(false);
    expect(onlyStandardTerms(badge({ credentialSubject: { '@context': [VC2], id: 'did:example:a' } }))).to.equal(true);
    expect(onlyStandardTerms(badge({ credentialSubject: { '@context': [{ a: 'https://ext.example/a' }], id: 'did:example:a' } }))).to.equal(false);
    expect(onlyStandardTerms(badge({ '@nest': { validUntil: '2020-01-01T00:00:00Z' } }))).to.equal(false);
    expect(onlyStandardTerms(badge({ 'cred:validUntil': '2020-01-01T00:00:00Z' }))).to.equal(false);
  });
});

describe('term guard: renamed and redefined terms fail `format`, naming the term', () => {
  it('an inline second name for validUntil (the expiry date)', async () => {
    const doc = badge({ endsAt: '2025-01-01T00:00:00Z' }, [{ endsAt: { '@id': `${CRED}validUntil`, '@type': 'xsd:dateTime' } }]);
    const message = await expectFailure(doc, 'endsAt');
    expect(message).to.include('second name for validUntil').and.include('expiry date');
  });
  it('a keyword alias of @type', async () => {
    const { type: _t, ...rest } = badge({}, [{ kind: '@type' }]);
    await expectFailure({ ...rest, kind: ['VerifiableCredential', 'OpenBadgeCredential'] }, 'kind');
  });
  it('a keyword alias of @id', async () => {
    await expectFailure(badge({ credentialSubject: { ident: 'did:example:learner', type: ['AchievementSubject'] } }, [{ ident: '@id' }]), 'ident');
  });
  it('@id written for id', async () => {
    await expectFailure(badge({ credentialSubject: { '@id': 'did:example:other', type: ['AchievementSubject'] } }), '@id');
  });
  it('@nest, literal and aliased, moves validUntil out of sight', async () => {
    await expectFailure(badge({ '@nest': { validUntil: '2020-01-01T00:00:00Z' } }), '@nest');
    await expectFailure(badge({ meta: { validUntil: '2020-01-01T00:00:00Z' } }, [{ meta: '@nest' }]), 'meta');
  });
  it('@vocab that turns an unknown key into validUntil', async () => {
    await expectFailure(badge({ Until: '2020-01-01T00:00:00Z' }, [{ '@vocab': `${CRED}valid` }]), 'Until');
  });
  it('@base', async () => {
    await expectFailure(badge({}, [{ '@base': 'did:web:issuer.example:' }]), '@base');
  });
  it('@json on a second name', async () => {
    await expectFailure(badge({ until: '2020-01-01T00:00:00Z' }, [{ until: { '@id': `${CRED}validUntil`, '@type': '@json' } }]), 'until');
  });
  it('an alias of @none', async () => {
    await expectFailure(
      badge({ credentialSubject: { id: 'did:example:learner', type: ['AchievementSubject'], nothing: 'x' } }, [{ nothing: '@none' }]),
      'nothing',
    );
  });
  it('a redefined @protected term (what JCS would sign without noticing)', async () => {
    const message = await expectFailure(badge({}, [{ name: 'https://attacker.example/vocab#name' }]), 'name');
    expect(message).to.include('protected');
  });
  it('a type-scoped context that brings a second name', async () => {
    const doc = badge({ type: ['VerifiableCredential', 'OpenBadgeCredential', 'Sneaky'], endsAt: '2020-01-01T00:00:00Z' }, [
      { Sneaky: { '@id': 'https://ext.example/Sneaky', '@context': { endsAt: `${CRED}validUntil` } } },
    ]);
    await expectFailure(doc, 'endsAt');
  });
  it('a property-scoped context that redefines name below an extension term', async () => {
    const doc = badge({ extra: { name: 'Shown as the name' } }, [
      { extra: { '@id': 'https://ext.example/extra', '@context': { name: 'https://ext.example/label' } } },
    ]);
    await expectFailure(doc, 'name');
  });
  it('a context nested in credentialSubject that renames achievement', async () => {
    const doc = badge({
      credentialSubject: {
        '@context': [{ ach: `${OBV}achievement` }],
        id: 'did:example:learner',
        type: ['AchievementSubject'],
        ach: { type: ['Achievement'], name: 'Hidden' },
      },
    });
    await expectFailure(doc, 'ach');
  });
  it('a context nested in achievement that gives the name another key', async () => {
    const doc = badge();
    const subject = doc.credentialSubject as JsonObject;
    const { name: _n, ...achievement } = subject.achievement as JsonObject;
    subject.achievement = { '@context': { title: 'https://schema.org/name' }, ...achievement, title: 'Other name' };
    await expectFailure(doc, 'title');
  });
  it('a type that is a second name for another type', async () => {
    await expectFailure(badge({ type: ['VerifiableCredential', 'Badge'] }, [{ Badge: `${OBV}OpenBadgeCredential` }]), 'Badge');
  });
  it('a compact IRI key', async () => {
    const { validFrom: _v, ...rest } = badge({ 'cred:validUntil': '2020-01-01T00:00:00Z' });
    const doc: JsonObject = { ...rest, '@context': [VC1, OB], issuanceDate: '2024-01-01T00:00:00Z' };
    await expectFailure(doc, 'cred:validUntil');
  });
  it("a remote context from the issuer's own origin", async () => {
    const url = 'https://issuer.example/org/contexts/terms.json';
    const documents = { [url]: { '@context': { finishes: { '@id': `${CRED}validUntil`, '@type': 'xsd:dateTime' } } } };
    await expectFailure(badge({ finishes: '2020-01-01T00:00:00Z' }, [url]), 'finishes', { documents });
  });
});

describe('term guard: the verdict folded into the report', () => {
  const endsAt = () => badge({ endsAt: '2025-01-01T00:00:00Z' }, [{ endsAt: { '@id': `${CRED}validUntil`, '@type': 'xsd:dateTime' } }]);
  const run = async (doc: JsonObject, format: Check) => {
    const ctx = await proofContext({ proxy: fixtureProxy, now: NOW });
    const checks: Check[] = [format, { id: 'proof', outcome: 'passed', message: 'ok' }];
    withTermCheck(checks, await checkInChunk(doc, ctx, 'did:web:issuer.example:org'));
    return checks;
  };
  it('replaces a passed format check, keeping its detail', async () => {
    const checks = await run(endsAt(), { id: 'format', outcome: 'passed', message: 'Open Badges 3.0 (VC 2.0).', detail: { kind: 'ob3' } });
    expect(checks.map((c) => `${c.id}:${c.outcome}`)).to.deep.equal(['format:failed', 'proof:passed']);
    expect(checks[0]!.message).to.include('`endsAt`');
    expect(checks[0]!.detail).to.deep.equal({ kind: 'ob3', code: 'context-term', term: 'endsAt' });
  });
  it('adds its words to a format check that failed already', async () => {
    const checks = await run(endsAt(), { id: 'format', outcome: 'failed', message: 'Not a well-formed credential: it names no issuer.' });
    expect(checks[0]!.outcome).to.equal('failed');
    expect(checks[0]!.message).to.match(/^Not a well-formed credential: it names no issuer\. .*`endsAt`/);
  });
  it('changes nothing, and loads nothing, for standard contexts', async () => {
    const ctx = await proofContext({ proxy: fixtureProxy, now: NOW });
    expect(checkInChunk(badge(), ctx, 'did:web:issuer.example:org')).to.equal(undefined);
  });
});

describe('term guard: what must keep passing', () => {
  it('an extension context with new terms and new IRIs', async () => {
    const doc = badge(
      {
        credentialSubject: {
          id: 'did:example:learner',
          type: ['AchievementSubject'],
          extensionThing: 'x',
          achievement: { type: ['Achievement'], name: 'A', skillLevel: 3 },
        },
      },
      [{ extensionThing: 'https://ext.example/thing', skillLevel: { '@id': 'https://ext.example/level', '@type': 'xsd:integer' } }],
    );
    expect(await judge(doc)).to.equal(undefined);
  });
  it('a context that repeats a standard definition exactly', async () => {
    expect(await judge(badge({}, [{ Extra: 'https://ext.example/Extra' }, VC2]))).to.equal(undefined);
  });
  it('an unreadable context is unknown, never passed', async () => {
    const check = await judge(badge({}, ['https://nowhere.example/missing.json']));
    expect(check?.outcome).to.equal('unknown');
  });
  it('a context from an origin the policy refuses is unknown', async () => {
    const check = await judge(badge({}, ['https://attacker.example/contexts/ob-v3p0.json']));
    expect(check?.outcome).to.equal('unknown');
  });
});
