import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import type { VerificationReport } from '../../src/core/model.js';
import { KeepInPlaceController } from '../../src/elements/wall/keep-in-place.js';
import { FIRST_CHUNK, RenderWindowController } from '../../src/elements/wall/render-window.js';
import { VerifyQueueController } from '../../src/elements/wall/verify-queue.js';
import type { WallEntry, WallView } from '../../src/elements/wall/model.js';

// <badge-wall>'s three controllers, each on its own: a tiny host, or none.

describe('KeepInPlaceController', () => {
  const byName: WallView = { sort: 'name', group: 'none' };
  const entry = (key: string, index: number): WallEntry => ({ key, input: key, index, state: 'waiting' });
  const verify = (e: WallEntry, name: string) => {
    e.report = { status: 'valid' } as VerificationReport;
    e.state = 'done';
    e.facets = { name, status: 'valid', skills: [] } as unknown as WallEntry['facets'];
  };
  const keys = (v: { shown: WallEntry[] }) => v.shown.map((e) => e.key);

  it('keeps a tile near the viewport in its place while it is verified, and lets it go once out of sight', () => {
    const entries = ['a', 'b', 'c', 'd'].map(entry);
    const near = new Set<string>();
    const places = new KeepInPlaceController({ near: () => near, verified: (k) => Boolean(entries.find((e) => e.key === k)?.report) });
    expect(keys(places.view(entries, byName))).to.deep.equal(['a', 'b', 'c', 'd']);
    // The reader is in the middle (the wall's first tile is not among the first tiles seen).
    near.add('c').add('d');
    places.sawNear(['c', 'd']);
    verify(entries[3]!, 'Alpha'); // d sorts first by name: it stays where the reader sees it
    expect(keys(places.view(entries, byName))).to.deep.equal(['a', 'b', 'c', 'd']);
    near.clear();
    expect(keys(places.view(entries, byName))).to.deep.equal(['d', 'a', 'b', 'c']);
  });

  it('lets the first screen sort itself until it is all verified; resort() and reset() sort from scratch', () => {
    const entries = ['a', 'b', 'c', 'd'].map(entry);
    const near = new Set(['a', 'b']);
    const places = new KeepInPlaceController({ near: () => near, verified: (k) => Boolean(entries.find((e) => e.key === k)?.report) });
    places.view(entries, byName);
    places.sawNear(['a', 'b']); // the wall's beginning
    verify(entries[1]!, 'Alpha');
    expect(keys(places.view(entries, byName))).to.deep.equal(['b', 'a', 'c', 'd']);
    verify(entries[0]!, 'Beta'); // the first screen is verified: from now on, near tiles stay
    verify(entries[3]!, 'Aardvark');
    near.clear();
    near.add('b').add('a');
    expect(keys(places.view(entries, byName))).to.deep.equal(['b', 'a', 'd', 'c']);
    places.resort();
    expect(keys(places.view(entries, byName))).to.deep.equal(['d', 'b', 'a', 'c']);
    places.reset();
    places.sawNear(['c']); // not the beginning: near tiles are kept from the start
    expect(keys(places.view(entries, byName))).to.deep.equal(['d', 'b', 'a', 'c']);
  });
});

