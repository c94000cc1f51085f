// The servers of the throttled-network benchmark (scripts/bench-network.mjs), loopback only:
//
//   http://127.0.0.1:PORT/page/<kind>.html   the measured page (made by the caller's `page(kind, origin)`)
//   http://127.0.0.1:PORT/cdn/<path>         the CDN build under `cdn` (badge-elements.js, chunks/…), as it was
//                                            when the servers started (read into memory: see snapshotCdn)
//   http://127.0.0.1:PORT/proxy?url=<https URL, encoded>
//                                            the card's CORS proxy: the fixture the tests serve for that URL
//   https://<host>.example|test/<path>       the same fixtures, straight (what the card fetches without the
//                                            proxy: images), over TLS with a throwaway self-signed certificate;
//                                            Chromium maps those hosts to this server (host-resolver-rules)
//
// Fixtures are mapped as the tests map them (test/helpers/hosts.ts, test/server/routes.mjs): https://<host>/<path>
// is test/fixtures/hosts/<host>/<path>, a folder answers its index.json, a query string is ignored except an
// OpenID Federation `?sub=`, and DCC's registries are answered from their copies in ../shared/vectors/registries
// (the federation, of which no copy exists, answers 404). Text answers are gzipped when the request accepts it,
// as a CDN would send them. Every answer is a plain HTTP response from this process, so Chromium's network
// emulation throttles each of its bytes (a Playwright route or a service worker would bypass it).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentTypeFor, sharedDir, subFile } from '../../test/server/routes.mjs';

const TYPES = { '.js': 'text/javascript', '.map': 'application/json', '.html': 'text/html; charset=utf-8' };
const COMPRESSIBLE = /^(text\/|application\/(json|ld\+json|javascript)|image\/svg\+xml)/;

/** The fixture file (or registry copy) that answers `url`, or undefined. */
export function fixtureFile(root, url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
  const legacy = /^\/([a-z-]+)\/(registry(?:-rc)?\.json)$/.exec(u.pathname);
  if (u.host === 'digitalcredentials.github.io' && legacy) return inside(join(sharedDir, 'vectors/registries'), `${legacy[1]}/${legacy[2]}`);
  if (!/^[a-z0-9.-]+\.(example|test)$/i.test(u.host)) return undefined;
  const base = join(root, 'test/fixtures/hosts');
  const rel = `${u.host}${decodeURIComponent(u.pathname)}`;
  const file = u.searchParams.has('sub') ? inside(base, join(rel, subFile(u.searchParams.get('sub') ?? ''))) : inside(base, rel);
  if (file && existsSync(file) && statSync(file).isDirectory()) return inside(base, join(rel, 'index.json'));
  return file;
}

