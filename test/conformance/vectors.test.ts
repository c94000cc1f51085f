// Conformance over the third-party vectors (../shared/vectors, MANIFEST.md): one case per
// credential-bearing file, the verdict from expected.json, under our library's rules.
import { expect } from '@open-wc/testing';
import { verify } from '../../src/core/index.js';
import type { VerificationReport } from '../../src/core/model.js';
import { loadVectorsExpected, makeVectorsProxy, readVector, type VectorCase } from '../helpers/vectors.js';
import { verdictMismatch } from '../helpers/verdict.mjs';

// Top-level await: the cases must exist before mocha collects the tests.
const expected = await loadVectorsExpected();
// expected.json calls 95 cases only 'not-valid' (and 2 'any'); exact-verdicts.json pins the verdict and the
// deciding checks for each of them (see its _about), so a case that starts failing for another reason is noticed.
const exact = ((await (await fetch('/test/conformance/exact-verdicts.json')).json()) as { verdicts: Record<string, string> }).verdicts;

function summary(r: VerificationReport): string {
  const checks = r.checks.map((c) => `${c.id}:${c.outcome}`).join(', ');
  return `${r.status} [${checks}]${r.error ? ` error=${r.error.code}: ${r.error.message}` : ''}`;
}

/** The pinned exact verdict of a 'not-valid' / 'any' case; a case without one is a failure, not a pass. */
function exactOf(c: VectorCase): string {
  const v = exact[c.file];
  if (!v) throw new Error(`${c.file} is '${c.expect}' in expected.json but has no exact verdict in test/conformance/exact-verdicts.json`);
  return v;
}

function assertVerdict(c: VectorCase, r: VerificationReport): void {
  const why = `${c.file} → ${summary(r)}\n  expected ${c.expect}: ${c.note ?? ''}`;
  const [word, which] = c.expect.split(':');
  switch (word) {
    case 'valid':
      expect(r.status, why).to.equal('valid');
      break;
    case 'invalid': {
      expect(r.status, why).to.equal('invalid');
      for (const id of (which ?? '').split('+').filter(Boolean)) {
        expect(
          r.checks.some((ch) => ch.id === id && ch.outcome === 'failed'),
          `${id} failed? ${why}`,
        ).to.be.true;
      }
      break;
    }
    case 'not-valid':
      expect(r.status, why).to.not.equal('valid');
      expect(verdictMismatch(exactOf(c), r), `exact verdict (test/conformance/exact-verdicts.json): ${why}`).to.equal('');
      break;
    case 'indeterminate':
      expect(r.status, why).to.equal('indeterminate');
      break;
    case 'error':
      expect(r.status, why).to.equal('error');
      break;
    case 'any':
      expect(verdictMismatch(exactOf(c), r), `exact verdict (test/conformance/exact-verdicts.json): ${why}`).to.equal('');
      break;
    default:
      throw new Error(`unknown verdict word ${c.expect}`);
  }
}

// Without ../shared/vectors the line above throws test/helpers/vectors.ts's MISSING_VECTORS: this file
// fails loudly instead of passing on nothing.
describe('conformance: third-party vectors (../shared/vectors)', () => {
  const proxy = makeVectorsProxy(expected.urlmap);
  const now = () => new Date(expected.now);
  const families = new Map<string, VectorCase[]>();
  for (const c of expected.cases) {
    const parts = c.file.split('/').slice(2); // minus shared/vectors
    const family = parts.length > 2 ? parts.slice(0, 2).join('/') : parts[0]!;
    families.set(family, [...(families.get(family) ?? []), c]);
  }
  for (const [family, cases] of families) {
    describe(family, () => {
      for (const c of cases) {
        it(`${c.file.slice(`shared/vectors/${family}/`.length)} is ${c.expect}`, async () => {
          const input = await readVector(c.file);
          const report = await verify(input, { proxy, now });
          assertVerdict(c, report);
        });
      }
    });
  }
});
