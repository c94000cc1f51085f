// URL rewrites for tests and the demo: every absolute URL a fixture names
// (https://<host>/<path>) is served by the local dev server from test/fixtures/hosts/<host>/<path>.
// Passed as verify()'s `proxy` option, so the loader really fetches over HTTP while the
// original URL stays the identity of what was fetched.

/** https://issuer.example/org/did.json → http://localhost:8000/test/fixtures/hosts/issuer.example/org/did.json */
export function fixtureProxy(url: string): string | undefined {
  const m = /^https?:\/\/([a-z0-9.-]+\.(?:example|test))(\/.*)?$/i.exec(url);
  if (m) return `${location.origin}/test/fixtures/hosts/${m[1]}${m[2] ?? '/'}`;
  const registry = registryProxy(url);
  if (registry) return registry;
  // Any other host is not on this machine (a context no fixture serves, a mutant's made-up name):
  // a local 404 answers instead of a DNS lookup and a request out to the internet.
  if (/^https?:\/\//i.test(url) && !/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/|$)/i.test(url)) {
    return `${location.origin}/__test/status/404?unmapped=${encodeURIComponent(url)}`;
  }
  return undefined;
}

/**
 * The issuer registries the library asks by default, kept hermetic: DCC's static lists are answered
 * from their byte copies in ../shared/vectors/registries, and DCC's production federation, of which
 * no copy exists, answers 404 (so a DID it would decide about has an `unknown` identity).
 */
export function registryProxy(url: string): string | undefined {
  const legacy = /^https:\/\/digitalcredentials\.github\.io\/([a-z-]+)\/(registry(?:-rc)?\.json)$/.exec(url);
  if (legacy) return `${location.origin}/__shared/vectors/registries/${legacy[1]}/${legacy[2]}`;
  if (url.startsWith('https://registry.dcconsortium.org/')) return `${location.origin}/__test/status/404`;
  return undefined;
}

/** The fixture manifest written by scripts/make-fixtures.mjs. */
export interface FixtureCase {
  name: string;
  /** Path under test/fixtures/ */
  path: string;
  /** The https URL it is published at (served through fixtureProxy). */
  url: string;
  format: string;
  /** `valid`, `invalid:<check>[+<check>]`, `indeterminate`, `error:<code>` */
  expect: string;
  note?: string;
}

export async function fixtureManifest(): Promise<FixtureCase[]> {
  const res = await fetch('/test/fixtures/index.json');
  return (await res.json()) as FixtureCase[];
}
