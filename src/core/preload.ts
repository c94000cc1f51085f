// Module preload for the CDN file. The checks' chunk and the verdict's words (the two chunks every
// verdict waits for) import other chunks in turn: the key resolvers the checks share with the Data
// Integrity code, the registry lookups (which read() also starts as soon as a credential is parsed),
// the bundler's runtime helpers. The browser would find those only when the two have arrived: one
// round trip more before a verdict. The CDN build (vite.config.ts, chunkDeps) writes their file names
// into DEPS (the placeholder names the two modules by their path under src/, joined by `+`), padded to
// its length so the source map still holds, and preloadChecks() starts them beside the checks' chunk.
// The registry chunk is thus the one chunk a page may load before it knows its credentials need it.
// In the sources and the npm build DEPS keeps its placeholder and nothing is preloaded: bundlers and
// Node resolve imports themselves.

const DEPS =
  '@@deps:core/checks+elements/shared/verdict@@                                                                                                                                ';
// (Through a variable: vite turns `new URL(literal, import.meta.url)` into an asset import.)
const here = import.meta.url;

/** Starts the chunks the checks' chunk imports (an import() of a module about to be imported anyway: fetched once, run once). */
export function preloadChecks(): void {
  if (DEPS.startsWith('@@')) return;
  for (const file of DEPS.trim().split(',')) import(new URL(`chunks/${file}`, here).href).catch(() => undefined);
}
