import { defineConfig } from 'vite';
import { resolve } from 'node:path';

// `vite build`             -> dist/      unbundled-ish ESM for npm: index.js (classes), core.js (DOM-free verifier),
//                                        define.js (registers the tags); lit, @lit/*, jose, jsonld stay bare imports
// `vite build --mode cdn`  -> cdn/       badge-elements.js: one self-contained module for a <script type="module">,
//                                        with the JSON-LD/RDFC code in lazily import()ed chunks beside it
// `vite --mode demo`       -> the demo page (demo/index.html) straight from src/, fixtures served from test/fixtures
// Decorators: Vite 8 (Oxc) lowers only legacy decorators (experimentalDecorators in tsconfig.json).
const root = import.meta.dirname;

export default defineConfig(({ mode }) => {
  if (mode === 'cdn') {
    return {
      build: {
        outDir: 'cdn',
        emptyOutDir: true,
        sourcemap: true,
        target: 'es2022',
        lib: { entry: { 'badge-elements': resolve(root, 'src/define.ts') }, formats: ['es'], fileName: (_f, name) => `${name}.js` },
        rolldownOptions: {
          output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      },
    };
  }
  if (mode === 'demo') {
    return {
      root,
      server: { host: '127.0.0.1', port: 5173, open: '/demo/index.html' },
      preview: { host: '127.0.0.1', port: 4173 },
    };
  }
  return {
    build: {
      outDir: 'dist',
      emptyOutDir: false, // dist/types comes from tsc first
      sourcemap: true,
      minify: false, // consumers' bundlers minify; keep the npm output readable
      target: 'es2022',
      lib: {
        entry: {
          index: resolve(root, 'src/index.ts'),
          core: resolve(root, 'src/core/index.ts'),
          define: resolve(root, 'src/define.ts'),
        },
        formats: ['es'],
        fileName: (_f, name) => `${name}.js`,
      },
      rolldownOptions: {
        // dependencies stay external: consumers' bundlers dedupe lit and jose
        external: [/^lit(\/.*)?$/, /^@lit\//, /^@lit-labs\//, /^jose(\/.*)?$/, /^jsonld(\/.*)?$/, /^rdf-canonize(\/.*)?$/],
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
