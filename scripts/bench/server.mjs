// A tiny local HTTP server for the benchmark pages: the page, the bundles, and /hosts/<host>/<path>
// (the same local answers the browser route gives for https://<host>/<path>). Loopback only.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { resolveRemote, root } from './remote.mjs';

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json' };

export function startServer(out) {
  const here = join(root, 'scripts/bench');
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    let status = 200;
    let type = 'text/plain';
    let body;
    const m = /^\/hosts\/([^/]+)(\/.*)$/.exec(pathname);
    if (m) {
      const r = resolveRemote(`https://${m[1]}${m[2]}`);
      [status, type, body] = [r.status, r.contentType, r.body];
    } else {
      const file =
        pathname === '/' || pathname === '/page.html'
          ? join(here, 'page.html')
          : pathname === '/page.js'
            ? join(here, 'page.js')
            : resolve(out, '.' + pathname);
      if (file.startsWith(out) || file.startsWith(here)) {
        if (existsSync(file) && statSync(file).isFile()) [type, body] = [types[extname(file)] ?? 'application/octet-stream', readFileSync(file)];
      }
      if (!body) [status, body] = [404, Buffer.from('not found')];
    }
    res.writeHead(status, {
      'content-type': type,
      'cache-control': 'no-store',
      // cross-origin isolated → performance.now() with 5 µs resolution instead of 100 µs
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
      'access-control-allow-origin': '*',
    });
    res.end(body);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() })));
}
