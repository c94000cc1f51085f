// No request goes anywhere but the URLs a credential names (through the configured proxy) and the
// page's own code. Every resource request made while a card renders is recorded (Resource Timing)
// and checked against the closure of URLs named by the credential and by the documents it names
// (issuer profile, DID document, status list, …), did:web names included.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { configure } from '../../src/index.js';
import { fixtureManifest, fixtureProxy } from '../helpers/hosts.js';
import { ob3Carrying } from './corpus/xss.js';
import { render, settleImages } from './corpus/inspect.js';
import { testNow } from '../helpers/clock.mjs';
import { defaultRegistries } from '../../src/core/index.js';

// Every badge this file verifies is judged on the suite's clock (test/helpers/clock.mjs), not the machine's.
configure({ now: testNow });

const manifest = await fixtureManifest();
const HOSTS = '/test/fixtures/hosts/';
const HARNESS = '__harness=1';

/** did:web:host%3A8443:a:b → https://host:8443/a/b/did.json (did:web spec §3.2; no /.well-known in fixtures, see COMMON). */
function didWebUrl(did: string): string[] {
  const [, , ...parts] = did.split('#')[0].split(':');
  const host = decodeURIComponent(parts[0] ?? '');
  const path = parts.slice(1).map(decodeURIComponent).join('/');
  return path ? [`https://${host}/${path}/did.json`] : [`https://${host}/.well-known/did.json`, `https://${host}/did.json`];
}

function b64urlJson(seg: string): unknown {
  const b = atob(seg.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (seg.length % 4)) % 4));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(b, (c) => c.charCodeAt(0))));
}

/** Every URL a document names (string values, did:web ids, JWT header+payload when it is a JWS). */
function namedUrls(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const s = value.trim();
    if (/^https?:\/\//i.test(s)) {
      out.add(s.split('#')[0]);
    } else if (s.startsWith('did:web:')) {
      for (const u of didWebUrl(s)) out.add(u);
    } else if (/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(s)) {
      try {
        const [h, p] = s.split('.');
        namedUrls(b64urlJson(h), out);
        namedUrls(b64urlJson(p), out);
      } catch {
        /* not a JWS */
      }
    }
  } else if (Array.isArray(value)) for (const v of value) namedUrls(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      namedUrls(k, out);
      namedUrls(v, out);
    }
  return out;
}

/** The closure: URLs named by the start document and, transitively, by every fixture document they point at. */
async function allowedUrls(start: string[], inline?: unknown): Promise<Set<string>> {
  // The issuer registries the page asks (by default DCC's) are the one thing a card fetches that the
  // credential does not name; a static list is fetched whole, a federation is asked about the DID only.
  const allowed = new Set<string>([...start, ...defaultRegistries.map((r) => ('url' in r ? r.url : ''))]);
  if (inline !== undefined) namedUrls(inline, allowed);
  const seen = new Set<string>();
  for (let round = 0; round < 6; round++) {
    for (const url of [...allowed]) {
      if (seen.has(url)) continue;
      seen.add(url);
      const local = fixtureProxy(url);
      if (!local) continue;
      // Marked so that strayRequests() can tell the harness's own reads from the card's (their
      // Resource Timing entries can arrive after the next test has started recording).
      const res = await fetch(`${local}${local.includes('?') ? '&' : '?'}${HARNESS}`);
      if (!res.ok) continue;
      const text = await res.text();
      try {
        namedUrls(JSON.parse(text), allowed);
      } catch {
        namedUrls(text.trim(), allowed);
      }
    }
  }
  return allowed;
}

/** Each recorded request that is not the page's own code and not a URL the credential names. */
function strayRequests(entries: PerformanceResourceTiming[], allowed: Set<string>): string[] {
  const allowedLocal = new Set([...allowed].map((u) => fixtureProxy(u)).filter(Boolean) as string[]);
  const stray: string[] = [];
  for (const e of entries) {
    const u = new URL(e.name);
    if (u.origin === location.origin && u.search.includes(HARNESS)) continue;
    const plain = `${u.origin}${u.pathname}${u.search}`;
    if (u.origin === location.origin) {
      if (u.pathname.startsWith(HOSTS)) {
        if (!allowedLocal.has(plain) && !allowedLocal.has(plain.replace(/\/index\.json$/, '/')))
          stray.push(`${e.initiatorType} ${plain} (fixture host not named by the credential)`);
      } else if (!allowedLocal.has(plain) && !/^\/(src|node_modules|cdn|__web-dev-server|__wds)/.test(u.pathname) && !/\.(m?js|ts)$/.test(u.pathname)) {
        stray.push(`${e.initiatorType} ${plain} (same-origin, not code)`);
      }
    } else if (!allowed.has(plain) && !allowed.has(e.name)) {
      stray.push(`${e.initiatorType} ${e.name} (third party)`);
    }
  }
  return stray;
}

async function recordWhile(task: () => Promise<void>): Promise<PerformanceResourceTiming[]> {
  performance.setResourceTimingBufferSize(100_000);
  performance.clearResourceTimings();
  const seen: PerformanceResourceTiming[] = [];
  const obs = new PerformanceObserver((list) => seen.push(...(list.getEntries() as PerformanceResourceTiming[])));
  obs.observe({ type: 'resource', buffered: false });
  await task();
  // Entries are delivered asynchronously: take the buffer too, then dedupe.
  for (const e of obs.takeRecords() as PerformanceResourceTiming[]) seen.push(e);
  obs.disconnect();
  for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) if (!seen.includes(e)) seen.push(e);
  return seen;
}

describe('a card asks only for what the credential names', () => {
  let container: HTMLElement;
  before(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  after(() => container.remove());

  const sample = manifest.filter((c) => !c.expect.startsWith('error'));
  for (const fc of sample) {
    it(`${fc.name} (${fc.expect})`, async () => {
      configure({ proxy: fixtureProxy, cache: new Map() });
      let report: unknown;
      const entries = await recordWhile(async () => {
        const r = await render('badge-card', { attrs: { src: fc.url } }, container);
        report = r.report;
        await settleImages(r.el);
        r.el.remove();
      });
      const allowed = await allowedUrls([fc.url], report && (report as { badge?: { credential?: unknown } }).badge?.credential);
      expect(strayRequests(entries, allowed)).to.deep.equal([]);
    });
  }

  it('a hostile credential naming a tracker image causes requests only to URLs it names', async () => {
    configure({ proxy: fixtureProxy, cache: new Map() });
    const credential = ob3Carrying('https://tracker.example/pixel.png', 'trk');
    const entries = await recordWhile(async () => {
      const r = await render('badge-card', { props: { credential } }, container);
      await settleImages(r.el);
      r.el.remove();
    });
    const allowed = await allowedUrls([], credential);
    expect(strayRequests(entries, allowed)).to.deep.equal([]);
  });
});
