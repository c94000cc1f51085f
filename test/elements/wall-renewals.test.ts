// Badges over time on the wall (issue 19): the renewal chains of test/fixtures/renewals.json (signed by
// scripts/make-renewal-fixtures.mjs), verified over HTTP, show each achievement once; look-alikes never join.

import { expect } from '@open-wc/testing';
import { BadgeCardElement } from '../../src/elements/badge-card.js';
import { BadgeWallElement } from '../../src/elements/badge-wall.js';
import { configure } from '../../src/elements/shared/config.js';
import { mountWall } from '../helpers/mount-card.js';
import { fixtureProxy } from '../helpers/hosts.js';
import { settle } from '../helpers/dom-wait.js';
import { testNow } from '../helpers/clock.mjs';

configure({ now: testNow });
if (!customElements.get('badge-card')) customElements.define('badge-card', BadgeCardElement);
if (!customElements.get('badge-wall')) customElements.define('badge-wall', BadgeWallElement);

interface Renewals {
  chains: { northwind: string[]; metro: string[]; ob2: string[] };
  lookalikes: { spoofSameAchievement: string; sameNameOtherId: string };
}

/** Valid on the test clock: expires 40 days after it, and 200 days after it (scripts/make-fixtures.mjs). */
const SOON = 'https://badges.example/credentials/expires-soon.jwt';
const LATER = 'https://badges.example/credentials/expires-soon.json';

const root = (el: BadgeWallElement) => el.shadowRoot!;
const tiles = (el: BadgeWallElement) => [...root(el).querySelectorAll<HTMLElement>('.tile')];
/** The source URL of each tile, in order. */
const shownUrls = (el: BadgeWallElement) => tiles(el).map((t) => el.reports.find((r) => r.key === t.dataset.key)?.url);
const renewedOf = (el: BadgeWallElement, url: string) => {
  const key = el.reports.find((r) => r.url === url)!.key;
  return root(el)
    .querySelector(`.tile[data-key="${CSS.escape(key)}"] .renewed`)
    ?.textContent?.trim();
};

