// The broken-or-hostile-transport corpus: bytes a broken server, a broken issuer tool or a
// hostile one hands us. Every malformed byte is built here, in test code, not stored.
// Each case names the error codes it may end with: only `error` reports count as ended correctly
// (except the "wrong types" cases, see `structural`).

import type { VerifyOptions } from '../../../src/core/index.js';

export interface MalformedCase {
  name: string;
  group: 'json' | 'types' | 'transport' | 'jwt' | 'png' | 'svg';
  /** A URL (absolute, string) or in-memory input. Built lazily: some need CompressionStream or the config route. */
  input: () => Promise<unknown>;
  /** Extra verify() options (e.g. a small timeout). */
  options?: Partial<VerifyOptions>;
  /** The error codes this case may end with. */
  codes: string[];
  /**
   * Wrong types inside a well-formed JSON credential: ending `error` (malformed / not-a-credential)
   * is expected; `invalid` with a failed `format` check is also accepted (the structure was read and
   * refused). Everything else (valid, indeterminate, a crash) fails.
   */
  structural?: boolean;
  /** URLs that must never be requested while this case runs (external entities). */
  forbiddenRequests?: string[];
}

const enc = new TextEncoder();
const MALFORMED = ['malformed'];
const NOT_A = ['malformed', 'not-a-credential'];

// ---------- byte helpers ----------

export function b64url(bytes: Uint8Array | string): string {
  const b = typeof bytes === 'string' ? enc.encode(bytes) : bytes;
  let s = '';
  for (const x of b) s += String.fromCharCode(x);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function u32(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n >>> 0);
  return b;
}

/** One PNG chunk; `badCrc` flips the CRC, `lengthOverride` lies about the data length. */
export function pngChunk(type: string, data: Uint8Array, opts: { badCrc?: boolean; lengthOverride?: number } = {}): Uint8Array {
  const td = concat(enc.encode(type), data);
  const crc = crc32(td) ^ (opts.badCrc ? 0xdeadbeef : 0);
  return concat(u32(opts.lengthOverride ?? data.length), td, u32(crc));
}

export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Deflate of `size` bytes of spaces, streamed so the test never holds the inflated size. */
async function deflateSpaces(size: number): Promise<Uint8Array> {
  const chunk = new Uint8Array(1 << 20).fill(0x20);
  let left = size;
  const source = new ReadableStream<Uint8Array>({
    pull(c) {
      if (left <= 0) return c.close();
      const n = Math.min(left, chunk.length);
      c.enqueue(n === chunk.length ? chunk : chunk.slice(0, n));
      left -= n;
    },
  });
  return new Uint8Array(
    await new Response(source.pipeThrough(new CompressionStream('deflate') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>)).arrayBuffer(),
  );
}

const PNG_SIG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function ihdr(): Uint8Array {
  // 1x1, 8-bit greyscale
  return pngChunk('IHDR', concat(u32(1), u32(1), new Uint8Array([8, 0, 0, 0, 0])));
}

async function idat(): Promise<Uint8Array> {
  return pngChunk('IDAT', await deflate(new Uint8Array([0, 0x80])));
}

/** iTXt payload: keyword \0 compressionFlag compressionMethod languageTag \0 translatedKeyword \0 text */
function itxtData(text: Uint8Array, compressed: boolean, keyword = 'openbadges'): Uint8Array {
  return concat(enc.encode(keyword), new Uint8Array([0, compressed ? 1 : 0, 0, 0, 0]), text);
}

/** A 1x1 PNG with the given extra chunks before IDAT. */
export async function png(extra: Uint8Array[] = []): Promise<Uint8Array> {
  return concat(PNG_SIG, ihdr(), ...extra, await idat(), pngChunk('IEND', new Uint8Array()));
}

// ---------- credentials the cases start from ----------

