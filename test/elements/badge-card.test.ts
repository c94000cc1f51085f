import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { BadgeCardElement as CardClass } from '../../src/elements/badge-card.js';
import { BadgeVerifyElement as VerifyClass } from '../../src/elements/badge-verify.js';
import { configure } from '../../src/elements/shared/config.js';
import type { BadgeCardElement, BadgeErrorEvent, BadgeVerifiedEvent } from '../../src/index.js';

import type { VerificationReport } from '../../src/core/model.js';
import { fixtureManifest, fixtureProxy, type FixtureCase } from '../helpers/hosts.js';
import { testNow } from '../helpers/clock.mjs';

// Every card in this file verifies on the suite's clock, not the machine's.
configure({ now: testNow });

// Register only the elements under test (the class modules have no side effects).
if (!customElements.get('badge-card')) customElements.define('badge-card', CardClass);
if (!customElements.get('badge-verify')) customElements.define('badge-verify', VerifyClass);

let cases: FixtureCase[] = [];
const urlOf = (name: string): string => {
  const c = cases.find((f) => f.name === name);
  if (!c) throw new Error(`no fixture ${name}`);
  return c.url;
};

/**
 * Builds a card, starts listening BEFORE it connects (no race), mounts it, returns it with its outcome.
 * `keep`: mount in <body> instead of an open-wc fixture (which is removed after each test), for a
 * describe block whose tests share one card; remove it in `after`.
 */
async function mount(
  props: Partial<BadgeCardElement> & { src?: string },
  attrs: Record<string, string> = {},
  children = '',
  keep = false,
): Promise<{ el: BadgeCardElement; report: VerificationReport; events: string[] }> {
  const el = document.createElement('badge-card');
  el.proxy = fixtureProxy;
  Object.assign(el, props);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.innerHTML = children;
  const events: string[] = [];
  for (const type of ['badge-load', 'badge-verified', 'badge-error']) el.addEventListener(type, () => events.push(type));
  const done = new Promise<VerificationReport>((resolve) => {
    el.addEventListener('badge-verified', (e) => resolve((e as BadgeVerifiedEvent).report), { once: true });
    el.addEventListener('badge-error', (e) => resolve((e as BadgeErrorEvent).report!), { once: true });
  });
  if (keep) document.body.append(el);
  else await fixture(html`${el}`);
  const report = await done;
  await el.updateComplete;
  return { el, report, events };
}

const part = (el: BadgeCardElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
/** Opens the share menu with a click; `updateComplete` waits for its items (their code loads on the first open). */
async function openShareMenu(el: BadgeCardElement): Promise<HTMLElement[]> {
  (part(el, 'share-button') as HTMLButtonElement).click();
  await el.updateComplete;
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="menuitem"]')];
}
const statusText = (el: BadgeCardElement) => part(el, 'status')!.textContent!.replace(/\s+/g, ' ').trim();

