// Real HTTP behaviour for the tests, served by web-test-runner's own dev server (and a second,
// CORS-less server on another port). Nothing here mocks our fetch layer: the loader talks HTTP
// to these routes exactly as it would to an issuer's server.
//
//   /__shared/<path>          <shared>/<path> (third-party vectors): $BADGE_SHARED_DIR, else ../shared, else
//                             ../shared beside the local checkout this one was cloned from (see findSharedDir)
//   /__test/status/<code>     answers with that HTTP status
//   /__test/gone              410 Gone (OB 2.0: a revoked hosted assertion)
//   /__test/slow              drips one byte every 200 ms, forever (timeout)
//   /__test/big?mb=N          N MB of JSON-looking bytes (size cap)
//   /__test/redirect-loop     302 to itself
//   /__test/redirect?to=URL   302 to URL
//   /__test/echo?type=T&body=B  answers B with content-type T
//   /__test/config            {"noCorsOrigin": "http://127.0.0.1:<port>"}
//   /__test/csp-page          test/security/csp-page.html with a strict CSP + Trusted Types header
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync, createReadStream } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { handlePlatform } from './platforms.mjs';

const projectRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const sharedDir = findSharedDir();

/**
 * Where the third-party vectors are (a folder holding vectors/expected.json): $BADGE_SHARED_DIR when set
 * (even if empty); else ../shared beside this checkout; else, for a clone of a local checkout (`git clone /work/main
 * /tmp/fresh`), ../shared beside the checkout it was cloned from. The first candidate is returned when
 * none has the vectors (the suites that need them then say so).
 */
function findSharedDir() {
  // Set explicitly, it is the answer even when it holds no vectors: that is how the missing-vectors
  // failure is checked (BADGE_SHARED_DIR=/tmp/empty npx web-test-runner …), and no fallback hides a typo.
  if (process.env.BADGE_SHARED_DIR) return resolve(process.env.BADGE_SHARED_DIR);
  const candidates = [];
  candidates.push(resolve(projectRoot, '..', 'shared'));
  try {
    const origin = execFileSync('git', ['config', '--get', 'remote.origin.url'], { cwd: projectRoot, encoding: 'utf8' }).trim();
    const local = origin.startsWith('file://') ? fileURLToPath(origin) : origin;
    if (local.startsWith('/')) candidates.push(resolve(local, '..', 'shared'));
  } catch {
    // not a git checkout, or no origin: only the candidates above
  }
  return candidates.find((d) => existsSync(join(d, 'vectors', 'expected.json'))) ?? candidates[0];
}

const TYPES = {
  '.json': 'application/json',
  '.jsonld': 'application/ld+json',
  '.1ob': 'application/json',
  '.jwt': 'text/plain',
  '.jose': 'text/plain',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.html': 'text/html',
  '.txt': 'text/plain',
  '.nq': 'text/plain',
  '.pem': 'text/plain',
};

