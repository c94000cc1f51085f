// Issue 15 in the elements: a badge is shown as coming from a named organisation only when a domain
// or a registry vouches for that name. Real signed fixtures (spoofs made by scripts/make-identity-fixtures.mjs),
// real fetches from the test server, in Chromium; every card in every language and layout.

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { BadgeCardElement as CardClass } from '../../src/elements/badge-card.js';
import { BadgeVerifyElement as VerifyClass } from '../../src/elements/badge-verify.js';
import { BadgeWallElement as WallClass } from '../../src/elements/badge-wall.js';
import { configure } from '../../src/elements/shared/config.js';
import { translator } from '../../src/elements/shared/i18n.js';
import { issuerConfirmation, summarize } from '../../src/elements/shared/report.js';
import { cleanText, clipText, shortDid } from '../../src/elements/shared/safe-text.js';
import type { BadgeCardElement, BadgeVerifiedEvent, BadgeVerifyElement, BadgeWallElement } from '../../src/index.js';
import type { IssuerIdentity, VerificationReport } from '../../src/core/model.js';
import type { RegistryConfig } from '../../src/core/options.js';
import { fixtureManifest, fixtureProxy } from '../helpers/hosts.js';
import { testNow } from '../helpers/clock.mjs';

// Default registries (DCC's production ones) through fixtureProxy: their copies, and a federation that answers 404.
configure({ now: testNow, registries: undefined });

if (!customElements.get('badge-card')) customElements.define('badge-card', CardClass);
if (!customElements.get('badge-verify')) customElements.define('badge-verify', VerifyClass);
if (!customElements.get('badge-wall')) customElements.define('badge-wall', WallClass);

interface Spoof {
  name: string;
  url: string;
  claimed: string;
  issuer: string;
}
let spoofs: Spoof[] = [];
let legacyUrl = '';
const urls: Record<string, string> = {};
const spoof = (name: string): Spoof => spoofs.find((s) => s.name === name)!;
const testRegistry = (): RegistryConfig => ({ type: 'dcc-legacy', name: 'Test Registry', url: legacyUrl });

before(async () => {
  const fx = (await (await fetch('/test/fixtures/identity.json')).json()) as { spoofs: Spoof[]; registries: { legacy: string } };
  spoofs = fx.spoofs;
  legacyUrl = fx.registries.legacy;
  for (const c of await fixtureManifest()) urls[c.name] = c.url;
});

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** What the verdict line and the live region say. */
const verdict = (el: BadgeCardElement) => text(part(el, 'status'));
const announced = (el: BadgeCardElement) => text(part(el, 'announcer'));

interface CardOptions {
  lang?: string;
  layout?: 'card' | 'compact' | 'full';
  width?: string;
  registries?: RegistryConfig[];
}

/** A card, listening before it connects; resolves once its report is rendered. */
async function card(src: string, o: CardOptions = {}): Promise<{ el: BadgeCardElement; report: VerificationReport }> {
  const el = document.createElement('badge-card');
  el.proxy = fixtureProxy;
  if (o.registries) el.registries = o.registries;
  if (o.lang) el.setAttribute('lang', o.lang);
  if (o.layout) el.layout = o.layout;
  el.src = src;
  const done = oneEvent(el, 'badge-verified');
  await fixture(html`<div style=${o.width ? `inline-size:${o.width}` : ''}>${el}</div>`);
  const { report } = (await done) as unknown as BadgeVerifiedEvent;
  await el.updateComplete;
  return { el, report };
}

const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF]/;

