// A VerifyContext for the proof/key unit tests: real HTTP to the test server through a URL rewrite,
// the original URL staying the identity. Uses the library's own createVerifyContext (load.ts) when
// it is there; until then a small stand-in with the same contract (cached loadJson, documents first).

import type { JsonObject, VerifyContext, VerifyOptions } from '../../src/core/options.js';
import { testNow } from './clock.mjs';

/** Serves `body` as JSON from the test server (the echo route), for controller documents made in a test. */
export function echoUrl(body: unknown): string {
  return `${location.origin}/__test/echo?type=application/json&body=${encodeURIComponent(JSON.stringify(body))}`;
}

/** A proxy that serves the given documents for the given https URLs (fragment ignored), then falls back. */
export function hostDocuments(docs: Record<string, unknown>, fallback?: (url: string) => string | undefined): (url: string) => string | undefined {
  return (url) => {
    const bare = url.split('#')[0]!;
    return bare in docs ? echoUrl(docs[bare]) : fallback?.(url);
  };
}

/** The context on the suite's clock (test/helpers/clock.mjs) unless `options.now` says otherwise. */
export async function proofContext(given: VerifyOptions = {}): Promise<VerifyContext> {
  const options: VerifyOptions = { now: testNow, ...given };
  try {
    const { createVerifyContext } = await import('../../src/core/read.js');
    return createVerifyContext(options);
  } catch {
    return standInContext(options);
  }
}

function standInContext(options: VerifyOptions): VerifyContext {
  const cache = new Map<string, Promise<unknown>>();
  const proxied = (url: string) => (typeof options.proxy === 'function' ? (options.proxy(url) ?? url) : url);
  const load = async (url: string) => {
    const res = await fetch(proxied(url.split('#')[0]!));
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    return { url, finalUrl: url, status: res.status, contentType: res.headers.get('content-type') ?? '', bytes };
  };
  const ctx: VerifyContext = {
    options,
    now: options.now ?? (() => new Date()),
    cache,
    load,
    loadJson(url: string) {
      let p = cache.get(url) as Promise<JsonObject> | undefined;
      if (!p) {
        p = (async () => {
          const preset = options.documents?.[url];
          if (preset !== undefined) return preset as JsonObject;
          return JSON.parse(new TextDecoder().decode((await load(url)).bytes)) as JsonObject;
        })();
        cache.set(url, p);
        p.catch(() => cache.delete(url));
      }
      return p;
    },
    verifyNested: () => Promise.reject(new Error('not in proof unit tests')),
  };
  return ctx;
}