describe('<badge-card>', () => {
  before(async () => {
    cases = await fixtureManifest();
  });

  it('shows the slotted fallback when it has nothing to load', async () => {
    const el = await fixture<BadgeCardElement>(html`<badge-card><a href="https://example.org/b">My badge</a></badge-card>`);
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('My badge');
    await expect(el).to.be.accessible();
  });

  describe('a valid badge', () => {
    let el: BadgeCardElement;
    let report: VerificationReport;
    let events: string[];
    before(async () => {
      ({ el, report, events } = await mount({ src: urlOf('valid-ob3-rdfc-didweb') }, {}, '', true));
    });
    after(() => el.remove());

    it('fires badge-load then badge-verified, like <img> fires load', () => {
      expect(events).to.deep.equal(['badge-load', 'badge-verified']);
      expect(report.status).to.equal('valid');
    });

    it('matches :state(valid) and no other state', () => {
      expect(el.matches(':state(valid)')).to.be.true;
      for (const s of ['invalid', 'indeterminate', 'loading', 'error']) expect(el.matches(`:state(${s})`), s).to.be.false;
    });

    it('says who verified it in the status line', () => {
      expect(statusText(el)).to.equal('✓Verified: issued by Northwind Institute · issuer.example');
    });

    it('shows image (alt = name), name, issuer, dates and skills as parts', () => {
      expect(part(el, 'name')!.textContent).to.equal('Accessible Web Foundations');
      expect(part(el, 'image')!.getAttribute('alt')).to.equal('Accessible Web Foundations');
      expect(part(el, 'issuer')!.textContent).to.contain('Northwind Institute');
      expect(part(el, 'issuer')!.querySelector('a')!.getAttribute('href')).to.equal('https://issuer.example/');
      expect(part(el, 'dates')!.textContent).to.match(/Issued|Expires/);
      const chips = [...el.shadowRoot!.querySelectorAll('[part~="skill"]')].map((c) => c.textContent!.trim());
      expect(chips).to.include('Accessibility (ESF-002)');
    });

    it('shows a skill that is both an alignment and a tag once, as the alignment', () => {
      expect(report.badge!.tags).to.include('Accessibility'); // the fixture lists the skill both ways
      const chips = [...el.shadowRoot!.querySelectorAll('[part~="skill"]')].map((c) => c.textContent!.trim());
      expect(chips.filter((c) => /^accessibility\b/i.test(c))).to.deep.equal(['Accessibility (ESF-002)']);
      expect(new Set(chips).size).to.equal(chips.length);
    });

    it('loads images through a proxy function (a URL rewrite), after the allow-list', () => {
      expect(part(el, 'image')!.getAttribute('src')).to.equal(fixtureProxy('https://badges.example/img/blue.png'));
    });

    it('announces the result politely in a live region that outlives the skeleton', () => {
      const region = part(el, 'announcer')!;
      expect(region.getAttribute('role')).to.equal('status');
      expect(region.getAttribute('aria-live')).to.equal('polite');
      expect(region.textContent).to.equal('Verified: issued by Northwind Institute · issuer.example');
    });

    it('opens the full report from the status line, by keyboard', async () => {
      const button = part(el, 'status') as HTMLButtonElement;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const checks = [...part(el, 'details')!.querySelectorAll('[data-check]')].map((c) => `${c.getAttribute('data-check')}:${c.getAttribute('data-outcome')}`);
      expect(checks).to.deep.equal(report.checks.map((c) => `${c.id}:${c.outcome}`));
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(part(el, 'details') === null, 'no details part').to.equal(true);
    });

    it("writes the report's timestamps as dates in the page's language, the instant kept in <time datetime>", async () => {
      (part(el, 'status') as HTMLButtonElement).click();
      await el.updateComplete;
      const since = part(el, 'details')!.querySelector('[data-check="not-before"] .check-message')!;
      const iso = report.checks.find((c) => c.id === 'not-before')!.message.match(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/)![0];
      expect(since.textContent).to.not.contain(iso);
      expect(since.querySelector('time')!.getAttribute('datetime')).to.equal(iso);
      expect(since.querySelector('time')!.textContent).to.equal(new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(iso)));
      (part(el, 'status') as HTMLButtonElement).click();
      await el.updateComplete;
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('the share menu', () => {
    let el: BadgeCardElement;
    let report: VerificationReport;
    before(async () => {
      ({ el, report } = await mount({ src: urlOf('valid-ob3-rdfc-didweb') }, {}, '', true));
    });
    after(() => el.remove());

    it('opens with the keyboard, moves with arrows and closes with Escape back on its button', async () => {
      const button = part(el, 'share-button') as HTMLButtonElement;
      // Nothing of the menu exists before it is first opened: no items, no download Blob URLs.
      expect(el.shadowRoot!.querySelector('[role="menuitem"]') === null, 'no [role="menuitem"]').to.equal(true);
      button.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      // The menu's code is import()ed on the first open; updateComplete covers it.
      await el.updateComplete;
      const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="menuitem"]')];
      expect(items.length).to.be.greaterThan(3);
      expect(el.shadowRoot!.activeElement === items[0], 'focus on the first item').to.equal(true);
      await sendKeys({ press: 'ArrowDown' });
      expect(el.shadowRoot!.activeElement === items[1], 'focus on the second item').to.equal(true);
      await sendKeys({ press: 'End' });
      expect(el.shadowRoot!.activeElement).to.equal(items[items.length - 1]);
      await sendKeys({ press: 'ArrowDown' });
      expect(el.shadowRoot!.activeElement === items[0], 'focus on the first item').to.equal(true);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.activeElement === button, 'focus back on the share button').to.equal(true);
    });

    it('links "Add to LinkedIn profile" with the badge name, issuer, dates and URL', () => {
      const a = el.shadowRoot!.querySelector<HTMLAnchorElement>('[data-share="linkedin-add"]')!;
      const p = new URL(a.href).searchParams;
      expect(p.get('startTask')).to.equal('CERTIFICATION_NAME');
      expect(p.get('name')).to.equal('Accessible Web Foundations');
      expect(p.get('organizationName')).to.equal('Northwind Institute');
      expect(p.get('issueYear')).to.equal('2025');
      expect(p.get('expirationYear')).to.equal('2099');
      expect(p.get('certUrl')).to.equal(urlOf('valid-ob3-rdfc-didweb'));
    });

    it('offers LinkedIn, X and Facebook posts of the badge URL', () => {
      const href = (id: string) => el.shadowRoot!.querySelector<HTMLAnchorElement>(`[data-share="${id}"]`)!.href;
      const url = urlOf('valid-ob3-rdfc-didweb');
      expect(new URL(href('linkedin')).searchParams.get('url')).to.equal(url);
      expect(new URL(href('x')).searchParams.get('url')).to.equal(url);
      expect(new URL(href('facebook')).searchParams.get('u')).to.equal(url);
    });

    it('downloads the credential exactly as it was found, through a Blob URL', async () => {
      const a = el.shadowRoot!.querySelector<HTMLAnchorElement>('[data-share="download-credential"]')!;
      expect(a.protocol).to.equal('blob:');
      expect(a.getAttribute('download')).to.equal('accessible-web-foundations.json');
      expect(await (await fetch(a.href)).text()).to.equal(report.badge!.raw);
    });

    it('makes its items again in a new language, revoking the download links it replaced', async () => {
      const link = () => el.shadowRoot!.querySelector<HTMLAnchorElement>('[data-share="download-credential"]')!;
      const before = link().href;
      el.setAttribute('lang', 'fr');
      await el.updateComplete;
      await openShareMenu(el);
      const after = link().href;
      expect(after).to.not.equal(before);
      expect(link().textContent).to.not.equal('Download credential');
      expect(await (await fetch(after)).text()).to.equal(report.badge!.raw);
      let revoked = false;
      await fetch(before).catch(() => (revoked = true));
      expect(revoked, 'the replaced Blob URL is revoked').to.equal(true);
      (part(el, 'share-button') as HTMLButtonElement).click();
      el.removeAttribute('lang');
      await el.updateComplete;
    });

    it('disappears with no-share', async () => {
      el.noShare = true;
      await el.updateComplete;
      expect(part(el, 'share') === null, 'no share part').to.equal(true);
    });
  });

  for (const [name, reason] of [
    ['tampered-jcs', 'tampered'],
    ['invalid-expired-jwt', 'expired'],
    ['invalid-not-yet-valid-jwt', 'not valid yet'],
    ['invalid-revoked-bitstring', 'revoked'],
    ['invalid-suspended-bitstring', 'suspended'],
    ['invalid-wrong-issuer-key', 'issuer'],
  ] as const) {
    it(`shows "Not valid" with the first failed check in plain words (${name} → ${reason})`, async () => {
      const { el, report, events } = await mount({ src: urlOf(name) });
      expect(report.status).to.equal('invalid');
      expect(events).to.deep.equal(['badge-load', 'badge-verified']);
      expect(el.matches(':state(invalid)')).to.be.true;
      expect(statusText(el))
        .to.match(/^✕Not valid: /)
        .and.contain(reason);
      await expect(el).to.be.accessible();
    });
  }

  it('says when an expired badge expired and that it needs renewal', async () => {
    const { el } = await mount({ src: urlOf('invalid-expired-jwt') });
    expect(part(el, 'dates')!.textContent).to.match(/Expired on .+: renewal needed/);
  });

  it('counts down to an expiry that is close ("Valid until … (in 12 days)")', async () => {
    const { el, report } = await mount({ src: urlOf('valid-expires-soon-jwt') });
    const until = new Date(report.badge!.validUntil!);
    const now = new Date(until.getTime() - 12 * 86_400_000);
    configure({ now: () => now });
    try {
      await el.retry();
      await el.updateComplete;
      expect(part(el, 'dates')!.textContent).to.match(/Valid until .+ \(in 12 days\)/);
    } finally {
      configure({ now: testNow });
    }
  });

  it('shows "Could not check" with the reason when the status list is unreachable', async () => {
    const { el, report } = await mount({ src: urlOf('indeterminate-status-unreachable') });
    expect(report.status).to.equal('indeterminate');
    expect(el.matches(':state(indeterminate)')).to.be.true;
    expect(statusText(el)).to.match(/^\?Could not check: /);
    await expect(el).to.be.accessible();
  });

  describe('errors', () => {
    it('keeps the fallback link visible and names the error when the URL answers 404', async () => {
      const { el, report, events } = await mount({ src: `${location.origin}/__test/status/404` }, {}, '<a href="https://example.org/b">My badge</a>');
      expect(events).to.deep.equal(['badge-error']);
      expect(report.error!.code).to.equal('http-status');
      expect(el.matches(':state(error)')).to.be.true;
      const error = part(el, 'error')!;
      expect(error.textContent).to.contain('http-status');
      expect(error.querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('My badge');
      await expect(el).to.be.accessible();
    });

    it('wraps a long URL in the error message inside a narrow card', async () => {
      const { el } = await mount({ src: `${location.origin}/__test/status/404?${'longunbrokenpath'.repeat(8)}` }, { style: 'display:block;inline-size:280px' });
      await el.updateComplete;
      const card = part(el, 'card')!.getBoundingClientRect();
      const error = part(el, 'error')!;
      expect(error.textContent).to.contain('longunbrokenpathlong');
      for (const child of error.querySelectorAll('p, code')) {
        const text = document.createRange();
        text.selectNodeContents(child); // the text's own extent: an overflowing line sticks out of its box
        expect(text.getBoundingClientRect().right, child.textContent!).to.be.at.most(card.right + 0.5);
      }
    });

    it('says CORS when the server sends no Access-Control-Allow-Origin', async () => {
      const { noCorsOrigin } = await (await fetch('/__test/config')).json();
      const { el, report } = await mount({ src: `${noCorsOrigin}/test/fixtures/index.json` });
      expect(report.error!.code).to.equal('cors-blocked');
      expect(part(el, 'error')!.textContent).to.contain('CORS');
    });

    it('says the badge is damaged when the JSON is broken', async () => {
      const { el, report } = await mount({ src: `${location.origin}/__test/echo?type=application/json&body=${encodeURIComponent('{"broken":')}` });
      expect(['malformed', 'not-a-credential']).to.include(report.error!.code);
      expect(el.matches(':state(error)')).to.be.true;
      await expect(el).to.be.accessible();
    });
  });

  describe('loading', () => {
    it('shows an accessible skeleton in :state(loading)', async () => {
      const el = await fixture<BadgeCardElement>(html`<badge-card src="${location.origin}/__test/slow"></badge-card>`);
      expect(el.matches(':state(loading)')).to.be.true;
      expect(part(el, 'card')!.getAttribute('aria-busy')).to.equal('true');
      expect(statusText(el)).to.equal('Checking this badge…');
      await expect(el).to.be.accessible();
      el.remove(); // aborts the endless request
    });

    it('reserves the size of a compact card while loading (no layout shift)', async () => {
      // A plain element, not an open-wc fixture: fixture() waits a requestAnimationFrame for
      // non-lit elements, and a background tab (wtr runs two pages at once) never gets one.
      const wrap = document.createElement('div');
      wrap.style.inlineSize = '360px';
      document.body.append(wrap);
      const el = document.createElement('badge-card');
      el.proxy = fixtureProxy;
      el.layout = 'compact';
      el.src = urlOf('valid-ob3-jwt-eddsa-didkey');
      const done = new Promise<VerificationReport>((resolve) => {
        el.addEventListener('badge-verified', (e) => resolve(e.report), { once: true });
        el.addEventListener('badge-error', (e) => resolve(e.report!), { once: true });
      });
      wrap.append(el);
      await el.updateComplete;
      expect(el.matches(':state(loading)')).to.be.true;
      const skeleton = el.getBoundingClientRect();
      const report = await done;
      expect(report.status, JSON.stringify(report.error)).to.equal('valid');
      await el.updateComplete;
      const loaded = el.getBoundingClientRect();
      expect(Math.abs(loaded.height - skeleton.height), `${skeleton.height} → ${loaded.height}`).to.be.lessThan(1);
      expect(loaded.width).to.equal(skeleton.width);
      wrap.remove();
    });

    it('never lets a stale response overwrite a newer src', async () => {
      const el = document.createElement('badge-card');
      el.proxy = fixtureProxy;
      el.src = `${location.origin}/__test/slow`;
      const seen: string[] = [];
      el.addEventListener('badge-verified', (e) => seen.push(e.report.badge!.name));
      el.addEventListener('badge-error', (e) => seen.push(`error:${e.error.code}`));
      await fixture(html`${el}`);
      el.src = urlOf('tampered-jcs');
      await el.updateComplete;
      el.src = urlOf('valid-ob3-rdfc-didweb');
      const { report } = (await oneEvent(el, 'badge-verified')) as unknown as BadgeVerifiedEvent;
      expect(report.badge!.name).to.equal('Accessible Web Foundations');
      expect(seen).to.deep.equal(['Accessible Web Foundations']);
      expect(el.verificationReport).to.equal(report);
    });
  });

  describe('inputs and settings', () => {
    it('takes a credential object as a property', async () => {
      const json = await (await fetch(fixtureProxy(urlOf('valid-ob3-rdfc-didweb'))!)).json();
      const { report } = await mount({ credential: json });
      expect(report.status).to.equal('valid');
    });

    it('takes baked PNG bytes, shows the embedded badge and offers the image for download', async () => {
      const bytes = new Uint8Array(await (await fetch(fixtureProxy(urlOf('valid-baked-png-json'))!)).arrayBuffer());
      const { el, report } = await mount({ credential: bytes });
      expect(report.status).to.equal('valid');
      expect(report.badge!.baked?.type).to.equal('png');
      await openShareMenu(el);
      const img = el.shadowRoot!.querySelector<HTMLAnchorElement>('[data-share="download-image"]')!;
      expect(img.getAttribute('download')).to.match(/\.png$/);
      expect(new Uint8Array(await (await fetch(img.href)).arrayBuffer())).to.deep.equal(report.badge!.baked!.bytes);
    });

    it('uses the page-wide proxy from configure()', async () => {
      configure({ proxy: fixtureProxy });
      try {
        const el = document.createElement('badge-card');
        el.src = urlOf('valid-ob3-jwt-eddsa-didkey');
        const done = oneEvent(el, 'badge-verified');
        await fixture(html`${el}`);
        expect(((await done) as unknown as BadgeVerifiedEvent).report.status).to.equal('valid');
      } finally {
        configure({ proxy: undefined });
      }
    });

    it('speaks the page language and picks the credential translation', async () => {
      const { el } = await mount({ src: urlOf('valid-multilingual') }, { lang: 'fr' });
      expect(part(el, 'name')!.textContent).to.equal('Méthodes de recherche UX');
      expect(statusText(el)).to.match(/^✓Vérifié/);
    });

    it('turns right-to-left in Arabic', async () => {
      // A did:web issuer: its domain vouches for it, so the line says "verified" (a did:key's says "signature valid").
      const { el } = await mount({ src: urlOf('valid-ob3-rdfc-didweb') }, { lang: 'ar' });
      expect(part(el, 'card')!.getAttribute('dir')).to.equal('rtl');
      expect(statusText(el)).to.contain('تم التحقق');
      await expect(el).to.be.accessible();
    });
  });

  describe('layouts', () => {
    it('compact shows image, name and status only', async () => {
      const { el } = await mount({ src: urlOf('valid-ob3-rdfc-didweb'), layout: 'compact' });
      expect(part(el, 'image') !== null, 'an image part').to.equal(true);
      expect(part(el, 'name') !== null, 'a name part').to.equal(true);
      expect(part(el, 'status') !== null, 'a status part').to.equal(true);
      for (const p of ['issuer', 'dates', 'description', 'skills', 'share']) expect(part(el, p) === null, `no ${p} part`).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('full shows criteria (safe Markdown), type, evidence', async () => {
      const { el } = await mount({ src: urlOf('valid-ob3-rdfc-didweb'), layout: 'full' });
      const criteria = part(el, 'criteria')!;
      expect(criteria.querySelector('ol')!.children).to.have.length(3);
      expect(criteria.querySelector('a')!.getAttribute('href')).to.equal('https://issuer.example/rubrics/accessible-web-foundations');
      expect(part(el, 'type')!.textContent).to.contain('Certificate');
      expect(part(el, 'evidence')!.textContent).to.contain('Accessibility audit report');
      await expect(el).to.be.accessible();
    });

    it('full shows endorsements', async () => {
      const { el } = await mount({ src: urlOf('valid-ob3-with-endorsement'), layout: 'full' });
      expect(part(el, 'endorsements') !== null, 'an endorsements part').to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('hostile credential content is text', () => {
    it('renders HTML in names and descriptions as text and drops javascript: links', async () => {
      const credential = {
        '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
        type: ['VerifiableCredential', 'OpenBadgeCredential'],
        issuer: { id: 'https://issuer.example/', type: ['Profile'], name: '<img src=x onerror="window.__xss=1">', url: 'javascript:window.__xss=1' },
        validFrom: '2025-01-01T00:00:00Z',
        name: '<script>window.__xss=1</script>',
        credentialSubject: {
          type: ['AchievementSubject'],
          achievement: {
            id: 'https://issuer.example/a',
            type: ['Achievement'],
            name: '<script>window.__xss=1</script>',
            description: '[click](javascript:window.__xss=1) <b onmouseover=x>b</b>',
            criteria: { narrative: '<iframe src="javascript:window.__xss=1"></iframe>' },
            image: { id: 'javascript:window.__xss=1', type: 'Image' },
          },
        },
      };
      const { el } = await mount({ credential, layout: 'full' });
      const root = el.shadowRoot!;
      expect(root.querySelector('script, iframe, b, img[src^="javascript"]') === null, 'no script, iframe, b or javascript: image').to.equal(true);
      expect(part(el, 'name')!.textContent).to.equal('<script>window.__xss=1</script>');
      for (const a of root.querySelectorAll('a')) expect(a.protocol, a.href).to.be.oneOf(['https:', 'http:', 'mailto:', 'blob:']);
      expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
    });
  });

  describe('theming', () => {
    it('takes library tokens from :root and per-element overrides', async () => {
      // A did:web issuer, shown in the verified colour (a did:key's unconfirmed issuer takes the caution colour).
      const { el } = await mount({ src: urlOf('valid-ob3-rdfc-didweb') }, { style: '--badge-card-bg: rgb(1, 2, 3)' });
      expect(getComputedStyle(part(el, 'card')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      document.documentElement.style.setProperty('--badge-valid', 'rgb(0, 128, 1)');
      try {
        expect(getComputedStyle(part(el, 'status')!).color).to.equal('rgb(0, 128, 1)');
      } finally {
        document.documentElement.style.removeProperty('--badge-valid');
      }
    });

    it('goes dark with theme="dark" and stays accessible', async () => {
      const { el } = await mount({ src: urlOf('valid-ob3-jwt-eddsa-didkey') }, { theme: 'dark' });
      expect(getComputedStyle(part(el, 'card')!).backgroundColor).to.equal('rgb(17, 24, 39)');
      await expect(el).to.be.accessible();
    });
  });
});
