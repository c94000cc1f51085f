// badge-elements/proxy and the `badge-elements` command, in plain Node 20, from the BUILT package
// (dist/, bin/): every refusal the proxy owes (a private address, by name and after a redirect; a
// non-https address; a host not on its list; an oversized body; a slow body; a cookie from upstream;
// the caller's cookies), what it lets through (a platform's credential, its 404 and 410), and the
// command's verdicts and exit codes on fixtures served through a local server.
//
// Upstreams are local HTTP servers. The proxy's `fetch` option is the test seam: it serves the
// https:// URLs the proxy decided to fetch from the local server, so the production rule (https
// only) is checked exactly as deployed; `resolve` stands in for DNS (fixture hosts resolve nowhere).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createProxyHandler, isPrivateAddress } from 'badge-elements/proxy';
import { createNodeProxy, dnsResolve } from 'badge-elements/proxy/node';
import { hostname } from 'node:os';
import { verify } from 'badge-elements/core';
import { handlePlatform } from '../test/server/platforms.mjs';
import { TEST_NOW_ISO } from '../test/helpers/clock.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const hostsDir = join(root, 'test/fixtures/hosts');
const types = { '.json': 'application/json', '.jwt': 'text/plain', '.png': 'image/png', '.svg': 'image/svg+xml' };
const listen = (server) => new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(`http://127.0.0.1:${server.address().port}`)));
const close = (server) => new Promise((ok) => server.close(ok));

/** What the upstream saw, per request. */
const seen = [];
const upstreamServer = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  seen.push({ path: url.pathname, headers: req.headers });
  if (handlePlatform(url.pathname, req.headers.accept, res)) return;
  const special = /^\/special\/([a-z-]+)$/.exec(url.pathname)?.[1];
  if (special === 'json') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  if (special === 'cookie')
    return void res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': 'session=secret; Path=/', 'x-internal': 'yes' }).end('{"ok":true}');
  if (special === 'big')
    return void res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(3 << 20) }).end(Buffer.alloc(3 << 20, 0x20));
  if (special === 'big-chunked') {
    res.writeHead(200, { 'content-type': 'application/json' });
    for (let i = 0; i < 48; i++) res.write(Buffer.alloc(1 << 16, 0x20));
    return void res.end();
  }
  if (special === 'slow') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{');
    const t = setInterval(() => res.write(' '), 50);
    res.on('close', () => clearInterval(t));
    return;
  }
  if (special === 'binary') return void res.writeHead(200, { 'content-type': 'application/octet-stream' }).end('MZ');
  if (special === 'to-internal') return void res.writeHead(302, { location: 'https://internal.allowed.test/special/json' }).end();
  if (special === 'to-http') return void res.writeHead(301, { location: 'http://ok.allowed.test/special/json' }).end();
  if (special === 'to-other-host') return void res.writeHead(302, { location: 'https://evil.test/special/json' }).end();
  if (special === 'to-ok') return void res.writeHead(302, { location: '/special/json' }).end();
  const file = normalize(join(hostsDir, decodeURIComponent(url.pathname.replace(/^\/h/, ''))));
  if (url.pathname.startsWith('/h/') && file.startsWith(hostsDir) && existsSync(file) && statSync(file).isFile()) {
    return void res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  }
  res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
});
const upstream = await listen(upstreamServer);

const PLATFORMS =
  /^(api\.credly\.com|www\.credly\.com|api\.badgr\.io|api\.eu\.badgr\.io|api\.badges\.parchment\.com|api\.accredible\.com|openbadgefactory\.com|verifierplus\.org)$/;
/** The proxy's upstream fetch in these tests: https://<host>/<path> from the local server. Asserts it is only ever asked for https. */
const fetched = [];
function localFetch(url, init) {
  fetched.push(url);
  const u = new URL(url);
  assert.equal(u.protocol, 'https:', 'the proxy fetched a non-https URL');
  const local = PLATFORMS.test(u.hostname)
    ? `/__platform/${u.hostname}${u.pathname}${u.search}`
    : u.hostname.endsWith('.allowed.test')
      ? `${u.pathname}${u.search}`
      : `/h/${u.hostname}${u.pathname}`;
  return fetch(`${upstream}${local}`, init);
}
const DNS = {
  'internal.allowed.test': ['10.1.2.3'],
  'metadata.allowed.test': ['169.254.169.254'],
  'mapped.allowed.test': ['93.184.216.34', '::ffff:127.0.0.1'],
};
const resolve = async (host) => DNS[host] ?? ['93.184.216.34'];
const options = { fetch: localFetch, resolve, allowHosts: ['*.allowed.test'] };
const handler = createProxyHandler(options);
const ask = (target, init = {}) => handler(new Request(`https://proxy.test/?url=${encodeURIComponent(target)}`, init));
const error = async (res) => (await res.json()).error;

