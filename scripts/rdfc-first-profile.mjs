// H9's tool: CPU profile (CDP) of the FIRST verification on a fresh Chromium page, proof-only build
// (or, with --full, the whole verify()), reusing the benchmark's prepared cases (run
// `node scripts/bench.mjs --quick` once before).
//   node scripts/rdfc-first-profile.mjs [caseId=rdfc-dm2.0] [runs=5] [--full]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOurs, buildOursProof } from './bench/build.mjs';
import { launch, openPage } from './bench/browser.mjs';
import { root, setOutDir } from './bench/remote.mjs';
import { startServer } from './bench/server.mjs';

const full = process.argv.includes('--full');
const [id = 'rdfc-dm2.0', runs = '5'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const [impl, url] = full ? ['ours', '/ours-prof/index.js'] : ['oursProof', '/ours-proof-prof/proof.js'];
const out = join(root, 'node_modules/.cache/badge-bench');
setOutDir(out);
await (full ? buildOurs(out) : buildOursProof(out));
const cases = JSON.parse(readFileSync(join(out, 'credentials.json'), 'utf8'));
const server = await startServer(out);
const browser = await launch();
const self = new Map();
const firsts = [];
try {
  for (let r = 0; r < Number(runs); r++) {
    const p = await openPage(browser, server.origin, cases);
    await p.page.evaluate(([i, u]) => window.bench.setUrl(i, u), [impl, url]);
    const cdp = await p.page.context().newCDPSession(p.page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const res = await p.page.evaluate(([i, c]) => window.bench.first(i, c), [impl, id]);
    const { profile } = await cdp.send('Profiler.stop');
    firsts.push(res);
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((sid, k) => {
      const cf = byId.get(sid).callFrame;
      const key = `${cf.functionName || '(anonymous)'} ${cf.url.replace(/^.*\//, '')}:${cf.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[k + 1] ?? 0) / 1000 / Number(runs));
    });
    await p.close();
  }
} finally {
  await browser.close();
  server.close?.();
}
console.log(firsts.map((f) => `import ${f.load.toFixed(1)} first ${f.first.toFixed(1)} ok=${f.ok}`).join('\n'));
for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${ms.toFixed(1).padStart(7)} ms  ${k}`);
process.exit(0);