describe('identity: safe text', () => {
  it('removes bidi controls and zero-width characters', () => {
    expect(cleanText('Univ\u202Eytisre\u202C\u200B X\uFEFF')).to.equal('Univytisre X');
    expect(INVISIBLE.test(cleanText('a\u2066b\u2069c\u200Ed\u061Ce\u2060f\u200D'))).to.equal(false);
  });

  it('cuts a long name at a space, keeping the whole text for the tooltip', () => {
    const long = 'Certificate of Excellence and Distinction '.repeat(5).trim();
    const c = clipText(long);
    expect([...c.text].length).to.be.at.most(80);
    expect(c.text.endsWith('…')).to.equal(true);
    expect(c.full).to.equal(long);
    expect(clipText('Short name')).to.deep.equal({ text: 'Short name' });
  });

  it('shortens a long DID to its first 12 and last 3 characters, and leaves short ids whole', () => {
    expect(shortDid('did:key:z6MkqjjRsvNXpdVyWM5KevxpCP5JpXXgNdJZ9SexA5wBxB7s')).to.equal('did:key:z6MkqjjRsvNX…B7s');
    expect(shortDid('did:web:issuer.example')).to.equal('did:web:issuer.example');
    expect(shortDid('https://college.example/issuer.json')).to.equal('https://college.example/issuer.json');
  });
});

describe('identity: the verdict line of hand-built reports', () => {
  const base = { status: 'valid' as const, checks: [], verifiedAt: '2025-01-01T00:00:00Z' };
  const withId = (identity?: IssuerIdentity): VerificationReport => ({ ...base, ...(identity ? { identity } : {}) });
  const en = translator('en');

  it('names the claimed name beside the domain, or the domain alone', () => {
    expect(summarize(en, withId({ anchor: 'domain', domain: 'issuer.example', claimedName: 'Northwind' })).text).to.equal(
      'Verified: issued by Northwind · issuer.example',
    );
    expect(summarize(en, withId({ anchor: 'domain', domain: 'issuer.example' })).text).to.equal('Verified: issued by issuer.example');
  });

  it('names the registry’s name for the issuer, never the claimed one', () => {
    const registry = { id: 'https://r.example/registry.json', name: 'DCC Member Registry', supplied: 'library' as const };
    expect(summarize(en, withId({ anchor: 'registry', registry, name: 'Guild e.V.', claimedName: 'Guild' })).text).to.equal(
      'Verified: Guild e.V. · listed in DCC Member Registry',
    );
    expect(summarize(en, withId({ anchor: 'registry', registry, claimedName: 'Harvard University' })).text).to.equal(
      'Verified: issuer listed in DCC Member Registry',
    );
    expect(summarize(en, withId({ anchor: 'registry', registry: { ...registry, supplied: 'page', test: true }, name: 'Guild e.V.' })).text).to.equal(
      'Verified: Guild e.V. · listed in DCC Member Registry (test registry added by this page)',
    );
    expect(summarize(en, withId({ anchor: 'registry', registry: { id: 'page:Alumni', name: 'Alumni', supplied: 'page' }, name: 'Guild e.V.' })).text).to.equal(
      'Verified: Guild e.V. · listed by this page',
    );
  });

  it('says "issuer not confirmed" in the caution tone for none, unknown and a report without identity', () => {
    for (const [identity, line] of [
      [{ anchor: 'none', claimedName: 'Harvard University' }, 'Signature valid · issuer not confirmed'],
      [{ anchor: 'unknown', claimedName: 'Harvard University' }, 'Signature valid · issuer could not be confirmed'],
      [undefined, 'Signature valid · issuer not confirmed'],
    ] as const) {
      const s = summarize(en, withId(identity as IssuerIdentity | undefined));
      expect(s.text).to.equal(line);
      expect(s.unconfirmed).to.equal(true);
      expect(issuerConfirmation(withId(identity as IssuerIdentity | undefined))).to.equal('unconfirmed');
    }
  });
});

