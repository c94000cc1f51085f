// Mutation: for every valid fixture (JSON with an embedded proof, and compact JWS), change one
// field at a time without re-signing. Every mutant must end with the exact verdict it names
// (Mutant.expect: which check fails, or indeterminate when the signature cannot be checked at all),
// on the suite's clock. The counts are printed.
import { expect } from '@open-wc/testing';
import { verify, type VerificationReport } from '../../src/core/index.js';
import { fixtureManifest, fixtureProxy } from '../helpers/hosts.js';
import { mutantsOf, type Mutant } from './corpus/mutate.js';
import { testNow } from '../helpers/clock.mjs';
import { verdictMismatch } from '../helpers/verdict.mjs';

const manifest = await fixtureManifest();
const sources: Array<{ name: string; url: string; mutants: Mutant[] }> = [];
for (const fc of manifest.filter((c) => c.expect === 'valid')) {
  const res = await fetch(`/test/fixtures/${fc.path}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const text = new TextDecoder().decode(bytes).trim();
  // Baked images carry one of the JSON/JWT credentials below; mutating their bytes is the PNG/SVG suite's job.
  if (!text.startsWith('{') && !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(text)) continue;
  sources.push({ name: fc.name, url: fc.url, mutants: mutantsOf(text) });
}

const tally = { tried: 0, caught: 0, escaped: [] as string[] };
const explain = (r: VerificationReport) => `${r.status}: ${r.checks.map((c) => `${c.id}=${c.outcome}`).join(', ')}${r.error ? ` (${r.error.code})` : ''}`;

describe('one changed field, not re-signed, is never valid', () => {
  after(() => {
    console.log(`[security] mutants: ${tally.tried} tried, ${tally.caught} caught${tally.escaped.length ? `; ESCAPED: ${tally.escaped.join(' | ')}` : ''}`);
  });

  it('there are valid JSON and JWT fixtures to mutate', () => {
    expect(sources.length).to.be.greaterThan(0);
  });

  for (const { name, url, mutants } of sources) {
    describe(name, () => {
      it('unchanged, it is valid (so the mutants below test the proof, not a broken fixture)', async () => {
        const report = await verify(url, { proxy: fixtureProxy, now: testNow });
        expect(report.status, explain(report)).to.equal('valid');
      });
      for (const m of mutants) {
        it(`${m.what} → ${m.expect}`, async () => {
          tally.tried++;
          const report = await verify(m.input as never, { proxy: fixtureProxy, now: testNow });
          if (report.status === 'valid') tally.escaped.push(`${name}: ${m.what}`);
          expect(verdictMismatch(m.expect, report), `${name} with ${m.what} changed → ${explain(report)}`).to.equal('');
          tally.caught++;
        });
      }
    });
  }
});
