// @ts-check
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { testRoutesMiddleware, startNoCorsServer, testOrigins } from './test/server/routes.mjs';
import { startProxyServer } from './test/server/proxy-server.mjs';
import { build } from 'esbuild';

const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * Prints one plain closing line, `N passed, N failed, N skipped`, and writes it to
 * .wtr-summary.json. A test file that crashed before running any test (syntax error,
 * failed import, browser crash) counts as 1 failed, so the line never says 0 failed
 * for a red run. wtr's own closing line carries a progress bar and does not parse.
 * @returns {import('@web/test-runner').Reporter}
 */
function summaryLineReporter() {
  return {
    stop({ sessions }) {
      let passed = 0,
        failed = 0,
        skipped = 0;
      /** @param {import('@web/test-runner').TestSuiteResult} suite */
      const walk = (suite) => {
        for (const t of suite.tests) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        suite.suites.forEach(walk);
      };
      for (const s of sessions) {
        const before = failed;
        if (s.testResults) walk(s.testResults);
        if (s.passed === false && failed === before) failed++; // file-level error, no failing test recorded
      }
      writeFileSync('.wtr-summary.json', JSON.stringify({ passed, failed, skipped }) + '\n');
      console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
    },
  };
}

/**
 * Serves CommonJS-only dependencies (jsonld: CJS with a `browser` field) as one ESM file each,
 * bundled once by esbuild, so the browser can `import jsonld from 'jsonld'` as Vite and Node do.
 * The dev server only resolves bare imports; it does not convert CommonJS.
 * @param {string[]} packages
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
function commonJsBundles(packages) {
  /** @type {Map<string, Promise<string>>} */
  const built = new Map();
  const root = fileURLToPath(new URL('.', import.meta.url));
  return {
    name: 'commonjs-bundles',
    resolveImport({ source }) {
      if (packages.includes(source)) return `/__cjs/${source}.js`;
    },
    async serve(context) {
      const m = /^\/__cjs\/(.+)\.js$/.exec(context.path);
      if (!m || !packages.includes(m[1])) return;
      let p = built.get(m[1]);
      if (!p) {
        p = build({ entryPoints: [m[1]], absWorkingDir: root, bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' }).then(
          (r) => r.outputFiles[0].text,
        );
        built.set(m[1], p);
      }
      return { body: await p, type: 'js' };
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  // Everything, the hostile-input suites included (test/security: forgery, mutation, XSS, CSP and
  // Trusted Types, malformed transport, request audit). `npm run test:security` runs only those.
  files: process.env.WTR_SECURITY ? ['test/security/*.test.ts'] : ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  middleware: [testRoutesMiddleware()],
  plugins: [
    // jsonld's context processing and rdf-canonize are also imported directly by src/core/proofs/rdfc-fast.ts
    commonJsBundles(['jsonld', 'jsonld/lib/context.js', 'jsonld/lib/ContextResolver.js', 'rdf-canonize']),
    {
      name: 'no-cors-server',
      async serverStart() {
        this.server = await startNoCorsServer();
      },
      async serverStop() {
        this.server?.close();
      },
    },
    {
      // badge-elements/proxy on a third origin (issue 17): test/server/proxy-server.mjs
      name: 'badge-proxy',
      async serverStart() {
        this.proxy = await startProxyServer();
        testOrigins.proxyOrigin = this.proxy.origin;
      },
      async serverStop() {
        this.proxy?.close();
      },
    },
    esbuildPlugin({
      ts: true,
      // esbuild must see experimentalDecorators + useDefineForClassFields:false from tsconfig
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROME,
        headless: true,
        // Scrollbars take room, as on Windows and most Linux desktops (puppeteer hides them by default):
        // layout tests then see what those visitors see.
        ignoreDefaultArgs: ['--hide-scrollbars'],
        args: [
          '--no-sandbox', // we run as root
          '--headless=new',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          // Hermetic: no name outside this machine resolves, so a test that would reach the internet
          // (a default issuer registry, a made-up host) fails here instead of sending a DNS query.
          '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
        ],
      },
    }),
  ],
  // One page at a time: a page in a background tab gets no animation frames, and open-wc fixtures and
  // lit updates that wait for one then stall until the timeout.
  concurrency: 1,
  testsFinishTimeout: 600_000, // the wall's 57-badge portfolio file alone takes ~2 min on a loaded 2-core machine
  testFramework: { config: { timeout: 20000 } },
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryLineReporter()],
};