describe('identity: a self-made key claiming a famous name, in <badge-card>', () => {
  const variants: CardOptions[] = [
    {},
    { lang: 'de' },
    { width: '320px' },
    { layout: 'compact' },
    { layout: 'full' },
    { lang: 'de', layout: 'full', width: '320px' },
  ];
  for (const name of ['spoof-didkey-harvard', 'spoof-didjwk-mit']) {
    for (const o of variants) {
      it(`${name} ${JSON.stringify(o)}: never "issued by" the claimed name, no link to its site, issuer-unconfirmed`, async () => {
        const s = spoof(name);
        const { el, report } = await card(s.url, o);
        expect(report.status).to.equal('valid');
        expect(['none', 'unknown']).to.include(report.identity?.anchor);
        for (const line of [verdict(el), announced(el)]) {
          expect(line).to.not.contain(s.claimed);
          expect(line).to.not.match(/issued by|ausgestellt von/i);
          expect(line).to.match(o.lang === 'de' ? /^(!\s*)?Signatur gültig/ : /^(!\s*)?Signature valid/);
        }
        expect(part(el, 'status')!.classList.contains('unconfirmed')).to.equal(true);
        expect(el.matches(':state(valid)')).to.equal(true);
        expect(el.matches(':state(issuer-unconfirmed)')).to.equal(true);
        expect(el.matches(':state(issuer-confirmed)')).to.equal(false);
        const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
        expect(links.filter((h) => /harvard|mit\.edu/.test(h))).to.deep.equal([]);
        if (o.layout !== 'compact') {
          expect(text(part(el, 'issuer'))).to.contain(s.claimed);
          expect(text(part(el, 'claimed'))).to.equal(o.lang === 'de' ? '(nur vom Badge behauptet)' : '(claimed by the badge)');
          expect(part(el, 'issuer-logo') === null, 'no issuer-logo part').to.equal(true);
        }
      });
    }
  }

  for (const lang of ['en', 'de']) {
    it(`the share menu (${lang}) never puts the claimed name in the holder's post or LinkedIn profile`, async () => {
      const s = spoof('spoof-didkey-harvard');
      const { el } = await card(s.url, { lang });
      part(el, 'share-button')!.click();
      await el.updateComplete;
      const href = (id: string) => el.shadowRoot!.querySelector<HTMLAnchorElement>(`[data-share="${id}"]`)!.href;
      const post = new URL(href('x')).searchParams.get('text') ?? '';
      expect(post).to.equal(lang === 'de' ? 'Ich habe „Master of Business Administration“ erhalten.' : 'I earned “Master of Business Administration”.');
      const profile = new URL(href('linkedin-add')).searchParams;
      expect(profile.get('name')).to.equal('Master of Business Administration');
      expect(profile.has('organizationName')).to.equal(false);
      expect(decodeURIComponent(href('linkedin-add') + href('x'))).to.not.contain('Harvard');
    });
  }

  it('the status colour is the caution colour, not the success green, and the line keeps its box', async () => {
    const spoofCard = await card(spoof('spoof-didkey-harvard').url);
    const domainCard = await card(urls['valid-ob3-rdfc-didweb']!);
    const unconfirmed = getComputedStyle(part(spoofCard.el, 'status')!);
    const confirmed = getComputedStyle(part(domainCard.el, 'status')!);
    expect(unconfirmed.color).to.not.equal(confirmed.color);
    expect(part(spoofCard.el, 'status')!.getBoundingClientRect().height).to.equal(part(domainCard.el, 'status')!.getBoundingClientRect().height);
  });

  it('is accessible in the unconfirmed state, report open', async () => {
    const { el } = await card(spoof('spoof-didkey-harvard').url);
    el.openDetails = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('the report’s "Who issued it" step says the name is only claimed, quotes the website as text, and has the whole DID', async () => {
    const s = spoof('spoof-didkey-harvard');
    const { el } = await card(s.url, { registries: [testRegistry()] });
    el.openDetails = true;
    await el.updateComplete;
    const step = el.shadowRoot!.querySelector('[data-check="identity"]')!;
    expect(step.getAttribute('data-outcome')).to.equal('warning');
    expect(text(step.querySelector('.check-title'))).to.equal('Who issued it');
    expect(text(step)).to.contain('only proves that this key made the badge');
    expect(text(step)).to.contain('Issuer name given by the badge (not confirmed): Harvard University');
    expect(text(step)).to.contain('Website given by the badge (not confirmed): https://www.harvard.edu');
    expect(step.querySelector('a') === null, 'no link in the step').to.equal(true);
    expect(text(step.querySelector('details summary'))).to.contain('did:key:z6MkqjjRsvNX…B7s');
    expect(text(step.querySelector('details > code'))).to.equal(s.issuer);
  });

  it('a shaped name: no bidi or zero-width character reaches the screen, the mix of scripts is flagged, the long name is cut', async () => {
    const s = spoof('spoof-shaped-name');
    const { el, report } = await card(s.url, { layout: 'full', registries: [] });
    expect(report.identity?.mixedScripts).to.equal(true);
    el.openDetails = true;
    await el.updateComplete;
    const shown = el.shadowRoot!.querySelector('.card')!.textContent!;
    expect(INVISIBLE.test(shown)).to.equal(false);
    expect(INVISIBLE.test(announced(el))).to.equal(false);
    expect(text(part(el, 'issuer'))).to.contain('Нarvard Univytisre');
    expect(part(el, 'issuer')!.querySelector('bdi') !== null, 'a bdi in the issuer part').to.equal(true);
    const name = part(el, 'name')!;
    expect([...text(name)].length).to.be.at.most(80);
    expect(name.getAttribute('title')).to.equal(cleanText(report.badge!.name));
    expect(text(el.shadowRoot!.querySelector('[data-check="identity"]'))).to.contain('This name mixes writing systems');
  });
});

describe('identity: layout and endorsers', () => {
  it('a spoof at 320px: the verdict and the byline stay inside the card', async () => {
    const { el } = await card(spoof('spoof-shaped-name').url, { width: '320px', layout: 'full', registries: [] });
    const right = el.shadowRoot!.querySelector('.card')!.getBoundingClientRect().right;
    for (const name of ['status', 'issuer', 'name', 'claimed']) expect(part(el, name)!.getBoundingClientRect().right, name).to.be.at.most(right + 0.5);
  });

  it('an endorser is named as far as its own identity goes (a did:web endorser linked; the same with identity none, marked claimed)', async () => {
    const { el, report } = await card(urls['valid-ob3-with-endorsement']!, { layout: 'full' });
    const endorsement = report.badge!.endorsements[0]!;
    expect(issuerConfirmation(endorsement.report)).to.equal('confirmed');
    const item = () => part(el, 'endorsements')!.querySelector('li')!;
    expect(item().querySelector('.claimed') === null, 'no .claimed').to.equal(true);
    expect(item().querySelector('a')!.getAttribute('href')).to.equal('https://datalab.test/');
    // The same report shown with an endorser nothing vouches for (a report property, as a wall hands it over).
    const unconfirmed: VerificationReport = {
      ...report,
      badge: {
        ...report.badge!,
        endorsements: [{ ...endorsement, report: { ...endorsement.report!, identity: { anchor: 'none', claimedName: 'Civic Data Lab' } } }],
      },
    };
    el.report = unconfirmed;
    await el.updateComplete;
    expect(text(item())).to.contain('Civic Data Lab (claimed by the badge)');
    expect(item().querySelector('a') === null, 'no link').to.equal(true);
  });
});

describe('identity: issuers something vouches for, in <badge-card>', () => {
  it('a did:web issuer: the claimed name beside its domain, linked only on that domain, issuer-confirmed', async () => {
    const { el, report } = await card(urls['valid-ob3-rdfc-didweb']!);
    expect(report.identity?.anchor).to.equal('domain');
    expect(verdict(el)).to.equal('✓Verified: issued by Northwind Institute · issuer.example');
    expect(announced(el)).to.equal('Verified: issued by Northwind Institute · issuer.example');
    expect(text(part(el, 'issuer-domain'))).to.contain('issuer.example');
    expect(part(el, 'issuer')!.querySelector('a')!.getAttribute('href')).to.equal('https://issuer.example/');
    expect(part(el, 'claimed') === null, 'no claimed part').to.equal(true);
    expect(el.matches(':state(issuer-confirmed)')).to.equal(true);
    expect(el.matches(':state(issuer-unconfirmed)')).to.equal(false);
  });

  it('a did:web issuer: the share menu names the issuer the domain vouches for', async () => {
    const { el } = await card(urls['valid-ob3-rdfc-didweb']!);
    part(el, 'share-button')!.click();
    await el.updateComplete;
    const href = (id: string) => el.shadowRoot!.querySelector<HTMLAnchorElement>(`[data-share="${id}"]`)!.href;
    expect(new URL(href('x')).searchParams.get('text')).to.contain('from Northwind Institute.');
    expect(new URL(href('linkedin-add')).searchParams.get('organizationName')).to.equal('Northwind Institute');
  });

  it('a did:web issuer in German', async () => {
    const { el } = await card(urls['valid-ob3-rdfc-didweb']!, { lang: 'de' });
    expect(announced(el)).to.equal('Verifiziert: ausgestellt von Northwind Institute · issuer.example');
  });

  it('the Guild’s did:key listed in a registry the page added: the registry’s name for it, "listed in …"', async () => {
    const { el, report } = await card(urls['valid-ob3-jcs-didkey']!, { registries: [testRegistry()] });
    expect(report.identity?.anchor).to.equal('registry');
    expect(announced(el)).to.equal('Verified: Open Source Guild e.V. · listed in Test Registry (added by this page)');
    const byline = text(part(el, 'issuer'));
    expect(byline).to.contain('Open Source Guild e.V.');
    expect(byline).to.contain('listed in Test Registry');
    expect(byline).to.contain('the badge says “Open Source Guild”');
    expect(text(part(el, 'identity'))).to.contain('listed in Test Registry');
    expect(el.matches(':state(issuer-confirmed)')).to.equal(true);
  });

  it('the same did:key under the default registries: could not be confirmed (the production federation answers 404)', async () => {
    const { el, report } = await card(urls['valid-ob3-jcs-didkey']!);
    expect(report.identity?.anchor).to.equal('unknown');
    expect(announced(el)).to.equal('Signature valid · issuer could not be confirmed');
    expect(el.matches(':state(issuer-unconfirmed)')).to.equal(true);
  });

  it('configure({registries}) reaches the card like its own property', async () => {
    configure({ registries: [testRegistry()] });
    try {
      const { el } = await card(urls['valid-vc-jwt-es256-didjwk']!);
      expect(announced(el)).to.equal('Verified: Metro Skills Council · listed in Test Registry (added by this page)');
    } finally {
      configure({ registries: undefined });
    }
  });
});

describe('identity: <badge-wall> and <badge-verify> with spoofs', () => {
  async function wall(list: string[], registries?: RegistryConfig[], lang?: string): Promise<BadgeWallElement> {
    const el = document.createElement('badge-wall');
    el.proxy = fixtureProxy;
    el.eager = true;
    if (registries) el.registries = registries;
    if (lang) el.setAttribute('lang', lang);
    el.credentials = list;
    const done = oneEvent(el, 'badge-wall-verified');
    await fixture(html`<div style="inline-size: 900px">${el}</div>`);
    await done;
    await el.updateComplete;
    return el;
  }

  it('counts "verified, issuer confirmed" apart from "signature valid, issuer not confirmed", and lists claimed names apart', async () => {
    const el = await wall([spoof('spoof-didkey-harvard').url, spoof('spoof-didjwk-mit').url, urls['valid-ob3-rdfc-didweb']!]);
    expect(el.counts).to.deep.include({ valid: 3, confirmed: 1, unconfirmed: 2 });
    const counts = text(part(el, 'counts'));
    expect(counts).to.contain('1 verified, issuer confirmed');
    expect(counts).to.contain('2 signature valid, issuer not confirmed');
    expect(el.summary.issuers).to.deep.equal([{ name: 'issuer.example', count: 1 }]);
    expect(el.summary.claimedIssuers.map((i) => i.name).sort()).to.deep.equal(['Harvard University', 'Massachusetts Institute of Technology']);
    const chips = [...el.shadowRoot!.querySelectorAll('[part="issuers"] button')].map((b) => text(b));
    expect(chips).to.deep.equal(['issuer.example 1', 'Not confirmed: Harvard University 1', 'Not confirmed: Massachusetts Institute of Technology 1']);
    // Grouped by issuer: the proven one first, the claimed names after it, each marked.
    el.group = 'issuer';
    await el.updateComplete;
    const headings = [...el.shadowRoot!.querySelectorAll('[part="group-heading"] .group-name')].map((h) => text(h));
    expect(headings).to.deep.equal(['issuer.example', 'Not confirmed: Harvard University', 'Not confirmed: Massachusetts Institute of Technology']);
    // No card of the wall says "issued by" a claimed name.
    const cards = [...el.shadowRoot!.querySelectorAll<BadgeCardElement>('badge-card')];
    expect(cards.length).to.equal(3);
    for (const c of cards) {
      await c.updateComplete;
      expect(verdict(c)).to.not.match(/Harvard|Massachusetts/);
      expect(announced(c)).to.not.match(/Harvard|Massachusetts/);
    }
  });

  it('a claimed-name chip filters to its badges only, and the print line marks it', async () => {
    const el = await wall([spoof('spoof-didkey-harvard').url, urls['valid-ob3-rdfc-didweb']!], undefined, 'de');
    const chip = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="issuers"] button')].find((b) => text(b).includes('Harvard'))!;
    expect(text(chip)).to.equal('Nicht bestätigt: Harvard University 1');
    chip.click();
    await el.updateComplete;
    const shown = [...el.shadowRoot!.querySelectorAll('[part="print-line"] .p-issuer')].map((p) => text(p));
    expect(shown).to.deep.equal(['Nicht bestätigt: Harvard University']);
    expect(text(part(el, 'counts'))).to.contain('1 mit gültiger Signatur, Aussteller nicht bestätigt');
  });

  it('the wall’s registries reach its verification: the Guild under the registry’s name', async () => {
    const el = await wall([urls['valid-ob3-jcs-didkey']!], [testRegistry()]);
    expect(el.summary.issuers).to.deep.equal([{ name: 'Open Source Guild e.V.', count: 1 }]);
    expect(el.counts).to.deep.include({ confirmed: 1, unconfirmed: 0 });
  });

  it('<badge-verify>: the spoof’s summary never names Harvard, the first step is "Who issued it", issuer-unconfirmed', async () => {
    const el = document.createElement('badge-verify') as BadgeVerifyElement;
    el.proxy = fixtureProxy;
    el.src = spoof('spoof-didkey-harvard').url;
    const done = oneEvent(el, 'badge-verified');
    await fixture(html`<div style="inline-size: 320px">${el}</div>`);
    await done;
    await el.updateComplete;
    const summary = text(el.shadowRoot!.querySelector('[part="summary"]'));
    expect(summary).to.not.contain('Harvard');
    expect(summary).to.contain('Signature valid · issuer');
    expect(el.shadowRoot!.querySelector('[part="summary"]')!.classList.contains('unconfirmed')).to.equal(true);
    const steps = [...el.shadowRoot!.querySelectorAll('[part="steps"] [data-check]')];
    expect(steps[0]!.getAttribute('data-check')).to.equal('identity');
    expect(text(steps[0]!.querySelector('.check-title'))).to.equal('Who issued it');
    expect(text(steps[0]!.querySelector('.check-explain'))).to.contain('not whose key it is');
    expect(el.matches(':state(issuer-unconfirmed)')).to.equal(true);
    const inner = el.card!;
    await inner.updateComplete;
    expect(verdict(inner)).to.not.contain('Harvard');
    await expect(el).to.be.accessible();
  });

  it('<badge-verify> in German and Arabic explains who issued it', async () => {
    for (const [lang, title] of [
      ['de', 'Wer es ausgestellt hat'],
      ['ar', 'من أصدرها'],
    ] as const) {
      const el = document.createElement('badge-verify') as BadgeVerifyElement;
      el.proxy = fixtureProxy;
      el.setAttribute('lang', lang);
      el.src = spoof('spoof-didjwk-mit').url;
      const done = oneEvent(el, 'badge-verified');
      await fixture(html`${el}`);
      await done;
      await el.updateComplete;
      const first = el.shadowRoot!.querySelector('[part="steps"] [data-check]')!;
      expect(text(first.querySelector('.check-title'))).to.equal(title);
      expect(text(el.shadowRoot!.querySelector('[part="summary"]'))).to.not.contain('Massachusetts');
    }
  });
});
