// `node scripts/bench-wall.mjs [--runs=5] [--quick] [--n=1000] [--concurrency=N] [--cdn] [--core] [--fetch]
// [--serve=sw|http] [--profile] [--trace] [--shot=file.png] [--json=out.json]`: a 1,000-badge
// <badge-wall> in headless Chromium, on local fixtures only (no network beyond 127.0.0.1).
//
// Source list: test/fixtures/hosts/wall.example/portfolio.json when it exists (written by
// `node scripts/make-fixtures.mjs --wall=1000`: 1,000 distinct signed badges from 10 did:web issuers);
// otherwise the portfolio's URLs repeated with distinct query strings (?copy=N) up to N entries —
// every entry is then a distinct URL (fetched and verified on its own) but the issuers, DID documents
// and status lists are the portfolio's few.
//
// The page is bundled once with esbuild (src/define.ts + a small page script). With --serve=sw (the
// default) a service worker, installed before each run, answers every request of the measured page from
// memory inside the browser (the issue: "answer every request inside the page from local files"); with
// --serve=http a tiny node server on 127.0.0.1 answers them, as before (it then shares the 2 cores).
// The harness waits on the page over CDP, so no Playwright script is injected into a measured run. Reported per run, then median and p90 over the runs:
//   first card       navigation start → the first verified <badge-card> rendered in the wall
//   visible verified navigation start → the first `badge-wall-verified` (every badge near the viewport)
//   all verified     navigation start → wall.verifyAll() resolved (every badge of the wall)
//   longest task     the longest main-thread task (PerformanceObserver 'longtask'; 0 when none ≥ 50 ms)
//   long tasks       how many tasks ran ≥ 50 ms
//   max req/URL      the most requests any one URL got (1 = every document fetched once)
//   peak heap        peak JSHeapUsedSize (CDP Performance.getMetrics, sampled every 100 ms)
//   layout shift     cumulative layout shift of the whole run (PerformanceObserver 'layout-shift')
//   after script     first card / visible verified measured from the page script's start
//                    (performance.now() when the bundle's top-level code runs) instead of navigation
// `--concurrency=N` sets the wall's `concurrency` (default: the element's own default).
// `--cdn` loads the built CDN file (cdn/badge-elements.js; `npm run build` first) as a script-tag
// page does, <badge-wall> then being a lazy chunk; without it the page is src/define.ts bundled by
// esbuild (all tags in one file). "after script" is then measured from the CDN module's evaluation.
// `--core` verifies the same list with verify() alone (one cache, same concurrency, no wall): the
// floor for "all verified" (on this machine the wall adds no measurable time to it).
// `--nocontrols` gives the wall `no-controls` (the page's first <select> costs 14-37 ms of layout here).
// `--text` puts a heading and a paragraph above the wall (a résumé page), for comparison with the bare page.
// `--fetch` fetches the same list (same proxy, same concurrency) and reads each body, no verification:
// the platform's own cost of 1,000 fetches, the floor under --core.
// `--shot=file.png` saves a screenshot of the first screen after the first run.
// `--profile-window=FROM-TO` (with --profile): only the samples FROM–TO ms after the profiler started.
// Each run also prints its largest layout shifts (time, value, moved rects), the card tile heights,
// the first wall updates and the first requests (where the start-up time goes).
// `--profile` makes one unminified run with a CDP CPU profile and prints self time per source
// module and per function (timings of that run are slower than normal).
// No timing is asserted: this prints numbers.
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './bench/browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const flag = (name, def) => {
  const a = process.argv.find((x) => x === `--${name}` || x.startsWith(`--${name}=`));
  return a === undefined ? def : a.includes('=') ? a.split('=')[1] : true;
};
const quick = Boolean(flag('quick', false));
const RUNS = Number(flag('runs', quick ? 3 : 5));
const N = Number(flag('n', 1000));
const CONCURRENCY = Number(flag('concurrency', 0));
// --profile: one run, unminified, with a CDP CPU profile; prints the top functions by self time.
const PROFILE = flag('profile', false);
// --trace: also a devtools.timeline trace of the run; prints main-thread time per event kind
// (script, style, layout, paint…).
const TRACE = flag('trace', false);
// --core: no wall; the page verifies the same list with verify() (one shared cache, same
// concurrency): the floor the wall's "all verified" is measured against.
const CORE = flag('core', false);
// --fetch: no wall, no verification; the page fetches the same list (proxied the same way, same
// concurrency) and reads each body: what the platform's fetch alone costs here, the floor under --core.
const FETCH = flag('fetch', false);
// --cdn: the page loads the built CDN file (cdn/badge-elements.js, from `npm run build`) the way a
// script-tag page does: <badge-card> inline, <badge-wall> a lazy chunk fetched on first sight.
// Without it the page is src/define.ts bundled by esbuild (every tag in one file, no chunks).
const CDN = flag('cdn', false);
// --serve=sw (default): every request of the measured page is answered inside the browser by a service
// worker holding the page, the CDN files and the fixtures in memory (loaded before the run starts), as the
// issue asks ("answer every request inside the page from local files"): no socket, no server process on
// the machine's 2 cores. --serve=http: the same files from the node server below, over 127.0.0.1.
const SERVE = String(flag('serve', 'sw'));
if (!['sw', 'http'].includes(SERVE)) throw new Error('--serve is sw or http');
if (CDN && FETCH) throw new Error('--cdn and --fetch do not go together');
if (CDN && CORE) throw new Error('--cdn and --core do not go together');
if (CDN && !existsSync(join(root, 'cdn/badge-elements.js'))) throw new Error('--cdn needs cdn/badge-elements.js: run `npm run build` first');
const say = (s) => process.stderr.write(`bench-wall: ${s}\n`);

