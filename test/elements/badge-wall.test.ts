import { expect, oneEvent } from '@open-wc/testing';
import { BadgeCardElement } from '../../src/elements/badge-card.js';
import { BadgeWallElement } from '../../src/elements/badge-wall.js';
import type { BadgeWallVerifiedEvent } from '../../src/elements/wall/events.js';
import type { BadgeSelectEvent } from '../../src/elements/shared/events.js';
import { wallStyles } from '../../src/elements/wall/styles.js';
import { fixtureProxy, type FixtureCase } from '../helpers/hosts.js';
import { configure } from '../../src/elements/shared/config.js';
import { testNow } from '../helpers/clock.mjs';
import { settle } from '../helpers/dom-wait.js';
import { countingFetch } from '../helpers/counting-fetch.js';

// Every badge this file verifies is judged on the suite's clock (test/helpers/clock.mjs), not the machine's.
configure({ now: testNow });

// Register only the elements under test (the class modules have no side effects).
if (!customElements.get('badge-card')) customElements.define('badge-card', BadgeCardElement);
if (!customElements.get('badge-wall')) customElements.define('badge-wall', BadgeWallElement);

const PORTFOLIO = 'https://badges.example/portfolio.json';
let portfolioUrls: string[] = [];
let verdicts = new Map<string, string>();
let renewed = 0;

const local = (url: string): string => fixtureProxy(url)!;

const root = (el: BadgeWallElement) => el.shadowRoot!;
const tiles = (el: BadgeWallElement) => [...root(el).querySelectorAll<HTMLElement>('.tile')];
const cardNames = (el: BadgeWallElement) =>
  [...root(el).querySelectorAll<BadgeCardElement>('.tile badge-card')].map((c) => c.verificationReport?.badge?.name ?? '');

before(async () => {
  const listed = ((await (await fetch(local(PORTFOLIO))).json()) as { badges: string[] }).badges;
  const index = (await (await fetch('/test/fixtures/portfolio-index.json')).json()) as Array<FixtureCase & { supersededBy?: string }>;
  verdicts = new Map(index.map((c) => [c.url, c.expect]));
  // The earlier issues of a renewed achievement are its history, not tiles (issue 19): the wall shows the rest.
  const superseded = new Set(index.filter((c) => c.supersededBy).map((c) => c.url));
  renewed = new Set(index.map((c) => c.supersededBy).filter(Boolean)).size;
  portfolioUrls = listed.filter((u) => !superseded.has(u));
});

