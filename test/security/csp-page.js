// Runs inside test/security/csp-page.html, under the strict CSP the route sends. Records every
// securitypolicyviolation, loads the library (the built CDN file by default), renders one
// <badge-card> per ?card= URL plus a <badge-verify>, and reports through window.__csp.
// Plain JS (no build step, no bare imports) so the page needs nothing but 'self'.

const state = { violations: [], results: [], error: null, done: false, entry: '' };
window.__csp = state;
document.addEventListener('securitypolicyviolation', (e) => {
  state.violations.push({
    directive: e.effectiveDirective || e.violatedDirective,
    blocked: e.blockedURI,
    sample: e.sample,
    source: e.sourceFile,
    line: e.lineNumber,
  });
});

const params = new URLSearchParams(location.search);
state.entry = params.get('entry') === 'source' ? '/src/define.ts' : '/cdn/badge-elements.js';

/** Same rewrite as test/helpers/hosts.ts: https://<host>.example/<path> → this origin's test/fixtures/hosts/. */
// DCC's default registries too: a static list from its copy in ../shared, the federation a local 404
// (a page under `connect-src 'self'` must list the registries' hosts, or pass its own `registries`).
function fixtureProxy(url) {
  const m = /^https?:\/\/([a-z0-9.-]+\.(?:example|test))(\/.*)?$/i.exec(url);
  if (m) return `${location.origin}/test/fixtures/hosts/${m[1]}${m[2] ?? '/'}`;
  const legacy = /^https:\/\/digitalcredentials\.github\.io\/([a-z-]+)\/(registry(?:-rc)?\.json)$/.exec(url);
  if (legacy) return `${location.origin}/__shared/vectors/registries/${legacy[1]}/${legacy[2]}`;
  if (url.startsWith('https://registry.dcconsortium.org/')) return `${location.origin}/__test/status/404`;
  return undefined;
}

function stateOf(el) {
  for (const s of ['valid', 'invalid', 'indeterminate', 'error', 'loading']) {
    try {
      if (el.matches(`:state(${s})`)) return s;
    } catch {
      return 'unsupported';
    }
  }
  return 'none';
}

function renderCard(src, parent) {
  return new Promise((ok) => {
    const el = document.createElement('badge-card');
    el.addEventListener('badge-verified', (e) => ok({ el, src, ended: 'badge-verified', status: e.report && e.report.status }), { once: true });
    el.addEventListener('badge-error', (e) => ok({ el, src, ended: 'badge-error', status: 'error', code: e.error && e.error.code }), { once: true });
    el.setAttribute('src', src);
    parent.append(el);
  });
}

try {
  const lib = await import(state.entry);
  // The suite's clock (test/helpers/clock.mjs), as every other test uses.
  const { testNow } = await import('/test/helpers/clock.mjs');
  lib.configure({ proxy: fixtureProxy, now: testNow });
  const main = document.getElementById('cards');
  // Card URLs: ?card= (repeatable), or, when embedded by the test, the parent's __cspCases (same origin;
  // hostile credentials make URLs too long for a query string).
  const srcs = params.getAll('card').length ? params.getAll('card') : (window.parent !== window && window.parent.__cspCases) || [];
  const done = await Promise.all(srcs.map((src) => renderCard(src, main)));
  for (const r of done) {
    await r.el.updateComplete;
    state.results.push({ src: r.src, ended: r.ended, status: r.status, code: r.code, state: stateOf(r.el) });
  }
  // <badge-verify>: its idle state (drop zone, URL field) must render under the same policy.
  const verifier = document.createElement('badge-verify');
  main.append(verifier);
  // The CDN file defines <badge-verify> on first sight (a lazy chunk): wait for it like a page would.
  await customElements.whenDefined('badge-verify');
  await verifier.updateComplete;
  // Two frames so style application and image decoding that could violate img/style-src have happened.
  await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
} catch (e) {
  state.error = String((e && e.stack) || e);
}
state.done = true;
window.dispatchEvent(new Event('csp-page-done'));
