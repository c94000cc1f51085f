// Issue 17, done when: a <badge-card> on one local origin, given each platform's share-link shape,
// shows the badge verified through badge-elements/proxy running on another local origin
// (test/server/proxy-server.mjs); without the proxy, the platforms' CORS-less answers end in
// `cors-blocked` with a hint that names the proxy.
import { expect, fixture, html } from '@open-wc/testing';
import { BadgeCardElement as CardClass } from '../../src/elements/badge-card.js';
import { configure } from '../../src/elements/shared/config.js';
import type { BadgeCardElement, BadgeErrorEvent, BadgeVerifiedEvent } from '../../src/index.js';
import type { VerificationReport } from '../../src/core/model.js';
import { PLATFORM_HOSTS } from '../helpers/platforms.js';
import { testNow } from '../helpers/clock.mjs';

configure({ now: testNow });
if (!customElements.get('badge-card')) customElements.define('badge-card', CardClass);

let proxyOrigin = '';
let noCorsOrigin = '';
before(async () => {
  ({ proxyOrigin, noCorsOrigin } = (await (await fetch('/__test/config')).json()) as { proxyOrigin: string; noCorsOrigin: string });
  expect(proxyOrigin).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(new URL(proxyOrigin).origin).to.not.equal(location.origin);
});

async function card(src: string, proxy: BadgeCardElement['proxy']): Promise<{ el: BadgeCardElement; report: VerificationReport }> {
  const el = document.createElement('badge-card');
  el.proxy = proxy;
  el.src = src;
  const done = new Promise<VerificationReport>((resolve) => {
    el.addEventListener('badge-verified', (e) => resolve((e as BadgeVerifiedEvent).report), { once: true });
    el.addEventListener('badge-error', (e) => resolve((e as BadgeErrorEvent).report!), { once: true });
  });
  await fixture(html`${el}`);
  const report = await done;
  await el.updateComplete;
  return { el, report };
}

const CREDLY = 'https://www.credly.com/badges/3f8b2f7e-1c2d-4e5f-9a0b-1c2d3e4f5a6b/public_url';
const links: Array<[string, string]> = [
  [CREDLY, 'Cloud Practitioner'],
  ['https://www.youracclaim.com/badges/3f8b2f7e-1c2d-4e5f-9a0b-1c2d3e4f5a6b', 'Cloud Practitioner'],
  ['https://badgr.com/public/assertions/Qm9vbGVhbkxvZ2ljMTIzNA', 'Boolean Logic'],
  ['https://eu.badgr.com/public/assertions/RXVyb3BlYW5CYWRnZTAwMQ', 'Data Protection Basics'],
  ['https://badges.parchment.com/public/assertions/UGFyY2htZW50QmFkZ2UwMQ', 'Academic Writing'],
  ['https://www.credential.net/10374562', 'Project Management Essentials'],
  ['https://openbadgefactory.com/v1/assertion/PWMPAYaXEaXbVYmO.html', 'Digital Mentor'],
  ['https://verifierplus.org/credentials/c2a3e4f5-0b1c-4d2e-8f3a-4b5c6d7e8f90', 'Agile Project Leadership'],
  [`https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&certUrl=${encodeURIComponent(CREDLY)}`, 'Cloud Practitioner'],
];

describe('<badge-card> given a platform share link', () => {
  for (const [link, name] of links) {
    it(`shows ${link} verified through the proxy on another origin`, async () => {
      const { el, report } = await card(link, `${proxyOrigin}/?url=`);
      expect(report.status, JSON.stringify(report.error ?? report.checks)).to.equal('valid');
      expect(el.matches(':state(valid)')).to.be.true;
      expect(el.shadowRoot!.querySelector('[part~="name"]')?.textContent).to.contain(name);
    });
  }

  it('says a hosted badge is confirmed by its host, not that a signature is valid (issue 17, part 4)', async () => {
    const { el } = await card(CREDLY, `${proxyOrigin}/?url=`);
    const status = el.shadowRoot!.querySelector('[part~="status"]')!.textContent!;
    expect(status).to.contain('Confirmed by api.credly.com: issued by Example Cloud Academy');
    expect(status).to.not.match(/signature/i);
  });

  it('says so in the page’s language', async () => {
    const el = document.createElement('badge-card');
    el.setAttribute('lang', 'fr');
    el.proxy = `${proxyOrigin}/?url=`;
    el.src = 'https://badgr.com/public/assertions/Qm9vbGVhbkxvZ2ljMTIzNA';
    const done = new Promise((resolve) => el.addEventListener('badge-verified', resolve, { once: true }));
    await fixture(html`${el}`);
    await done;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="status"]')!.textContent).to.contain('Confirmé par api.badgr.io : délivré par Old Mill Makerspace');
  });

  it('shows a revoked Credly badge as not valid, in Credly’s words', async () => {
    const { el, report } = await card('https://www.credly.com/badges/00000000-0000-4000-8000-0000000fa11e', `${proxyOrigin}/?url=`);
    expect(report.status).to.equal('invalid');
    expect(el.matches(':state(invalid)')).to.be.true;
    expect(el.shadowRoot!.textContent).to.contain('Credly says this badge was revoked');
    expect(el.shadowRoot!.querySelector('.error-title')?.textContent).to.equal('Not valid');
    expect(el.shadowRoot!.querySelector('[part="error"]')?.textContent).to.contain('the issuer revoked it');
  });

  it('without the proxy, the platform’s CORS-less answer is cors-blocked, with a hint naming the proxy', async () => {
    // The platform hosts as they are: a server on another origin that sends no CORS headers.
    const direct = (url: string) => {
      const m = /^https:\/\/([a-z0-9.-]+)(\/.*)$/.exec(url);
      return m && PLATFORM_HOSTS.includes(m[1]!) ? `${noCorsOrigin}/__platform/${m[1]}${m[2]}` : undefined;
    };
    // A link no earlier test loaded: the page-wide cache keys answers by the URL, not by the proxy.
    const { el, report } = await card('https://badgr.com/public/assertions/UmV2b2tlZEJhZGdlMDAx', direct);
    expect(report.status).to.equal('error');
    expect(report.error?.code).to.equal('cors-blocked');
    expect(report.error?.hint).to.contain('badge-elements/proxy');
    expect(el.matches(':state(error)')).to.be.true;
    expect(el.shadowRoot!.querySelector('[part="error"]')?.textContent).to.contain('npx badge-elements proxy');
  });
});
