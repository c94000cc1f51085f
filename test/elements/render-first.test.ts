// Issue 20: a card draws its badge the moment the credential is parsed, and says "Checking…" until
// its checks end. Nothing of it may read as confirmed before it is: not its custom states, not its
// verdict line, not the live region, not a wall's counts. A badge that then fails switches to its
// not-valid look in place. The checks are held at a gate (the fetch of the issuer's key document
// waits until the test opens it), so every assertion sees the checking state, without timers.

import { expect, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { BadgeCardElement as CardClass } from '../../src/elements/badge-card.js';
import { BadgeWallElement as WallClass } from '../../src/elements/badge-wall.js';
import { configure } from '../../src/elements/shared/config.js';
import { createCache } from '../../src/core/options.js';
import type { BadgeCardElement, BadgeWallElement } from '../../src/index.js';
import { fixtureProxy } from '../helpers/hosts.js';
import { testNow } from '../helpers/clock.mjs';

if (!customElements.get('badge-card')) customElements.define('badge-card', CardClass);
if (!customElements.get('badge-wall')) customElements.define('badge-wall', WallClass);

const VALID = 'https://issuer.example/org/credentials/rdfc-valid.json';
const TAMPERED = 'https://issuer.example/org/credentials/tampered-rdfc.json';

/**
 * A fetch that serves the fixtures (through fixtureProxy, like every test) but holds the issuer's key
 * document until open() is called. `asked` resolves when the checks have asked for it.
 */
function gatedFetch() {
  let open!: () => void;
  const gate = new Promise<void>((ok) => (open = ok));
  let asked!: () => void;
  const askedFor = new Promise<void>((ok) => (asked = ok));
  const fetchFn = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.includes('/issuer.example/org/did.json')) {
      // the key document of https://issuer.example/org/…
      asked();
      await gate;
    }
    return fetch(input, init);
  };
  return { fetch: fetchFn, open, asked: askedFor };
}

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const states = (el: BadgeCardElement) =>
  ['loading', 'checking', 'valid', 'invalid', 'indeterminate', 'error', 'issuer-confirmed', 'issuer-unconfirmed'].filter((s) => el.matches(`:state(${s})`));

/** A card in a 400px (or `width`) column with a paragraph after it; its checks wait at the gate. */
async function checkingCard(src: string, width = '400px') {
  const gated = gatedFetch();
  configure({ now: testNow, proxy: fixtureProxy, registries: [], fetch: gated.fetch as typeof fetch, cache: createCache() });
  const box = document.createElement('div');
  box.style.width = width;
  const el = document.createElement('badge-card');
  const after = document.createElement('p');
  after.textContent = 'The page goes on.';
  box.append(el, after);
  el.src = src;
  document.body.append(box);
  await gated.asked; // the credential was read and previewed; the checks wait for the key
  await el.updateComplete;
  return { el, after, box, open: gated.open };
}

