// badge-elements/proxy on its own local origin, for the browser tests (issue 17): a page on the
// test server's origin verifies a platform share link through it, as a deployed page would through
// a Cloudflare Worker. Built from src/ with esbuild (no dist/ needed for `web-test-runner` alone).
//
// Its upstream is a CORS-less local server that answers as the platforms do (platforms.mjs) and
// serves the fixture hosts; the proxy's `fetch` seam maps https://<host>/… onto it, and `resolve`
// says every name is public (fixture names resolve nowhere), so the proxy's own rules run as deployed.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { build } from 'esbuild';
import { contentTypeFor } from './routes.mjs';
import { handlePlatform } from './platforms.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const hostsDir = join(root, 'test/fixtures/hosts');
const PLATFORMS =
  /^(api\.credly\.com|www\.credly\.com|api\.badgr\.io|api\.eu\.badgr\.io|api\.badges\.parchment\.com|api\.accredible\.com|openbadgefactory\.com|verifierplus\.org)$/;

const listen = (server) => new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(`http://127.0.0.1:${server.address().port}`)));

/** Starts the upstream and the proxy; resolves with the proxy's origin and a close(). */
export async function startProxyServer() {
  const upstream = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (handlePlatform(url.pathname, req.headers.accept, res)) return;
    const file = normalize(join(hostsDir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(hostsDir) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': contentTypeFor(file) }).end(readFileSync(file));
  });
  const upstreamOrigin = await listen(upstream);

  const outfile = join(tmpdir(), `badge-elements-proxy-node-${process.pid}.mjs`);
  await build({ entryPoints: [join(root, 'src/proxy/node.ts')], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'silent' });
  const { createNodeProxy } = await import(pathToFileURL(outfile).href);
  const proxy = createServer(
    createNodeProxy({
      allowHosts: ['*.example', '*.test'],
      resolve: async () => ['93.184.216.34'],
      fetch: (target, init) => {
        const u = new URL(target);
        const local = PLATFORMS.test(u.hostname) ? `/__platform/${u.hostname}${u.pathname}${u.search}` : `/${u.hostname}${u.pathname}`;
        return fetch(`${upstreamOrigin}${local}`, init);
      },
    }),
  );
  const origin = await listen(proxy);
  return {
    origin,
    close() {
      proxy.close();
      upstream.close();
    },
  };
}