const CREDLY = 'https://api.credly.com/v1/obi/v2/badge_assertions';
const CREDLY_OK = `${CREDLY}/3f8b2f7e-1c2d-4e5f-9a0b-1c2d3e4f5a6b`;

test('passes a platform credential through, with CORS, cache and sandbox headers', async () => {
  const res = await ask(CREDLY_OK);
  assert.equal(res.status, 200);
  assert.equal((await res.json()).id, CREDLY_OK);
  assert.equal(res.headers.get('access-control-allow-origin'), '*');
  assert.equal(res.headers.get('cache-control'), 'public, max-age=300');
  assert.match(res.headers.get('content-security-policy'), /sandbox/);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
});

test('passes a platform\'s 410 {"revoked": true} and 404 through (they are the answer)', async () => {
  const gone = await ask(`${CREDLY}/00000000-0000-4000-8000-0000000fa11e`);
  assert.equal(gone.status, 410);
  assert.deepEqual(await gone.json(), { revoked: true });
  assert.equal((await ask(`${CREDLY}/00000000-0000-4000-8000-00000000dead`)).status, 404);
});

test('refuses a host that is not on its list (and never fetches it)', async () => {
  const before = fetched.length;
  const res = await ask('https://evil.test/special/json');
  assert.equal(res.status, 403);
  assert.equal(await error(res), 'host-not-allowed');
  assert.equal(fetched.length, before);
});

test('refuses http and other schemes, ports and user:password (and never fetches them)', async () => {
  const before = fetched.length;
  for (const [target, code] of [
    ['http://api.credly.com/v1/obi/v2/badge_assertions/x', 'not-https'],
    ['ftp://api.credly.com/x', 'not-https'],
    ['file:///etc/passwd', 'not-https'],
    ['https://api.credly.com:8443/x', 'port'],
    ['https://user:pw@api.credly.com/x', 'credentials-in-url'],
  ]) {
    const res = await ask(target);
    assert.equal(await error(res), code, target);
  }
  assert.equal(fetched.length, before);
});

test('refuses a name that resolves to a private, link-local or IPv4-mapped loopback address', async () => {
  const before = fetched.length;
  for (const host of ['internal.allowed.test', 'metadata.allowed.test', 'mapped.allowed.test']) {
    const res = await ask(`https://${host}/special/json`);
    assert.equal(res.status, 403, host);
    assert.equal(await error(res), 'private-address', host);
  }
  assert.equal(fetched.length, before);
});

test('refuses IP literals and localhost, even with every host allowed', async () => {
  const open = createProxyHandler({ ...options, allowAnyHost: true });
  for (const target of [
    'https://127.0.0.1/x',
    'https://[::1]/x',
    'https://169.254.169.254/latest/meta-data/',
    'https://10.0.0.1/',
    'https://[::ffff:7f00:1]/',
    'https://localhost/x',
    'https://93.184.216.34/',
  ]) {
    const res = await open(new Request(`https://proxy.test/?url=${encodeURIComponent(target)}`));
    assert.equal(res.status, 403, target);
  }
});

test('re-checks every redirect: to a private address, to http, to a host not allowed', async () => {
  assert.equal(await error(await ask('https://ok.allowed.test/special/to-internal')), 'private-address');
  assert.equal(await error(await ask('https://ok.allowed.test/special/to-http')), 'not-https');
  assert.equal(await error(await ask('https://ok.allowed.test/special/to-other-host')), 'host-not-allowed');
  const ok = await ask('https://ok.allowed.test/special/to-ok');
  assert.equal(ok.status, 200);
  assert.equal(ok.headers.get('x-proxied-url'), 'https://ok.allowed.test/special/json');
});