class QueueHost extends LitElement {
  calls: string[] = [];
  applied: string[] = [];
  finishedCount = 0;
  busyNow = false;
  concurrency = 2;
  #pending = new Map<string, (v: string | undefined) => void>();
  #waiters: Array<() => void> = [];
  #finishedWaiters: Array<() => void> = [];
  readonly queue = new VerifyQueueController<string>(this, {
    concurrency: () => this.concurrency,
    verify: (key) => {
      this.calls.push(key);
      for (const w of this.#waiters.splice(0)) w();
      return new Promise((resolve) => this.#pending.set(key, resolve));
    },
    apply: (result) => this.applied.push(result),
    soon: () => true,
    cards: { mountSome: () => 0, mounted: () => undefined, mountPending: false },
    othersBusy: () => false,
    busy: (busy) => (this.busyNow = busy),
    finished: () => {
      this.finishedCount++;
      for (const w of this.#finishedWaiters.splice(0)) w();
    },
  });
  /** Resolves when verify() has been called `n` times in all. */
  async started(n: number): Promise<void> {
    while (this.calls.length < n) await new Promise<void>((r) => this.#waiters.push(r));
  }
  finish(key: string): void {
    this.#pending.get(key)!(`report:${key}`);
  }
  /** Ends a verification whose result no longer belongs to the host. */
  drop(key: string): void {
    this.#pending.get(key)!(undefined);
  }
  whenFinished(): Promise<void> {
    return new Promise((r) => this.#finishedWaiters.push(r));
  }
  override render() {
    return html`${this.applied.length}`;
  }
}
customElements.define('test-queue-host', QueueHost);

describe('VerifyQueueController', () => {
  let host: QueueHost;
  beforeEach(() => {
    host = document.createElement('test-queue-host') as QueueHost;
    document.body.append(host);
  });
  afterEach(() => host.remove());

  it('runs the first badge of a source alone, then `concurrency` at a time, the last asked for first', async () => {
    host.queue.reset();
    host.queue.request('c', 'b', 'a');
    await host.started(1);
    expect(host.calls).to.deep.equal(['a']);
    const done = host.whenFinished();
    host.finish('a');
    await host.started(3);
    expect(host.calls).to.deep.equal(['a', 'b', 'c']);
    host.finish('b');
    host.finish('c');
    await done;
    expect(host.applied.sort()).to.deep.equal(['report:a', 'report:b', 'report:c']);
    expect(host.finishedCount).to.equal(1);
    expect(host.busyNow).to.equal(false);
    expect(host.queue.idle).to.equal(true);
  });

  it('drops results that no longer belong (undefined), takes back withdrawn badges unless all were asked for', async () => {
    host.queue.reset();
    host.queue.request('c', 'b', 'a');
    await host.started(1);
    host.queue.withdraw(['b']);
    const done = host.whenFinished();
    host.drop('a'); // a new source since: not applied, and the ramp-up goes on
    await host.started(2);
    expect(host.calls).to.deep.equal(['a', 'c']);
    host.finish('c');
    await done;
    expect(host.applied).to.deep.equal(['report:c']);

    host.queue.requestAll(['x', 'y']);
    host.queue.withdraw(['x', 'y']);
    await host.started(4);
    expect(host.calls.slice(2).sort()).to.deep.equal(['x', 'y']);
  });

  it('forgets what was queued on reset()', async () => {
    host.queue.reset();
    host.queue.request('c', 'b', 'a');
    await host.started(1);
    host.queue.reset();
    host.queue.request('z');
    host.finish('a');
    await host.started(2);
    expect(host.calls).to.deep.equal(['a', 'z']);
  });
});

const TILES = 200;

class WindowHost extends LitElement {
  readonly verifiedKeys = new Set<string>();
  readonly nearCalls: string[][] = [];
  mountAsked = 0;
  #grown: Array<() => void> = [];
  readonly window = new RenderWindowController(this, {
    shown: () => TILES,
    ready: () => true,
    verified: (key) => this.verifiedKeys.has(key),
    layout: () => 'grid',
    near: (keys) => keys.length && this.nearCalls.push([...keys]),
    far: () => undefined,
    mount: () => this.mountAsked++,
  });
  override render() {
    const n = Math.min(this.window.limit, TILES);
    return html`<div class="wall">${Array.from({ length: n }, (_, i) => html`<div class="tile" data-key=${`k${i}`} data-waiting data-lazy style="height: 60px"></div>`)}</div>`;
  }
  override updated(): void {
    if (this.window.limit >= TILES) for (const r of this.#grown.splice(0)) r();
  }
  /** Resolves once every tile is rendered. */
  allRendered(): Promise<void> {
    return this.window.limit >= TILES ? Promise.resolve() : new Promise((r) => this.#grown.push(r));
  }
}
customElements.define('test-window-host', WindowHost);

describe('RenderWindowController', () => {
  it('renders a first step, then grows step by step to every tile; asks for the tiles on screen first', async () => {
    const host = document.createElement('test-window-host') as WindowHost;
    document.body.append(host);
    try {
      await host.updateComplete;
      expect(host.shadowRoot!.querySelectorAll('.tile')).to.have.length(FIRST_CHUNK);
      await host.allRendered();
      await host.updateComplete;
      expect(host.shadowRoot!.querySelectorAll('.tile')).to.have.length(TILES);
      const first = host.nearCalls[0]!;
      expect(first[0]).to.equal('k0'); // top to bottom
      expect(first).to.not.include(`k${TILES - 1}`); // 12,000 px down: not near
      expect(host.window.near.has('k0')).to.equal(true);
    } finally {
      host.remove();
    }
  });

  it('mounts cards for verified tiles near the viewport, a few per step; reset() forgets them', async () => {
    const host = document.createElement('test-window-host') as WindowHost;
    document.body.append(host);
    try {
      await host.updateComplete;
      await host.allRendered();
      for (const k of ['k0', 'k1', 'k2']) {
        host.verifiedKeys.add(k);
        host.window.verified(k);
      }
      host.verifiedKeys.add(`k${TILES - 1}`);
      host.window.verified(`k${TILES - 1}`); // far away: no card
      expect(host.window.mountPending).to.equal(true);
      expect(host.window.mountSome()).to.equal(1); // one card in the first step (it adapts from there)
      host.window.mounted(1, performance.now());
      let made = 1;
      while (host.window.mountPending) made += host.window.mountSome();
      expect(made).to.equal(3);
      expect(['k0', 'k1', 'k2'].every((k) => host.window.isMounted(k))).to.equal(true);
      expect(host.window.isMounted(`k${TILES - 1}`)).to.equal(false);
      host.window.reset();
      expect(host.window.isMounted('k0')).to.equal(false);
      expect(host.window.noneMounted).to.equal(true);
      expect(host.window.near.size).to.equal(0);
    } finally {
      host.remove();
    }
  });
});
