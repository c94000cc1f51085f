// `import {verify} from 'badge-elements/core'` in plain Node 20, from the BUILT package (dist/),
// over every fixture in test/fixtures/index.json: proves the core is DOM-free and that the
// published entry point works outside a browser. The fixture hosts are served by a real local
// HTTP server; verify()'s `proxy` option points https://<host>.example/… at it.
//
// Every case runs on the suite's clock (test/helpers/clock.mjs), never the machine's, and then again
// five years later: what the index calls valid stays valid, except the two `valid-expires-soon-*`
// cases, which must then fail the expiry check (and nothing else). The verdict must match exactly:
// `invalid:<ids>` means status invalid with exactly those checks failed; an expectation word this
// script does not know is a failure, not a pass.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { join, normalize, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { verify } from 'badge-elements/core';
import { FIVE_YEARS_MS, TEST_NOW_ISO, TEST_NOW_MS } from '../test/helpers/clock.mjs';
import { verdictMismatch } from '../test/helpers/verdict.mjs';

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
// Hermetic: a URL outside the fixture hosts (DCC's default registries among them) answers 404 here,
// so the check never sends a DNS query or a request off this machine.
const proxy = (url) => {
  const m = /^https?:\/\/([a-z0-9.-]+\.(?:example|test))(\/.*)?$/i.exec(url);
  return m ? `${origin}/${m[1]}${m[2] ?? '/'}` : `${origin}/__outside__/${encodeURIComponent(url)}`;
};

const cases = [...JSON.parse(await readFile(join(root, 'index.json'), 'utf8')), ...JSON.parse(await readFile(join(root, 'portfolio-index.json'), 'utf8'))];
// Five years on, only these may change, and only to an expired credential.
const EXPIRE_WITHIN_FIVE_YEARS = new Set(['valid-expires-soon-jwt', 'valid-expires-soon-jcs']);
const clocks = [
  { label: TEST_NOW_ISO, at: TEST_NOW_MS, expectOf: (c) => c.expect },
  {
    label: `${new Date(TEST_NOW_MS + FIVE_YEARS_MS).toISOString()} (+5 years)`,
    at: TEST_NOW_MS + FIVE_YEARS_MS,
    expectOf: (c) => (EXPIRE_WITHIN_FIVE_YEARS.has(c.name) ? 'invalid:expiry' : c.expect),
  },
];

let passed = 0;
const failures = [];
const t0 = performance.now();
for (const clock of clocks) {
  for (const c of cases) {
    const expect = clock.expectOf(c);
    const report = await verify(c.url, { proxy, now: () => new Date(clock.at) });
    const why = verdictMismatch(expect, report);
    if (!why) passed++;
    else failures.push(`${c.name} at ${clock.label}: ${why}: ${report.checks.map((k) => `${k.id}:${k.outcome}`).join(' ')} ${report.error?.message ?? ''}`);
  }
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

// Issue 15: who issued it. Each fixture issuer's identity, with the fixtures' own static registry.
const registries = [{ type: 'dcc-legacy', name: 'Test Registry', url: 'https://registry.test/legacy/registry.json' }];
const identity = JSON.parse(await readFile(join(root, 'identity.json'), 'utf8'));
const byName = Object.fromEntries(cases.map((c) => [c.name, c.url]));
const identityCases = [
  ...identity.spoofs.map((s) => [s.name, s.url, 'none']),
  ['valid-ob3-jcs-didkey (listed)', byName['valid-ob3-jcs-didkey'], 'registry'],
  ['valid-ob3-rdfc-didweb', byName['valid-ob3-rdfc-didweb'], 'domain'],
  ['valid-ob3-ed25519sig2020-https', byName['valid-ob3-ed25519sig2020-https'], 'domain'],
  ['valid-ob2-signed', byName['valid-ob2-signed'], 'domain'],
  ['valid-ob2-hosted', byName['valid-ob2-hosted'], 'domain'],
];
let anchored = 0;
for (const [name, url, anchor] of identityCases) {
  const report = await verify(url, { proxy, now: () => new Date(TEST_NOW_MS), registries });
  if (report.status === 'valid' && report.identity?.anchor === anchor) anchored++;
  else failures.push(`identity ${name}: ${report.status}, anchor ${report.identity?.anchor} (expected valid, ${anchor})`);
}
console.log(`node ${process.version}: ${anchored} of ${identityCases.length} issuers have the identity they should (spoofs: none)`);

server.close();
console.log(
  `node ${process.version}: badge-elements/core verified ${cases.length} fixtures at ${clocks.map((c) => c.label).join(' and at ')} in ${Math.round(performance.now() - t0)} ms: ${passed} as expected, ${failures.length} not`,
);
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
