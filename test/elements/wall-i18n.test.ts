import { expect, fixture, html } from '@open-wc/testing';
import { BadgeCardElement } from '../../src/elements/badge-card.js';
import { BadgeWallElement } from '../../src/elements/badge-wall.js';
import type { BadgeWallVerifiedEvent } from '../../src/elements/wall/events.js';
import { enWall } from '../../src/elements/wall/strings.js';
import { enWallHistory } from '../../src/elements/wall/strings-history.js';
import { configure } from '../../src/elements/shared/config.js';
import { loadCatalogues, type Catalogue, type MessageKey } from '../../src/elements/shared/i18n.js';
import { fixtureProxy } from '../helpers/hosts.js';
import { testNow } from '../helpers/clock.mjs';

// The wall speaks the one catalogue (shared/i18n.ts): its own words are translated with its cards'.
configure({ now: testNow });
if (!customElements.get('badge-card')) customElements.define('badge-card', BadgeCardElement);
if (!customElements.get('badge-wall')) customElements.define('badge-wall', BadgeWallElement);

const PORTFOLIO = 'https://badges.example/portfolio.json';

/**
 * Every text a visitor (or a screen reader) gets from the wall's own shadow root (text, labels,
 * options), without what the badges and the list say themselves (names, issuers, skills: content,
 * in whatever language their authors wrote).
 */
function wallText(el: BadgeWallElement, source: { name: string; owner: string; description: string }): string {
  const root = el.shadowRoot!;
  const parts = [root.textContent ?? ''];
  for (const node of root.querySelectorAll('*')) {
    for (const name of ['aria-label', 'title', 'placeholder']) {
      const v = node.getAttribute(name);
      if (v) parts.push(v);
    }
  }
  const content = [
    source.name,
    source.owner,
    source.description,
    ...el.reports.flatMap((r) => [r.report?.badge?.name ?? '', r.url ?? '']),
    ...[...el.summary.issuers, ...el.summary.claimedIssuers, ...el.summary.skills].map((f) => f.name),
  ].filter(Boolean);
  // Longest first, so a name inside another (a skill inside a badge name) does not leave pieces.
  content.sort((a, b) => b.length - a.length);
  let text = parts.join('\n');
  for (const c of content) text = text.split(c).join(' ');
  return text;
}

/** The literal pieces of an English string around its `{placeholders}`, as whole-word patterns. */
function fragments(text: string): string[] {
  return text
    .split(/\{\w+\}/)
    .map((s) =>
      s
        .trim()
        .replace(/^[:,.]+|[:,.]+$/g, '')
        .trim(),
    )
    .filter((s) => s.length >= 3);
}

function hasWord(haystack: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'u').test(haystack);
}

/** Words a language writes as English does: seeing them is not English left behind. */
const SHARED: Record<string, string[]> = { de: ['Status', 'Name'], fr: ['badges', 'badge'], es: [], ar: [] };

describe('<badge-wall> in every shipped language', () => {
  let catalogues: Readonly<Record<string, Catalogue>>;
  let source: { name: string; owner: string; description: string };
  before(async () => {
    catalogues = await loadCatalogues();
    source = (await (await fetch(fixtureProxy(PORTFOLIO)!)).json()) as typeof source;
  });

  it('has every wall string in every language (the key sets match English)', () => {
    const wallKeys = Object.keys({ ...enWall, ...enWallHistory });
    for (const lang of ['de', 'es', 'fr', 'ar']) {
      const missing = wallKeys.filter((k) => !catalogues[lang]![k as MessageKey]);
      expect(missing, lang).to.deep.equal([]);
      expect(Object.keys(catalogues[lang]!).sort(), lang).to.deep.equal(Object.keys(catalogues.en!).sort());
    }
  });

  for (const lang of ['de', 'es', 'fr', 'ar']) {
    it(`shows no English string of its own in ${lang}`, async () => {
      const el = document.createElement('badge-wall');
      el.proxy = fixtureProxy;
      el.setAttribute('lang', lang);
      el.src = PORTFOLIO;
      el.eager = true;
      const done = new Promise<BadgeWallVerifiedEvent>((resolve) => el.addEventListener('badge-wall-verified', resolve, { once: true }));
      await fixture(html`<div>${el}</div>`);
      const { counts } = await done;
      await el.updateComplete;
      // The header shows every kind of count in the portfolio (it has one of each outcome).
      expect(counts.invalid && counts.error && counts.unconfirmed, 'the portfolio shows every count').to.be.greaterThan(0);
      const seen = [wallText(el, source)];
      el.view = { status: 'valid', group: 'issuer' }; // the "Showing…" line, its button and group headings
      await el.updateComplete;
      seen.push(wallText(el, source));
      const text = seen.join('\n');

      const cat = catalogues[lang]!;
      const english: string[] = [];
      for (const [key, en] of Object.entries(enWall)) {
        for (const f of fragments(en)) if (!SHARED[lang]!.includes(f) && hasWord(text, f)) english.push(`${key}: "${f}"`);
      }
      expect(english, `${lang} wall`).to.deep.equal([]);
      // …and its own words are there.
      expect(text).to.contain(cat['wall.issuers']);
      expect(text).to.contain(cat['wall.clear']);
    });
  }
});
