// <badge-card>'s time line (issue 19) in Chromium, on the suite's clock (2030-01-01): a badge that
// expires within the window ("Valid until … (in 40 days)", :state(expiring)), one that expired
// (":state(expired)", "renewal needed"), one the page knows earlier issues of ("Renewed on …, first
// earned …", :state(renewed)) for Data Integrity, VC-JWT and OB 2.0 renewals, in English and German,
// and the report's "The issuer can renew this badge" for a credential with a refreshService.

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { BadgeCardElement as CardClass } from '../../src/elements/badge-card.js';
import { configure } from '../../src/elements/shared/config.js';
import type { BadgeCardElement, BadgeVerifiedEvent } from '../../src/index.js';
import { createCache, groupAchievements, verify } from '../../src/core/index.js';
import type { VerificationReport } from '../../src/core/model.js';
import { fixtureManifest, fixtureProxy, type FixtureCase } from '../helpers/hosts.js';
import { makeIssuer } from '../helpers/vc-jwt-signer.js';
import { testNow } from '../helpers/clock.mjs';

configure({ now: testNow });
if (!customElements.get('badge-card')) customElements.define('badge-card', CardClass);

interface Renewals {
  chains: { northwind: string[]; metro: string[]; ob2: string[] };
}

let cases: FixtureCase[] = [];
let renewals: Renewals;
const reports = new Map<string, VerificationReport>();
const urlOf = (name: string): string => cases.find((f) => f.name === name)!.url;

/** A long date as Intl writes it, independent of the card's code (and of the machine's time zone). */
const long = (iso: string, lang = 'en') => new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(iso));

/** A card with `props` and `attrs`, mounted, once its own verification finished. */
async function mount(props: Partial<BadgeCardElement>, attrs: Record<string, string> = {}): Promise<{ el: BadgeCardElement; report: VerificationReport }> {
  const el = document.createElement('badge-card');
  el.proxy = fixtureProxy;
  el.setAttribute('lang', 'en');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  const verified = oneEvent(el, 'badge-verified');
  await fixture(html`${el}`);
  const { report } = (await verified) as unknown as BadgeVerifiedEvent;
  await el.updateComplete;
  return { el, report };
}

const dates = (el: BadgeCardElement) => el.shadowRoot!.querySelector('[part~="dates"]')!.textContent!.replace(/\s+/g, ' ').trim();
const states = (el: BadgeCardElement) => ['expiring', 'expired', 'renewed'].filter((s) => el.matches(`:state(${s})`));

before(async () => {
  cases = await fixtureManifest();
  renewals = (await (await fetch('/test/fixtures/renewals.json')).json()) as Renewals;
  const cache = createCache();
  for (const url of Object.values(renewals.chains).flat()) reports.set(url, await verify(url, { proxy: fixtureProxy, now: testNow, cache, registries: [] }));
});

/** The earlier issues core groups with the newest issue of `chain`. */
function earlierOf(chain: string[]): VerificationReport[] {
  const { groups } = groupAchievements(chain.map((u) => reports.get(u)!));
  expect(groups.length, 'one achievement').to.equal(1);
  return groups[0]!.earlier;
}

