// One rule for cached promises, used wherever the library keeps work it may need again (a chunk of
// its own code, a fetched document, an imported key): a promise is kept once made, and forgotten the
// moment it fails, so that a retry (the network back, a chunk redeployed) tries again instead of
// replaying the failure.

/** `make()` once; the same promise on every later call, unless it failed. */
export function once<T>(make: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () =>
    (p ??= make().catch((e: unknown) => {
      p = undefined;
      throw e;
    }));
}

/** A map of promises (a VerifyCache, a bounded memo) keyed by string. */
export interface PromiseMap<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): unknown;
  delete(key: string): unknown;
}

/** The promise under `key`, made by `make()` when absent; removed from `map` if it fails (and is still the one there). */
export function cachedPromise<T>(map: PromiseMap<Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let p = map.get(key);
  if (!p) {
    const made = make();
    p = made;
    map.set(key, made);
    made.catch(() => map.get(key) === made && map.delete(key));
  }
  return p;
}