/** A structurally sound, unsigned OB 3.0 credential: the base for the wrong-type cases. */
export function soundCredential(): Record<string, unknown> {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: 'urn:uuid:5a1f0e4c-3d2b-4a19-8f6e-9c0b7d2e4f10',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: 'Sound badge',
    issuer: { id: 'https://issuer.example/org', type: ['Profile'], name: 'Example Org' },
    validFrom: '2024-01-01T00:00:00Z',
    credentialSubject: {
      id: 'did:example:learner',
      type: ['AchievementSubject'],
      achievement: {
        id: 'https://issuer.example/achievements/1',
        type: ['Achievement'],
        name: 'Sound badge',
        description: 'A badge.',
        criteria: { narrative: 'Do the thing.' },
      },
    },
  };
}

function withField(path: string, value: unknown): () => Promise<unknown> {
  return async () => {
    const doc = soundCredential();
    const keys = path.split('.');
    let o: Record<string, unknown> = doc;
    for (const k of keys.slice(0, -1)) o = o[k] as Record<string, unknown>;
    o[keys[keys.length - 1]] = value;
    return JSON.stringify(doc);
  };
}

function deep(n: number, open: string, close: string, inner = '1'): string {
  return open.repeat(n) + inner + close.repeat(n);
}

const jsonText = (s: string) => async () => s;

async function testConfig(): Promise<{ noCorsOrigin: string }> {
  return (await fetch('/__test/config')).json();
}

const at = (path: string) => async () => `${location.origin}${path}`;

function jwt(header: unknown, payload: unknown, sig = 'AAAA'): string {
  return `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}.${sig}`;
}

function svgWith(body: string, prolog = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${prolog}<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://openbadges.org" width="10" height="10">${body}<rect width="10" height="10"/></svg>`;
}

const BILLION_LAUGHS =
  '<!DOCTYPE svg [<!ENTITY lol "lol">' + Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('') + ']>';

// ---------- the corpus ----------

