// badge-elements/proxy/node: the proxy handler (./index.ts) on Node 20's node:http, with host names
// resolved by dns.lookup so that a name pointing inside the network is refused.
//
//   import { createServer } from 'node:http';
//   import { createNodeProxy } from 'badge-elements/proxy/node';
//   createServer(createNodeProxy({ allowHosts: ['badges.example.org'] })).listen(8787);
//
// The types below are the few members of node:http and node:dns used here, so the package's
// type-check needs no @types/node.

import { createProxyHandler, type ProxyOptions } from './index.js';

interface NodeRequest extends AsyncIterable<Uint8Array> {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}
interface NodeResponse {
  writeHead(status: number, headers: Record<string, string>): unknown;
  end(body?: Uint8Array): unknown;
}
type Lookup = (host: string, options: { all: true; verbatim: true }) => Promise<Array<{ address: string }>>;

/** Host names → addresses through the system resolver (what Node's fetch will connect to). */
export async function dnsResolve(host: string): Promise<string[]> {
  const dns = (await import('node:dns' as string)) as { promises: { lookup: Lookup } };
  return (await dns.promises.lookup(host, { all: true, verbatim: true })).map((a) => a.address);
}

/** A node:http request listener running the proxy. `resolve` defaults to dnsResolve. */
export function createNodeProxy(options: ProxyOptions = {}): (req: NodeRequest, res: NodeResponse) => Promise<void> {
  const handler = createProxyHandler({ resolve: dnsResolve, ...options });
  return async (req, res) => {
    const headers = new Headers();
    for (const name of ['accept', 'origin']) {
      const v = req.headers[name];
      if (typeof v === 'string') headers.set(name, v);
    }
    // Only what the handler reads is carried over: no cookies or credentials even reach it.
    const response = await handler(new Request(new URL(req.url ?? '/', 'http://proxy.invalid'), { method: req.method ?? 'GET', headers }));
    const out: Record<string, string> = {};
    response.headers.forEach((v, k) => (out[k] = v));
    res.writeHead(response.status, out);
    res.end(response.body ? new Uint8Array(await response.arrayBuffer()) : undefined);
  };
}
