// Open Badges 2.0 rules, one at a time, on an issuer made in the test (test/helpers/ob2-signer.ts):
// the key's owner and where it is listed, the revocation list (unreachable, malformed, listing the
// badge), `expires` and `issuedOn` at their boundaries, `verification.allowedOrigins`, and recipient
// hashing. Each test asserts the verdict and the check that decides it, never a message.
import { expect } from '@open-wc/testing';
import { verify } from '../../src/core/read.js';
import { matchesRecipient } from '../../src/core/index.js';
import type { VerificationReport } from '../../src/core/model.js';
import type { JsonObject } from '../../src/core/options.js';
import { fixtureProxy } from '../helpers/hosts.js';
import { TEST_NOW_MS, testNow } from '../helpers/clock.mjs';
import { verdictMismatch } from '../helpers/verdict.mjs';
import { makeOb2World, type Ob2World } from '../helpers/ob2-signer.js';

const iso = (ms: number) => new Date(ms).toISOString();
const outcome = (r: VerificationReport, id: string) => r.checks.find((c) => c.id === id)?.outcome;
const summary = (r: VerificationReport) => `${r.status}: ${r.checks.map((c) => `${c.id}=${c.outcome}`).join(', ')}${r.error ? ` (${r.error.code})` : ''}`;

async function run(world: Ob2World, input: string | JsonObject): Promise<VerificationReport> {
  return verify(input, { documents: world.documents, proxy: fixtureProxy, now: testNow, cache: new Map() });
}
function expectVerdict(r: VerificationReport, want: string): void {
  expect(verdictMismatch(want, r), summary(r)).to.equal('');
}

describe('OB 2.0 signed: the key and the issuer', () => {
  let world: Ob2World;
  beforeEach(async () => {
    world = await makeOb2World();
  });

  it('a badge signed with the issuer’s own listed key is valid (the baseline for the cases below)', async () => {
    const r = await run(world, await world.sign());
    expectVerdict(r, 'valid');
    expect(outcome(r, 'issuer')).to.equal('passed');
    expect(outcome(r, 'revocation')).to.equal('passed');
  });

  it('a listed key whose owner is not the issuer: invalid, issuer failed', async () => {
    world.documents[world.keyId]!.owner = 'https://someone-else.example/issuer.json';
    const r = await run(world, await world.sign());
    expectVerdict(r, 'invalid:issuer');
    expect(outcome(r, 'proof')).to.equal('passed');
  });

  it('no creator, the issuer’s only key owned by someone else: invalid, issuer failed', async () => {
    world.documents[world.keyId]!.owner = 'https://someone-else.example/issuer.json';
    const r = await run(world, await world.sign({ verification: { type: 'SignedBadge' } }));
    expectVerdict(r, 'invalid:issuer');
  });

  it('a key on a foreign origin that the issuer does not list (owner claims the issuer): invalid, issuer failed', async () => {
    const foreign = 'https://keys-elsewhere.example/k.json';
    const other = await world.otherKey();
    world.documents[foreign] = {
      '@context': 'https://w3id.org/openbadges/v2',
      type: 'CryptographicKey',
      id: foreign,
      owner: world.issuerId,
      publicKeyPem: other.pem,
    };
    const r = await run(world, await world.sign({ verification: { type: 'SignedBadge', creator: foreign } }, other.privateKey));
    expectVerdict(r, 'invalid:issuer');
    expect(outcome(r, 'proof')).to.equal('passed');
  });

  it('signed by another key than the creator it names: invalid, proof failed', async () => {
    const other = await world.otherKey();
    const r = await run(world, await world.sign({}, other.privateKey));
    expectVerdict(r, 'invalid:proof');
  });

  it('a creator key that cannot be fetched: indeterminate, proof unknown', async () => {
    const r = await run(world, await world.sign({ verification: { type: 'SignedBadge', creator: `${world.origin}/keys/missing.json` } }));
    expectVerdict(r, 'indeterminate');
    expect(outcome(r, 'proof')).to.equal('unknown');
  });
});

