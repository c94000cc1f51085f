// For tests that prove each URL is fetched once: a fetch that counts what it was asked for.

/** A fetch that counts every URL it was asked for (after the proxy rewrite: local paths). */
export function countingFetch(): { fetch: typeof fetch; counts: Map<string, number>; total: () => number } {
  const counts = new Map<string, number>();
  const f = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    counts.set(url, (counts.get(url) ?? 0) + 1);
    return fetch(input, init);
  };
  return { fetch: f as typeof fetch, counts, total: () => [...counts.values()].reduce((a, b) => a + b, 0) };
}
