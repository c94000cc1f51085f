// The built CDN file on a page that has only a <badge-wall> (a résumé's portfolio): the wall's chunk,
// the checks and the words of their verdicts arrive without a card having loaded them first, and the
// tiles say each verdict in full from the start. Needs `npm run build` (npm test does it).
import { expect } from '@open-wc/testing';
import { fixtureProxy } from '../helpers/hosts.js';
import { testNow } from '../helpers/clock.mjs';

type CdnModule = { configure(s: Record<string, unknown>): void };
const cdnUrl = '/cdn/badge-elements.js';
type Updating = HTMLElement & { updateComplete: Promise<unknown> };

describe('the CDN file on a page with a wall alone', () => {
  it('shows every tile with its whole verdict, never a bare label', async () => {
    const wall = document.createElement('badge-wall') as Updating;
    wall.setAttribute('src', 'https://badges.example/portfolio.json');
    wall.setAttribute('eager', '');
    const verified = new Promise((ok) => wall.addEventListener('badge-wall-verified', ok, { once: true }));
    // The page's markup first, then the script tag: as a page that pastes one <script> under its wall.
    document.body.append(wall);
    const lib = (await import(/* @vite-ignore */ cdnUrl)) as CdnModule;
    lib.configure({ proxy: fixtureProxy, now: testNow, registries: [] });
    await customElements.whenDefined('badge-wall');
    await verified;
    await wall.updateComplete;
    const cards = [...wall.shadowRoot!.querySelectorAll<Updating>('badge-card')];
    expect(cards.length).to.be.greaterThan(0);
    await Promise.all(cards.map((c) => c.updateComplete));
    const lines = cards.map((c) => (c.shadowRoot?.querySelector('[part~="status"]')?.textContent ?? '').replace(/\s+/g, ' ').trim());
    const bare = lines.filter((l) => /^\W*(Verified|Not valid|Could not check)$/.test(l));
    expect(bare, 'tiles showing a bare label').to.deep.equal([]);
    expect(
      lines.some((l) => /Verified: issued by \S/.test(l)),
      lines.join(' | '),
    ).to.equal(true);
    wall.remove();
  });
});
