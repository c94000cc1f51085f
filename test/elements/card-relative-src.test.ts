// Issue 17, part 0: a badge hosted beside the page. `src` reads as `<img src>` does, relative to the
// document's base URL, for a JSON credential and a baked image, with and without <base href>.
import { expect, fixture, html } from '@open-wc/testing';
import { BadgeCardElement as CardClass } from '../../src/elements/badge-card.js';
import { BadgeVerifyElement as VerifyClass } from '../../src/elements/badge-verify.js';
import { configure } from '../../src/elements/shared/config.js';
import { absoluteSrc } from '../../src/elements/shared/absolute-src.js';
import type { BadgeCardElement, BadgeErrorEvent, BadgeVerifiedEvent, BadgeVerifyElement } from '../../src/index.js';
import type { VerificationReport } from '../../src/core/model.js';
import { fixtureProxy } from '../helpers/hosts.js';
import { testNow } from '../helpers/clock.mjs';

configure({ now: testNow });
if (!customElements.get('badge-card')) customElements.define('badge-card', CardClass);
if (!customElements.get('badge-verify')) customElements.define('badge-verify', VerifyClass);

/** The same signed did:key credential (no fetch of its own but status-free) the page hosts itself. */
const HOSTED = '/test/fixtures/hosts/badges.example/credentials/jcs-valid.json';
const BAKED = '/test/fixtures/hosts/badges.example/baked/ob3-json.png';

function outcome(el: Element): Promise<VerificationReport> {
  return new Promise((resolve) => {
    el.addEventListener('badge-verified', (e) => resolve((e as BadgeVerifiedEvent).report), { once: true });
    el.addEventListener('badge-error', (e) => resolve((e as BadgeErrorEvent).report!), { once: true });
  });
}

async function card(src: string): Promise<{ el: BadgeCardElement; report: VerificationReport }> {
  const el = document.createElement('badge-card');
  el.proxy = fixtureProxy;
  el.setAttribute('src', src);
  const done = outcome(el);
  await fixture(html`${el}`);
  return { el, report: await done };
}

describe('<badge-card src> relative to the page', () => {
  it('verifies a root-relative src ("/badges/…json") fetched from the page’s own origin', async () => {
    const { el, report } = await card(HOSTED);
    expect(report.status, JSON.stringify(report.error ?? report.checks)).to.equal('valid');
    expect(el.matches(':state(valid)')).to.be.true;
    expect(el.getAttribute('src')).to.equal(HOSTED); // the attribute is the author's text, untouched
  });

  it('verifies a path-relative src ("badges/…json") against the page’s address', async () => {
    const { report } = await card(HOSTED.slice(1));
    expect(report.status, JSON.stringify(report.error ?? report.checks)).to.equal('valid');
  });

  it('verifies a relative baked PNG', async () => {
    const { report } = await card(BAKED.slice(1));
    expect(report.status, JSON.stringify(report.error ?? report.checks)).to.equal('valid');
    expect(report.badge?.baked?.type).to.equal('png');
  });

  describe('with <base href>', () => {
    let base: HTMLBaseElement;
    beforeEach(() => {
      base = document.createElement('base');
      base.href = '/test/fixtures/hosts/badges.example/';
      document.head.prepend(base);
    });
    afterEach(() => base.remove());

    it('resolves against the base URL, as <img src> does', async () => {
      const img = document.createElement('img');
      img.setAttribute('src', 'credentials/jcs-valid.json');
      const { report } = await card('credentials/jcs-valid.json');
      expect(img.src).to.equal(new URL(HOSTED, location.href).href);
      expect(report.status, JSON.stringify(report.error ?? report.checks)).to.equal('valid');
    });

    it('<badge-verify src> with a relative address shows the same verified badge', async () => {
      const el = document.createElement('badge-verify') as BadgeVerifyElement;
      el.proxy = fixtureProxy;
      el.setAttribute('src', 'credentials/jcs-valid.json');
      await fixture(html`${el}`);
      await el.updateComplete;
      const inner = el.card!;
      const report = inner.matches(':state(valid)') ? undefined : await outcome(inner);
      expect(report?.status ?? 'valid').to.equal('valid');
    });
  });

  it('leaves absolute URLs, data: URLs, JSON and compact JWTs as they are', () => {
    const doc = { baseURI: 'https://page.example/blog/post.html' };
    expect(absoluteSrc('https://issuer.example/b.json', doc)).to.equal('https://issuer.example/b.json');
    expect(absoluteSrc('data:application/json,{}', doc)).to.equal('data:application/json,{}');
    expect(absoluteSrc('{"a":1}', doc)).to.equal('{"a":1}');
    expect(absoluteSrc('eyJhbGciOiJFZERTQSJ9.eyJ2YyI6e319.c2ln', doc)).to.equal('eyJhbGciOiJFZERTQSJ9.eyJ2YyI6e319.c2ln');
    expect(absoluteSrc('aws.v2.json', doc)).to.equal('https://page.example/blog/aws.v2.json'); // JWS-shaped, but no "eyJ"
    expect(absoluteSrc('../badges/aws.json', doc)).to.equal('https://page.example/badges/aws.json');
  });
});
