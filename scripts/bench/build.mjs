// Bundles what the benchmark pages load:
//   peer/peer.js     @digitalcredentials/verifier-core for the browser (esm, minified, one file)
//   ours/index.js    our core from src/core/index.ts (esm, minified, splitting: the Data Integrity
//                    dynamic import stays a separate lazy chunk, as in the cdn/ build)
//   node/index.js    our core for Node 20 (same, platform node)
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { root } from './remote.mjs';

const common = { bundle: true, format: 'esm', minify: true, logLevel: 'error', absWorkingDir: root, legalComments: 'none' };

export async function buildPeer(out) {
  await build({
    ...common,
    entryPoints: [join(root, 'scripts/bench/peer-entry.js')],
    platform: 'browser',
    outfile: join(out, 'peer/peer.js'),
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  });
}

export function coreReady() {
  return ['src/core/load.ts', 'src/core/detect.ts', 'src/core/formats/vc.ts', 'src/core/formats/ob2.ts'].every((f) => existsSync(join(root, f)));
}

export async function buildOurs(out) {
  for (const [platform, dir] of [['browser', 'ours'], ['browser', 'ours-prof'], ['node', 'node']]) {
    rmSync(join(out, dir), { recursive: true, force: true }); // no stale chunks from an earlier build
    await build({
      ...common,
      entryPoints: { index: join(root, 'src/core/index.ts') },
      platform,
      splitting: true,
      outdir: join(out, dir),
      chunkNames: 'chunks/[name]-[hash]',
      ...(platform === 'node' ? { packages: 'external', minify: false } : {}),
      ...(dir === 'ours-prof' ? { minify: false, keepNames: true } : {}),
    });
  }
}

/** Our Data Integrity proof path alone (scripts/bench/ours-proof-entry.ts), for the browser and Node. */
export async function buildOursProof(out) {
  for (const [platform, dir] of [['browser', 'ours-proof'], ['browser', 'ours-proof-prof'], ['node', 'node-proof']]) {
    rmSync(join(out, dir), { recursive: true, force: true });
    await build({
      ...common,
      entryPoints: { proof: join(root, 'scripts/bench/ours-proof-entry.ts') },
      platform,
      splitting: true,
      outdir: join(out, dir),
      chunkNames: 'chunks/[name]-[hash]',
      ...(platform === 'node' ? { packages: 'external', minify: false } : {}),
      ...(dir.endsWith('-prof') ? { minify: false, keepNames: true } : {}),
    });
  }
}

/** gzip sizes of a bundle directory: { entry, lazy: [{file, gzip}] } */
export function sizes(dir) {
  const files = [];
  const walk = (d) => readdirSync(d).forEach((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : f.endsWith('.js') && files.push(join(d, f))));
  walk(dir);
  return files.map((f) => ({ file: f.slice(dir.length + 1), gzip: gzipSync(readFileSync(f), { level: 9 }).length }));
}
