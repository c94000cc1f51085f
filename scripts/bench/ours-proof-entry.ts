// Our Data Integrity proof path alone (no load/detect/format checks): verifyEmbeddedProofs() with a
// minimal context whose loader is plain fetch + a shared per-URL cache. Used by the benchmark to tell
// the proof work apart from the rest of verify(), and to measure before the whole pipeline exists.
import type { JsonObject, LoadedResource, VerifyContext } from '../../src/core/options.js';
import { verifyEmbeddedProofs } from '../../src/core/proofs/data-integrity.js';

export function makeProofVerifier(fetchFn: typeof fetch = globalThis.fetch) {
  const cache = new Map<string, Promise<unknown>>();
  const load = async (url: string): Promise<LoadedResource> => {
    const res = await fetchFn(url, { headers: { accept: 'application/ld+json, application/json' } });
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    return {
      url,
      finalUrl: res.url || url,
      status: res.status,
      contentType: res.headers.get('content-type') ?? '',
      bytes: new Uint8Array(await res.arrayBuffer()),
    };
  };
  const ctx: VerifyContext = {
    options: {},
    now: () => new Date(),
    cache,
    load,
    loadJson(url) {
      let p = cache.get(`json:${url}`) as Promise<JsonObject> | undefined;
      if (!p) {
        p = load(url).then((r) => JSON.parse(new TextDecoder().decode(r.bytes)) as JsonObject);
        cache.set(`json:${url}`, p);
      }
      return p;
    },
    verifyNested: () => Promise.reject(new Error('not in the proof-only benchmark')),
  };
  return (doc: JsonObject) => {
    const issuer = doc.issuer;
    const expectedIssuer =
      typeof issuer === 'string' ? issuer : typeof (issuer as JsonObject)?.id === 'string' ? ((issuer as JsonObject).id as string) : undefined;
    return verifyEmbeddedProofs(doc, ctx, { expectedIssuer, purpose: 'assertionMethod' });
  };
}