describe('<badge-wall>: badges over time', () => {
  let fx: Renewals;
  let el: BadgeWallElement;

  before(async () => {
    fx = (await (await fetch('/test/fixtures/renewals.json')).json()) as Renewals;
    // Listed oldest first and mixed, as a portfolio would list them.
    const urls = [...fx.chains.northwind, ...fx.chains.metro, ...fx.chains.ob2, fx.lookalikes.spoofSameAchievement, fx.lookalikes.sameNameOtherId, SOON, LATER];
    ({ wall: el } = await mountWall(urls, { 'url-state': 'hash' }));
  });

  after(() => {
    el.remove();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('shows each achievement once, as its newest valid issue, renewed since its first year', () => {
    const shown = shownUrls(el);
    expect(shown.length).to.equal(7);
    for (const chain of Object.values(fx.chains) as string[][]) {
      expect(shown.filter((u) => chain.includes(u!))).to.deep.equal([chain[chain.length - 1]]);
    }
    expect(renewedOf(el, fx.chains.northwind[2]!)).to.equal('Renewed 2 times since 2019');
    expect(renewedOf(el, fx.chains.metro[1]!)).to.equal('Renewed once since 2020');
    expect(renewedOf(el, fx.chains.ob2[1]!)).to.equal('Renewed once since 2021');
  });

  it("hands the earlier issues to the tile's card (its renewed time line)", async () => {
    const key = el.reports.find((r) => r.url === fx.chains.northwind[2])!.key;
    const card = root(el).querySelector<BadgeCardElement>(`.tile[data-key="${CSS.escape(key)}"] badge-card`)!;
    await card.updateComplete;
    expect(card.history?.map((r) => r.badge?.issued)).to.deep.equal(['2022-02-15T09:00:00Z', '2019-03-01T09:00:00Z']);
    expect(card.matches(':state(renewed)')).to.equal(true);
  });

  it('never merges the unconfirmed look-alike or the same-name achievement with another id', () => {
    const shown = shownUrls(el);
    expect(shown.includes(fx.lookalikes.spoofSameAchievement)).to.equal(true);
    expect(shown.includes(fx.lookalikes.sameNameOtherId)).to.equal(true);
    expect(renewedOf(el, fx.lookalikes.spoofSameAchievement)).to.equal(undefined);
    expect(renewedOf(el, fx.lookalikes.sameNameOtherId)).to.equal(undefined);
  });

  it('counts achievements, not superseded issues: expired issues a renewal replaced are not "not valid"', () => {
    const c = el.counts;
    expect(c.total).to.equal(7);
    expect(c.renewed).to.equal(3);
    expect(c.pending).to.equal(0);
    expect(c.valid + c.invalid + c.indeterminate + c.error).to.equal(7);
    // Every shown issue here is valid: the four expired ones were superseded.
    expect(c.invalid).to.equal(0);
    const line = root(el).querySelector('[part="counts"]')!.textContent!.replace(/\s+/g, ' ');
    expect(line.includes('7 badges')).to.equal(true);
    expect(line.includes('not valid')).to.equal(false);
    // Beside "All 7 checked": on the counts line it would wrap a full line and move the wall down.
    const progress = root(el).querySelector('[part="progress"]')!.textContent!.replace(/\s+/g, ' ');
    expect(progress.includes('All 7 checked')).to.equal(true);
    expect(progress.includes('3 achievements renewed')).to.equal(true);
  });

  it('shows the earlier issues in the dialog as a timeline, each with how it ended and its verdict', async () => {
    const key = el.reports.find((r) => r.url === fx.chains.northwind[2])!.key;
    root(el)
      .querySelector<HTMLButtonElement>(`.tile[data-key="${CSS.escape(key)}"] [part="select"]`)!
      .click();
    await settle(el);
    const dialog = root(el).querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    const items = [...dialog.querySelectorAll<HTMLElement>('.timeline li')];
    expect(items.map((li) => li.dataset.end)).to.deep.equal(['expired', 'expired']);
    const text = items.map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    // Dates in the page's language (the test page's: English).
    expect(text[0]!.slice(0, 30)).to.match(/^Issued \S.*2022\b/);
    expect(text[1]!.slice(0, 30)).to.match(/^Issued \S.*2019\b/);
    for (const t of text) expect(t.includes('expired') && t.includes('Not valid')).to.equal(true);
    dialog.close();
    await settle(el);
  });

  it('sorts by "expiring soonest": valid badges with the nearest end first, no end last', async () => {
    el.sort = 'expiring';
    await settle(el);
    const shown = shownUrls(el);
    expect(shown.slice(0, 3)).to.deep.equal([SOON, LATER, fx.chains.northwind[2]]);
    const ob2 = shown.indexOf(fx.chains.ob2[1]);
    expect(ob2 > 2).to.equal(true);
    expect(root(el).querySelector<HTMLSelectElement>('select[name="sort"]')!.value).to.equal('expiring');
    el.sort = 'date';
    await settle(el);
  });

  it('filters "expires within 90 days" from the form, and keeps it in the URL', async () => {
    const select = root(el).querySelector<HTMLSelectElement>('select[name="status"]')!;
    const option = [...select.options].find((o) => o.value === 'expiring')!;
    expect(option.textContent).to.equal('Expires within 90 days');
    select.value = 'expiring';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(shownUrls(el)).to.deep.equal([SOON]);
    expect(el.view.status).to.equal('expiring');
    expect(location.hash.includes('status=expiring')).to.equal(true);
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(shownUrls(el).length).to.equal(7);
    expect(location.hash.includes('expiring')).to.equal(false);
  });

  it('prints a renewed achievement as its history: first year, renewals, valid until', () => {
    const key = el.reports.find((r) => r.url === fx.chains.northwind[2])!.key;
    const line = root(el)
      .querySelector(`.tile[data-key="${CSS.escape(key)}"] [part="print-line"] .p-date`)!
      .textContent!.trim();
    expect(line).to.equal('2019, renewed 2022 and 2025, valid until 2096');
  });

  it('does not take the same issue listed twice for a renewal: only earlier issues fold', async () => {
    el.remove(); // the last test: this wall's first tiles are then on screen
    const latest = (await (await fetch(fixtureProxy(fx.chains.northwind[2]!)!)).json()) as object;
    const { wall } = await mountWall([latest, latest, fx.chains.northwind[0]]);
    try {
      expect(tiles(wall).length).to.equal(2);
      expect(wall.counts.total).to.equal(2);
      expect(wall.counts.renewed).to.equal(1);
      expect(wall.counts.invalid).to.equal(0);
      const lines = tiles(wall).map((t) => t.querySelector('.renewed')?.textContent ?? '');
      expect(lines.sort()).to.deep.equal(['', 'Renewed once since 2019']);
    } finally {
      wall.remove();
    }
  });
});