function inside(base, rel) {
  const file = normalize(join(base, rel));
  return file.startsWith(base + '/') && existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * The CDN build read into memory once, so that a rebuild of the directory during the runs (`npm run build`
 * empties it first) cannot make one run load chunks of two builds or none. Waits (up to a minute) for a
 * build whose every imported chunk exists. → Map of path under `dir` → bytes
 */
export async function snapshotCdn(dir) {
  for (let tries = 0; ; tries++) {
    const files = new Map();
    const walk = (rel) => {
      for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
        const r = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) walk(r);
        else if (!r.endsWith('.map')) files.set(r, readFileSync(join(dir, r)));
      }
    };
    let missing = [];
    try {
      walk('');
      for (const [path, bytes] of files) {
        if (!path.endsWith('.js')) continue;
        const base = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
        for (const m of bytes.toString('utf8').matchAll(/["'`](\.\/|chunks\/)([\w.-]+\.js)["'`]/g)) {
          const target = m[1] === './' ? `${base}${m[2]}` : `chunks/${m[2]}`;
          if (!files.has(target)) missing.push(`${path} → ${target}`);
        }
      }
      if (!files.has('badge-elements.js')) missing.push('badge-elements.js');
    } catch (e) {
      missing = [String(e.message)];
    }
    if (!missing.length) return files;
    if (!tries) process.stderr.write(`${dir} is not a complete build (being rebuilt?): waiting for one (${missing[0]})\n`);
    if (tries >= 30) throw new Error(`${dir} is not a complete build (being rebuilt?): ${missing.slice(0, 3).join(', ')}`);
    await new Promise((ok) => setTimeout(ok, 2_000));
  }
}

/** Starts both servers. → { origin, tlsPort, build (the CDN files served), served: [{url, file, status}], close() } */
export async function startNetworkServers({ root, cdn, page, cacheDir }) {
  const build = await snapshotCdn(cdn);
  const served = [];
  const gz = new Map(); // file → gzipped bytes (compressed once: the CDN's cache, not part of any measured time)
  const send = (req, res, status, type, body, extra = {}) => {
    const headers = { 'content-type': type, 'cache-control': 'no-store', 'access-control-allow-origin': '*', vary: 'accept-encoding', ...extra };
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const key = typeof body === 'string' ? body : body.path;
      if (!gz.has(key)) gz.set(key, gzipSync(typeof body === 'string' ? body : body.bytes, { level: 9 }));
      body = gz.get(key);
      headers['content-encoding'] = 'gzip';
    } else body = typeof body === 'string' ? Buffer.from(body) : body.bytes;
    headers['content-length'] = String(body.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const fromFile = (path) => ({ path, bytes: readFileSync(path) });
  const answerFixture = (req, res, url) => {
    const file = fixtureFile(root, url);
    served.push({ url, file, status: file ? 200 : 404 });
    if (!file) return send(req, res, 404, 'text/plain', 'not found');
    send(req, res, 200, contentTypeFor(file), fromFile(file));
  };

  const http = createServer((req, res) => {
    const u = new URL(req.url, 'http://127.0.0.1');
    if (u.pathname === '/proxy') return answerFixture(req, res, u.searchParams.get('url') ?? '');
    const kind = /^\/page\/([a-z0-9-]+)\.html$/.exec(u.pathname)?.[1];
    const html = kind && page(kind, `http://127.0.0.1:${http.address().port}`);
    if (html) return send(req, res, 200, TYPES['.html'], html);
    const path = u.pathname.startsWith('/cdn/') ? decodeURIComponent(u.pathname.slice('/cdn/'.length)) : undefined;
    if (path && build.has(path))
      return send(req, res, 200, TYPES[extname(path)] ?? 'application/octet-stream', { path: `cdn:${path}`, bytes: build.get(path) });
    served.push({ url: u.href, status: 404 });
    send(req, res, 404, 'text/plain', 'not found');
  });
  const tls = createTlsServer(certificate(cacheDir), (req, res) => answerFixture(req, res, `https://${req.headers.host?.replace(/:\d+$/, '')}${req.url}`));
  await Promise.all([new Promise((ok) => http.listen(0, '127.0.0.1', ok)), new Promise((ok) => tls.listen(0, '127.0.0.1', ok))]);
  return {
    origin: `http://127.0.0.1:${http.address().port}`,
    tlsPort: tls.address().port,
    build,
    served,
    close: () => {
      http.closeAllConnections?.();
      tls.closeAllConnections?.();
      http.close();
      tls.close();
    },
  };
}

/** A self-signed certificate for *.example and *.test (made once with openssl; the browser context ignores its errors). */
function certificate(dir) {
  mkdirSync(dir, { recursive: true });
  const key = resolve(dir, 'tls-key.pem');
  const cert = resolve(dir, 'tls-cert.pem');
  if (!existsSync(key) || !existsSync(cert)) {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '3650',
        '-subj',
        '/CN=badge-bench.example',
        '-addext',
        'subjectAltName=DNS:*.example,DNS:*.test',
      ],
      { stdio: 'ignore' },
    );
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}
