// `import {verify} from 'badge-elements/core'` in plain Node 20, from the BUILT package (dist/),
// over every fixture in test/fixtures/index.json: proves the core is DOM-free and that the
// published entry point works outside a browser. The fixture hosts are served by a real local
// HTTP server; verify()'s `proxy` option points https://<host>.example/… at it.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { join, normalize, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { verify } from 'badge-elements/core';

const root = fileURLToPath(new URL('../test/fixtures/', import.meta.url));
const hosts = join(root, 'hosts');
const types = { '.json': 'application/json', '.jwt': 'text/plain', '.png': 'image/png', '.svg': 'image/svg+xml' };

const server = createServer(async (req, res) => {
  const file = normalize(join(hosts, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  if (!file.startsWith(hosts) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  res.end(await readFile(file));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;
const proxy = (url) => {
  const m = /^https?:\/\/([a-z0-9.-]+\.(?:example|test))(\/.*)?$/i.exec(url);
  return m ? `${origin}/${m[1]}${m[2] ?? '/'}` : undefined;
};

const cases = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const matches = (expect, r) => {
  if (expect === 'valid' || expect === 'indeterminate') return r.status === expect;
  if (expect.startsWith('invalid:')) {
    return r.status === 'invalid' && expect.slice(8).split('+').every((id) => r.checks.some((c) => c.id === id && c.outcome === 'failed'));
  }
  if (expect.startsWith('error:')) return r.status === 'error' && r.error?.code === expect.slice(6);
  if (expect === 'not-valid') return r.status !== 'valid';
  return true;
};

let passed = 0;
const failures = [];
const t0 = performance.now();
for (const c of cases) {
  const report = await verify(c.url, { proxy });
  // A forgery passes when it is anything but valid (the hostile-input rule); the manifest's
  // word is the most likely outcome, and a stricter one is also correct.
  if (c.name.startsWith('forgery-') ? report.status !== 'valid' : matches(c.expect, report)) passed++;
  else failures.push(`${c.name}: expected ${c.expect}, got ${report.status} ${report.checks.map((k) => `${k.id}:${k.outcome}`).join(' ')} ${report.error?.message ?? ''}`);
}
// Issue 16: every context aliasing / redefinition attack (scripts/make-context-attacks.mjs) ends invalid
// in Node too, with `format` failed and the renamed term named.
const attacks = JSON.parse(await readFile(join(root, 'context-attacks.json'), 'utf8')).cases;
let stopped = 0;
for (const a of attacks) {
  const report = await verify(a.url, { proxy, now: () => new Date('2026-11-28T00:00:00Z') });
  const format = report.checks.find((k) => k.id === 'format');
  if (report.status === 'invalid' && format?.outcome === 'failed' && format.message.includes(`\`${a.term}\``)) stopped++;
  else failures.push(`context attack ${a.name}: ${report.status} ${report.checks.map((k) => `${k.id}:${k.outcome}`).join(' ')}`);
}
console.log(`node ${process.version}: ${stopped} of ${attacks.length} context attacks end invalid, naming the term`);

server.close();
console.log(`node ${process.version}: badge-elements/core verified ${cases.length} fixtures in ${Math.round(performance.now() - t0)} ms: ${passed} as expected, ${failures.length} not`);
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
