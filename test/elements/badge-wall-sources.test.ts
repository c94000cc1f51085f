import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { BadgeCardElement } from '../../src/elements/badge-card.js';
import { BadgeWallElement } from '../../src/elements/badge-wall.js';
import type { BadgeWallVerifiedEvent } from '../../src/elements/wall/events.js';
import { fixtureProxy, type FixtureCase } from '../helpers/hosts.js';
import { afterFrame, afterIntersectionAndIdle, settle, whenDom } from '../helpers/dom-wait.js';
import { configure } from '../../src/elements/shared/config.js';
import { testNow } from '../helpers/clock.mjs';
import { countingFetch } from '../helpers/counting-fetch.js';

// Every badge this file verifies is judged on the suite's clock (test/helpers/clock.mjs), not the machine's.
configure({ now: testNow });

// Register only the elements under test (the class modules have no side effects).
if (!customElements.get('badge-card')) customElements.define('badge-card', BadgeCardElement);
if (!customElements.get('badge-wall')) customElements.define('badge-wall', BadgeWallElement);

const PORTFOLIO = 'https://badges.example/portfolio.json';
let portfolioUrls: string[] = [];
let verdicts = new Map<string, string>();
void verdicts;

const local = (url: string): string => fixtureProxy(url)!;

/** Mounts a wall, listening for its first `badge-wall-verified` before it connects. */
async function mountWall(setup: (el: BadgeWallElement) => void, children = ''): Promise<{ el: BadgeWallElement; counts: BadgeWallVerifiedEvent['counts'] }> {
  const el = document.createElement('badge-wall');
  el.proxy = fixtureProxy;
  setup(el);
  el.innerHTML = children;
  const done = new Promise<BadgeWallVerifiedEvent>((resolve) => el.addEventListener('badge-wall-verified', resolve, { once: true }));
  await fixture(html`<div>${el}</div>`);
  const event = await done;
  await el.updateComplete;
  return { el, counts: event.counts };
}

const root = (el: BadgeWallElement) => el.shadowRoot!;
const tiles = (el: BadgeWallElement) => [...root(el).querySelectorAll<HTMLElement>('.tile')];

before(async () => {
  portfolioUrls = ((await (await fetch(local(PORTFOLIO))).json()) as { badges: string[] }).badges;
  const index = (await (await fetch('/test/fixtures/portfolio-index.json')).json()) as FixtureCase[];
  verdicts = new Map(index.map((c) => [c.url, c.expect]));
});