describe('render first: the badge on screen before its verdict', () => {
  afterEach(() => {
    configure({ fetch: undefined, registries: undefined });
    document.querySelectorAll('body > div').forEach((d) => d.remove());
  });

  it('draws the badge while it is checked, and nothing of it reads as verified', async () => {
    const { el, open } = await checkingCard(VALID);
    expect(el.state).to.equal('pending');
    expect(states(el)).to.deep.equal(['loading', 'checking']);
    // The badge is drawn: its name, its image, its issuer as claimed.
    expect(text(part(el, 'name'))).to.equal('Accessible Web Foundations');
    expect(part(el, 'image')?.localName).to.equal('img');
    expect(text(part(el, 'issuer'))).to.contain('(claimed by the badge)');
    expect(part(el, 'issuer-domain'), 'no domain vouches yet').to.equal(null);
    // The verdict line checks, in its own look, and is not a button to a report that does not exist yet.
    const status = part(el, 'status')!;
    expect(text(status)).to.equal('…Checking this badge…');
    expect(status.classList.contains('checking') && !status.classList.contains('valid'), 'checking look').to.equal(true);
    expect(status.localName).to.equal('span');
    // Screen readers wait for the verdict: the card is busy, and the live region says only "checking".
    expect(part(el, 'card')!.getAttribute('aria-busy')).to.equal('true');
    expect(text(part(el, 'announcer'))).to.equal('Checking this badge…');
    // Nothing is shared before there is a verdict.
    expect((part(el, 'share-button') as HTMLButtonElement).disabled).to.equal(true);
    await expect(el).to.be.accessible();

    const verified = oneEvent(el, 'badge-verified');
    open();
    await verified;
    await el.updateComplete;
    expect(states(el)).to.deep.equal(['valid', 'issuer-confirmed']);
    expect(text(part(el, 'status'))).to.contain('Verified: issued by');
    expect(part(el, 'card')!.hasAttribute('aria-busy')).to.equal(false);
    expect(text(part(el, 'announcer'))).to.contain('Verified');
    expect((part(el, 'share-button') as HTMLButtonElement).disabled).to.equal(false);
  });

  it("says so in the page's language: a German card checks, and claims nothing", async () => {
    const gated = gatedFetch();
    configure({ now: testNow, proxy: fixtureProxy, registries: [], fetch: gated.fetch as typeof fetch, cache: createCache() });
    const box = document.createElement('div');
    box.lang = 'de';
    const el = document.createElement('badge-card');
    box.append(el);
    el.src = VALID;
    document.body.append(box);
    await gated.asked;
    await el.updateComplete;
    expect(text(part(el, 'status'))).to.equal('…Badge wird geprüft…');
    expect(text(part(el, 'announcer'))).to.equal('Badge wird geprüft…');
    expect(text(part(el, 'issuer'))).to.not.contain('issuer.example');
    const verified = oneEvent(el, 'badge-verified');
    gated.open();
    await verified;
    await el.updateComplete;
    expect(text(part(el, 'status'))).to.match(/^✓Verifiziert/);
  });

  for (const [label, width] of [
    ['a 400px column', '400px'],
    ['a phone (320px)', '320px'],
  ] as const) {
    it(`switches a tampered badge to its not-valid look in place, in ${label}`, async () => {
      if (width === '320px') await setViewport({ width: 320, height: 640 });
      try {
        const { el, after, open } = await checkingCard(TAMPERED, width);
        const card = part(el, 'card')!;
        const before = { card: card.getBoundingClientRect(), after: after.getBoundingClientRect() };
        // The tampered name, drawn as the credential claims it (the checks have not run), and then refused.
        expect(text(part(el, 'name'))).to.equal('Accessible Web FoundationX');
        const verified = oneEvent(el, 'badge-verified');
        open();
        const { report } = (await verified) as unknown as { report: { status: string } };
        await el.updateComplete;
        expect(report.status).to.equal('invalid');
        expect(states(el)).to.deep.equal(['invalid']);
        expect(text(part(el, 'status'))).to.contain('Not valid');
        const now = { card: part(el, 'card')!.getBoundingClientRect(), after: after.getBoundingClientRect() };
        // The same box: the text after the card did not move, the card kept its size.
        expect([now.card.height, now.after.top]).to.deep.equal([before.card.height, before.after.top]);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('never counts a badge being checked as verified in a wall', async () => {
    const gated = gatedFetch();
    configure({ now: testNow, proxy: fixtureProxy, registries: [], fetch: gated.fetch as typeof fetch, cache: createCache() });
    const box = document.createElement('div');
    const wall = document.createElement('badge-wall') as BadgeWallElement;
    wall.eager = true;
    wall.credentials = [VALID];
    box.append(wall);
    document.body.append(box);
    await gated.asked;
    await wall.updateComplete;
    const confirmed = () => text(wall.shadowRoot!.querySelector('[part~="counts"] .count-valid'));
    expect(confirmed()).to.match(/^✓ 0\b/);
    const cards = [...wall.shadowRoot!.querySelectorAll('badge-card')];
    expect(
      cards.some((c) => c.matches(':state(valid)')),
      'no card shows as valid',
    ).to.equal(false);
    const done = oneEvent(wall, 'badge-wall-verified');
    gated.open();
    await done;
    await wall.updateComplete;
    expect(confirmed()).to.match(/^✓ 1\b/);
  });
});