describe('<badge-wall> with the portfolio', () => {
  let el: BadgeWallElement;
  let counts: BadgeWallVerifiedEvent['counts'];
  let requests: ReturnType<typeof countingFetch>;

  before(async () => {
    requests = countingFetch();
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    el = document.createElement('badge-wall');
    Object.assign(el, { proxy: fixtureProxy, fetch: requests.fetch, eager: true, src: PORTFOLIO });
    const done = oneEvent(el, 'badge-wall-verified');
    wrapper.append(el);
    counts = ((await done) as unknown as BadgeWallVerifiedEvent).counts;
    await el.updateComplete;
  });

  after(() => el.parentElement?.remove());

  it('verifies every badge and counts them by outcome, as the fixture index expects', () => {
    const expected = { valid: 0, invalid: 0, indeterminate: 0, error: 0 };
    for (const url of portfolioUrls) {
      const v = verdicts.get(url) ?? 'valid';
      expected[v.split(':')[0] as keyof typeof expected]++;
    }
    const { confirmed, unconfirmed, ...byOutcome } = counts;
    expect(byOutcome).to.deep.equal({ total: portfolioUrls.length, checked: portfolioUrls.length, pending: 0, renewed, ...expected });
    expect(confirmed + unconfirmed).to.equal(counts.valid); // the valid ones, split by whether the issuer is confirmed
  });

  it('shows the owner and the counts in its header', () => {
    expect(root(el).querySelector('[part="title"]')!.textContent).to.equal('Ada Example');
    const line = root(el).querySelector('[part="counts"]')!.textContent!.replace(/\s+/g, ' ');
    expect(line)
      .to.contain(`${portfolioUrls.length} badges`)
      .and.contain(`${counts.confirmed} verified, issuer confirmed`)
      .and.contain(`${counts.invalid} not valid`);
    if (counts.unconfirmed) expect(line).to.contain(`${counts.unconfirmed} signature valid, issuer not confirmed`);
  });

  it('lists each issuer and the skills across all badges, with counts', () => {
    const skills = [...root(el).querySelectorAll<HTMLButtonElement>('[part="skill"]')];
    expect(skills.length).to.be.greaterThan(3);
    const top = el.summary.skills[0]!;
    expect(skills[0]!.dataset.skill).to.equal(top.name);
    expect(skills[0]!.querySelector('.count')!.textContent).to.equal(String(top.count));
    // Issuers something vouches for, and apart from them the names only badges claim (issue 15).
    expect(el.summary.issuers.length + el.summary.claimedIssuers.length).to.be.at.least(6);
    expect(root(el).querySelectorAll('.issuers button')).to.have.length(el.summary.issuers.length + el.summary.claimedIssuers.length);
  });

  it('keeps each chip row as tall before its chips overflow as after (a scrollbar that takes room moves nothing)', async () => {
    const rows = [...root(el).querySelectorAll<HTMLElement>('[part="issuers"], [part="skills"]')];
    expect(rows).to.have.length(2);
    const lists = rows.map((r) => r.querySelector('ul')!);
    const heights = async (width: string) => {
      el.style.inlineSize = width;
      await new Promise((r) => requestAnimationFrame(r));
      return {
        rows: rows.map((r) => r.offsetHeight),
        overflow: lists.map((l) => l.scrollWidth > l.clientWidth),
        bars: lists.map((l) => l.offsetHeight - l.clientHeight),
      };
    };
    try {
      const roomy = await heights('30000px');
      const narrow = await heights('320px');
      expect(roomy.overflow).to.deep.equal([false, false]);
      expect(narrow.overflow).to.deep.equal([true, true]);
      // This page's scrollbars take room (web-test-runner.config.mjs shows them): else nothing here could move.
      expect(narrow.bars[1]).to.be.greaterThan(0);
      expect(narrow.rows).to.deep.equal(roomy.rows);
    } finally {
      el.style.inlineSize = '';
    }
  });

  it('fetched each issuer profile, DID document, status list and context once for the whole wall', () => {
    const repeated = [...requests.counts].filter(([, n]) => n > 1);
    expect(repeated).to.deep.equal([]);
    // Northwind (did:web:issuer.example:org) and Harbor Cloud Academy (did:web:cloud.example:academy)
    // each signed several VC-JWT badges of the portfolio: ONE DID document request each.
    expect(requests.counts.get(local('https://issuer.example/org/did.json'))).to.equal(1);
    expect(requests.counts.get(local('https://cloud.example/academy/did.json'))).to.equal(1);
    expect(requests.counts.get(local(PORTFOLIO))).to.equal(1);
  });

  it('filters by skill when a skill of the summary is clicked', async () => {
    const skill = el.summary.skills[0]!;
    root(el).querySelector<HTMLButtonElement>(`[part="skill"][data-skill="${skill.name}"]`)!.click();
    await settle(el);
    expect(el.view.skill).to.equal(skill.name);
    expect(tiles(el)).to.have.length(skill.count);
    expect(root(el).querySelector<HTMLButtonElement>(`[part="skill"][data-skill="${skill.name}"]`)!.getAttribute('aria-pressed')).to.equal('true');
    expect(root(el).querySelector('[part="showing"]')!.textContent).to.contain(`Showing ${skill.count} of ${portfolioUrls.length}`);
    root(el).querySelector<HTMLButtonElement>(`[part="skill"][data-skill="${skill.name}"]`)!.click();
    await settle(el);
    expect(tiles(el)).to.have.length(portfolioUrls.length);
  });

  it('filters by free text, issuer, year and status', async () => {
    el.view = { q: 'screen reader' };
    await settle(el);
    expect(cardNames(el).length).to.be.greaterThan(0);
    for (const name of cardNames(el)) expect(name.toLowerCase()).to.contain('screen reader');

    const issuer = el.summary.issuers[0]!;
    el.view = { issuer: issuer.name };
    await settle(el);
    expect(tiles(el)).to.have.length(issuer.count);

    const year = el.summary.years[0]!;
    el.view = { year: year.name };
    await settle(el);
    expect(tiles(el)).to.have.length(year.count);

    el.view = { status: 'invalid' };
    await settle(el);
    expect(tiles(el)).to.have.length(counts.invalid);
    el.view = { status: 'error' };
    await settle(el);
    expect(tiles(el)).to.have.length(counts.error);
    el.view = {};
    await settle(el);
  });

  it('filters through its own form controls too', async () => {
    const select = root(el).querySelector<HTMLSelectElement>('select[name="status"]')!;
    select.value = 'valid';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(tiles(el)).to.have.length(counts.valid);
    root(el).querySelector<HTMLButtonElement>('[part="showing"] button')!.click();
    await settle(el);
    expect(tiles(el)).to.have.length(portfolioUrls.length);
  });

  it('sorts newest first by default, oldest first, and by name', async () => {
    const dates = () =>
      el.reports &&
      [...root(el).querySelectorAll<BadgeCardElement>('.tile badge-card')].map(
        (c) => c.verificationReport?.badge?.issued ?? c.verificationReport?.badge?.validFrom ?? '',
      );
    const newest = dates().filter(Boolean);
    expect(newest.length).to.be.greaterThan(3); // cards exist for the tiles near the viewport
    expect(newest).to.deep.equal([...newest].sort().reverse());
    el.sort = 'date-asc';
    await settle(el);
    const oldest = dates().filter(Boolean);
    expect(oldest).to.deep.equal([...oldest].sort());
    el.sort = 'name';
    await settle(el);
    const names = cardNames(el).filter(Boolean);
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true })));
    el.sort = 'date';
    await settle(el);
  });

  it('groups by issuer, year and skill under headings', async () => {
    el.group = 'issuer';
    await settle(el);
    const headings = [...root(el).querySelectorAll('[part="group-heading"]')].map((h) => h.querySelector('.group-name')!.textContent!.trim());
    for (const i of el.summary.issuers) expect(headings).to.include(i.name);
    el.group = 'year';
    await settle(el);
    const years = [...root(el).querySelectorAll('[part="group-heading"]')]
      .map((h) => h.querySelector('.group-name')!.textContent!.trim())
      .filter((y) => /^\d{4}$/.test(y));
    expect(years).to.deep.equal([...years].sort().reverse());
    el.group = 'skill';
    await settle(el);
    const first = root(el).querySelector('[part="group"]')!;
    const skill = first.querySelector('.group-name')!.textContent!.trim();
    expect(first.querySelectorAll('.tile')).to.have.length(el.summary.skills.find((s) => s.name === skill)!.count);
    el.group = 'none';
    await settle(el);
  });

  it('lays cards out as a grid, a list or a compact CV list', async () => {
    const columns = () => getComputedStyle(root(el).querySelector('.tiles')!).gridTemplateColumns.split(' ').length;
    el.style.width = '1200px';
    el.style.setProperty('--badge-wall-columns', '3');
    await settle(el);
    expect(columns()).to.equal(3);
    el.style.setProperty('--badge-wall-columns', '2');
    expect(columns()).to.equal(2);
    el.layout = 'list';
    await settle(el);
    expect(columns()).to.equal(1);
    expect(root(el).querySelector('.tile badge-card')!.getAttribute('layout')).to.equal('card');
    el.layout = 'compact';
    await settle(el);
    expect(root(el).querySelector('.tile badge-card')!.getAttribute('layout')).to.equal('compact');
    el.layout = 'grid';
    el.style.cssText = '';
    await settle(el);
  });

  it('has a print sheet that lists issuer, date, status and the verification URL of every badge', () => {
    const sheet = wallStyles.cssText;
    expect(sheet).to.match(/@media print/);
    const print = sheet.slice(sheet.indexOf('@media print'));
    expect(print).to.match(/\.print-only\s*{\s*display: block/);
    expect(print).to.match(/\.controls/);
    const lines = [...root(el).querySelectorAll<HTMLElement>('[part="print-line"]')];
    expect(lines).to.have.length(portfolioUrls.length);
    const valid = lines.find((l) => l.querySelector('.p-status')!.textContent === 'Verified')!;
    expect(valid.querySelector('.p-issuer')!.textContent).to.not.equal('');
    expect(valid.querySelector('.p-date')!.textContent).to.match(/issued/);
    const urls = lines.map((l) => l.querySelector<HTMLAnchorElement>('.p-url')?.getAttribute('href'));
    for (const u of portfolioUrls) expect(urls).to.include(u);
    // On screen the print lines are hidden.
    expect(getComputedStyle(lines[0]!).display).to.equal('none');
  });

  it('fires a cancelable badge-select when a badge is chosen, and opens the badge in a dialog unless cancelled', async () => {
    const tile = tiles(el).find((t) => t.classList.contains('status-valid'))!;
    const button = tile.querySelector<HTMLButtonElement>('[part="select"]')!;
    const selected = oneEvent(el, 'badge-select');
    button.click();
    const ev = (await selected) as unknown as BadgeSelectEvent;
    expect(ev.cancelable).to.equal(true);
    expect(ev.report!.status).to.equal('valid');
    await settle(el);
    const dialog = root(el).querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.querySelector('badge-card')!.getAttribute('layout')).to.equal('full');
    const closed = oneEvent(dialog, 'close');
    dialog.close();
    await closed;
    await settle(el);
    // (compare to null as booleans: a failing chai message would serialise the whole element graph)
    expect(root(el).querySelector('dialog') === null).to.equal(true);

    el.addEventListener('badge-select', (e) => e.preventDefault(), { once: true });
    button.click();
    await settle(el);
    expect(root(el).querySelector('dialog') === null).to.equal(true);
  });

  it('forwards the card parts as card__<part>', () => {
    const card = root(el).querySelector('.tile badge-card')!;
    expect(card.getAttribute('exportparts')).to.contain('status:card__status');
  });

  it('is accessible', async () => {
    await expect(el).to.be.accessible();
  });
});
