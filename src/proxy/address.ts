// Addresses the proxy never connects to: loopback, private networks, link-local (cloud metadata at
// 169.254.169.254), carrier-grade NAT, multicast, reserved and "this network" ranges, in IPv4 and
// IPv6 (IPv4-mapped and NAT64 addresses are judged by the IPv4 address inside). A proxy that could
// reach them would let any page read the deployment's own network (SSRF).

function v4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const n = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN));
  return n.every((x) => x >= 0 && x <= 255) ? n : undefined;
}

function privateV4([a, b]: number[]): boolean {
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    a! >= 224 || // this network, private, loopback, multicast + reserved + broadcast
    (a === 100 && b! >= 64 && b! <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local, cloud metadata
    (a === 172 && b! >= 16 && b! <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0) || // IETF protocol assignments, documentation (192.0.2.0/24 is inside 192.0.0.0/16's test)
    (a === 198 && (b === 18 || b === 19)) // benchmarking
  );
}

/** Expands an IPv6 address to its 8 groups, or undefined when it is not one. */
function v6(text: string): number[] | undefined {
  let s = text
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '')
    .toLowerCase(); // brackets, zone id
  if (!s.includes(':')) return undefined;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(s); // ::ffff:127.0.0.1 → ::ffff:7f00:1
  if (dotted) {
    const q = v4(dotted[1]!);
    if (!q) return undefined;
    s = s.slice(0, -dotted[1]!.length) + `${((q[0]! << 8) | q[1]!).toString(16)}:${((q[2]! << 8) | q[3]!).toString(16)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const groups = (x: string) => (x ? x.split(':').map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN)) : []);
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  const fill = 8 - head.length - tail.length;
  if (halves.length === 1 ? fill !== 0 : fill < 1) return undefined;
  const all = [...head, ...Array(halves.length === 2 ? fill : 0).fill(0), ...tail];
  return all.every((g) => Number.isInteger(g)) ? all : undefined;
}

/** True for an IP address (v4 or v6, as text) the proxy must not connect to. Not an address: false. */
export function isPrivateAddress(address: string): boolean {
  const a4 = v4(address);
  if (a4) return privateV4(a4);
  const g = v6(address);
  if (!g) return false;
  if (g.every((x) => x === 0)) return true; // ::
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return true; // ::1
  const embedded = [g[6]! >> 8, g[6]! & 255, g[7]! >> 8, g[7]! & 255];
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) return privateV4(embedded); // ::ffff:a.b.c.d
  if (g[0] === 0x64 && g[1] === 0xff9b) return privateV4(embedded); // NAT64
  if ((g[0]! & 0xfe00) === 0xfc00) return true; // unique local fc00::/7
  if ((g[0]! & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
  if ((g[0]! & 0xff00) === 0xff00) return true; // multicast
  if (g[0] === 0x2001 && g[1] === 0xdb8) return true; // documentation
  return false;
}

/** True when `host` (a URL's hostname) is written as an IP address rather than a name. */
export function isIpLiteral(host: string): boolean {
  return !!v4(host) || !!v6(host);
}
