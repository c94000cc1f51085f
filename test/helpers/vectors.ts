// The third-party vectors in ../shared/vectors (served by the test server at /__shared/…) and the
// URL map from their expected.json: every URL a vector names (contexts, controller documents, status
// lists, OB 2.0 assets) is rewritten to the local copy, so the loader really fetches over HTTP
// while the original URL stays the identity.

export interface VectorCase {
  /** Path relative to the folder above shared/, e.g. `shared/vectors/ob3/…/simple.json`. */
  file: string;
  /** `valid`, `invalid:<check>[+<check>]`, `not-valid`, `indeterminate`, `error`, `any`. */
  expect: string;
  note?: string;
}

export interface VectorsExpected {
  now: string;
  urlmap: Record<string, string>;
  cases: VectorCase[];
}

/** `shared/vectors/x.json` → `http://localhost:8000/__shared/vectors/x.json` */
export function sharedUrl(path: string): string {
  return `${location.origin}/__shared/${path.replace(/^shared\//, '')}`;
}

/**
 * The one message every suite fails with when the third-party vectors are not there. They are not
 * optional: without them the conformance, OB 2.0, VC, status, key and proof suites would check nothing,
 * so they fail, loudly and the same way, instead of passing on a constant.
 */
export const MISSING_VECTORS =
  'Third-party test vectors not found: /__shared/vectors/expected.json answered 404. ' +
  'Put them at ../shared/vectors beside this checkout, or point BADGE_SHARED_DIR at the folder that holds vectors/ ' +
  '(see findSharedDir in test/server/routes.mjs).';

/** Loads expected.json; throws MISSING_VECTORS when ../shared is not there (the route answers 404). */
export async function loadVectorsExpected(): Promise<VectorsExpected> {
  const res = await fetch('/__shared/vectors/expected.json');
  if (res.status === 404) throw new Error(MISSING_VECTORS);
  if (!res.ok) throw new Error(`expected.json: HTTP ${res.status}`);
  return (await res.json()) as VectorsExpected;
}

/**
 * Fetches one vector file (`shared/vectors/…` or a path under vectors/). A 404 is MISSING_VECTORS when
 * the whole set is absent, else a missing-file error naming the file: never an `undefined` to skip on.
 */
export async function fetchVector(file: string): Promise<Response> {
  const path = file.startsWith('shared/') ? file : `shared/vectors/${file}`;
  const res = await fetch(sharedUrl(path));
  if (res.ok) return res;
  if (res.status === 404 && (await fetch('/__shared/vectors/expected.json')).status === 404) throw new Error(MISSING_VECTORS);
  throw new Error(`${path}: HTTP ${res.status}`);
}

/**
 * A `proxy` function for verify(): a urlmap key ending in `/` is a prefix (the rest of the URL is
 * appended to the local folder); any other key is one document (the fragment is ignored).
 * URLs the map does not know go to a local 404 instead of the internet: the suite stays hermetic.
 */
export function makeVectorsProxy(urlmap: Record<string, string>): (url: string) => string {
  const prefixes = Object.entries(urlmap)
    .filter(([k]) => k.endsWith('/'))
    .sort((a, b) => b[0].length - a[0].length);
  const exact = new Map(Object.entries(urlmap).filter(([k]) => !k.endsWith('/')));
  return (url: string) => {
    if (url.startsWith(location.origin)) return url;
    const bare = url.split('#')[0]!;
    const one = exact.get(bare);
    if (one) return sharedUrl(one);
    for (const [prefix, path] of prefixes) {
      if (bare.startsWith(prefix)) return sharedUrl(path + bare.slice(prefix.length));
    }
    return `${location.origin}/__test/status/404?unmapped=${encodeURIComponent(bare)}`;
  };
}

/** Reads a vector file as the library would receive it: bytes for images, text for the rest. */
export async function readVector(file: string): Promise<string | Uint8Array> {
  const res = await fetchVector(file);
  return /\.(png|svg)$/i.test(file) ? new Uint8Array(await res.arrayBuffer()) : await res.text();
}
