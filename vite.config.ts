import { defineConfig, type Plugin } from 'vite';
import { RolldownMagicString } from 'rolldown';
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
      plugins: [minifyLitTemplates(), chunkDeps()],
      build: {
        outDir: 'cdn',
        emptyOutDir: true,
        sourcemap: true,
        target: 'es2022',
        lib: { entry: { 'badge-elements': resolve(root, 'src/cdn.ts') }, formats: ['es'], fileName: (_f, name) => `${name}.js` },
        rolldownOptions: {
          // Code shared by the entry and its lazy chunks stays in the entry (which is always loaded
          // first) instead of being split into extra chunks that every page would fetch.
          preserveEntrySignatures: 'allow-extension',
          // Six hash characters are plenty for a few dozen files, and the entry names every chunk it may load.
          output: { minify: true, chunkFileNames: 'chunks/[name]-[hash:6].js' },
        },
      },
    };
  }
  if (mode === 'demo') {
    return {
      root,
      // The address vite prints (http://127.0.0.1:5173/) is the one a new user opens: it shows the demo.
      plugins: [
        {
          name: 'demo-at-root',
          configureServer(server) {
            server.middlewares.use((req, res, next) => {
              if (req.url !== '/' && req.url !== '/index.html') return next();
              res.statusCode = 302;
              res.setHeader('location', '/demo/index.html');
              res.end();
            });
          },
        },
      ],
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
          // The CORS proxy (a Fetch-API handler, and its node:http adapter): server code, never in cdn/.
          proxy: resolve(root, 'src/proxy/index.ts'),
          'proxy-node': resolve(root, 'src/proxy/node.ts'),
        },
        formats: ['es'],
        fileName: (_f, name) => `${name}.js`,
      },
      rolldownOptions: {
        // dependencies stay external: consumers' bundlers dedupe lit and jose
        external: [/^node:/, /^lit(\/.*)?$/, /^@lit\//, /^@lit-labs\//, /^jose(\/.*)?$/, /^jsonld(\/.*)?$/, /^rdf-canonize(\/.*)?$/],
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});

/**
 * Whitespace-minifies the static parts of lit's css`` and html`` templates in our own sources (CDN
 * build only; the npm build stays readable). The JS minifier leaves template text alone, and that
 * text was ~4 KB of the gzipped CDN file (CSS comments and indentation).
 * - css``: comments dropped, whitespace runs collapsed, spaces around `{ } ; ,` and after `:` removed
 *   (not before `:`: `.a :hover` and `.a:hover` differ). No CSS string in src/elements holds
 *   significant whitespace (checked: the only `content:`-like text is in JS).
 * - html``: a whitespace run containing a line break becomes one space, which renders the same
 *   everywhere outside <pre> and `white-space: pre*` (the one <pre> template has no such run).
 * A quasi is only rewritten when the parser's span matches its raw text exactly.
 */
function minifyLitTemplates(): Plugin {
  const minCss = (s: string) =>
    s
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}');
  const minHtml = (s: string) => s.replace(/\s*\n\s*/g, ' ');
  type Node = { type?: string; start: number; end: number; [k: string]: unknown };
  return {
    name: 'minify-lit-templates',
    transform(code, id) {
      if (!/\/src\/elements\/.*\.ts$/.test(id) || !/\b(css|html)`/.test(code)) return null;
      const ast = this.parse(code) as unknown as Node;
      const ms = new RolldownMagicString(code);
      const visit = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach(visit);
        const n = node as Node;
        if (n.type === 'TaggedTemplateExpression') {
          const tag = n.tag as Node & { name?: string };
          const kind = tag.type === 'Identifier' ? tag.name : undefined;
          if (kind === 'css' || kind === 'html') {
            const quasis = (n.quasi as { quasis: Array<Node & { value: { raw: string } }> }).quasis;
            for (const q of quasis) {
              if (code.slice(q.start, q.end) !== q.value.raw) continue;
              const out = kind === 'css' ? minCss(q.value.raw) : minHtml(q.value.raw);
              if (out !== q.value.raw) {
                if (out === '') ms.remove(q.start, q.end);
                else ms.overwrite(q.start, q.end, out);
              }
            }
          }
        }
        for (const k in n) if (k !== 'type' && k !== 'start' && k !== 'end') visit(n[k]);
      };
      visit(ast);
      if (!ms.hasChanged()) return null;
      return { code: ms.toString(), map: ms.generateMap({ hires: true, source: id }) as never };
    },
  };
}

/**
 * Writes, into a placeholder `'@@deps:core/checks+elements/shared/verdict@@   '` (src/core/preload.ts),
 * the chunks that those modules' chunks import, all the way down except the entry (loaded first) and
 * themselves: `keys-….js,….js`.
 * preloadChecks() then starts them together with the chunk instead of one round trip after it. The
 * placeholder becomes a string of the same length, so the entry's source map stays right.
 */
function chunkDeps(): Plugin {
  const PLACEHOLDER = /(['"`])@@deps:([\w/+-]+)@@ *\1/;
  return {
    name: 'chunk-deps',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const entry = chunks.find((c) => c.isEntry);
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      for (const c of chunks) {
        const m = PLACEHOLDER.exec(c.code);
        if (!m) continue;
        const targets = m[2]!.split('+').map((name) => {
          const id = resolve(root, 'src', `${name}.ts`);
          const target = chunks.find((t) => t.facadeModuleId === id || t.moduleIds.includes(id));
          if (!target) this.error(`chunk-deps: no chunk for src/${name}.ts`);
          return target;
        });
        const deps = new Set<string>();
        const visit = (file: string) => {
          for (const f of byFile.get(file)?.imports ?? []) if (f !== entry?.fileName && !deps.has(f) && (deps.add(f), true)) visit(f);
        };
        for (const t of targets) visit(t.fileName);
        for (const t of targets) deps.delete(t.fileName); // imported by the code itself
        const value = [...deps].map((f) => f.replace(/^chunks\//, '')).join(',');
        if (value.length + 2 > m[0].length) this.error(`chunk-deps: ${value.length} characters do not fit the placeholder`);
        c.code = c.code.slice(0, m.index) + `'${value.padEnd(m[0].length - 2)}'` + c.code.slice(m.index + m[0].length);
      }
    },
  };
}
