// The shortcuts the warm VC-JWT path takes (issue 7, throughput) must give the same answers as the slow
// code they replaced: base64url decoding without atob, the reused buffers of the signature check (even with
// many verifications in flight), the calendar check of dates, and the date bounds of the not-before/expiry checks.
import { expect } from '@open-wc/testing';
import { verify } from '../../src/core/index.js';
import { base64UrlDecode, base64UrlEncode, base64UrlToUtf8 } from '../../src/core/keys/multibase.js';
import { wrongTypes } from '../../src/core/formats/vc-types.js';
import type { Check, VerificationReport } from '../../src/core/model.js';
import type { JsonObject } from '../../src/core/options.js';
import { makeIssuer, type TestIssuer } from '../helpers/vc-jwt-signer.js';

const now = () => new Date('2026-11-28T00:00:00Z');
const check = (r: VerificationReport, id: string): Check | undefined => r.checks.find((c) => c.id === id);

/** The decoder this replaced: atob on the standard alphabet. */
function atobDecode(text: string): Uint8Array {
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

describe('fast paths: base64url', () => {
  it('decodes every length the same as atob did', () => {
    for (let n = 0; n < 200; n++) {
      const bytes = crypto.getRandomValues(new Uint8Array(n));
      const text = base64UrlEncode(bytes);
      expect([...base64UrlDecode(text)], `length ${n}`).to.deep.equal([...bytes]);
      expect([...base64UrlDecode(text)], `length ${n}`).to.deep.equal([...atobDecode(text)]);
    }
  });

  it('ignores non-zero trailing bits as atob did', () => {
    expect([...base64UrlDecode('AB')]).to.deep.equal([...atobDecode('AB')]);
    expect([...base64UrlDecode('AAB')]).to.deep.equal([...atobDecode('AAB')]);
  });

  it('refuses padding, whitespace, the standard alphabet and impossible lengths', () => {
    for (const bad of ['AA==', 'AAA=', 'AA AA', 'AA\nAA', 'AA+A', 'AA/A', 'A', 'AAAAA', 'é']) {
      expect(() => base64UrlDecode(bad), bad).to.throw();
      expect(() => base64UrlToUtf8(bad), bad).to.throw();
    }
  });

  it('decodes to text through the reused buffer, small and large, and refuses bytes that are not UTF-8', () => {
    for (const text of ['{"alg":"EdDSA"}', 'é€😀', 'x'.repeat(5000), 'y'.repeat(70 * 1024)]) {
      const encoded = base64UrlEncode(new TextEncoder().encode(text));
      expect(base64UrlToUtf8(encoded)).to.equal(text);
      expect(base64UrlToUtf8(encoded, true)).to.equal(text);
    }
    // a long one, then a short one: the short one must not see the long one's bytes
    expect(base64UrlToUtf8(base64UrlEncode(new TextEncoder().encode('z'.repeat(3000))))).to.have.length(3000);
    expect(base64UrlToUtf8(base64UrlEncode(new TextEncoder().encode('ab')))).to.equal('ab');
    expect(() => base64UrlToUtf8(base64UrlEncode(new Uint8Array([0x22, 0xff, 0x22])))).to.throw();
  });
});

describe('fast paths: dates', () => {
  /** The calendar check this replaced (Date.UTC; years from 100 on, where Date.UTC does not add 1900). */
  function oldCalendar(v: string): boolean {
    const m = /^(-?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(v)!;
    const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
    const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    return mo >= 1 && mo <= 12 && d >= 1 && d <= days && h <= 24 && mi <= 59 && s <= 60;
  }
  const ok = (date: string) => wrongTypes({ validFrom: date }).length === 0;

  it('accepts and refuses the same dates as before', () => {
    const dates = [
      '2024-02-29T00:00:00Z',
      '2023-02-29T00:00:00Z',
      '2024-02-30T00:00:00Z',
      '2024-04-31T00:00:00Z',
      '2024-04-30T00:00:00Z',
      '2024-13-01T00:00:00Z',
      '2024-00-10T00:00:00Z',
      '2024-01-00T00:00:00Z',
      '2024-01-31T24:00:00Z',
      '2024-01-31T23:60:00Z',
      '2024-12-31T23:59:60Z',
      '2024-12-31T23:59:61Z',
      '1900-02-29T00:00:00Z',
      '2000-02-29T00:00:00Z',
      '2100-02-29T00:00:00Z',
      '0400-02-29T00:00:00Z',
      '12024-02-29T00:00:00Z',
      '2024-06-15T10:20:30.123+02:00',
      '2024-06-31T10:20:30-05:00',
      '2024-11-31T00:00:00Z',
      '2024-09-31T00:00:00Z',
      '2024-07-31T00:00:00Z',
    ];
    for (const d of dates) {
      const before = !Number.isNaN(Date.parse(d)) && oldCalendar(d);
      expect(ok(d), d).to.equal(before);
    }
    expect(ok('2024-02-29')).to.equal(false);
    expect(ok('not a date')).to.equal(false);
  });
});

describe('fast paths: verify() of VC-JWTs', () => {
  let issuer: TestIssuer;
  before(async () => {
    issuer = await makeIssuer();
  });

  function credential(name: string, extra: JsonObject = {}): JsonObject {
    return {
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      id: `urn:uuid:${crypto.randomUUID()}`,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: issuer.did, type: ['Profile'], name: 'Test Issuer' },
      validFrom: '2025-01-01T00:00:00Z',
      credentialSubject: { type: ['AchievementSubject'], achievement: { id: 'urn:uuid:a', type: ['Achievement'], name, criteria: { narrative: 'n' } } },
      ...extra,
    };
  }

  it('many verifications in flight at once: each checks its own bytes (a borrowed signature never passes)', async () => {
    const tokens = await Promise.all(Array.from({ length: 24 }, (_, i) => issuer.sign(credential(`Badge ${i}`.repeat(1 + (i % 5) * 40)))));
    // token i's header and payload with token (i + 1)'s signature: each is a forgery
    const forged = tokens.map(
      (t, i) => `${t.slice(0, t.lastIndexOf('.'))}${tokens[(i + 1) % tokens.length]!.slice(tokens[(i + 1) % tokens.length]!.lastIndexOf('.'))}`,
    );
    const inputs = tokens.flatMap((t, i) => [t, forged[i]!]);
    const reports = await Promise.all(inputs.map((t) => verify(t, { now })));
    reports.forEach((r, i) => {
      expect(check(r, 'proof')?.outcome, `input ${i}`).to.equal(i % 2 === 0 ? 'passed' : 'failed');
    });
  });

  it('not-before and expiry take the latest start and the earliest end of the credential and the JWT claims', async () => {
    const nbfLater = await verify(await issuer.sign({ ...credential('A'), nbf: Date.parse('2027-01-01T00:00:00Z') / 1000 }), { now });
    expect(check(nbfLater, 'not-before')?.outcome).to.equal('failed');
    expect(check(nbfLater, 'not-before')?.detail).to.deep.equal({ validFrom: '2027-01-01T00:00:00.000Z' });
    const expEarlier = await verify(
      await issuer.sign({ ...credential('B', { validUntil: '2030-01-01T00:00:00Z' }), exp: Date.parse('2026-06-01T00:00:00Z') / 1000 }),
      { now },
    );
    expect(check(expEarlier, 'expiry')?.outcome).to.equal('failed');
    expect(check(expEarlier, 'expiry')?.detail).to.deep.equal({ validUntil: '2026-06-01T00:00:00.000Z' });
    const unreadable = await verify(await issuer.sign({ ...credential('C'), exp: 'soon' }), { now });
    expect(check(unreadable, 'expiry')?.outcome).to.equal('unknown');
    const none = await verify(await issuer.sign(credential('D')), { now });
    expect(none.checks.map((c) => c.id)).to.not.include('expiry');
    expect(none.checks.map((c) => c.id)).to.not.include('revocation');
    expect(check(none, 'not-before')?.outcome).to.equal('passed');
  });
});