describe('OB 2.0 signed: the revocation list', () => {
  let world: Ob2World;
  beforeEach(async () => {
    world = await makeOb2World();
  });

  it('listing the badge by id: invalid, revocation failed', async () => {
    world.documents[world.listId]!.revokedAssertions = [{ id: world.assertion().id, revocationReason: 'Awarded in error' }];
    expectVerdict(await run(world, await world.sign()), 'invalid:revocation');
  });

  it('listing the badge as a bare id string: invalid, revocation failed', async () => {
    world.documents[world.listId]!.revokedAssertions = ['urn:uuid:someone-else', world.assertion().id as string];
    expectVerdict(await run(world, await world.sign()), 'invalid:revocation');
  });

  it('listing another badge only: valid', async () => {
    world.documents[world.listId]!.revokedAssertions = ['urn:uuid:someone-else'];
    expectVerdict(await run(world, await world.sign()), 'valid');
  });

  it('unreachable (the list URL answers 404): indeterminate, revocation unknown, never passed', async () => {
    delete world.documents[world.listId]; // served by no one: the local test server answers 404
    const r = await run(world, await world.sign());
    expectVerdict(r, 'indeterminate');
    expect(outcome(r, 'revocation')).to.equal('unknown');
  });

  it('malformed (revokedAssertions is not a list): indeterminate, revocation unknown', async () => {
    world.documents[world.listId]!.revokedAssertions = { id: world.assertion().id };
    const r = await run(world, await world.sign());
    expectVerdict(r, 'indeterminate');
    expect(outcome(r, 'revocation')).to.equal('unknown');
  });

  it('not a RevocationList at all (another kind of document at its address): indeterminate, revocation unknown', async () => {
    world.documents[world.listId] = { '@context': 'https://w3id.org/openbadges/v2', type: 'Issuer', id: world.listId, name: 'Not a list' };
    const r = await run(world, await world.sign());
    expectVerdict(r, 'indeterminate');
    expect(outcome(r, 'revocation')).to.equal('unknown');
  });
});

describe('OB 2.0: expires and issuedOn at their boundaries (test clock 2030-01-01T00:00:00Z)', () => {
  let world: Ob2World;
  before(async () => {
    world = await makeOb2World();
  });
  // [expires, verdict]: a badge is no longer valid AT its expiry instant (OB 2.0: "a timestamp when a
  // badge should no longer be considered valid"), as VC validUntil and JWT exp.
  const expiries: Array<[string, string]> = [
    [iso(TEST_NOW_MS), 'invalid:expiry'],
    [iso(TEST_NOW_MS - 1000), 'invalid:expiry'],
    [iso(TEST_NOW_MS + 1000), 'valid'],
    ['2030-01-01T01:00:00+01:00', 'invalid:expiry'], // the same instant written in another zone
    ['2030-01-01T01:00:01+01:00', 'valid'],
    ['2029-12-31T23:59:59-00:00', 'invalid:expiry'],
    ['2030-01-01', 'invalid:expiry'], // a date alone is midnight UTC: exactly now
    ['2030-01-02', 'valid'],
    ['2030-01-01T00:00:01', 'valid'], // no zone: read as UTC, whatever the visitor's zone
    ['2029-12-31T23:59:59', 'invalid:expiry'],
  ];
  for (const [expires, want] of expiries) {
    it(`expires ${expires} → ${want}`, async () => {
      expectVerdict(await run(world, await world.sign({ expires })), want);
    });
  }
  // A badge is valid from its issue instant on.
  const issued: Array<[string, string]> = [
    [iso(TEST_NOW_MS), 'valid'],
    [iso(TEST_NOW_MS - 1000), 'valid'],
    [iso(TEST_NOW_MS + 1000), 'invalid:not-before'],
    ['2030-01-01T01:00:00+01:00', 'valid'],
    ['2030-01-01T01:00:01+01:00', 'invalid:not-before'],
    ['2030-01-01', 'valid'],
    ['2030-01-02', 'invalid:not-before'],
    ['2030-01-01T00:00:01', 'invalid:not-before'],
  ];
  for (const [issuedOn, want] of issued) {
    it(`issuedOn ${issuedOn} → ${want}`, async () => {
      expectVerdict(await run(world, await world.sign({ issuedOn })), want);
    });
  }
});

