// The verdict's words are a chunk (shared/verdict.ts). If it cannot be loaded (offline, a half-deployed
// CDN), a verdict is shown by its label alone, and that label must not claim more than the report
// proved: a valid signature from an issuer nothing vouches for is "Signature valid", never "Verified".
// This file never imports verdict.ts, so summarize() runs without the words, as on such a page.
import { expect } from '@open-wc/testing';
import { summarize } from '../../src/elements/shared/report.js';
import { translator } from '../../src/elements/shared/i18n.js';
import type { IssuerIdentity, VerificationReport } from '../../src/core/model.js';

const report = (identity?: IssuerIdentity): VerificationReport => ({
  status: 'valid',
  checks: [{ id: 'proof', outcome: 'passed', message: 'The signature is valid.' }],
  verifiedAt: '2030-01-01T00:00:00.000Z',
  ...(identity ? { identity } : {}),
});

describe('a verdict without its words', () => {
  const t = translator('en');

  it('never says "Verified" for an issuer only the badge names (a self-made did:key calling itself Harvard)', () => {
    for (const identity of [
      { anchor: 'none', claimedName: 'Harvard University' },
      { anchor: 'unknown', claimedName: 'Harvard University' },
      undefined,
    ] as const) {
      const s = summarize(t, report(identity as IssuerIdentity | undefined));
      expect([s.label, s.text, s.unconfirmed, s.icon], JSON.stringify(identity)).to.deep.equal(['Signature valid', 'Signature valid', true, '!']);
    }
  });

  it('says "Verified" when a domain vouches for the issuer', () => {
    const s = summarize(t, report({ anchor: 'domain', domain: 'issuer.example', claimedName: 'Northwind Institute' }));
    expect([s.label, s.unconfirmed]).to.deep.equal(['Verified', false]);
  });

  it('says "Checking this badge…" before a report, and each other outcome by its label', () => {
    expect(summarize(t, undefined).label).to.equal('Checking this badge…');
    expect(summarize(t, { ...report(), status: 'invalid' }).label).to.equal('Not valid');
  });
});