test('refuses an oversized body, declared or streamed', async () => {
  for (const path of ['big', 'big-chunked']) {
    const res = await ask(`https://ok.allowed.test/special/${path}`);
    assert.equal(res.status, 502, path);
    assert.equal(await error(res), 'too-large', path);
  }
});

test('gives up on a slow body at its timeout', async () => {
  const quick = createProxyHandler({ ...options, timeout: 300 });
  const res = await quick(new Request(`https://proxy.test/?url=${encodeURIComponent('https://ok.allowed.test/special/slow')}`));
  assert.equal(res.status, 504);
  assert.equal(await error(res), 'timeout');
});

test("never returns upstream's cookies or headers, never forwards the caller's cookies or credentials", async () => {
  const res = await ask('https://ok.allowed.test/special/cookie', {
    headers: { cookie: 'mine=1', authorization: 'Bearer t', referer: 'https://page.example/' },
  });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('set-cookie'), null);
  assert.equal(res.headers.get('x-internal'), null);
  const last = seen.at(-1);
  assert.equal(last.path, '/special/cookie');
  assert.equal(last.headers.cookie, undefined);
  assert.equal(last.headers.authorization, undefined);
  assert.equal(last.headers.referer, undefined);
});

test('refuses content that is no credential, methods other than GET, and a missing url', async () => {
  assert.equal(await error(await ask('https://ok.allowed.test/special/binary')), 'content-type');
  assert.equal((await handler(new Request(`https://proxy.test/?url=${encodeURIComponent(CREDLY_OK)}`, { method: 'POST', body: '{}' }))).status, 405);
  assert.equal((await handler(new Request('https://proxy.test/'))).status, 400);
  const preflight = await handler(new Request('https://proxy.test/', { method: 'OPTIONS' }));
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get('access-control-allow-methods'), 'GET, HEAD');
});

test('allowOrigins limits which pages may read the answers', async () => {
  const strict = createProxyHandler({ ...options, allowOrigins: ['https://cv.example'] });
  const req = (origin) => new Request(`https://proxy.test/?url=${encodeURIComponent(CREDLY_OK)}`, { headers: { origin } });
  assert.equal((await strict(req('https://cv.example'))).headers.get('access-control-allow-origin'), 'https://cv.example');
  assert.equal((await strict(req('https://other.example'))).headers.get('access-control-allow-origin'), null);
});

test('isPrivateAddress: the ranges a proxy must not reach', () => {
  for (const a of [
    '127.0.0.1',
    '10.0.0.1',
    '172.16.5.4',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    '::ffff:10.0.0.1',
    '::ffff:7f00:1',
    '64:ff9b::a00:1',
  ]) {
    assert.equal(isPrivateAddress(a), true, a);
  }
  for (const a of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700::1111', '::ffff:93.184.216.34', 'api.credly.com']) {
    assert.equal(isPrivateAddress(a), false, a);
  }
});

// ---- through node:http: the core, and the command line

const proxyServer = createServer(createNodeProxy({ ...options, allowHosts: ['*.allowed.test', '*.example', '*.test'] }));
const proxyOrigin = await listen(proxyServer);
const proxy = `${proxyOrigin}/?url=`;

