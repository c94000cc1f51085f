import { expect } from '@open-wc/testing';
import { BadgeCardElement } from '../../src/elements/badge-card.js';
import { BadgeWallElement } from '../../src/elements/badge-wall.js';
import { CARD_PARTS, cardExportParts } from '../../src/elements/card/parts.js';
import { configure } from '../../src/elements/shared/config.js';
import { fixtureManifest, type FixtureCase } from '../helpers/hosts.js';
import { mountCard, mountWall } from '../helpers/mount-card.js';
import { testNow } from '../helpers/clock.mjs';

// The card's parts are declared once (card/parts.ts): the card renders none outside the list, and
// a wall forwards every one of them, so a part added to the card reaches a page styling it through a wall.
configure({ now: testNow });
if (!customElements.get('badge-card')) customElements.define('badge-card', BadgeCardElement);
if (!customElements.get('badge-wall')) customElements.define('badge-wall', BadgeWallElement);

const partsIn = (root: ParentNode): Set<string> =>
  new Set([...root.querySelectorAll('[part]')].flatMap((n) => n.getAttribute('part')!.split(/\s+/).filter(Boolean)));

describe('<badge-card> parts, declared once', () => {
  let cases: FixtureCase[] = [];
  before(async () => {
    cases = await fixtureManifest();
  });

  it('renders no part missing from CARD_PARTS (full layout, report open, share menu open, error)', async () => {
    const names = ['valid-ob3-rdfc-didweb', 'valid-ob3-with-endorsement', 'valid-ob3-jcs-didkey', 'valid-ob2-hosted', 'valid-multilingual', 'unknown-key-id'];
    const seen = new Set<string>();
    const cards: BadgeCardElement[] = [];
    try {
      for (const name of names) {
        const el = await mountCard(cases.find((c) => c.name === name)!.url, { layout: 'full', 'open-details': '' });
        cards.push(el);
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="share-button"]')?.click();
        await el.updateComplete;
        for (const p of partsIn(el.shadowRoot!)) seen.add(p);
      }
      const broken = await mountCard('https://badges.example/b/9999-deleted-badge.json', {});
      cards.push(broken);
      for (const p of partsIn(broken.shadowRoot!)) seen.add(p);
    } finally {
      for (const c of cards) c.remove();
    }
    // The states above show most parts: a list that stopped matching the card would show here.
    expect(seen.size).to.be.greaterThan(20);
    expect(
      [...seen].filter((p) => !(CARD_PARTS as readonly string[]).includes(p)),
      'parts the card renders but CARD_PARTS lacks',
    ).to.deep.equal([]);
  });

  it('a wall forwards every card part as card__<part>', async () => {
    const { wall, firstCard: inner } = await mountWall([cases.find((c) => c.name === 'valid-ob3-rdfc-didweb')!.url]);
    try {
      const forwarded = new Map(
        inner
          .getAttribute('exportparts')!
          .split(',')
          .map((pair) => pair.trim().split(':') as [string, string]),
      );
      for (const p of CARD_PARTS) expect(forwarded.get(p), p).to.equal(`card__${p}`);
      // …and what the inner card renders is reachable from the page: ::part(card__status) styles it.
      const style = document.createElement('style');
      style.textContent = 'badge-wall::part(card__status) { outline: 3px dotted rgb(1, 2, 3); }';
      document.head.append(style);
      try {
        expect(getComputedStyle(inner.shadowRoot!.querySelector('[part~="status"]')!).outlineColor).to.equal('rgb(1, 2, 3)');
      } finally {
        style.remove();
      }
    } finally {
      wall.remove();
    }
  });

  it('derives the forwarding from the list: a new part is forwarded without touching the wall', () => {
    const list = CARD_PARTS as unknown as string[];
    list.push('future-part');
    try {
      expect(cardExportParts()).to.contain('future-part:card__future-part');
    } finally {
      list.pop();
    }
  });
});
