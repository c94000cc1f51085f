import { expect } from '@open-wc/testing';
import { BadgeCardElement } from '../../src/elements/badge-card.js';
import { BadgeWallElement } from '../../src/elements/badge-wall.js';
import { configure } from '../../src/elements/shared/config.js';
import { fixtureManifest } from '../helpers/hosts.js';
import { mountCard, mountWall } from '../helpers/mount-card.js';
import { testNow } from '../helpers/clock.mjs';

// A card or a wall cannot know the page's outline: the page sets where its headings sit.
configure({ now: testNow });
if (!customElements.get('badge-card')) customElements.define('badge-card', BadgeCardElement);
if (!customElements.get('badge-wall')) customElements.define('badge-wall', BadgeWallElement);

const tagOf = (root: ParentNode, selector: string) => root.querySelector(selector)?.localName;

/** A full card, at `level` when given. */
function card(src: string, level?: number): Promise<BadgeCardElement> {
  return mountCard(src, level ? { layout: 'full', 'heading-level': String(level) } : { layout: 'full' });
}

describe('heading-level', () => {
  let src = '';
  before(async () => {
    src = (await fixtureManifest()).find((c) => c.name === 'valid-ob3-rdfc-didweb')!.url;
  });

  it('a card names its badge in an <h3> by default, its sections one level below', async () => {
    const el = await card(src);
    try {
      expect(tagOf(el.shadowRoot!, '[part~="name"]')).to.equal('h3');
      expect(tagOf(el.shadowRoot!, '[part~="criteria"] .section-title')).to.equal('h4');
    } finally {
      el.remove();
    }
  });

  it('heading-level="2" makes the name an <h2> and its sections <h3>', async () => {
    const el = await card(src, 2);
    try {
      expect(tagOf(el.shadowRoot!, '[part~="name"]')).to.equal('h2');
      expect(tagOf(el.shadowRoot!, '[part~="criteria"] .section-title')).to.equal('h3');
      expect(tagOf(el.shadowRoot!, '[part~="evidence"] .section-title')).to.equal('h3');
      el.headingLevel = 9; // past h6: the nearest level
      await el.updateComplete;
      expect(tagOf(el.shadowRoot!, '[part~="name"]')).to.equal('h6');
    } finally {
      el.remove();
    }
  });

  it('a wall puts its title at its level, its cards one below', async () => {
    const { wall, firstCard } = await mountWall({ name: 'Badges', badges: [src] }, { 'heading-level': '3' });
    try {
      expect(tagOf(wall.shadowRoot!, '[part~="title"]')).to.equal('h3');
      expect(tagOf(firstCard.shadowRoot!, '[part~="name"]')).to.equal('h4');
    } finally {
      wall.remove();
    }
  });
});
