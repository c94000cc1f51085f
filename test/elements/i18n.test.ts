import { expect } from '@open-wc/testing';
import { directionOf, loadCatalogues, localizedBadge, resolveLang, translator, type Catalogue } from '../../src/elements/shared/i18n.js';
import { summarize } from '../../src/elements/shared/report.js';
import type { Badge, VerificationReport } from '../../src/core/model.js';

describe('i18n', () => {
  // English is inline; the other languages are separate modules, loaded on demand.
  let catalogues: Readonly<Record<string, Catalogue>>;
  before(async () => {
    catalogues = await loadCatalogues();
  });

  it('ships en, es, fr, de and ar with every key filled', () => {
    const keys = Object.keys(catalogues.en!).sort();
    for (const lang of ['es', 'fr', 'de', 'ar']) {
      const cat = catalogues[lang]!;
      expect(Object.keys(cat).sort(), lang).to.deep.equal(keys);
      for (const k of keys)
        expect(cat[k as keyof typeof cat], `${lang} ${k}`)
          .to.be.a('string')
          .and.not.equal('');
    }
  });

  it('keeps every {placeholder} of English in every translation', () => {
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const [lang, cat] of Object.entries(catalogues)) {
      for (const [k, v] of Object.entries(catalogues.en!)) expect(holes(cat[k as keyof typeof cat]), `${lang} ${k}`).to.deep.equal(holes(v));
    }
  });

  it('marks Arabic right-to-left', () => {
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('ar-EG')).to.equal('rtl');
    expect(directionOf('fr')).to.equal('ltr');
    expect(translator('ar').dir).to.equal('rtl');
  });

  it('falls back by primary language, then to English', () => {
    expect(translator('fr-CA').uiLang).to.equal('fr');
    expect(translator('pt-BR').uiLang).to.equal('en');
    expect(translator('not a tag!').lang).to.equal('en');
  });

  it('fills placeholders as plain text', () => {
    expect(translator('en').t('status.validDomain', { issuer: '<b>Acme</b>', domain: 'acme.example' })).to.equal(
      'Verified: issued by <b>Acme</b> · acme.example',
    );
  });

  it('formats dates and relative times with Intl', () => {
    const t = translator('en-GB');
    expect(t.date('2025-05-03T12:00:00Z')).to.equal('3 May 2025');
    const now = new Date('2025-05-01T00:00:00Z');
    expect(t.relative('2025-05-13T00:00:00Z', now)).to.equal('in 12 days');
    expect(t.t('date.validUntil', { date: t.date('2025-05-13T00:00:00Z')!, relative: t.relative('2025-05-13T00:00:00Z', now)! })).to.equal(
      'Valid until 13 May 2025 (in 12 days)',
    );
    expect(translator('de').date('2025-05-03T12:00:00Z')).to.equal('3. Mai 2025');
    expect(t.date('not a date')).to.equal(undefined);
  });

  it('resolves the language: own lang, then closest ancestor (through shadow roots), then <html lang>', async () => {
    // Built by hand: open-wc's fixture() waits a frame for plain elements (none in a background tab).
    const host = document.createElement('section');
    host.lang = 'fr';
    host.innerHTML = '<div><span id="a"></span><span id="b" lang="de"></span></div>';
    document.body.append(host);
    expect(resolveLang(host.querySelector('#a')!)).to.equal('fr');
    expect(resolveLang(host.querySelector('#b')!)).to.equal('de');
    const outer = host.querySelector('div')!;
    const root = outer.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    expect(resolveLang(inner)).to.equal('fr');
    const loose = document.createElement('span');
    document.body.append(loose);
    const before = document.documentElement.lang;
    document.documentElement.lang = 'es';
    try {
      expect(resolveLang(loose)).to.equal('es');
      expect(resolveLang(loose, 'de')).to.equal('de'); // configure({locale}) beats <html lang>
    } finally {
      document.documentElement.lang = before;
      loose.remove();
      host.remove();
    }
  });

  it('picks the credential translation for the page language (hand-built badge)', () => {
    const badge = {
      name: 'Teamwork',
      description: 'Works well with others',
      language: 'en',
      translations: { 'es-ES': { name: 'Trabajo en equipo' }, fr: { name: 'Travail d’équipe', description: 'Travaille bien en équipe' } },
    } as unknown as Badge;
    expect(localizedBadge(badge, 'es').name).to.equal('Trabajo en equipo');
    expect(localizedBadge(badge, 'es').description).to.equal('Works well with others');
    expect(localizedBadge(badge, 'fr-FR')).to.include({ name: 'Travail d’équipe', lang: 'fr' });
    expect(localizedBadge(badge, 'de').name).to.equal('Teamwork');
  });

  it('words the status line of hand-built reports in plain language', () => {
    const t = translator('en');
    const base = { verifiedAt: '2025-01-01T00:00:00Z' };
    const tampered: VerificationReport = {
      ...base,
      status: 'invalid',
      checks: [
        { id: 'format', outcome: 'passed', message: '' },
        { id: 'proof', outcome: 'failed', message: 'bad sig' },
      ],
    };
    expect(summarize(t, tampered).text).to.equal('Not valid: it was changed after it was issued (tampered)');
    const cors: VerificationReport = {
      ...base,
      status: 'indeterminate',
      checks: [{ id: 'revocation', outcome: 'unknown', message: 'blocked', detail: { code: 'cors-blocked' } }],
    };
    expect(summarize(t, cors).text).to.equal('Could not check: the issuer’s server does not let this page check it (CORS)');
    const list: VerificationReport = { ...base, status: 'indeterminate', checks: [{ id: 'revocation', outcome: 'unknown', message: 'HTTP 404' }] };
    expect(summarize(t, list).text).to.contain('status list is unreachable');
    expect(summarize(translator('fr'), undefined).text).to.equal('Vérification du badge…');
  });
});