export const malformedCases: MalformedCase[] = [
  // JSON text that is not JSON, or not a credential
  { name: 'empty text', group: 'json', input: jsonText(''), codes: NOT_A },
  { name: 'whitespace only', group: 'json', input: jsonText('   \n\t '), codes: NOT_A },
  { name: 'a lone brace', group: 'json', input: jsonText('{'), codes: MALFORMED },
  { name: 'truncated credential', group: 'json', input: async () => JSON.stringify(soundCredential()).slice(0, 150), codes: MALFORMED },
  { name: 'single-quoted JSON', group: 'json', input: jsonText("{'type': ['VerifiableCredential']}"), codes: NOT_A },
  { name: 'trailing comma', group: 'json', input: async () => JSON.stringify(soundCredential()).replace(/}$/, ',}'), codes: MALFORMED },
  { name: 'NaN literal', group: 'json', input: jsonText('{"@context": NaN, "type": ["VerifiableCredential"]}'), codes: MALFORMED },
  { name: 'JSON null', group: 'json', input: jsonText('null'), codes: NOT_A },
  { name: 'JSON array', group: 'json', input: jsonText('[]'), codes: NOT_A },
  { name: 'JSON number', group: 'json', input: jsonText('42'), codes: NOT_A },
  { name: 'JSON string', group: 'json', input: jsonText('"VerifiableCredential"'), codes: NOT_A },
  { name: 'JSON true', group: 'json', input: jsonText('true'), codes: NOT_A },
  { name: 'an empty object', group: 'json', input: async () => ({}), codes: NOT_A },
  { name: 'a plain object that is no credential', group: 'json', input: async () => ({ hello: 'world' }), codes: NOT_A },
  { name: '10,000-deep array', group: 'json', input: jsonText(deep(10_000, '[', ']')), codes: NOT_A },
  { name: '10,000-deep object', group: 'json', input: jsonText(deep(10_000, '{"a":', '}')), codes: NOT_A },
  {
    name: 'credential with a 10,000-deep credentialSubject',
    group: 'json',
    input: async () => JSON.stringify(soundCredential()).replace('"credentialSubject":{', `"credentialSubject":{"deep":${deep(10_000, '{"a":', '}')},`),
    codes: ['malformed', 'not-a-credential', 'too-large', 'unsupported'],
    structural: true,
  },
  { name: 'binary garbage', group: 'json', input: async () => new Uint8Array(256).map((_, i) => (i * 37 + 11) & 0xff), codes: NOT_A },
  { name: 'UTF-16 BOM text', group: 'json', input: async () => new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]), codes: NOT_A },

  // Wrong types in every field of an otherwise sound credential
  ...(
    [
      ['name', 42],
      ['name', { '@value': { nested: true } }],
      ['name', [1, 2]],
      ['issuer', 42],
      ['issuer', []],
      ['issuer', { name: 'No id' }],
      ['issuer.name', { evil: true }],
      ['validFrom', 'garbage'],
      ['validFrom', 42],
      ['validUntil', '2024-13-45T99:99:99Z'],
      ['credentialSubject', 'a string'],
      ['credentialSubject', null],
      ['credentialSubject', 7],
      ['credentialSubject.achievement', 'a string'],
      ['credentialSubject.achievement', []],
      ['credentialSubject.achievement.name', 42],
      ['credentialSubject.achievement.criteria', 42],
      ['credentialSubject.achievement.image', 42],
      ['type', 42],
      ['type', 'Nonsense'],
      ['@context', 42],
      ['@context', 'https://evil.example/context.json'],
      ['proof', 'a string'],
      ['proof', { type: 42, proofValue: [] }],
      ['credentialStatus', 'a string'],
      ['credentialStatus', { type: 'BitstringStatusListEntry', statusListIndex: 'minus one', statusListCredential: 42 }],
      ['evidence', 'a string'],
      ['endorsement', 42],
    ] as Array<[string, unknown]>
  ).map(([path, value]): MalformedCase => ({
    name: `${path} as ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value === 'string' ? `"${value}"` : typeof value}`,
    group: 'types',
    input: withField(path, value),
    codes: ['malformed', 'not-a-credential', 'unsupported'],
    structural: true,
  })),

  // Hostile or broken servers
  { name: 'HTTP 404', group: 'transport', input: at('/__test/status/404'), codes: ['http-status'] },
  { name: 'HTTP 500', group: 'transport', input: at('/__test/status/500'), codes: ['http-status'] },
  { name: 'HTTP 403', group: 'transport', input: at('/__test/status/403'), codes: ['http-status'] },
  { name: 'a redirect loop', group: 'transport', input: at('/__test/redirect-loop'), codes: ['redirect-loop', 'fetch-failed'] },
  {
    name: 'a redirect to javascript:',
    group: 'transport',
    input: at('/__test/redirect?to=javascript:window.__xss=1'),
    codes: ['fetch-failed', 'redirect-loop'],
  },
  {
    name: 'a redirect to data:text/html',
    group: 'transport',
    input: at('/__test/redirect?to=data:text/html,<script>window.__xss=1</script>'),
    codes: ['fetch-failed', 'redirect-loop'],
  },
  { name: 'a 50 MB body', group: 'transport', input: at('/__test/big?mb=50'), codes: ['too-large'] },
  { name: 'an endless slow drip', group: 'transport', input: at('/__test/slow'), options: { timeout: 800 }, codes: ['timeout'] },
  {
    name: 'HTML served as text/html',
    group: 'transport',
    input: at(`/__test/echo?type=text/html&body=${encodeURIComponent('<!doctype html><title>x</title><script>window.__xss=1</script>')}`),
    codes: NOT_A,
  },
  {
    name: 'not-JSON served as application/json',
    group: 'transport',
    input: at(`/__test/echo?type=application/json&body=${encodeURIComponent('{"oops":')}`),
    codes: MALFORMED,
  },
  { name: 'text served as image/png', group: 'transport', input: at(`/__test/echo?type=image/png&body=hello`), codes: NOT_A },
  {
    name: 'text served as image/svg+xml',
    group: 'transport',
    input: at(`/__test/echo?type=image/svg%2Bxml&body=${encodeURIComponent('not xml at all')}`),
    codes: NOT_A,
  },
  { name: 'an empty 200 answer', group: 'transport', input: at('/__test/echo?type=application/json&body='), codes: NOT_A },
  {
    name: 'a CORS-blocked origin',
    group: 'transport',
    input: async () => `${(await testConfig()).noCorsOrigin}/package.json`,
    codes: ['cors-blocked', 'fetch-failed'],
  },
  {
    name: 'a javascript: URL as the source',
    group: 'transport',
    input: async () => new URL(`javascript:window.__xss=1`),
    codes: ['fetch-failed', 'malformed', 'not-a-credential', 'unsupported'],
  },
  {
    name: 'a file: URL as the source',
    group: 'transport',
    input: async () => new URL('file:///etc/passwd'),
    codes: ['fetch-failed', 'malformed', 'not-a-credential', 'unsupported'],
  },

  // JWT / JWS segments
  { name: 'JWT with invalid base64url', group: 'jwt', input: jsonText('eyJ!!!.eyJ***.c2ln'), codes: NOT_A },
  { name: 'JWT with 4 segments', group: 'jwt', input: async () => `${jwt({ alg: 'EdDSA' }, soundCredential())}.extra`, codes: [...NOT_A, 'unsupported'] },
  { name: 'JWE-shaped 5 segments', group: 'jwt', input: jsonText('eyJhbGciOiJSU0EtT0FFUCJ9.AAAA.AAAA.AAAA.AAAA'), codes: [...NOT_A, 'unsupported'] },
  {
    name: 'JWT header that is not JSON',
    group: 'jwt',
    input: async () => `${b64url('hello')}.${b64url(JSON.stringify({ vc: soundCredential() }))}.AAAA`,
    codes: NOT_A,
  },
  {
    name: 'JWT payload that is not JSON',
    group: 'jwt',
    input: async () => `${b64url(JSON.stringify({ alg: 'EdDSA' }))}.${b64url('{"vc":')}.AAAA`,
    codes: NOT_A,
  },
  { name: 'JWT payload that is an array', group: 'jwt', input: async () => jwt({ alg: 'EdDSA' }, [1, 2, 3]), codes: NOT_A },
  { name: 'JWT payload that is no credential', group: 'jwt', input: async () => jwt({ alg: 'EdDSA' }, { sub: 'x', iat: 1 }), codes: NOT_A },
  { name: 'JWT with an empty payload segment', group: 'jwt', input: async () => `${b64url(JSON.stringify({ alg: 'EdDSA' }))}..AAAA`, codes: NOT_A },
  {
    name: 'JWT with standard-base64 characters',
    group: 'jwt',
    input: async () => `${btoa(JSON.stringify({ alg: 'EdDSA', x: '>>>??' }))}.${btoa(JSON.stringify({ vc: { a: '>>>???' } }))}.AA+/`,
    codes: NOT_A,
  },

  // PNG
  { name: 'PNG signature only', group: 'png', input: async () => PNG_SIG.slice(), codes: NOT_A },
  { name: 'truncated PNG (half an IHDR)', group: 'png', input: async () => concat(PNG_SIG, ihdr().slice(0, 10)), codes: NOT_A },
  { name: 'PNG without an openbadges chunk', group: 'png', input: () => png(), codes: ['not-a-credential'] },
  {
    name: 'PNG openbadges iTXt with a bad CRC',
    group: 'png',
    input: async () => png([pngChunk('iTXt', itxtData(enc.encode(JSON.stringify(soundCredential())), false), { badCrc: true })]),
    codes: NOT_A,
  },
  {
    name: 'PNG chunk whose length runs past the end',
    group: 'png',
    input: async () => png([pngChunk('iTXt', itxtData(enc.encode('{"a":1}'), false), { lengthOverride: 0x7ffffff0 })]),
    codes: NOT_A,
  },
  {
    name: 'PNG openbadges iTXt with broken JSON',
    group: 'png',
    input: async () => png([pngChunk('iTXt', itxtData(enc.encode('{"@context": ["https://www.w3.org/ns/credentials/v2"'), false))]),
    codes: MALFORMED,
  },
  {
    name: 'PNG openbadges iTXt with invalid UTF-8',
    group: 'png',
    input: async () => png([pngChunk('iTXt', itxtData(new Uint8Array([0x7b, 0xff, 0xfe, 0xc3, 0x28, 0x7d]), false))]),
    codes: NOT_A,
  },
  {
    name: 'PNG compressed iTXt holding broken JSON',
    group: 'png',
    input: async () => png([pngChunk('iTXt', itxtData(await deflate(enc.encode('{"broken": ')), true))]),
    codes: [...NOT_A, 'unsupported'],
  },
  {
    name: 'PNG compressed iTXt that inflates to 64 MB (zip bomb)',
    group: 'png',
    input: async () => png([pngChunk('iTXt', itxtData(await deflateSpaces(64 << 20), true))]),
    codes: ['too-large', 'malformed', 'unsupported'],
  },
  {
    name: 'PNG compressed iTXt with a corrupt deflate stream',
    group: 'png',
    input: async () => png([pngChunk('iTXt', itxtData(new Uint8Array([0x78, 0x9c, 0xff, 0xff, 0xff, 0x00, 0x13]), true))]),
    codes: [...NOT_A, 'unsupported'],
  },

  // SVG
  { name: 'SVG without an assertion', group: 'svg', input: async () => new Blob([svgWith('')], { type: 'image/svg+xml' }), codes: ['not-a-credential'] },
  {
    name: 'SVG billion laughs',
    group: 'svg',
    input: async () => new Blob([svgWith('<openbadges:assertion>&lol9;</openbadges:assertion>', BILLION_LAUGHS)], { type: 'image/svg+xml' }),
    codes: [...NOT_A, 'too-large', 'unsupported'],
  },
  {
    name: 'SVG external entity',
    group: 'svg',
    input: async () =>
      new Blob(
        [
          svgWith(
            '<openbadges:assertion>&xxe;</openbadges:assertion>',
            `<!DOCTYPE svg [<!ENTITY xxe SYSTEM "${location.origin}/__test/echo?type=application/json&body=xxe-fetched">]>`,
          ),
        ],
        { type: 'image/svg+xml' },
      ),
    codes: [...NOT_A, 'unsupported'],
    forbiddenRequests: ['/__test/echo?type=application/json&body=xxe-fetched'],
  },
  {
    name: 'SVG external entity in the verify attribute',
    group: 'svg',
    input: async () =>
      new Blob(
        [
          svgWith(
            '<openbadges:assertion verify="&xxe;"></openbadges:assertion>',
            `<!DOCTYPE svg [<!ENTITY xxe SYSTEM "${location.origin}/__test/echo?type=text/plain&body=xxe-attr">]>`,
          ),
        ],
        { type: 'image/svg+xml' },
      ),
    codes: [...NOT_A, 'unsupported', 'fetch-failed'],
    forbiddenRequests: ['/__test/echo?type=text/plain&body=xxe-attr'],
  },
  {
    name: 'SVG assertion with broken JSON in CDATA',
    group: 'svg',
    input: async () => new Blob([svgWith('<openbadges:assertion><![CDATA[{"@context": [}]]></openbadges:assertion>')], { type: 'image/svg+xml' }),
    codes: MALFORMED,
  },
  {
    name: 'SVG that is not well-formed XML',
    group: 'svg',
    input: async () => new Blob(['<svg xmlns="http://www.w3.org/2000/svg"><openbadges:assertion><![CDATA[{"a"'], { type: 'image/svg+xml' }),
    codes: NOT_A,
  },
];
