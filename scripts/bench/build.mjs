// Bundles what the benchmark pages load:
//   peer/peer.js     @digitalcredentials/verifier-core for the browser (esm, minified, one file)
//   ours/index.js    our core from src/core/index.ts, built like the cdn/ build (vite.config.ts, mode cdn:
//                    Vite/Rolldown, minified, code shared with the lazy chunks kept in the entry, lazy
//                    Data Integrity chunks beside it), so the page loads what a real page would load.
//                    (esbuild's splitting put its runtime helpers in an extra chunk the entry imports:
//                    one more sequential request on every first load that the shipped file does not make.)
//   node/index.js    our core for Node 20 (esbuild, platform node)
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
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

/** A browser bundle the way `vite build --mode cdn` makes cdn/ (same bundler, same chunking, same minifier). */
async function browserBundle(name, entry, outDir, minify) {
  rmSync(outDir, { recursive: true, force: true }); // no stale chunks from an earlier build
  await viteBuild({
    configFile: false,
    logLevel: 'error',
    root,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify,
      lib: { entry: { [name]: entry }, formats: ['es'], fileName: (_f, n) => `${n}.js` },
      rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { minify, chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  });
}

export async function buildOurs(out) {
  await browserBundle('index', join(root, 'src/core/index.ts'), join(out, 'ours'), true);
  await browserBundle('index', join(root, 'src/core/index.ts'), join(out, 'ours-prof'), false);
  for (const [platform, dir] of [['node', 'node']]) {
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
  await browserBundle('proof', join(root, 'scripts/bench/ours-proof-entry.ts'), join(out, 'ours-proof'), true);
  await browserBundle('proof', join(root, 'scripts/bench/ours-proof-entry.ts'), join(out, 'ours-proof-prof'), false);
  for (const [platform, dir] of [['node', 'node-proof']]) {
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
