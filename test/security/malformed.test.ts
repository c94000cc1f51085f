// Malformed and hostile transport: every case ends in the `error` state with its code and a
// readable message, through verify() and through a <badge-card>; nothing is thrown uncaught, and
// the rest of the page keeps working (a sound card rendered after each hostile one still verifies).
import type { ErrorCode } from '../../src/core/errors.js';
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { configure } from '../../src/index.js';
import { verify, type VerificationReport } from '../../src/core/index.js';
import { fixtureProxy } from '../helpers/hosts.js';
import { malformedCases, soundCredential, type MalformedCase } from './corpus/malformed.js';
import { hazards, inState, installSentinel, recordPageErrors, render } from './corpus/inspect.js';
import { testNow } from '../helpers/clock.mjs';

// Every badge this file verifies is judged on the suite's clock (test/helpers/clock.mjs), not the machine's.
configure({ now: testNow });

const tally = { tried: 0, correct: 0 };

/** A message a person can read: a sentence, not a stack trace or an empty string. */
function readable(message: string | undefined): boolean {
  return typeof message === 'string' && message.length >= 8 && message.length <= 600 && !/\n\s+at\s/.test(message) && /[a-z]{3}/i.test(message);
}

function endedCorrectly(c: MalformedCase, r: VerificationReport): string | undefined {
  const what = `${r.status} ${r.error?.code ?? ''} ${r.checks.map((k) => `${k.id}=${k.outcome}`).join(',')} ${r.error?.message ?? ''}`;
  if (r.status === 'error') {
    if (!c.codes.includes(r.error?.code ?? '')) return `code ${r.error?.code}, expected one of ${c.codes.join('|')}: ${what}`;
    if (!readable(r.error?.message)) return `unreadable message ${JSON.stringify(r.error?.message)}`;
    return undefined;
  }
  if (c.structural && r.status === 'invalid' && r.checks.some((k) => k.id === 'format' && k.outcome === 'failed')) return undefined;
  return `ended ${what}`;
}

/** The card input for a case: URLs go to `src` (what a page does), everything else to `credential`. */
function cardSetup(input: unknown): { props?: Record<string, unknown>; attrs?: Record<string, string> } {
  if (typeof input === 'string' && /^https?:\/\//.test(input)) return { attrs: { src: input } };
  if (input instanceof URL) return { attrs: { src: input.href } };
  return { props: { credential: input } };
}

function requested(fragment: string): boolean {
  return performance.getEntriesByType('resource').some((e) => e.name.includes(fragment));
}

describe('malformed and hostile input ends in a readable error', () => {
  let container: HTMLElement;
  before(() => {
    performance.setResourceTimingBufferSize(100_000);
    container = document.createElement('div');
    document.body.append(container);
  });
  after(() => {
    container.remove();
    console.log(`[security] malformed inputs: ${tally.tried} tried (verify + card), ${tally.correct} ended correctly`);
  });

  for (const c of malformedCases) {
    it(`verify(): ${c.group} / ${c.name}`, async () => {
      tally.tried++;
      installSentinel();
      const errors = recordPageErrors();
      const input = await c.input();
      const report = await verify(input as never, { proxy: fixtureProxy, now: testNow, ...c.options });
      errors.stop();
      expect(endedCorrectly(c, report), c.name).to.equal(undefined);
      expect(errors.errors, 'uncaught errors').to.deep.equal([]);
      expect(window.__xss).to.equal(undefined);
      for (const f of c.forbiddenRequests ?? []) expect(requested(f), `requested ${f}`).to.be.false;
      tally.correct++;
    });

    it(`<badge-card>: ${c.group} / ${c.name}`, async () => {
      tally.tried++;
      installSentinel();
      configure({ proxy: fixtureProxy, timeout: c.options?.timeout ?? 10_000 });
      const errors = recordPageErrors();
      const input = await c.input();
      const r = await render('badge-card', cardSetup(input), container);
      errors.stop();
      const report: VerificationReport = r.report ?? {
        status: 'error',
        checks: [],
        error: { code: (r.error?.code ?? '') as ErrorCode, message: r.error?.message ?? '' },
        verifiedAt: '',
      };
      expect(endedCorrectly(c, report), c.name).to.equal(undefined);
      expect(inState(r.el, 'valid')).to.be.false;
      if (report.status === 'error') {
        expect(r.ended).to.equal('badge-error');
        expect(inState(r.el, 'error'), ':state(error)').to.be.true;
        // The machine code is visible beside the words (STYLE §5).
        expect(r.el.shadowRoot?.textContent ?? '', 'error code shown').to.include(report.error!.code);
      }
      // What the card rendered, not the host element's own `src` (the page's input, e.g. javascript:…).
      expect(hazards(r.el.shadowRoot ?? r.el)).to.deep.equal([]);
      expect(errors.errors, 'uncaught errors').to.deep.equal([]);
      expect(window.__xss).to.equal(undefined);
      for (const f of c.forbiddenRequests ?? []) expect(requested(f), `requested ${f}`).to.be.false;
      r.el.remove();
      tally.correct++;
    });
  }

  it('the page keeps working: a sound card renders after the whole corpus', async () => {
    configure({ proxy: fixtureProxy, timeout: 10_000 });
    const r = await render('badge-card', { props: { credential: soundCredential() } }, container);
    expect(r.report?.badge?.name).to.equal('Sound badge');
    expect(r.el.shadowRoot?.textContent).to.include('Sound badge');
    r.el.remove();
  });
});
