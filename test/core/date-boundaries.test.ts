// Every date check at its boundary, on the test clock (2030-01-01T00:00:00Z): exactly at, one second
// before and after, the same instant in another zone, a date alone, and a time with no zone (read as
// UTC, so the verdict does not depend on where it is verified). A credential is valid FROM its start
// instant (validFrom, issuanceDate, nbf) and no longer valid AT its end instant (validUntil,
// expirationDate, exp), as VC DM 2.0 and RFC 7519 say. OB 2.0 issuedOn/expires: test/core/ob2-rules.test.ts.
// Credentials are signed here (test/helpers/vc-jwt-signer.ts), relative to the fixed clock.
import { expect } from '@open-wc/testing';
import { verify } from '../../src/core/index.js';
import type { VerificationReport } from '../../src/core/model.js';
import type { JsonObject } from '../../src/core/options.js';
import { makeIssuer, type TestIssuer } from '../helpers/vc-jwt-signer.js';
import { fixtureProxy } from '../helpers/hosts.js';
import { TEST_NOW_MS, testNow } from '../helpers/clock.mjs';
import { verdictMismatch } from '../helpers/verdict.mjs';

const VC2 = 'https://www.w3.org/ns/credentials/v2';
const VC1 = 'https://www.w3.org/2018/credentials/v1';
const OB3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const iso = (ms: number) => new Date(ms).toISOString();
const secs = (ms: number) => Math.floor(ms / 1000);
const summary = (r: VerificationReport) => `${r.status}: ${r.checks.map((c) => `${c.id}=${c.outcome}`).join(', ')}${r.error ? ` (${r.error.code})` : ''}`;

let issuer: TestIssuer;
before(async () => {
  issuer = await makeIssuer();
});

function dm2(extra: JsonObject): JsonObject {
  return {
    '@context': [VC2, OB3],
    id: 'urn:uuid:da7e0b0d-0000-4000-8000-000000000001',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuer.did, type: ['Profile'], name: 'Boundary Issuer' },
    validFrom: '2025-01-01T00:00:00Z',
    credentialSubject: {
      type: ['AchievementSubject'],
      achievement: { id: 'urn:uuid:a', type: ['Achievement'], name: 'Boundaries', criteria: { narrative: 'n' } },
    },
    ...extra,
  };
}
function dm11(extra: JsonObject): JsonObject {
  const { validFrom: _f, ...rest } = dm2({});
  return { ...rest, '@context': [VC1, OB3], issuanceDate: '2025-01-01T00:00:00Z', ...extra };
}
async function check(credential: JsonObject, want: string): Promise<void> {
  const r = await verify(await issuer.sign(credential), { now: testNow, proxy: fixtureProxy });
  expect(verdictMismatch(want, r), summary(r)).to.equal('');
}

// [value, verdict] for an end of validity, and for a start.
const ENDS: Array<[string, string]> = [
  [iso(TEST_NOW_MS), 'invalid:expiry'],
  [iso(TEST_NOW_MS - 1000), 'invalid:expiry'],
  [iso(TEST_NOW_MS + 1000), 'valid'],
  ['2030-01-01T01:00:00+01:00', 'invalid:expiry'],
  ['2030-01-01T01:00:01+01:00', 'valid'],
  ['2029-12-31T19:00:00-05:00', 'invalid:expiry'],
  ['2030-01-01', 'error:malformed'], // a VC date needs a time (xsd:dateTime): a date alone is refused
  ['2030-01-02', 'error:malformed'],
  ['2030-01-01T00:00:01', 'valid'],
  ['2029-12-31T23:59:59', 'invalid:expiry'],
];
const STARTS: Array<[string, string]> = [
  [iso(TEST_NOW_MS), 'valid'],
  [iso(TEST_NOW_MS - 1000), 'valid'],
  [iso(TEST_NOW_MS + 1000), 'invalid:not-before'],
  ['2030-01-01T01:00:00+01:00', 'valid'],
  ['2030-01-01T01:00:01+01:00', 'invalid:not-before'],
  ['2030-01-01', 'error:malformed'],
  ['2030-01-02', 'error:malformed'],
  ['2030-01-01T00:00:01', 'invalid:not-before'],
  ['2029-12-31T23:59:59', 'valid'],
];

describe('dates at their boundaries: VC DM 2.0 validFrom / validUntil', () => {
  for (const [v, want] of ENDS) it(`validUntil ${v} → ${want}`, () => check(dm2({ validUntil: v }), want));
  for (const [v, want] of STARTS) it(`validFrom ${v} → ${want}`, () => check(dm2({ validFrom: v }), want));
});

describe('dates at their boundaries: VC DM 1.1 issuanceDate / expirationDate', () => {
  for (const [v, want] of ENDS) it(`expirationDate ${v} → ${want}`, () => check(dm11({ expirationDate: v }), want));
  for (const [v, want] of STARTS) it(`issuanceDate ${v} → ${want}`, () => check(dm11({ issuanceDate: v }), want));
});

describe('dates at their boundaries: JWT nbf / exp (seconds)', () => {
  const exp: Array<[number, string]> = [
    [secs(TEST_NOW_MS), 'invalid:expiry'],
    [secs(TEST_NOW_MS) - 1, 'invalid:expiry'],
    [secs(TEST_NOW_MS) + 1, 'valid'],
  ];
  for (const [v, want] of exp)
    it(`exp now${v === secs(TEST_NOW_MS) ? '' : v < secs(TEST_NOW_MS) ? ' - 1 s' : ' + 1 s'} → ${want}`, () => check(dm2({ exp: v }), want));
  const nbf: Array<[number, string]> = [
    [secs(TEST_NOW_MS), 'valid'],
    [secs(TEST_NOW_MS) - 1, 'valid'],
    [secs(TEST_NOW_MS) + 1, 'invalid:not-before'],
  ];
  for (const [v, want] of nbf)
    it(`nbf now${v === secs(TEST_NOW_MS) ? '' : v < secs(TEST_NOW_MS) ? ' - 1 s' : ' + 1 s'} → ${want}`, () => check(dm2({ nbf: v }), want));

  it('exp earlier than validUntil decides (the earliest end), nbf later than validFrom decides (the latest start)', async () => {
    await check(dm2({ validUntil: '2031-01-01T00:00:00Z', exp: secs(TEST_NOW_MS) }), 'invalid:expiry');
    await check(dm2({ validUntil: iso(TEST_NOW_MS), exp: secs(TEST_NOW_MS) + 3600 }), 'invalid:expiry');
    await check(dm2({ validFrom: '2020-01-01T00:00:00Z', nbf: secs(TEST_NOW_MS) + 1 }), 'invalid:not-before');
    await check(dm2({ validFrom: iso(TEST_NOW_MS + 1000), nbf: secs(TEST_NOW_MS) - 3600 }), 'invalid:not-before');
  });
});