describe('<badge-wall> sources', () => {
  it('reads a Verifiable Presentation', async () => {
    const { el, counts } = await mountWall((w) => {
      w.src = 'https://badges.example/presentation.json';
      w.eager = true;
    });
    expect(counts).to.include({ total: 5, checked: 5, error: 0 });
    expect(el.reports.every((r) => r.report?.badge)).to.equal(true);
  });

  it('reads a CLR 2.0 ClrCredential: its nested achievements', async () => {
    const { counts, el } = await mountWall((w) => {
      w.src = 'https://badges.example/clr.json';
      w.eager = true;
    });
    expect(counts.total).to.be.greaterThan(1);
    expect(counts).to.include({ checked: counts.total, error: 0 });
    expect(root(el).querySelector('[part="title"]')!.textContent).to.contain('Lakeside');
  });

  it('reads an Open Badges 2.0 backpack export and a bare array from the credentials property', async () => {
    const hosted = 'https://ob2.example/assertions/hosted-valid.json';
    const assertion = (await (await fetch(local(hosted))).json()) as Record<string, unknown>;
    const { counts } = await mountWall((w) => {
      w.credentials = { userId: 1, groupId: 1, badges: [{ hostedUrl: hosted, assertion }, { assertion }] };
      w.eager = true;
    });
    expect(counts).to.include({ total: 2, checked: 2, error: 0 });

    const { counts: arrayCounts } = await mountWall((w) => {
      w.credentials = [portfolioUrls[0], portfolioUrls[1]];
      w.eager = true;
    });
    expect(arrayCounts).to.include({ total: 2, checked: 2, error: 0 });
  });

  it('verifies the first badge of a new source alone, then the rest together', async () => {
    // Three VC-JWT badges of one did:web issuer: with the first alone, its DID document is asked for
    // before the second badge; all at once, the three badges would be asked for first.
    const order: string[] = [];
    const f = (input: RequestInfo | URL, init?: RequestInit) => {
      order.push(String(input instanceof Request ? input.url : input));
      return fetch(input, init);
    };
    const harbor = ['0003-modern-javascript.jwt', '0027-modern-javascript-ii.jwt', '0051-modern-javascript-iii.jwt'].map(
      (n) => `https://badges.example/b/${n}`,
    );
    const { counts } = await mountWall((w) => {
      w.fetch = f as typeof fetch;
      w.credentials = harbor;
      w.eager = true;
    });
    expect(counts).to.include({ total: 3, checked: 3, error: 0 });
    const at = (url: string) => order.indexOf(local(url));
    expect(at(harbor[0]!)).to.be.at.least(0);
    expect(at('https://cloud.example/academy/did.json')).to.be.greaterThan(at(harbor[0]!));
    expect(at(harbor[1]!)).to.be.greaterThan(at('https://cloud.example/academy/did.json'));
    expect(at(harbor[2]!)).to.be.greaterThan(at('https://cloud.example/academy/did.json'));
  });

  it('shows <badge-card> children in the wall, sharing its settings and its one cache', async () => {
    const requests = countingFetch();
    // Three VC-JWT badges of Harbor Cloud Academy (did:web:cloud.example:academy).
    const harbor = ['0003-modern-javascript.jwt', '0027-modern-javascript-ii.jwt', '0051-modern-javascript-iii.jwt'].map(
      (f) => `https://badges.example/b/${f}`,
    );
    const { el, counts } = await mountWall((w) => (w.fetch = requests.fetch), harbor.map((u) => `<badge-card src="${u}"></badge-card>`).join(''));
    expect(counts).to.include({ total: 3, checked: 3, error: 0 });
    const cards = [...el.querySelectorAll('badge-card')];
    expect(cards.map((c) => c.getAttribute('slot'))).to.deep.equal(['child:1', 'child:2', 'child:3']);
    expect(root(el).querySelectorAll('slot[name^="child:"]')).to.have.length(3);
    expect(cards[0]!.settings.cache === el.settings.cache, "the card uses the wall's cache").to.equal(true);
    // Three credentials from one did:web issuer: ONE DID document request.
    expect(requests.counts.get(local('https://cloud.example/academy/did.json'))).to.equal(1);
    expect([...requests.counts.values()].every((n) => n === 1)).to.equal(true);
  });
});

