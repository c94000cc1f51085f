// Node 20 numbers for our core, one process per call:
//   node scripts/bench/node.mjs <out> <ours|oursProof> first <caseId>      → JSON { load, first, total, ok, summary }
//   node scripts/bench/node.mjs <out> <ours|oursProof> warm <rounds> <ids…> → JSON { [caseId]: { ms: [...], failed, tamperedFails } }
// `ours` is the esbuild bundle of src/core/index.ts (<out>/node/), `oursProof` the proof-only path (<out>/node-proof/).
// Fetches are answered from local files (remote.mjs): through verify()'s `fetch` option, or a fetch argument.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localFetch, setOutDir } from './remote.mjs';

const [out, impl, mode, ...rest] = process.argv.slice(2);
setOutDir(out);
const cases = Object.fromEntries(JSON.parse(readFileSync(join(out, 'credentials.json'), 'utf8')).map((c) => [c.id, c]));
const clone = (c) => (typeof c === 'string' ? c : structuredClone(c));

const verifiers = {
  ours: {
    file: 'node/index.js',
    make: (m) => {
      const cache = m.createCache();
      return (c) => m.verify(c, { fetch: localFetch, cache, registries: [] }); // registry lookups are network, not verification work
    },
    proofOk: (r) => r.checks?.find((c) => c.id === 'proof')?.outcome === 'passed',
    summary: (r) => `${r.status}: ${r.checks?.map((c) => `${c.id}:${c.outcome}`).join(' ')} ${r.error?.message ?? ''}`,
  },
  oursProof: {
    file: 'node-proof/proof.js',
    make: (m) => m.makeProofVerifier(localFetch),
    proofOk: (r) => r.proof?.outcome === 'passed',
    summary: (r) => `proof:${r.proof?.outcome} ${r.proof?.message}`,
  },
};
const v = verifiers[impl];

if (mode === 'first') {
  const c = cases[rest[0]];
  const t0 = performance.now();
  const m = await import(join(out, v.file));
  const t1 = performance.now();
  const r = await v.make(m)(clone(c.credential));
  const t2 = performance.now();
  console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1, total: t2 - t0, ok: v.proofOk(r), summary: v.summary(r) }));
} else {
  const [rounds, ...ids] = rest;
  const run = v.make(await import(join(out, v.file)));
  const res = {};
  for (const id of ids) {
    const c = cases[id];
    const n = c.kind === 'di' ? 100 : 400;
    const o = (res[id] = { ms: [], failed: 0, tamperedFails: true, sample: '' });
    for (let i = 0; i < 20; i++) await run(clone(c.credential));
    for (let r = 0; r < Number(rounds); r++) {
      const copies = Array.from({ length: n }, () => clone(c.credential));
      const results = [];
      const t0 = performance.now();
      for (const x of copies) results.push(await run(x));
      o.ms.push((performance.now() - t0) / n);
      const bad = results.filter((x) => !v.proofOk(x));
      o.failed += bad.length;
      if (bad.length) o.sample = v.summary(bad[0]);
      o.tamperedFails &&= !v.proofOk(await run(clone(c.tampered)));
    }
  }
  console.log(JSON.stringify(res));
}