export function contentTypeFor(path) {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Serves a file under `base` for `rel`, refusing to leave `base`. Returns false if there is none. */
function serveFile(res, base, rel) {
  const file = normalize(join(base, decodeURIComponent(rel)));
  if (!file.startsWith(base)) return false;
  let path = file;
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.json');
  if (!existsSync(path) || !statSync(path).isFile()) return false;
  res.writeHead(200, { 'content-type': contentTypeFor(path), 'access-control-allow-origin': '*' });
  createReadStream(path).pipe(res);
  return true;
}

let noCorsOrigin = '';
/** More local origins the tests ask /__test/config for (proxyOrigin: badge-elements/proxy, set by web-test-runner.config.mjs). */
export const testOrigins = {};

/**
 * An OpenID Federation fetch endpoint is one URL asked with `?sub=<entity>`: a fixture folder answers it
 * with the file `subFile(sub)` inside it, or 404 `{"error": "not_found"}` as DCC's registry does.
 */
export function subFile(sub) {
  return `${sub.replace(/[^A-Za-z0-9._-]/g, '_')}.jwt`;
}

/** Plain node (req, res) handler; returns true when it answered. */
export function handle(req, res) {
  const url = new URL(req.url, 'http://localhost');
  const p = url.pathname;
  if (p.startsWith('/test/fixtures/hosts/') && url.searchParams.has('sub')) {
    const base = join(projectRoot, 'test/fixtures/hosts');
    if (!serveFile(res, base, join(p.slice('/test/fixtures/hosts/'.length), subFile(url.searchParams.get('sub') ?? '')))) {
      res.writeHead(404, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      res.end('{"error":"not_found"}');
    }
    return true;
  }
  if (p.startsWith('/__shared/')) {
    if (!serveFile(res, sharedDir, p.slice('/__shared/'.length))) {
      res.writeHead(404, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' });
      res.end('not found');
    }
    return true;
  }
  if (handlePlatform(p, req.headers.accept, res)) return true; // /__platform/<host>/…: badge platforms (platforms.mjs)
  if (!p.startsWith('/__test/')) return false;
  const cors = { 'access-control-allow-origin': '*' };
  const route = p.slice('/__test/'.length);
  if (route === 'config') {
    res.writeHead(200, { 'content-type': 'application/json', ...cors });
    res.end(JSON.stringify({ noCorsOrigin, ...testOrigins }));
  } else if (route.startsWith('status/')) {
    res.writeHead(Number(route.slice(7)) || 500, { 'content-type': 'text/plain', ...cors });
    res.end('status');
  } else if (route === 'gone') {
    res.writeHead(410, { 'content-type': 'application/json', ...cors });
    res.end('{"revoked":true}');
  } else if (route === 'slow') {
    res.writeHead(200, { 'content-type': 'application/json', ...cors });
    res.write('{');
    const t = setInterval(() => res.write(' '), 200);
    const stop = () => clearInterval(t);
    req.on('close', stop);
    res.on('close', stop);
    setTimeout(() => {
      stop();
      res.end('}');
    }, 120_000).unref();
  } else if (route === 'big') {
    const mb = Number(url.searchParams.get('mb') ?? 50);
    res.writeHead(200, { 'content-type': 'application/json', ...cors });
    const chunk = Buffer.alloc(1 << 16, 0x20);
    let left = mb * 1024 * 1024;
    const pump = () => {
      while (left > 0) {
        left -= chunk.length;
        if (!res.write(chunk)) return res.once('drain', pump);
      }
      res.end();
    };
    res.on('close', () => {
      left = 0;
    });
    pump();
  } else if (route === 'redirect-loop') {
    res.writeHead(302, { location: '/__test/redirect-loop', ...cors });
    res.end();
  } else if (route === 'redirect') {
    res.writeHead(302, { location: url.searchParams.get('to') ?? '/', ...cors });
    res.end();
  } else if (route === 'echo') {
    res.writeHead(200, { 'content-type': url.searchParams.get('type') ?? 'text/plain', ...cors });
    res.end(url.searchParams.get('body') ?? '');
  } else if (route === 'csp-page') {
    // H7 (security): test/security/csp-page.html under a strict CSP + Trusted Types. Its helper script
    // and the library load from this origin ('self'); ?entry=cdn (default) loads the BUILT cdn/badge-elements.js.
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy':
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src * data: blob:; object-src 'none'; base-uri 'none'; " +
        "require-trusted-types-for 'script'; trusted-types lit-html",
    });
    createReadStream(join(projectRoot, 'test/security/csp-page.html')).pipe(res);
  } else {
    res.writeHead(404, { 'content-type': 'text/plain', ...cors });
    res.end('no such test route');
  }
  return true;
}

/** Koa middleware for @web/dev-server / web-test-runner. */
export function testRoutesMiddleware() {
  return async (ctx, next) => {
    const answered = handle(ctx.req, ctx.res);
    if (answered) {
      ctx.respond = false;
      return;
    }
    return next();
  };
}

/**
 * A second origin that serves the project root WITHOUT CORS headers: fetching from it in the
 * browser fails exactly like an issuer that sends no Access-Control-Allow-Origin.
 */
export function startNoCorsServer(port = 0) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (handlePlatform(url.pathname, req.headers.accept, res)) return; // platforms send no CORS headers either
    const file = normalize(join(projectRoot, decodeURIComponent(url.pathname)));
    if (!file.startsWith(projectRoot) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': contentTypeFor(file) });
    res.end(readFileSync(file));
  });
  return new Promise((ok) =>
    server.listen(port, '127.0.0.1', () => {
      noCorsOrigin = `http://127.0.0.1:${server.address().port}`;
      ok(server);
    }),
  );
}