describe('<badge-wall> failures', () => {
  it('a 404 badge and a malformed one show their own error tiles; the neighbours verify', async () => {
    const { el, counts } = await mountWall((w) => {
      w.credentials = [portfolioUrls[0], 'https://badges.example/b/9999-does-not-exist.json', '{"this is": "not a badge"', portfolioUrls[1]];
      w.eager = true;
      w.sort = 'source';
    });
    expect(counts).to.include({ total: 4, checked: 4, error: 2 });
    const states = tiles(el).map((t) => [...t.classList].find((c) => c.startsWith('status-')));
    expect(states[1]).to.equal('status-error');
    expect(states[2]).to.equal('status-error');
    // The neighbours were loaded, understood and verified on their own (whatever their verdict).
    for (const i of [0, 3]) expect(states[i]).to.be.oneOf(['status-valid', 'status-invalid', 'status-indeterminate']);
    const broken = tiles(el)[1]!.querySelector<BadgeCardElement>('badge-card')!;
    await broken.updateComplete;
    expect(broken.shadowRoot!.querySelector('[part="error"]') !== null, 'a [part="error"]').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('a source that cannot be loaded says so in plain words', async () => {
    const el = await fixture<BadgeWallElement>(html`<badge-wall .proxy=${fixtureProxy} src="https://badges.example/nope.json"></badge-wall>`);
    await whenDom(root(el), () => root(el).querySelector('.source-error')); // rendered with the error state
    expect(el.matches(':state(error)')).to.equal(true);
    expect(root(el).querySelector('.source-error')!.textContent).to.contain('could not be loaded');
  });
});

describe('<badge-wall> lazy verification', () => {
  it('verifies only the badges near the viewport, and the others when scrolled to', async () => {
    const requests = countingFetch();
    const list = Array.from({ length: 40 }, (_, i) => `${portfolioUrls[i % 50]!}?copy=${i}`);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="height: 400px; overflow: auto"></div>`);
    const el = document.createElement('badge-wall');
    Object.assign(el, { proxy: fixtureProxy, fetch: requests.fetch, credentials: list, layout: 'list', noControls: true, sort: 'source' });
    el.style.setProperty('--badge-wall-tile-height', '300px');
    const first = oneEvent(el, 'badge-wall-verified');
    wrapper.append(el);
    const { counts } = (await first) as unknown as BadgeWallVerifiedEvent;
    expect(counts.checked).to.be.greaterThan(0);
    expect(counts.pending).to.be.greaterThan(20);
    const lastUrl = local(list[39]!);
    expect(requests.counts.has(lastUrl)).to.equal(false);
    expect(root(el).querySelector('[part="progress"]')!.textContent).to.contain('not checked yet');

    const next = oneEvent(el, 'badge-wall-verified');
    wrapper.scrollTop = wrapper.scrollHeight;
    await next;
    expect(requests.counts.get(lastUrl)).to.equal(1);
  });

  it('keeps the badges under the reader in place while they are verified (sorted newest first)', async () => {
    const list = Array.from({ length: 40 }, (_, i) => `${portfolioUrls[i % 50]!}?stay=${i}`);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="height: 400px; overflow: auto"></div>`);
    const el = document.createElement('badge-wall');
    Object.assign(el, { proxy: fixtureProxy, credentials: list, layout: 'list', noControls: true }); // default sort: newest first
    el.style.setProperty('--badge-wall-tile-height', '300px');
    const first = oneEvent(el, 'badge-wall-verified');
    wrapper.append(el);
    await first;
    const inView = () => {
      const box = wrapper.getBoundingClientRect();
      return tiles(el)
        .filter((t) => {
          const r = t.getBoundingClientRect();
          return r.bottom > box.top && r.top < box.bottom;
        })
        .map((t) => t.dataset.key);
    };
    const next = oneEvent(el, 'badge-wall-verified');
    wrapper.scrollTop = 6000;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    const seen = inView();
    const places = () => seen.map((k) => tiles(el).findIndex((t) => t.dataset.key === k));
    const before = places();
    const top = wrapper.scrollTop;
    expect(
      seen.every((k) => !el.reports.find((r) => r.key === k)?.report),
      'the middle of the wall was not verified yet',
    ).to.equal(true);
    await next;
    await settle(el);
    await afterFrame();
    await afterFrame();
    expect(
      seen.every((k) => !!el.reports.find((r) => r.key === k)?.report),
      'the badges in view were verified',
    ).to.equal(true);
    // Sorted newest first, each verified badge used to leave for the sorted part of the wall, an unverified one
    // sliding in under the reader (and scroll anchoring following the one that left).
    expect(places()).to.deep.equal(before);
    expect(inView()).to.include.members(seen.slice(1, -1)); // the ones wholly in view; the edges may move by a card's height change
    expect(Math.abs(wrapper.scrollTop - top)).to.be.lessThan(300);
  });

  it('requests nothing while the wall is far below the fold, and its first badge once scrolled to', async () => {
    const list = Array.from({ length: 30 }, (_, i) => `${portfolioUrls[i]!}?fold=${i}`);
    const far = countingFetch();
    const spacer = await fixture<HTMLDivElement>(html`<div><div style="height: 4000px"></div></div>`);
    const el = document.createElement('badge-wall');
    Object.assign(el, { proxy: fixtureProxy, fetch: far.fetch, credentials: list, layout: 'list', sort: 'source' });
    spacer.append(el);
    await el.updateComplete;
    await afterIntersectionAndIdle(el); // the wall has been told it is far from the viewport, and had time to act on it
    expect(far.total()).to.equal(0);
    const verified = oneEvent(el, 'badge-wall-verified');
    el.scrollIntoView();
    await verified;
    expect(far.counts.get(local(list[0]!))).to.equal(1);
    window.scrollTo(0, 0);
  });

  it('verifyAll() verifies the rest and resolves with the final counts', async () => {
    const list = Array.from({ length: 30 }, (_, i) => `${portfolioUrls[i]!}?all=${i}`);
    // Tall enough for the header (its issuers and skills rows are kept while verifying) and a tile.
    const wrapper = await fixture<HTMLDivElement>(html`<div style="height: 700px; overflow: auto"></div>`);
    const el = document.createElement('badge-wall');
    Object.assign(el, { proxy: fixtureProxy, credentials: list, layout: 'list' });
    el.style.setProperty('--badge-wall-tile-height', '400px');
    const first = oneEvent(el, 'badge-wall-verified');
    wrapper.append(el);
    await first;
    expect(el.counts.pending).to.be.greaterThan(0);
    const counts = await el.verifyAll();
    expect(counts.pending).to.equal(0);
    expect(counts.checked).to.equal(30);
  });
});

describe('<badge-wall> cards near the viewport only', () => {
  it('makes a <badge-card> only for verified tiles near the viewport, keeping their size, and the rest when scrolled to', async () => {
    const list = Array.from({ length: 40 }, (_, i) => `${portfolioUrls[i % 50]!}?card=${i}`);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="height: 900px; overflow: auto"></div>`);
    const el = document.createElement('badge-wall');
    Object.assign(el, { proxy: fixtureProxy, credentials: list, layout: 'list', noControls: true, sort: 'source' });
    el.style.setProperty('--badge-wall-tile-height', '400px');
    wrapper.append(el);
    const counts = await el.verifyAll();
    expect(counts.checked).to.equal(40);
    await settle(el);
    const all = tiles(el);
    const withCard = () => all.filter((t) => t.querySelector('badge-card'));
    expect(all).to.have.length(40);
    // Every tile has its outcome (class, select button, print line) …
    expect(all.every((t) => !t.classList.contains('status-pending'))).to.equal(true);
    expect(all.every((t) => t.querySelector('[part="select"]'))).to.equal(true);
    // … but only the ones near the viewport became cards; the others keep a placeholder of the same size.
    await whenDom(root(el), () => withCard().length > 0);
    expect(withCard().length).to.be.lessThan(40);
    const last = all[39]!;
    expect(last.querySelector('badge-card') === null, 'no badge-card').to.equal(true);
    expect(last.querySelector('[part="placeholder"]')!.getBoundingClientRect().height).to.equal(400);
    expect(last.querySelector('[part="print-line"] .p-status')!.textContent).to.not.equal('');
    last.scrollIntoView();
    await whenDom(root(el), () => last.querySelector('badge-card')); // the last card, made once scrolled to
    const card = last.querySelector<BadgeCardElement>('badge-card')!;
    expect(card.report === el.reports[39]!.report, "the card shows the wall's report").to.equal(true);
  });
});

describe('<badge-wall> url state', () => {
  // The runner's own page URL carries its session id: keep it, restore it after each test.
  const original = location.href;
  afterEach(() => history.replaceState(null, '', original));

  it('opens with the view in the query string and writes changes back with replaceState', async () => {
    const skillName = 'Accessibility';
    const url = new URL(original);
    url.searchParams.set('skill', skillName);
    url.searchParams.set('sort', 'name');
    history.replaceState(null, '', url.href);
    const before = history.length;
    const { el } = await mountWall((w) => {
      w.setAttribute('url-state', '');
      w.credentials = portfolioUrls.slice(0, 8);
      w.eager = true;
    });
    expect(el.view).to.include({ skill: skillName, sort: 'name' });
    el.group = 'issuer';
    await settle(el);
    expect(new URL(location.href).searchParams.get('group')).to.equal('issuer');
    expect(new URL(location.href).searchParams.get('skill')).to.equal(skillName);
    expect(history.length).to.equal(before);
  });

  it('uses the hash with url-state="hash"', async () => {
    const { el } = await mountWall((w) => {
      w.setAttribute('url-state', 'hash');
      w.credentials = portfolioUrls.slice(0, 2);
      w.eager = true;
    });
    el.view = { status: 'valid' };
    await settle(el);
    expect(location.hash).to.equal('#status=valid');
  });
});