describe('OB 2.0 hosted: verification.allowedOrigins', () => {
  let world: Ob2World;
  beforeEach(async () => {
    world = await makeOb2World();
  });
  function hosted(url: string): JsonObject {
    const a = { ...world.assertion({ id: url, verification: { type: 'HostedBadge' } }) };
    world.documents[url] = a;
    return a;
  }

  it('hosted on an allowed origin: valid, hosted passed', async () => {
    const r = await run(world, hosted(`${world.origin}/assertions/1.json`));
    expectVerdict(r, 'valid');
    expect(outcome(r, 'hosted')).to.equal('passed');
  });

  it('hosted on an origin the issuer does not allow: invalid, hosted failed', async () => {
    expectVerdict(await run(world, hosted('https://mirror-elsewhere.example/assertions/1.json')), 'invalid:hosted');
  });

  it('allowedOrigins names another host than the issuer’s: a badge on the issuer’s own host fails', async () => {
    (world.documents[world.issuerId]!.verification as JsonObject).allowedOrigins = ['badges-cdn.example'];
    expectVerdict(await run(world, hosted(`${world.origin}/assertions/2.json`)), 'invalid:hosted');
    expectVerdict(await run(world, hosted('https://badges-cdn.example/assertions/2.json')), 'valid');
  });

  it('no allowedOrigins: the issuer id’s host decides', async () => {
    delete world.documents[world.issuerId]!.verification;
    expectVerdict(await run(world, hosted(`${world.origin}/assertions/3.json`)), 'valid');
    expectVerdict(await run(world, hosted('https://mirror-elsewhere.example/assertions/3.json')), 'invalid:hosted');
  });
});

describe('OB 2.0 recipient hashing (matchesRecipient)', () => {
  async function sha256Hex(s: string): Promise<string> {
    const d = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s)));
    return Array.from(d, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  it('a salted sha256 identity matches the email it was made from, and only that one', async () => {
    const recipient = { type: 'email', hashed: true, salt: 'pepper-1', identity: `sha256$${await sha256Hex('ada@badges.example' + 'pepper-1')}` };
    expect(await matchesRecipient(recipient, 'ada@badges.example')).to.equal(true);
    expect(await matchesRecipient(recipient, 'ADA@badges.example'), 'emails compare case-insensitively').to.equal(true);
    expect(await matchesRecipient(recipient, 'eve@badges.example')).to.equal(false);
    expect(await matchesRecipient({ ...recipient, salt: 'pepper-2' }, 'ada@badges.example'), 'the salt is part of the hash').to.equal(false);
    expect(await matchesRecipient({ ...recipient, salt: undefined }, 'ada@badges.example')).to.equal(false);
  });

  it('an unsalted hash, and a plain (unhashed) identity', async () => {
    expect(await matchesRecipient({ type: 'email', hashed: true, identity: `sha256$${await sha256Hex('ada@badges.example')}` }, 'ada@badges.example')).to.equal(
      true,
    );
    expect(await matchesRecipient({ type: 'email', hashed: false, identity: 'ada@badges.example' }, 'ada@badges.example')).to.equal(true);
    expect(await matchesRecipient({ type: 'email', hashed: false, identity: 'ada@badges.example' }, 'eve@badges.example')).to.equal(false);
  });

  it('a hash that is the identity itself (not hashed) does not match', async () => {
    const hex = await sha256Hex('ada@badges.example');
    expect(await matchesRecipient({ type: 'email', hashed: true, identity: `sha256$${hex}` }, `sha256$${hex}`)).to.equal(false);
  });
});