describe('<badge-card> in time', () => {
  it('says "Valid until … (in 40 days)" in the caution colour 40 days before the expiry, and is expiring', async () => {
    const { el, report } = await mount({ src: urlOf('valid-expires-soon-jwt') });
    expect(report.status).to.equal('valid');
    expect(dates(el)).to.equal(`Issued ${long(report.badge!.issued!)} · Valid until ${long('2030-02-10T00:00:00Z')} (in 40 days)`);
    expect(el.shadowRoot!.querySelector('.expiry')!.classList.contains('expiring')).to.equal(true);
    expect(states(el)).to.deep.equal(['expiring']);
    await expect(el).to.be.accessible();
  });

  it('is not expiring 200 days before the expiry: "Expires on …", no caution', async () => {
    const { el, report } = await mount({ src: urlOf('valid-expires-soon-jcs') });
    expect(dates(el)).to.equal(`Issued ${long(report.badge!.issued!)} · Expires on ${long('2030-07-20T00:00:00Z')}`);
    expect(el.shadowRoot!.querySelector('.expiry')!.classList.contains('expiring')).to.equal(false);
    expect(states(el)).to.deep.equal([]);
  });

  it('takes its window from expiring-days: 200 days away is expiring in a 365-day window', async () => {
    const { el } = await mount({ src: urlOf('valid-expires-soon-jcs') }, { 'expiring-days': '365' });
    expect(el.expiringDays).to.equal(365);
    expect(dates(el)).to.contain(`Valid until ${long('2030-07-20T00:00:00Z')} (in 7 months)`);
    expect(states(el)).to.deep.equal(['expiring']);
  });

  it('takes a page-wide window from --badge-card-expiring-days; the attribute still wins', async () => {
    const { el } = await mount({ src: urlOf('valid-expires-soon-jcs') }, { style: '--badge-card-expiring-days: 365' });
    expect(states(el)).to.deep.equal(['expiring']);
    expect(dates(el)).to.contain(`Valid until ${long('2030-07-20T00:00:00Z')}`);
    const { el: narrow } = await mount({ src: urlOf('valid-expires-soon-jcs') }, { style: '--badge-card-expiring-days: 365', 'expiring-days': '30' });
    expect(states(narrow)).to.deep.equal([]);
  });

  for (const [name, until] of [
    ['invalid-expired-jwt', '2025-06-01T00:00:00Z'],
    ['invalid-ob2-hosted-expired', '2025-06-01T00:00:00Z'],
  ] as const) {
    it(`says "Expired on …: renewal needed" and is expired (${name})`, async () => {
      const { el, report } = await mount({ src: urlOf(name) });
      expect(report.checks.find((c) => c.id === 'expiry')?.outcome).to.equal('failed');
      expect(dates(el)).to.match(new RegExp(`· Expired on ${long(report.badge!.validUntil ?? until)}: renewal needed$`));
      expect(states(el)).to.deep.equal(['expired']);
      await expect(el).to.be.accessible();
    });
  }

  for (const [chain, label] of [
    ['northwind', 'Data Integrity'],
    ['metro', 'VC-JWT, a new version through achievement.related'],
    ['ob2', 'OB 2.0 hosted'],
  ] as const) {
    it(`given earlier issues, says "Renewed on …, first earned …" and is renewed (${label})`, async () => {
      const urls = renewals.chains[chain];
      const history = earlierOf(urls);
      const { el, report } = await mount({ src: urls[urls.length - 1]!, history });
      expect(report.status).to.equal('valid');
      const first = reports.get(urls[0]!)!.badge!.issued!;
      expect(dates(el)).to.match(new RegExp(`^Renewed on ${long(report.badge!.issued!)}, first earned ${long(first)}( · |$)`));
      expect(states(el)).to.deep.equal(['renewed']);
      await expect(el).to.be.accessible();
    });
  }

  it('given a report verified elsewhere and its history (as a wall passes them), says the same without verifying again', async () => {
    const urls = renewals.chains.northwind;
    const el = document.createElement('badge-card');
    el.setAttribute('lang', 'en');
    el.report = reports.get(urls[2]!)!;
    el.history = earlierOf(urls);
    await fixture(html`${el}`);
    await el.updateComplete;
    expect(dates(el)).to.equal(
      `Renewed on ${long('2025-02-01T09:00:00Z')}, first earned ${long('2019-03-01T09:00:00Z')} · Expires on ${long('2096-02-01T09:00:00Z')}`,
    );
    expect(states(el)).to.deep.equal(['renewed']);
  });

  it('renewed, the full layout (print, CV) carries the same line', async () => {
    const urls = renewals.chains.northwind;
    const history = earlierOf(urls);
    const { el: card } = await mount({ src: urls[2]!, history });
    const { el: full } = await mount({ src: urls[2]!, history }, { layout: 'full' });
    expect(dates(full)).to.equal(dates(card));
    expect(dates(full)).to.equal(
      `Renewed on ${long('2025-02-01T09:00:00Z')}, first earned ${long('2019-03-01T09:00:00Z')} · Expires on ${long('2096-02-01T09:00:00Z')}`,
    );
  });

  it('ignores earlier issues of another issuer: not renewed', async () => {
    const urls = renewals.chains.northwind;
    const other = reports.get(renewals.chains.metro[0]!)!;
    expect(other.badge!.issuer.id).to.not.equal(reports.get(urls[2]!)!.badge!.issuer.id);
    const { el } = await mount({ src: urls[2]!, history: [other] });
    expect(dates(el)).to.match(/^Issued /);
    expect(states(el)).to.deep.equal([]);
  });

  it('ignores an earlier issue whose signature fails: a copy backdated to 2015 does not make it held since 2015', async () => {
    const urls = renewals.chains.northwind;
    const doc = (await (await fetch(fixtureProxy(urls[0]!)!)).json()) as Record<string, unknown>;
    const forged = await verify({ ...doc, validFrom: '2015-01-01T09:00:00Z' }, { proxy: fixtureProxy, now: testNow, registries: [] });
    expect(forged.badge!.issuer.id).to.equal(reports.get(urls[2]!)!.badge!.issuer.id);
    expect(forged.checks.find((c) => c.id === 'proof')?.outcome).to.equal('failed');
    const { el } = await mount({ src: urls[2]!, history: [forged] });
    expect(dates(el)).to.match(/^Issued /);
    expect(states(el)).to.deep.equal([]);
  });

  it('drops "renewed" when the page takes the history away', async () => {
    const urls = renewals.chains.northwind;
    const { el } = await mount({ src: urls[2]!, history: earlierOf(urls) });
    expect(states(el)).to.deep.equal(['renewed']);
    el.history = undefined;
    await el.updateComplete;
    expect(dates(el)).to.match(/^Issued /);
    expect(states(el)).to.deep.equal([]);
  });

  it('speaks German on a German page', async () => {
    const { el: soon } = await mount({ src: urlOf('valid-expires-soon-jwt') }, { lang: 'de' });
    expect(dates(soon)).to.contain(`Gültig bis ${long('2030-02-10T00:00:00Z', 'de')} (in 40 Tagen)`);
    const urls = renewals.chains.northwind;
    const { el: renewed } = await mount({ src: urls[2]!, history: earlierOf(urls) }, { lang: 'de' });
    expect(dates(renewed)).to.match(
      new RegExp(`^Erneuert am ${long('2025-02-01T09:00:00Z', 'de')}, erstmals erworben am ${long('2019-03-01T09:00:00Z', 'de')} · `),
    );
    const { el: expired } = await mount({ src: urlOf('invalid-expired-jwt') }, { lang: 'de' });
    expect(dates(expired)).to.contain(`Abgelaufen am ${long('2025-06-01T00:00:00Z', 'de')}: Erneuerung nötig`);
  });

  describe('refreshService', () => {
    const details = (el: BadgeCardElement) => el.shadowRoot!.querySelector('[part~="details"]')!.textContent!.replace(/\s+/g, ' ');

    it('the report says "The issuer can renew this badge" for a credential that names a refresh service', async () => {
      const issuer = await makeIssuer();
      const jwt = await issuer.sign({
        '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
        id: 'urn:uuid:6f1c2d9e-3b7a-4c5e-9a1f-2d3e4f5a6b7c',
        type: ['VerifiableCredential', 'OpenBadgeCredential'],
        issuer: { id: issuer.did, type: ['Profile'], name: 'Renewing Issuer' },
        validFrom: '2029-01-01T00:00:00Z',
        validUntil: '2031-01-01T00:00:00Z',
        refreshService: { id: 'https://badges.example/refresh/6f1c2d9e', type: '1EdTechCredentialRefresh' },
        credentialSubject: {
          type: ['AchievementSubject'],
          id: 'did:example:learner',
          achievement: {
            id: 'https://badges.example/achievements/first-aid',
            type: ['Achievement'],
            name: 'First aid',
            criteria: { narrative: 'Pass the course' },
          },
        },
      });
      const { el, report } = await mount({ credential: jwt }, { 'open-details': '' });
      expect(report.status).to.equal('valid');
      expect(details(el)).to.contain('The issuer can renew this badge.');
      await expect(el).to.be.accessible();
    });

    it('and says nothing of renewal for one that does not', async () => {
      const { el } = await mount({ src: urlOf('valid-expires-soon-jwt') }, { 'open-details': '' });
      expect(el.shadowRoot!.querySelectorAll('[part~="details"] .check').length, 'the report is open').to.be.greaterThan(0);
      expect(details(el)).to.not.contain('renew');
    });
  });
});
