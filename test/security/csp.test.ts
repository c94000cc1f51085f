// CSP + Trusted Types: the page at /__test/csp-page is served with
//   default-src 'self'; script-src 'self'; style-src 'self'; img-src * data: blob:; object-src 'none';
//   base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html
// It loads the BUILT cdn/badge-elements.js (the file a blog pastes a script tag for; `npm test`
// builds it first) and, separately, the source through the test server. Every state must render
// with no securitypolicyviolation: valid, invalid (forgery), indeterminate, error, and a hostile
// unsigned credential full of XSS payloads.
import { expect } from '@open-wc/testing';
import { fixtureManifest } from '../helpers/hosts.js';
import { ob3Carrying, xssPayloads } from './corpus/xss.js';
import { hazards } from './corpus/inspect.js';

interface CspResult {
  src: string;
  ended: string;
  status?: string;
  code?: string;
  state: string;
}
interface CspState {
  violations: Array<{ directive: string; blocked: string; sample: string; source: string; line: number }>;
  results: CspResult[];
  error: string | null;
  done: boolean;
  entry: string;
}

const manifest = await fixtureManifest();
const pick = (pred: (c: (typeof manifest)[number]) => boolean) => manifest.find(pred);
const valid = manifest.filter((c) => c.expect === 'valid');
const cases: Array<{ src: string; want: string[] }> = [];
// One valid credential of each format the fixtures have (JSON-LD Data Integrity pulls the lazy chunk).
for (const format of new Set(valid.map((c) => c.format))) cases.push({ src: valid.find((c) => c.format === format)!.url, want: ['valid'] });
const forgery = pick((c) => c.name.startsWith('forgery-'));
if (forgery) cases.push({ src: forgery.url, want: ['invalid', 'indeterminate'] });
const indeterminate = pick((c) => c.expect === 'indeterminate');
if (indeterminate) cases.push({ src: indeterminate.url, want: ['indeterminate'] });
cases.push({ src: `${location.origin}/__test/status/404`, want: ['error'] });
cases.push({ src: `${location.origin}/__test/echo?type=application/json&body=${encodeURIComponent('{"truncated":')}`, want: ['error'] });
// A hostile unsigned credential (several payloads in every field), served as JSON.
for (const p of xssPayloads.filter((_, i) => i % 9 === 0)) {
  cases.push({
    src: `${location.origin}/__test/echo?type=application/json&body=${encodeURIComponent(JSON.stringify(ob3Carrying(p.text, p.id)))}`,
    want: ['invalid', 'indeterminate', 'error'],
  });
}

async function runPage(entry: 'cdn' | 'source'): Promise<{ state: CspState; frame: HTMLIFrameElement }> {
  const q = new URLSearchParams({ entry });
  (window as Window & { __cspCases?: string[] }).__cspCases = cases.map((c) => c.src);
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '600px';
  const loaded = new Promise((ok) => frame.addEventListener('load', ok, { once: true }));
  frame.src = `/__test/csp-page?${q}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { __csp?: CspState };
  if (!win.__csp?.done) await new Promise((ok) => win.addEventListener('csp-page-done', ok, { once: true }));
  return { state: win.__csp!, frame };
}

describe('under a strict CSP with Trusted Types', () => {
  for (const entry of ['cdn', 'source'] as const) {
    it(`${entry === 'cdn' ? 'the built cdn/badge-elements.js' : 'the source'} renders every state with no violation`, async () => {
      if (entry === 'cdn') {
        const head = await fetch('/cdn/badge-elements.js', { method: 'HEAD' });
        expect(head.ok, 'cdn/badge-elements.js exists (run `npm run build` first; `npm test` does)').to.be.true;
      }
      const { state, frame } = await runPage(entry);
      try {
        expect(state.error, 'page script error').to.equal(null);
        expect(state.violations, 'securitypolicyviolation events').to.deep.equal([]);
        expect(state.results.length).to.equal(cases.length);
        const wrong = state.results
          .map((r, i) => ({ r, want: cases[i].want }))
          .filter(({ r, want }) => !want.includes(r.status ?? '') || r.state !== r.status)
          .map(({ r, want }) => `${r.src.slice(0, 90)}: ${r.ended} status=${r.status} :state(${r.state}) code=${r.code ?? ''}, want ${want.join('|')}`);
        expect(wrong, 'cards that did not reach their state').to.deep.equal([]);
        expect(hazards(frame.contentDocument!.body)).to.deep.equal([]);
        const win = frame.contentWindow as Window & { __xss?: unknown };
        expect(win.__xss).to.equal(undefined);
      } finally {
        frame.remove();
      }
    });
  }
});
