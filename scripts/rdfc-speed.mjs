// Quick speed loop for the eddsa-rdfc-2022 / Ed25519Signature2020 proof path (H9's working tool; the
// side-by-side benchmark is scripts/bench.mjs). Bundles scripts/bench/ours-proof-entry.ts for the
// *browser* platform (so jsonld/rdf-canonize use their browser builds, as in a page) and runs it in Node.
//   node scripts/rdfc-speed.mjs [file.json …]        warm ms per verification + first-call ms
//   node --cpu-prof --cpu-prof-dir=/tmp/prof scripts/rdfc-speed.mjs   profile
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localFetch, root } from './bench/remote.mjs';

const out = process.env.OUT ?? '/tmp/rdfc-speed';
await build({
  entryPoints: { proof: join(root, 'scripts/bench/ours-proof-entry.ts'), canon: join(root, 'src/core/proofs/rdfc.ts') },
  bundle: true,
  format: 'esm',
  platform: 'browser',
  splitting: true,
  outdir: out,
  keepNames: true,
  logLevel: 'error',
  absWorkingDir: root,
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
});
const files = process.argv.slice(2);
if (!files.length) files.push('/work/shared/vectors/ob3/1edtech-validator/simple.json');
const n = Number(process.env.N ?? 300);
for (const f of files) {
  const doc = JSON.parse(readFileSync(f, 'utf8'));
  const t0 = performance.now();
  const m = await import(join(out, 'proof.js') + `?${Math.random()}`);
  const run = m.makeProofVerifier(localFetch);
  const t1 = performance.now();
  const r0 = await run(structuredClone(doc));
  const t2 = performance.now();
  for (let i = 0; i < 30; i++) await run(structuredClone(doc));
  const copies = Array.from({ length: n }, () => structuredClone(doc));
  const t3 = performance.now();
  let ok = 0;
  for (const c of copies) ok += (await run(c)).proof?.outcome === 'passed' ? 1 : 0;
  const ms = (performance.now() - t3) / n;
  // canonicalization alone (document + proof options), fast path vs jsonld
  const c = await import(join(out, 'canon.js'));
  const ctx = { options: {}, loadJson: async (u) => (await localFetch(u)).json() };
  const { proof, ...unsecured } = doc;
  const p0 = Array.isArray(proof) ? proof[0] : proof;
  const { proofValue, ...config } = p0 ?? {};
  config['@context'] = doc['@context'];
  const canonMs = {};
  for (const [name, fn, reps] of [
    ['fast', c.canonize, n],
    ['jsonld', c.canonizeWithJsonld, Math.ceil(n / 10)],
  ]) {
    for (let i = 0; i < 10; i++) await fn(unsecured, ctx);
    const t = performance.now();
    for (let i = 0; i < reps; i++) {
      await fn(unsecured, ctx);
      await fn(config, ctx);
    }
    canonMs[name] = ((performance.now() - t) / reps).toFixed(3);
  }
  console.log(`  canonicalize doc+proof: fast ${canonMs.fast} ms, jsonld ${canonMs.jsonld} ms`);
  console.log(
    `${f.split('/').pop()}: first ${(t2 - t1).toFixed(1)} ms (import ${(t1 - t0).toFixed(1)}), warm ${ms.toFixed(3)} ms/verify, ${ok}/${n} passed, first=${r0.proof?.outcome}`,
  );
}
