// badge-elements/proxy: the CORS proxy a page needs for badges whose hosts send no CORS headers
// (Credly's, Badgr's, VerifierPlus's JSON routes). One standard Fetch-API handler,
// `(request: Request) => Promise<Response>`, that runs unchanged on Cloudflare Workers, Deno
// Deploy, Bun, Netlify/Vercel edge functions and Node 20 (./node.ts adapts it to node:http).
//
// Protocol: `GET <proxy>/?url=<encoded https URL>`, the shape of the core's string `proxy` option
// (`proxy: 'https://proxy.example/?url='`).
//
// Safe by default, because a proxy anyone can call is a way into the network it runs in (SSRF) and
// a way to make it fetch anything for anyone:
// - GET (and HEAD, and the CORS preflight) only; https only upstream, on the default port, with no
//   user:password in the URL;
// - an allow-list of hosts (./hosts.ts: the badge platforms, DCC's registries, plus `allowHosts`);
//   any other https host (did:web documents, issuer profiles) only with `allowAnyHost`;
// - never an IP literal, and never a name that resolves to a private, loopback or link-local
//   address (`resolve`, e.g. Node's dns.lookup; ./node.ts passes it), checked again on every redirect,
//   which is followed by hand (at most `maxRedirects`);
// - nothing of the caller's request is forwarded (no cookies, no Authorization, no Referer), and of
//   the answer only the status, the content type and the body come back (no Set-Cookie);
// - a body cap and one timeout for headers and body; only credential-like content types; the
//   answer is served with `Content-Security-Policy: sandbox` and `nosniff`, so a proxied page can
//   never run as the proxy's origin;
// - `Cache-Control` so a page view does not fetch a platform every time.

import { isIpLiteral, isPrivateAddress } from './address.js';
import { DEFAULT_HOSTS, hostMatches } from './hosts.js';
import { readCapped } from '../core/load.js';

export { DEFAULT_HOSTS } from './hosts.js';
export { isPrivateAddress } from './address.js';

export interface ProxyOptions {
  /** Hosts to allow besides DEFAULT_HOSTS: `issuer.example.org`, or `*.example.org` for its subdomains. */
  allowHosts?: string[];
  /** Replace DEFAULT_HOSTS instead of adding to it. */
  hosts?: string[];
  /**
   * Any https host may be fetched (did:web documents, issuer profiles, hosted assertions on an
   * issuer's own site). Off by default: a deployment that turns it on is a proxy to the whole public
   * web (private addresses stay refused).
   */
  allowAnyHost?: boolean;
  /** Resolves a host name to its IP addresses, to refuse names that point inside the network. Node: ./node.ts passes dns.lookup. */
  resolve?: (host: string) => Promise<string[]>;
  /**
   * The upstream fetch. Default globalThis.fetch. Tests inject one that serves `https://` URLs from
   * a local server; the https-only rule is checked before it is called, whatever it is.
   */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /** Origins whose pages may read the answers (`Access-Control-Allow-Origin`). Default `*`. */
  allowOrigins?: '*' | string[];
  /** Body cap in bytes. Default 2 MB (a baked PNG with an image is the largest credential). */
  maxBytes?: number;
  /** Timeout for headers and body, in ms. Default 10 000. */
  timeout?: number;
  /** Redirects followed (each one checked again). Default 5. */
  maxRedirects?: number;
  /** `max-age` of a successful answer, in seconds. Default 300; 404 and 410 answers: 60. */
  cacheSeconds?: number;
}

/** Content types a credential (or a page linking one with <link rel="alternate">) is served as. */
const CREDENTIAL_TYPES =
  /^(application\/(ld\+json|json|[\w.+-]+\+json|jwt|vc|vc\+jwt|vc\+ld\+json|jose)|text\/plain|image\/png|image\/svg\+xml|text\/html)\s*(;|$)/i;
