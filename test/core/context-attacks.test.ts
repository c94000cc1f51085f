// Every context aliasing / redefinition attack scripts/make-context-attacks.mjs signed
// (test/fixtures/context-attacks.json) ends `invalid`, with `format` failed and a message naming the
// renamed or redefined term. Where the signature itself holds (the issuer's genuine RDFC signature
// kept, or the credential signed again by its issuer or by an attacker issuing under its own
// did:web), the `proof` check passes: the term guard, not the signature, is what stops them.

import { expect } from '@open-wc/testing';
import { verify } from '../../src/core/index.js';
import { fixtureProxy } from '../helpers/hosts.js';

interface AttackCase {
  name: string;
  url: string;
  family: 'rdfc' | 'ed2020' | 'jcs' | 'jwt';
  variant: 'genuine' | 'issuer' | 'attacker';
  field: string;
  kind: string;
  term: string;
}

const NOW = new Date('2026-11-28T00:00:00Z');
const { cases } = (await (await fetch('/test/fixtures/context-attacks.json')).json()) as { cases: AttackCase[] };

/** Fields whose loss the other checks notice anyway (no proof, no issuer to match the signer). */
const SIGNATURE_CANNOT_HOLD = new Set(['proof', 'issuer']);

describe('context attacks: every generated attack ends invalid, naming the term', () => {
  it('has attacks in every family, variant and kind', () => {
    expect(new Set(cases.map((c) => c.family)).size).to.equal(4);
    expect(new Set(cases.map((c) => c.variant)).size).to.equal(3);
    expect([...new Set(cases.map((c) => c.kind))].sort()).to.deep.equal([
      'base',
      'inline',
      'json',
      'keyword',
      'nested',
      'protected',
      'remote',
      'type-scoped',
      'vocab',
    ]);
  });
  for (const c of cases) {
    it(`${c.name}: \`${c.term}\` (${c.field})`, async () => {
      const report = await verify(c.url, { proxy: fixtureProxy, now: () => NOW });
      const summary = `${report.status} ${report.checks.map((k) => `${k.id}:${k.outcome} ${k.message}`).join(' | ')}`;
      expect(report.status, summary).to.equal('invalid');
      const format = report.checks.find((k) => k.id === 'format');
      expect(format?.outcome, summary).to.equal('failed');
      expect(format?.message, summary).to.include(`\`${c.term}\``);
      if (!SIGNATURE_CANNOT_HOLD.has(c.field)) {
        expect(report.checks.find((k) => k.id === 'proof')?.outcome, summary).to.equal('passed');
      }
    });
  }
});