// ---- the badge list -----------------------------------------------------------------------------
const wallList = join(root, 'test/fixtures/hosts/wall.example/portfolio.json');
let urls;
let note;
if (existsSync(wallList)) {
  urls = JSON.parse(readFileSync(wallList, 'utf8')).badges.slice(0, N);
  note = `${urls.length} distinct badges from test/fixtures/hosts/wall.example (make-fixtures --wall)`;
} else {
  const base = JSON.parse(readFileSync(join(root, 'test/fixtures/hosts/badges.example/portfolio.json'), 'utf8')).badges;
  urls = Array.from({ length: N }, (_, i) => `${base[i % base.length]}?copy=${i}`);
  note = `${N} entries = the ${base.length} portfolio URLs repeated with ?copy=N (run \`node scripts/make-fixtures.mjs --wall=1000\` for distinct badges)`;
}

// ---- the page -----------------------------------------------------------------------------------
const out = join(root, 'node_modules/.cache/badge-bench-wall');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'list.json'), JSON.stringify(urls));
writeFileSync(
  join(out, 'page.ts'),
  `${
    CDN
      ? `import { configure, load } from '/cdn/badge-elements.js';
const verify: any = undefined;
const createCache: any = undefined;`
      : `import { configure } from '${join(root, 'src/define.ts').replace(/\\/g, '/')}';
import { verify, createCache } from '${join(root, 'src/core/index.ts').replace(/\\/g, '/')}';`
  }
// The fixture hosts (*.example, *.test) live under /test/fixtures/hosts/ on this origin.
const proxy = (url: string) => { const m = /^https?:\\/\\/([a-z0-9.-]+\\.(?:example|test))(\\/.*)?$/i.exec(url); return m ? location.origin + '/test/fixtures/hosts/' + m[1] + (m[2] ?? '/') : undefined; };
configure({ proxy, registries: [] }); // issuer-registry lookups are network round trips the wall budgets do not cover
const w = window as any;
const wall = document.querySelector('badge-wall')!;
w.bench = { script: performance.now(), firstCard: NaN, visible: NaN, all: NaN, wallUpdate: 0, wallUpdates: 0 };
// How long the wall's own render takes (its share of the main thread), per update.
const listed = fetch('/bench/list.json').then((r) => r.json());
const Wall = ${CDN ? "(await load('badge-wall')) as any" : "customElements.get('badge-wall') as any"};
const update = Wall.prototype.update;
Wall.prototype.update = function (this: unknown, changed: unknown) {
  const t0 = performance.now();
  update.call(this, changed);
  const d = performance.now() - t0;
  w.bench.wallUpdates++;
  if (w.bench.wallUpdates <= 4) (w.bench.firstUpdates ??= []).push(Math.round(t0) + '+' + Math.round(d));
  w.bench.wallUpdate = Math.max(w.bench.wallUpdate, d);
};
new MutationObserver(() => {}).observe(document, { childList: true });
const core = new URLSearchParams(location.search).has('core');
const fetchOnly = new URLSearchParams(location.search).has('fetch');
const poll = () => {
  if (core || fetchOnly) return;
  if (wall.shadowRoot?.querySelector('.tile badge-card')) { w.bench.firstCard = performance.now(); return; }
  requestAnimationFrame(poll);
};
requestAnimationFrame(poll);
let visible!: () => void;
w.benchVisible = new Promise<void>((r) => (visible = r));
wall.addEventListener('badge-wall-verified', () => { if (Number.isNaN(w.bench.visible)) { w.bench.visible = performance.now(); visible(); } });
const c = Number(new URLSearchParams(location.search).get('concurrency'));
if (c) (wall as any).concurrency = c;
w.bench.concurrency = (wall as any).concurrency;
if (!core && !fetchOnly) listed.then((list) => { (wall as any).credentials = list; });
w.verifyAll = async () => { await (wall as any).verifyAll(); w.bench.all = performance.now(); return (wall as any).counts; };
// --core: the same list through verify() alone (one cache, the same concurrency), no wall: the floor.
if (core) {
  const opts = { proxy, cache: createCache(), registries: [] };
  const counts: Record<string, number> = { valid: 0, invalid: 0, indeterminate: 0, error: 0 };
  const done = listed.then(async (list: string[]) => {
    let i = 0;
    const worker = async () => { while (i < list.length) { const r = await verify(list[i++]!, opts); counts[r.status]++; } };
    await Promise.all(Array.from({ length: c || 6 }, worker));
  });
  w.bench.visible = 0; w.bench.firstCard = 0; visible();
  w.verifyAll = async () => { await done; w.bench.all = performance.now(); return counts; };
}
// --fetch: the same list fetched and read (no verification): the platform's share of --core.
if (fetchOnly) {
  let bytes = 0;
  let bad = 0;
  const done = listed.then(async (list: string[]) => {
    let i = 0;
    const worker = async () => { while (i < list.length) { const u = list[i++]!; const r = await fetch(proxy(u) ?? u, { credentials: "omit" }); if (!r.ok) bad++; const n = (await r.arrayBuffer()).byteLength; bytes += n; } };
    await Promise.all(Array.from({ length: c || 6 }, worker));
  });
  w.bench.visible = 0; w.bench.firstCard = 0; visible();
  w.verifyAll = async () => { await done; w.bench.all = performance.now(); return { valid: bytes, invalid: bad, indeterminate: 0, error: 0 }; };
}
// The harness reads this promise over CDP (Runtime.evaluate awaitPromise): Playwright's waitForFunction
// would inject its ~70 ms utility script into the page in the middle of the measured start-up.
w.benchAll = w.benchVisible.then(() => w.verifyAll());
// What a run reports (the harness reads it over CDP, or the page posts it to /bench/result: see plainRun).
w.benchCollect = () => {
      const perReq = new Map();
      for (const e of performance.getEntriesByType('resource')) perReq.set(e.name, (perReq.get(e.name) ?? 0) + 1);
      const tasks = w.longTasks;
      return {
        ...w.bench,
        longest: tasks.length ? Math.max(...tasks) : 0,
        longCount: tasks.length,
        cls: w.cls,
        requests: [...perReq.values()].reduce((a, b) => a + b, 0),
        distinct: perReq.size,
        maxPerUrl: Math.max(...perReq.values()),
        outside: [...perReq.keys()].filter((u) => !u.startsWith(location.origin) && !/^(data|blob):/.test(u)).length,
        tiles: (() => {
          const root = document.querySelector('badge-wall').shadowRoot;
          const hs = [...root.querySelectorAll('.tile > badge-card')].map((c) => Math.round(c.parentElement.getBoundingClientRect().height));
          const facets = [...root.querySelectorAll('.facet-list')].map((ul) => [ul.offsetHeight, ul.clientHeight, ul.scrollWidth > ul.clientWidth, ul.firstElementChild?.offsetHeight, ul.firstElementChild?.firstElementChild?.offsetHeight].join('/'));
          return { facets, measured: root.querySelector('.wall')?.style.getPropertyValue('--_measured-tile-height'), cards: hs.length, min: Math.min(...hs), max: Math.max(...hs) };
        })(),
        early: performance.getEntriesByType('resource').slice(0, 16).map((e) => \`\${e.name.split('/').slice(-2).join('/')} \${Math.round(e.startTime)}-\${Math.round(e.responseEnd)}\`),
        shifts: w.shifts.sort((a, b) => b[1] - a[1]).slice(0, 4),
        worst: [...(w.longAt ?? [])].sort((a, b) => b[1] - a[1]).slice(0, 5),
      };
};
// Peak JS heap, sampled in the page (performance.memory is exact with --enable-precise-memory-info).
let peakHeap = 0;
const sampleHeap = () => { peakHeap = Math.max(peakHeap, (performance as any).memory?.usedJSHeapSize ?? 0); };
const heapTimer = setInterval(sampleHeap, 100);
// ?report: nobody is attached to this browser; the page posts its figures to the server when done.
if (new URLSearchParams(location.search).has('report')) {
  const post = (o: unknown) => fetch('/bench/result', { method: 'POST', body: JSON.stringify(o) });
  w.benchAll.then(async (counts: unknown) => {
    await new Promise((r) => setTimeout(r, 200)); // let the last longtask entries arrive
    clearInterval(heapTimer);
    sampleHeap();
    await post({ ...w.benchCollect(), counts, pageHeap: peakHeap, viewport: [innerWidth, innerHeight] });
  }, (e: any) => post({ error: String(e?.stack ?? e) }));
}
`,
);
say('bundling the page (esbuild)');
await build({
  entryPoints: [join(out, 'page.ts')],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: !PROFILE,
  outfile: join(out, 'page.js'),
  external: ['/cdn/*'],
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'error',
});
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>wall bench</title>
<script>performance.setResourceTimingBufferSize(100000);window.longTasks=[];window.cls=0;window.shifts=[];new PerformanceObserver((l)=>{for(const e of l.getEntries())if(!e.hadRecentInput){window.cls+=e.value;window.shifts.push([Math.round(e.startTime),+e.value.toFixed(4),e.sources.map((s)=>(s.node?(s.node.nodeName+'.'+(s.node.className||'')):'?')+' y'+Math.round(s.previousRect.y)+'→'+Math.round(s.currentRect.y)+' h'+Math.round(s.previousRect.height)+'→'+Math.round(s.currentRect.height)).join(', ')])}}).observe({type:'layout-shift',buffered:true});new PerformanceObserver((l)=>{for(const e of l.getEntries()){window.longTasks.push(e.duration);(window.longAt=window.longAt||[]).push([Math.round(e.startTime),Math.round(e.duration)])}}).observe({type:'longtask',buffered:true});</script>
<script type="module" src="/bench/page.js"></script></head>
<body style="margin:0;font-family:system-ui">${flag('text', false) ? '<header style="padding:8px 16px"><h1 style="margin:0;font-size:20px">Ada Example — résumé</h1><p style="margin:4px 0">Front-end developer. Verified badges below, checked in your browser.</p></header>' : ''}<badge-wall sort="source"${flag('nocontrols', false) ? ' no-controls' : ''}></badge-wall></body></html>`;

// ---- --serve=sw: the service worker and the files it answers from -------------------------------
// Everything the measured page may request, by path: the page, the list, the CDN build, every fixture host.
function servedFiles() {
  const files = {};
  const add = (path, type, body) =>
    (files[path] =
      Buffer.isBuffer(body) && !/^(text|application\/(json|jwt|javascript))/.test(type) ? [type, body.toString('base64'), 1] : [type, body.toString()]);
  add('/', 'text/html', html);
  add('/bench/page.js', 'text/javascript', readFileSync(join(out, 'page.js')));
  add('/bench/list.json', 'application/json', readFileSync(join(out, 'list.json')));
  const walk = (dir) => {
    for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory() || (e.isSymbolicLink() && statSync(join(root, rel)).isDirectory())) walk(rel);
      else if (!rel.endsWith('.map')) add(`/${rel}`, types[extname(rel)] ?? 'application/octet-stream', readFileSync(join(root, rel)));
    }
  };
  walk('test/fixtures/hosts');
  if (CDN) walk('cdn');
  return JSON.stringify(files);
}
// Kept in the worker's memory: a lookup and a Response per request, nothing leaves the browser. A request for
// a path it does not hold goes on to the node server, which counts it (reported as "requests the server answered").
const swSource = `let files;
const load = () => (files ??= fetch('/bench/files.json').then((r) => r.json()).then((m) => {
  const map = new Map();
  for (const [p, [type, body, b64]] of Object.entries(m)) map.set(p, [type, b64 ? Uint8Array.from(atob(body), (c) => c.charCodeAt(0)) : body]);
  return map;
}));
self.addEventListener('install', (e) => { self.skipWaiting(); e.waitUntil(load()); });
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (e) => {
  const u = new URL(e.request.url);
  if (u.origin !== location.origin || u.pathname.startsWith('/bench/setup') || u.pathname === '/bench/files.json' || u.pathname === '/bench/result') return;
  e.respondWith(load().then((map) => {
    const f = map.get(decodeURIComponent(u.pathname));
    return f ? new Response(f[1], { headers: { 'content-type': f[0], 'cache-control': 'no-store' } }) : fetch(e.request);
  }));
});`;
// ?next=PATH (plain runs): goes on to the measured page once the worker is active.
const setupHtml = `<!doctype html><meta charset="utf-8"><title>setup</title><script>
window.swReady = navigator.serviceWorker.register('/bench-sw.js', { scope: '/' }).then(() => navigator.serviceWorker.ready).then(() => 'ok');
const next = new URLSearchParams(location.search).get('next');
if (next) swReady.then(() => location.replace(next));
</script>`;

// ---- a tiny static server -----------------------------------------------------------------------
let filesJson;
let onResult; // the current plain run's: called with what the page posted to /bench/result
let answered = 0; // requests the server answered for the measured page (with --serve=sw: what the worker did not hold)
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.jwt': 'application/jwt',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const send = (status, body, type = 'text/plain') => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  };
  if (path === '/bench-sw.js') return send(200, swSource, 'text/javascript');
  if (path === '/bench/setup') return send(200, setupHtml, 'text/html');
  if (path === '/bench/files.json') return send(200, (filesJson ??= servedFiles()), 'application/json');
  if (path === '/bench/result' && req.method === 'POST') {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      send(204, '');
      onResult?.(JSON.parse(body));
    });
    return;
  }
  if (path !== '/favicon.ico') answered++; // the browser's own favicon request is not the page's
  if (path === '/' || path === '/bench/') return send(200, html, 'text/html');
  if (path === '/bench/page.js') return send(200, readFileSync(join(out, 'page.js')), 'text/javascript');
  if (path === '/bench/list.json') return send(200, readFileSync(join(out, 'list.json')), 'application/json');
  const file = normalize(join(root, path));
  if (CDN && file.startsWith(join(root, 'cdn')) && existsSync(file) && statSync(file).isFile())
    return send(200, readFileSync(file), types[extname(file)] ?? 'application/octet-stream');
  if (!file.startsWith(join(root, 'test/fixtures/hosts')) || !existsSync(file) || !statSync(file).isFile()) return send(404, 'not found');
  send(200, readFileSync(file), types[extname(file)] ?? 'application/octet-stream');
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---- runs ---------------------------------------------------------------------------------------
const ARGS = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', ...CHROMIUM_ARGS];
// Timing runs are "plain": Chromium started on its own with the page's URL, nothing attached. Playwright
// (CDP) turns on DevTools instrumentation in the page, per request among others: 1,000 fetches took
// 3.98-4.10 s under Playwright and 2.42-3.01 s in the same Chromium with nothing attached (measured side
// by side, alternating). --profile, --trace and --shot need CDP and use Playwright; --playwright forces it.
// --trace in a plain run is Chromium's own start-up tracing (--trace-startup), written to a file: no CDP.
const PLAIN = !PROFILE && !flag('shot', '') && !flag('playwright', false);
const query = `concurrency=${CONCURRENCY}${CORE ? '&core' : ''}${FETCH ? '&fetch' : ''}`;
async function plainRun() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-wall-'));
  const target = `/?${query}&report`;
  const url = origin + (SERVE === 'sw' ? `/bench/setup?next=${encodeURIComponent(target)}` : target);
  let timer;
  const posted = new Promise((resolve, reject) => {
    onResult = resolve;
    timer = setTimeout(() => reject(new Error('no result from the page within 120 s')), 120_000);
  });
  answered = 0; // the setup page, the worker's files and the result post are not counted (above)
  const traceFile = join(dir, 'trace.json');
  const tracing = TRACE
    ? [
        '--trace-startup=devtools.timeline,disabled-by-default-devtools.timeline',
        `--trace-startup-file=${traceFile}`,
        '--trace-startup-duration=12',
        '--trace-startup-format=json',
      ]
    : [];
  const child = spawn('/usr/bin/chromium', [...ARGS, ...tracing, '--enable-precise-memory-info', '--window-size=1280,1043', `--user-data-dir=${dir}`, url], {
    stdio: 'ignore',
  });
  const exited = new Promise((r) => child.once('exit', r));
  try {
    const r = await posted;
    if (r.error) throw new Error(`the page failed: ${r.error}`);
    if (TRACE) {
      // Chromium writes the file when the trace's duration is over.
      for (let i = 0; i < 150 && !(existsSync(traceFile) && statSync(traceFile).size > 0 && Date.now() - statSync(traceFile).mtimeMs > 1000); i++)
        await new Promise((res) => setTimeout(res, 200));
      const trace = JSON.parse(readFileSync(traceFile, 'utf8'));
      printTrace(trace);
    }
    return { ...r, peakHeap: r.pageHeap, outside: r.outside ?? 0, served: answered };
  } finally {
    clearTimeout(timer);
    onResult = undefined;
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }); // its helper processes may still be writing
    } catch {
      /* a temporary profile left in the tmp dir */
    }
  }
}
/** One run's figures, and where its start-up went, on stderr. */
function sayRun(run, m) {
  say(
    `run ${run + 1}/${RUNS}: first card ${m.firstCard.toFixed(0)} ms, visible ${m.visible.toFixed(0)} ms, all ${m.all.toFixed(0)} ms, longest task ${m.longest.toFixed(0)} ms (worst [start, duration]: ${JSON.stringify(m.worst)})${m.viewport ? `; viewport ${m.viewport}` : ''}`,
  );
  say(
    `  tiles with a card: ${JSON.stringify(m.tiles)}; script ${Math.round(m.script)} ms; first wall updates [start+ms]: ${m.firstUpdates}; first requests: ${m.early.join(', ')}`,
  );
  if (m.cls > 0.001) say(`  layout shifts (largest: [start, value, sources]): ${JSON.stringify(m.shifts)}`);
}
const browser = PLAIN ? undefined : await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
const results = [];
try {
  for (let run = 0; run < RUNS; run++) {
    if (PLAIN) {
      const m = await plainRun();
      results.push(m);
      sayRun(run, m);
      continue;
    }
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // Requests leaving 127.0.0.1 are counted here and fail in the browser (--host-resolver-rules
    // below). Not page.route(): intercepting every request round-trips it through this process,
    // which added tens of ms to each of the ~1,000 fetches on a busy machine.
    const outside = [];
    page.on('request', (req) => {
      const u = req.url();
      if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) outside.push(u);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    let peakHeap = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        try {
          const { metrics } = await cdp.send('Performance.getMetrics');
          peakHeap = Math.max(peakHeap, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
        } catch {
          /* page navigating */
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    if (SERVE === 'sw') {
      await page.goto(`${origin}/bench/setup`);
      await page.evaluate(() => window.swReady);
    }
    answered = 0;
    if (PROFILE) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    if (TRACE) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await page.goto(`${origin}/?${query}`, { waitUntil: 'commit' });
    // Awaited over CDP, not page.waitForFunction/evaluate: those inject Playwright's scripts into the page during the run.
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: 'new Promise((r) => { const t = () => (window.benchAll ? r(window.benchAll) : setTimeout(t, 20)); t(); })',
      awaitPromise: true,
      returnByValue: true,
      timeout: 120_000,
    });
    if (exceptionDetails) throw new Error(`the page failed: ${JSON.stringify(exceptionDetails).slice(0, 500)}`);
    const counts = result.value;
    const served = answered;
    await page.waitForTimeout(200); // let the last longtask entries arrive
    if (flag('shot', '') && run === 0) await page.screenshot({ path: flag('shot', '') }); // --shot=file.png: the first screen
    const m = await page.evaluate(() => window.benchCollect());
    sampling = false;
    await sampler;
    if (PROFILE) printProfile((await cdp.send('Profiler.stop')).profile);
    if (TRACE) printTrace(JSON.parse((await browser.stopTracing()).toString('utf8')));
    results.push({ ...m, peakHeap, counts, outside: outside.length, served });
    sayRun(run, m);
    await context.close();
  }
} finally {
  await browser?.close();
  server.close();
}

/** Self time per function (top 30), and total time per bundled source module, of a CDP CPU profile. */
function printProfile(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  // --profile-window=FROM-TO (ms since the profiler started, just before navigation): only samples in it.
  const [from, to] = String(flag('profile-window', '0-1e9')).split('-').map(Number);
  let at = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    at += (dt[i] ?? 0) / 1000;
    if (at >= from && at <= to) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (dt[i] ?? 0));
  }
  const fn = new Map();
  for (const [id, us] of self) {
    const c = byId.get(id).callFrame;
    const k = `${c.functionName || '(anon)'} ${c.url.split('/').pop()}:${c.lineNumber + 1}`;
    fn.set(k, (fn.get(k) ?? 0) + us);
  }
  // esbuild (unminified) marks each module with a `// path` comment line: self time per module.
  const marks = [];
  readFileSync(join(out, 'page.js'), 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const m = /^\/\/ (\S+\.(?:ts|js|mjs))$/.exec(line);
      if (m) marks.push([i, m[1].replace(/^.*node_modules\//, 'nm:')]);
    });
  const mod = new Map();
  for (const [id, us] of self) {
    const c = byId.get(id).callFrame;
    let name = c.url ? c.url.split('/').pop() : c.functionName || '(native)';
    if (c.url.endsWith('/bench/page.js')) {
      let lo = 0;
      let hi = marks.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (marks[mid][0] <= c.lineNumber) lo = mid;
        else hi = mid - 1;
      }
      name = marks[lo]?.[1] ?? name;
    }
    mod.set(name, (mod.get(name) ?? 0) + us);
  }
  console.log('\nCPU profile, self time per module (ms):');
  for (const [k, us] of [...mod].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(us / 1000).toFixed(0).padStart(7)}  ${k}`);
  const top = [...fn].sort((a, b) => b[1] - a[1]).slice(0, 30);
  console.log('\nCPU profile, self time (ms):');
  for (const [k, us] of top) console.log(`${(us / 1000).toFixed(0).padStart(7)}  ${k}`);
}
/** Main-thread time per trace event name on the renderer's main thread (self time, top 20). */
function printTrace(trace) {
  const events = (trace.traceEvents ?? trace).filter((e) => e.ph === 'X' && e.dur);
  const main = events.find((e) => e.name === 'RunTask' && e.args?.data === undefined && e.tid);
  const threads = new Map();
  // The page's main thread: the one that lays out and paints (the service worker's thread runs script too).
  for (const e of events)
    if (e.name === 'Layout' || e.name === 'Paint' || e.name === 'UpdateLayoutTree')
      threads.set(`${e.pid}:${e.tid}`, (threads.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const [renderer] = [...threads].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!renderer || !main) return;
  const mine = events.filter((e) => `${e.pid}:${e.tid}` === renderer).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  for (const e of mine) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - Math.min(e.dur, parent.ts + parent.dur - e.ts));
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
    stack.push(e);
  }
  // Where the start-up's long tasks go: each RunTask ≥ 40 ms in the first 1.5 s, with the time of its children by name.
  const t0 = mine.find((e) => e.name === 'RunTask')?.ts ?? 0;
  const all = trace.traceEvents ?? trace;
  // Plain runs: the measured page's CommitLoad (a little after its navigation start); else the first navigation.
  const nav =
    (
      all.find((e) => e.name === 'CommitLoad' && /[?&]report\b/.test(e.args?.data?.url ?? '')) ??
      all.find((e) => e.name === 'navigationStart' || e.name === 'markAsMainFrame')
    )?.ts ?? t0;
  // --trace-window=FROM-TO: every task of at least 3 ms in that window (ms after nav), with its children.
  const [wFrom, wTo] = String(flag('trace-window', '')).split('-').map(Number);
  const window = Number.isFinite(wTo)
    ? (e) => e.dur >= 3_000 && e.ts - nav >= wFrom * 1000 && e.ts - nav <= wTo * 1000
    : (e) => e.dur >= 40_000 && e.ts - nav < 1_500_000;
  console.log(
    `\nTrace, renderer main thread, ${Number.isFinite(wTo) ? `tasks ≥ 3 ms from ${wFrom} to ${wTo} ms` : 'tasks ≥ 40 ms in the first 1.5 s'} (start after navigation, ms: children by self time):`,
  );
  for (const task of mine.filter((e) => e.name === 'RunTask' && e.ts >= nav && window(e))) {
    const kids = new Map();
    for (const e of mine) {
      if (e === task || e.ts < task.ts || e.ts + e.dur > task.ts + task.dur) continue;
      const label =
        e.name === 'FunctionCall' || e.name === 'EvaluateScript'
          ? `${e.name} ${(e.args?.data?.url ?? '').replace(/^.*\//, '')}:${e.args?.data?.lineNumber ?? ''} ${e.args?.data?.functionName ?? ''}`
          : e.name;
      kids.set(label, (kids.get(label) ?? 0) + e.dur);
    }
    const top = [...kids]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([k, us]) => `${k.trim()} ${(us / 1000).toFixed(0)}`);
    console.log(`  ${((task.ts - nav) / 1000).toFixed(0).padStart(5)} +${(task.dur / 1000).toFixed(0)}: ${top.join(' · ')}`);
  }
  console.log('\nTrace, renderer main thread, self time per event (ms):');
  for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${(us / 1000).toFixed(0).padStart(7)}  ${k}`);
}
if (PROFILE) say('profile run: timings are slower than normal');

// ---- report -------------------------------------------------------------------------------------
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i));
}
const ms = (v) => `${Math.round(v).toLocaleString('en-US')} ms`;
const rows = [
  ['time to first card', (r) => r.firstCard, ms],
  ['  first card, after the script starts', (r) => r.firstCard - r.script, ms],
  ['all visible cards verified', (r) => r.visible, ms],
  ['  visible verified, after the script starts', (r) => r.visible - r.script, ms],
  ['all cards verified (verifyAll)', (r) => r.all, ms],
  ['longest main-thread task', (r) => r.longest, ms],
  ['tasks ≥ 50 ms', (r) => r.longCount, (v) => v.toFixed(0)],
  ['layout shift (CLS, whole run)', (r) => r.cls, (v) => v.toFixed(3)],
  ['longest <badge-wall> update (render)', (r) => r.wallUpdate, ms],
  ['<badge-wall> updates', (r) => r.wallUpdates, (v) => v.toFixed(0)],
  ['requests (total / distinct URLs)', (r) => r.requests, (v) => v.toFixed(0)],
  ['max requests for one URL', (r) => r.maxPerUrl, (v) => v.toFixed(0)],
  ['peak JS heap', (r) => r.peakHeap, (v) => `${(v / 1048576).toFixed(1)} MB`],
];
const c = results[0].counts;
console.log(`\n<badge-wall> with ${urls.length.toLocaleString('en-US')} badges — ${note}`);
console.log(
  `outcome: ${c.valid} valid, ${c.invalid} invalid, ${c.indeterminate} indeterminate, ${c.error} error; requests outside 127.0.0.1: ${results.reduce((a, r) => a + r.outside, 0)}`,
);
console.log(
  `page: ${CDN ? 'the CDN build (cdn/badge-elements.js + its lazy badge-wall chunk)' : 'src/define.ts bundled by esbuild (all tags, no chunks)'}${CORE ? ', --core: verify() alone, no wall' : ''}${FETCH ? ', --fetch: the list fetched and read, no verification (outcome "valid" = bytes read)' : ''}`,
);
console.log(
  `requests answered by ${SERVE === 'sw' ? 'a service worker in the browser, from memory (the node server answered ' + results.reduce((a, r) => a + r.served, 0) + ' it did not hold)' : 'the node server over 127.0.0.1'}`,
);
console.log(
  `distinct URLs requested: ${results[0].distinct}; concurrency ${results[0].concurrency}; ${RUNS} runs, Chromium headless, 1280×900, ${PLAIN ? 'nothing attached (Chromium started with the URL; the page posts its figures)' : 'under Playwright (CDP attached)'}`,
);
console.log('\n| metric | median | p90 |\n|---|---|---|');
for (const [label, get, fmt] of rows) {
  const xs = results.map(get);
  console.log(`| ${label} | ${fmt(quantile(xs, 0.5))} | ${fmt(quantile(xs, 0.9))} |`);
}
const json = flag('json', '');
if (json) writeFileSync(json, JSON.stringify({ note, n: urls.length, results }, null, 2));