const ACCEPT = 'application/ld+json, application/json, image/png, image/svg+xml, text/html;q=0.5, text/plain;q=0.4';

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The proxy handler. */
export function createProxyHandler(options: ProxyOptions = {}): (request: Request) => Promise<Response> {
  const hosts = [...(options.hosts ?? DEFAULT_HOSTS), ...(options.allowHosts ?? [])];
  const upstream = options.fetch ?? ((url: string, init: RequestInit) => globalThis.fetch(url, init));
  const maxBytes = options.maxBytes ?? 2 * 1024 * 1024;
  const timeout = options.timeout ?? 10_000;
  const maxRedirects = options.maxRedirects ?? 5;
  const cacheSeconds = options.cacheSeconds ?? 300;
  const tooLarge = () => new Refusal(502, 'too-large', `The answer is larger than ${maxBytes} bytes.`);

  const cors = (request: Request): Record<string, string> => {
    const allow = options.allowOrigins ?? '*';
    if (allow === '*') return { 'access-control-allow-origin': '*' };
    const origin = request.headers.get('origin') ?? '';
    return allow.includes(origin) ? { 'access-control-allow-origin': origin, vary: 'Origin' } : { vary: 'Origin' };
  };

  /** Throws a Refusal unless `url` may be fetched. */
  const check = async (url: URL): Promise<void> => {
    if (url.protocol !== 'https:') throw new Refusal(400, 'not-https', `Only https addresses are fetched, not ${url.protocol}`);
    if (url.username || url.password) throw new Refusal(400, 'credentials-in-url', 'Addresses with a user name or password are not fetched.');
    if (url.port && url.port !== '443') throw new Refusal(403, 'port', `Only the default https port is fetched, not ${url.port}.`);
    const host = url.hostname.toLowerCase().replace(/\.$/, '');
    if (isIpLiteral(host)) throw new Refusal(403, 'ip-address', 'Addresses written as IP numbers are not fetched.');
    if (host === 'localhost' || host.endsWith('.localhost')) throw new Refusal(403, 'private-address', `${host} is this machine.`);
    if (!options.allowAnyHost && !hosts.some((p) => hostMatches(host, p)))
      throw new Refusal(403, 'host-not-allowed', `${host} is not on this proxy's list of hosts.`);
    if (options.resolve) {
      let addresses: string[];
      try {
        addresses = await options.resolve(host);
      } catch {
        throw new Refusal(502, 'dns', `${host} could not be resolved.`);
      }
      if (addresses.length === 0 || addresses.some(isPrivateAddress))
        throw new Refusal(403, 'private-address', `${host} points to a private, loopback or link-local address.`);
    }
  };

  return async (request: Request): Promise<Response> => {
    const base = { ...cors(request), 'x-content-type-options': 'nosniff' };
    const refuse = (status: number, code: string, message: string) =>
      new Response(JSON.stringify({ error: code, message }), { status, headers: { ...base, 'content-type': 'application/json', 'cache-control': 'no-store' } });
    if (request.method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: { ...base, 'access-control-allow-methods': 'GET, HEAD', 'access-control-allow-headers': 'accept', 'access-control-max-age': '86400' },
      });
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'method', 'Only GET is proxied.');
    const target = new URL(request.url).searchParams.get('url');
    if (!target) return refuse(400, 'no-url', 'Pass the address to fetch as ?url=<encoded https URL>.');
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      return refuse(400, 'bad-url', 'Not a valid address.');
    }

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeout);
    try {
      const accept = request.headers.get('accept');
      const headers = { accept: accept && accept.length < 300 ? accept : ACCEPT, 'user-agent': 'badge-elements-proxy' };
      let res: Response;
      for (let hops = 0; ; hops++) {
        await check(url);
        res = await upstream(url.href, { method: 'GET', headers, redirect: 'manual', credentials: 'omit', signal: controller.signal });
        const location = res.status >= 300 && res.status < 400 ? res.headers.get('location') : null;
        if (!location) break;
        await res.body?.cancel().catch(() => {});
        if (hops >= maxRedirects) throw new Refusal(502, 'redirect-loop', `More than ${maxRedirects} redirects.`);
        url = new URL(location, url);
      }
      const ok = res.status >= 200 && res.status < 300;
      const type = res.headers.get('content-type') ?? '';
      if (ok && !CREDENTIAL_TYPES.test(type)) {
        await res.body?.cancel().catch(() => {});
        throw new Refusal(502, 'content-type', `The answer is ${type || 'untyped'}, not a credential.`);
      }
      const declared = Number(res.headers.get('content-length') ?? NaN);
      if (Number.isFinite(declared) && declared > maxBytes) {
        await res.body?.cancel().catch(() => {});
        throw tooLarge();
      }
      // The core's capped reader: it stops reading at the cap (a body can lie about its length).
      const body = request.method === 'HEAD' ? null : ((await readCapped(res, maxBytes, tooLarge)) as Uint8Array<ArrayBuffer>);
      // Status, type and body only: no Set-Cookie, no upstream headers at all.
      const cache = ok ? `public, max-age=${cacheSeconds}` : res.status === 404 || res.status === 410 ? 'public, max-age=60' : 'no-store';
      return new Response(body, {
        status: res.status,
        headers: {
          ...base,
          'content-type': ok ? type : type.startsWith('application/json') ? 'application/json' : 'text/plain',
          'cache-control': cache,
          'content-security-policy': "default-src 'none'; sandbox",
          'x-proxied-url': url.href,
          'access-control-expose-headers': 'x-proxied-url',
        },
      });
    } catch (e) {
      if (e instanceof Refusal) return refuse(e.status, e.code, e.message);
      if (timedOut) return refuse(504, 'timeout', `No complete answer within ${timeout} ms.`);
      return refuse(502, 'fetch-failed', `The address could not be fetched.`);
    } finally {
      clearTimeout(timer);
    }
  };
}