test("the Node adapter resolves names with dns.lookup: this machine's own name (/etc/hosts: a loopback address) is refused", async () => {
  const name = hostname();
  const addresses = await dnsResolve(name);
  assert.ok(addresses.some(isPrivateAddress), `${name} resolves to ${addresses} here; this check needs it to be this machine's loopback`);
  const real = createServer(createNodeProxy({ allowAnyHost: true }));
  const origin = await listen(real);
  try {
    const res = await fetch(`${origin}/?url=${encodeURIComponent(`https://${name}/x`)}`);
    assert.equal(res.status, 403);
    assert.equal((await res.json()).error, 'private-address');
    assert.equal((await fetch(`${origin}/?url=${encodeURIComponent('https://no-such-name.invalid/x')}`)).status, 502);
  } finally {
    await close(real);
  }
});

test('verify() in Node reads a Credly share link through the proxy', async () => {
  const report = await verify('https://www.credly.com/badges/3f8b2f7e-1c2d-4e5f-9a0b-1c2d3e4f5a6b/public_url', {
    proxy,
    now: () => new Date(TEST_NOW_ISO),
    registries: [],
  });
  assert.equal(report.status, 'valid', JSON.stringify(report.error));
  assert.equal(report.link?.verified, CREDLY_OK);
});

const bin = join(root, 'bin/badge-elements.mjs');
function cli(args, stdin) {
  return new Promise((ok) => {
    const child = execFile(process.execPath, [bin, ...args], { cwd: root }, (err, stdout, stderr) => ok({ code: err ? err.code : 0, stdout, stderr }));
    if (stdin !== undefined) child.stdin.end(stdin);
  });
}
const common = ['--proxy', proxy, '--now', TEST_NOW_ISO, '--registries', 'none'];

test('badge-elements verify: exit codes valid 0, invalid 1, indeterminate 2, error 3', async () => {
  const cases = [
    ['https://www.credly.com/badges/3f8b2f7e-1c2d-4e5f-9a0b-1c2d3e4f5a6b/public_url', 0, /^VALID {2}Cloud Practitioner — Example Cloud Academy/],
    ['https://www.credly.com/badges/00000000-0000-4000-8000-0000000fa11e', 1, /^INVALID[\s\S]*✗ revocation: Credly says this badge was revoked/],
    ['https://badges.example/credentials/tampered-jcs.json', 1, /✗ proof/],
    ['https://issuer.example/org/credentials/did-web-404.json', 2, /^INDETERMINATE/],
    ['https://www.credly.com/badges/00000000-0000-4000-8000-00000000dead', 3, /^ERROR[\s\S]*private/],
  ];
  for (const [link, code, out] of cases) {
    const r = await cli(['verify', link, ...common]);
    assert.equal(r.code, code, `${link}\n${r.stdout}${r.stderr}`);
    assert.match(r.stdout, out, link);
  }
});

test('badge-elements verify prints the URL verified, the platform link and the identity', async () => {
  const r = await cli(['verify', 'https://badgr.com/public/assertions/Qm9vbGVhbkxvZ2ljMTIzNA', ...common]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /verified: https:\/\/api\.badgr\.io\/public\/assertions\/Qm9vbGVhbkxvZ2ljMTIzNA\?v=2_0/);
  assert.match(r.stdout, /from: Badgr link https:\/\/badgr\.com\/public\/assertions\//);
  assert.match(r.stdout, /issuer identity: tied to the domain api\.badgr\.io/);
  assert.match(r.stdout, /✓ hosted: /);
});

test('badge-elements verify reads a file, a baked PNG and stdin, and --json prints the report', async () => {
  const file = join(hostsDir, 'badges.example/credentials/jcs-valid.json');
  assert.equal((await cli(['verify', file, ...common])).code, 0);
  assert.equal((await cli(['verify', join(hostsDir, 'badges.example/baked/ob3-json.png'), ...common])).code, 0);
  assert.equal((await cli(['verify', '-', ...common], readFileSync(file))).code, 0);
  const json = await cli(['verify', join(hostsDir, 'badges.example/credentials/expired.jwt'), '--json', ...common]);
  assert.equal(json.code, 1);
  const report = JSON.parse(json.stdout);
  assert.equal(report.status, 'invalid');
  assert.ok(report.checks.some((c) => c.id === 'expiry' && c.outcome === 'failed'));
});

test('badge-elements: bad usage is exit 3 with the usage on stderr', async () => {
  for (const args of [[], ['verify'], ['verify', 'a', 'b'], ['frobnicate'], ['verify', 'x.json', '--now', 'yesterday']]) {
    const r = await cli(args);
    assert.equal(r.code, 3, args.join(' '));
  }
  assert.equal((await cli(['verify', '/no/such/file.json', ...common])).code, 3);
});

test('badge-elements proxy --port serves the proxy', async () => {
  const child = execFile(process.execPath, [bin, 'proxy', '--port', '0']);
  try {
    const line = await new Promise((ok) => child.stdout.once('data', (d) => ok(String(d))));
    const origin = /http:\/\/127\.0\.0\.1:\d+/.exec(line)[0];
    const res = await fetch(`${origin}/?url=${encodeURIComponent('http://api.credly.com/x')}`);
    assert.equal(res.status, 400);
    assert.equal((await res.json()).error, 'not-https');
  } finally {
    child.kill();
  }
});

test.after(async () => {
  await close(proxyServer);
  await close(upstreamServer);
});
