// Drives headless Chromium (playwright-core) through the bench page.
// Every request that is not for the local server is answered from local files (remote.mjs) by a route,
// so neither verifier ever reaches a network.
import { chromium } from 'playwright-core';
import { resolveRemote } from './remote.mjs';

/** Headless Chromium as the benchmarks run it (bench-wall.mjs adds its own host rules). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
}

export async function openPage(browser, origin, cases, log = () => {}) {
  const context = await browser.newContext();
  await context.route(
    (url) => !url.href.startsWith(origin),
    (route) => {
      const r = resolveRemote(route.request().url());
      if (r.status !== 200) log(`route ${r.status} ${route.request().url()}`);
      route.fulfill({
        status: r.status,
        contentType: r.contentType,
        body: r.body,
        headers: { 'access-control-allow-origin': '*', 'cross-origin-resource-policy': 'cross-origin', 'content-type': r.contentType },
      });
    },
  );
  const page = await context.newPage();
  page.on('pageerror', (e) => log(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && log(`console: ${m.text().slice(0, 200)}`));
  await page.goto(`${origin}/page.html`);
  await page.waitForFunction(() => !!window.bench);
  await page.evaluate((list) => window.bench.setCases(list), cases);
  return { page, close: () => context.close() };
}

/** `runs` fresh pages per verifier, alternating which goes first. → { [impl]: [{load, first, total, ok, lazy}] } */
export async function firstVerification(browser, origin, cases, caseId, impls, runs, log) {
  const out = Object.fromEntries(impls.map((i) => [i, []]));
  for (let r = 0; r < runs; r++) {
    for (const impl of r % 2 ? [...impls].reverse() : impls) {
      const p = await openPage(browser, origin, cases, log);
      const res = await p.page.evaluate(([i, id]) => window.bench.first(i, id), [impl, caseId]);
      out[impl].push(res);
      await p.close();
    }
  }
  return out;
}

/**
 * Warm rate, side by side in one page: per round each verifier runs one batch of `n` on the same credential,
 * the order alternating per round so machine drift cancels. → { [impl]: { ms: [per-verification ms per round], checks } }
 */
export async function warm(page, caseId, impls, rounds, n) {
  const out = Object.fromEntries(impls.map((i) => [i, { ms: [], failed: 0, tamperedFails: true, sample: '', tamperedSummary: '' }]));
  for (const impl of impls) await page.evaluate(([i, id, k]) => window.bench.batch(i, id, k), [impl, caseId, Math.max(5, n >> 1)]); // warm-up
  for (let r = 0; r < rounds; r++) {
    for (const impl of r % 2 ? [...impls].reverse() : impls) {
      const res = await page.evaluate(([i, id, k]) => window.bench.batch(i, id, k), [impl, caseId, n]);
      const o = out[impl];
      o.ms.push(res.ms);
      o.failed += res.failed;
      o.tamperedFails &&= res.tamperedFails;
      o.sample = res.sample;
      o.tamperedSummary = res.tamperedSummary;
    }
  }
  return out;
}

/** CPU profile (CDP Profiler) of `n` warm verifications → top self-time functions. */
export async function profile(page, impl, caseId, n, top = 15) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await page.evaluate(([i, id]) => window.bench.batch(i, id, 20), [impl, caseId]);
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await page.evaluate(([i, id, k]) => window.bench.batch(i, id, k), [impl, caseId, n]);
  const { profile: prof } = await cdp.send('Profiler.stop');
  const wall = Date.now() - t0;
  const byId = new Map(prof.nodes.map((nd) => [nd.id, nd]));
  const parent = new Map();
  for (const nd of prof.nodes) for (const c of nd.children ?? []) parent.set(c, nd.id);
  const keyOf = (nd) => `${nd.callFrame.functionName || '(anonymous)'} ${nd.callFrame.url.replace(/^.*\//, '')}:${nd.callFrame.lineNumber + 1}`;
  const self = new Map();
  const inclusive = new Map(); // a function's time with everything it called (each sample counted once per function)
  let total = 0;
  prof.samples.forEach((id, k) => {
    const dt = (prof.timeDeltas[k + 1] ?? 0) / 1000;
    const key = keyOf(byId.get(id));
    self.set(key, (self.get(key) ?? 0) + dt);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const kk = keyOf(byId.get(at));
      if (seen.has(kk) || kk.startsWith('(root)')) continue;
      seen.add(kk);
      inclusive.set(kk, (inclusive.get(kk) ?? 0) + dt);
    }
    total += dt;
  });
  await cdp.detach();
  const rank = (m) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([fn, ms]) => ({ fn, ms, pct: (100 * ms) / total }));
  return { wall, perOp: wall / n, n, top: rank(self), inclusive: rank(inclusive) };
}
