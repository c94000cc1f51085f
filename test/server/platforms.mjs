// Badge platforms as they answer (issue 17): Credly's, Badgr's, Accredible's, Open Badge Factory's
// and VerifierPlus's hosts, imitated from test/fixtures/platforms/routes.json (written by
// scripts/make-platform-fixtures.mjs): real status codes, content types, the 410 revocation body,
// Badgr's redirect of a browser that asks for HTML, and, as on the real hosts, no CORS headers.
//
//   /__platform/<host>/<path>[?query]   what https://<host>/<path> answers
//
// Used by the dev server (test/server/routes.mjs), the CORS-less second origin, and the Node proxy
// and CLI checks (as the "https" upstream behind an injected fetch).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = resolve(fileURLToPath(new URL('../fixtures/platforms', import.meta.url)));
let table;
function routes() {
  table ??= JSON.parse(readFileSync(join(DIR, 'routes.json'), 'utf8')).routes;
  return table;
}

/**
 * Answers `https://<host><path>` on `res` (a node ServerResponse). `accept` is the request's Accept
 * header. Returns false when the path is not under /__platform/.
 */
export function handlePlatform(pathname, accept, res) {
  const m = /^\/__platform\/([a-z0-9.-]+)(\/.*)$/i.exec(pathname);
  if (!m) return false;
  const [, host, path] = m;
  const r = routes().find((x) => x.host === host && x.path === decodeURIComponent(path));
  if (!r) {
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end('{"error":"not found"}');
    return true;
  }
  if (r.jsonOnly && !/json/i.test(accept ?? '')) {
    // api.badgr.io sends a browser that asks for a page to the web app's page of the badge.
    res.writeHead(302, { location: r.jsonOnly, 'content-type': 'text/html' });
    res.end();
    return true;
  }
  const body = r.file ? readFileSync(join(DIR, r.file)) : Buffer.from(r.body ?? '');
  // The answer depends on Accept where a route is jsonOnly: say so, or a browser cache serves the JSON to a page request.
  res.writeHead(r.status, { 'content-type': r.type, 'content-length': String(body.length), 'cache-control': 'max-age=60', vary: 'Accept' });
  res.end(body);
  return true;
}
