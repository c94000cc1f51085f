// Baked PNG and SVG: real vectors (1EdTech validator, Mozilla bakery) and images crafted here to
// be broken on purpose (bad CRC, truncated chunks, compressed iTXt, a deflate bomb, XML entities).
import { expect } from '@open-wc/testing';
import { detect } from '../../src/core/detect.js';
import { loadInput } from '../../src/core/load.js';
import { createVerifyContext } from '../../src/core/read.js';
import { isBadgeError } from '../../src/core/errors.js';
import { crc32, extractFromPng } from '../../src/core/formats/baked-png.js';
import { extractFromSvg } from '../../src/core/formats/baked-svg.js';
import type { Detected, VerifyOptions } from '../../src/core/options.js';
import { loadVectorsExpected, makeVectorsProxy, readVector, type VectorsExpected } from '../helpers/vectors.js';
import { testNow } from '../helpers/clock.mjs';

const expected = (await loadVectorsExpected()) as VectorsExpected;
const proxy = makeVectorsProxy(expected.urlmap);

async function run(input: unknown, options: VerifyOptions = {}): Promise<Detected | string> {
  const ctx = createVerifyContext({ proxy, now: testNow, ...options });
  try {
    return await detect(await loadInput(input, ctx), ctx);
  } catch (e) {
    if (isBadgeError(e)) return `error:${e.code}`;
    throw e;
  }
}

function describeDetected(d: Detected | string): string {
  return typeof d === 'string' ? d : `${d.family}/${d.encoding}/${d.baked?.type}`;
}

// ---- a tiny PNG writer (independent of the reader's chunk walker) ----------------------------
const enc = new TextEncoder();
function u32(n: number): number[] {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
}
function chunk(type: string, data: Uint8Array): Uint8Array {
  const body = new Uint8Array([...enc.encode(type), ...data]);
  return new Uint8Array([...u32(data.length), ...body, ...u32(crc32(body))]);
}
const IHDR = chunk('IHDR', new Uint8Array([...u32(1), ...u32(1), 8, 6, 0, 0, 0]));
const IEND = chunk('IEND', new Uint8Array());
function png(...chunks: Uint8Array[]): Uint8Array {
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), IHDR, ...chunks, IEND];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
function iTXt(keyword: string, text: Uint8Array, compressed = 0): Uint8Array {
  return chunk('iTXt', new Uint8Array([...enc.encode(keyword), 0, compressed, 0, 0, 0, ...text]));
}
async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const VC = { '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiableCredential', 'OpenBadgeCredential'], issuer: 'did:example:1' };

describe('baked images: vectors', () => {
  const table: Array<[string, string]> = [
    ['shared/vectors/ob3/1edtech-validator/simple-json.png', 'vc/json/png'],
    ['shared/vectors/ob3/1edtech-validator/simple-json.svg', 'vc/json/svg'],
    ['shared/vectors/ob3/1edtech-validator/simple-jwt.png', 'vc/jwt/png'],
    ['shared/vectors/ob3/1edtech-validator/simple-jwt.svg', 'vc/jwt/svg'],
    ['shared/vectors/ob3/1edtech-validator/simple-jwt_v1.png', 'vc/jwt/png'],
    ['shared/vectors/ob2/1edtech-validator/simple-badge.png', 'ob2/json/png'],
    ['shared/vectors/baked/mozilla-bakery/baked.svg', 'ob2/json/svg'],
    ['shared/vectors/baked/mozilla-bakery/bad-json.svg', 'error:malformed'],
    ['shared/vectors/baked/mozilla-bakery/no-json.svg', 'error:http-status'], // the verify URL http://example.org is not served
    ['shared/vectors/baked/mozilla-bakery/unbaked.svg', 'error:not-a-credential'],
    ['shared/vectors/baked/mozilla-bakery/unbaked.png', 'error:not-a-credential'],
  ];
  for (const [file, want] of table) {
    it(`${file.replace('shared/vectors/', '')} → ${want}`, async () => {
      expect(describeDetected(await run(await readVector(file)))).to.equal(want);
    });
  }

  it('simple-jwt.png carries a compact JWS and keeps the image bytes', async () => {
    const bytes = (await readVector('shared/vectors/ob3/1edtech-validator/simple-jwt.png')) as Uint8Array;
    const d = (await run(bytes)) as Detected;
    expect(d.jwt).to.match(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(d.baked?.bytes).to.equal(bytes);
  });

  it('simple-json.svg (CRLF inside CDATA) parses to the credential', async () => {
    const d = (await run(await readVector('shared/vectors/ob3/1edtech-validator/simple-json.svg'))) as Detected;
    expect(d.document.type).to.include('OpenBadgeCredential');
  });

  it('a baked image loaded by URL keeps its URL', async () => {
    const url = `${location.origin}/__shared/vectors/ob3/1edtech-validator/simple-json.png`;
    const d = (await run(url)) as Detected;
    expect(d.url).to.equal(url);
    expect(d.baked?.type).to.equal('png');
  });

  it('an OB 2.0 baked value that is only a URL loads that URL', async () => {
    const target = `${location.origin}/test/fixtures/ob2-local/assertion.json`;
    const d = (await run(png(iTXt('openbadges', enc.encode(target))))) as Detected;
    expect(d.family).to.equal('ob2');
    expect(d.url).to.equal(target);
    expect(d.baked?.type).to.equal('png');
  });
});

describe('baked PNG: crafted', () => {
  const good = enc.encode(JSON.stringify(VC));

  it('reads an uncompressed iTXt openbadgecredential', async () => {
    expect(describeDetected(await run(png(iTXt('openbadgecredential', good))))).to.equal('vc/json/png');
  });

  it('takes the first badge chunk and skips other text chunks', async () => {
    const other = chunk('tEXt', enc.encode('Software\0paint'));
    const d = (await run(png(other, iTXt('openbadgecredential', good), iTXt('openbadges', enc.encode('{"x":1}'))))) as Detected;
    expect(d.family).to.equal('vc');
  });

  it('reads a legacy tEXt openbadges chunk holding a URL', async () => {
    const target = `${location.origin}/test/fixtures/ob2-local/assertion.json`;
    const r = await extractFromPng(png(chunk('tEXt', enc.encode(`openbadges\0${target}`))), 1 << 20);
    expect(r).to.deep.equal({ text: target, keyword: 'openbadges', chunk: 'tEXt' });
  });

  it('inflates a compressed iTXt (tolerated though the spec says 0)', async () => {
    const d = (await run(png(iTXt('openbadgecredential', await deflate(good), 1)))) as Detected;
    expect(d.document).to.deep.equal(VC);
  });

  it('stops a deflate bomb at the cap → too-large', async () => {
    const bomb = await deflate(new Uint8Array(8 * 1024 * 1024)); // 8 MB of zeros, ~8 kB compressed
    expect(bomb.length).to.be.below(64 * 1024);
    expect(await run(png(iTXt('openbadgecredential', bomb, 1)), { maxBytes: 1024 * 1024 })).to.equal('error:too-large');
  });

  it('garbage in a compressed iTXt → malformed', async () => {
    expect(await run(png(iTXt('openbadgecredential', new Uint8Array([1, 2, 3, 4, 5]), 1)))).to.equal('error:malformed');
  });

  it('a bad CRC → malformed (only the checksum is touched: the text inside is intact)', async () => {
    const sound = png(iTXt('openbadgecredential', good));
    expect(await run(sound), 'the same image with its CRC intact').to.not.equal('error:malformed');
    const bytes = sound.slice();
    // The iTXt chunk's CRC is the 4 bytes before IEND (12 bytes): flip one bit of it, and nothing else.
    bytes[bytes.length - 12 - 1] ^= 0x01;
    expect(await run(bytes)).to.equal('error:malformed');
  });

  it('a bad CRC on a chunk that carries no badge (IHDR) → malformed', async () => {
    const bytes = png(iTXt('openbadgecredential', good)).slice();
    bytes[8 + 8 + 13] ^= 0x01; // signature (8) + IHDR length and type (8) + its 13 data bytes: the CRC's first byte
    expect(await run(bytes)).to.equal('error:malformed');
  });

  it('a chunk longer than the file → malformed', async () => {
    const bytes = png(iTXt('openbadgecredential', good));
    bytes.set(u32(0x7ffffff0), 33); // length field of the chunk after IHDR
    expect(await run(bytes)).to.equal('error:malformed');
  });

  it('a truncated file → malformed', async () => {
    const bytes = png(chunk('tEXt', enc.encode('Software\0x')));
    expect(await run(bytes.subarray(0, bytes.length - 6))).to.equal('error:malformed');
  });

  it('an iTXt without its separators → malformed', async () => {
    expect(await run(png(chunk('iTXt', enc.encode('openbadgecredential\0\0'))))).to.equal('error:malformed');
  });

  it('a PNG without a badge chunk → not-a-credential', async () => {
    expect(await run(png())).to.equal('error:not-a-credential');
  });

  it('baked text that is not a credential → malformed', async () => {
    expect(await run(png(iTXt('openbadgecredential', enc.encode('hello'))))).to.equal('error:malformed');
  });
});

describe('baked SVG: crafted', () => {
  const json = JSON.stringify(VC);
  const svg = (inner: string, prolog = '') =>
    `${prolog}<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0">${inner}<circle r="3"/></svg>`;

  it('reads CDATA JSON with CRLF and whitespace', async () => {
    const d = (await run(enc.encode(svg(`<openbadges:credential>\r\n  <![CDATA[\r\n${json}\r\n]]>\r\n</openbadges:credential>`)))) as Detected;
    expect(d.document).to.deep.equal(VC);
    expect(d.baked?.type).to.equal('svg');
  });

  it('reads entity-escaped text JSON (no CDATA)', async () => {
    const escaped = json.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    const d = (await run(svg(`<openbadges:credential>${escaped}</openbadges:credential>`))) as Detected;
    expect(d.document).to.deep.equal(VC);
  });

  it('reads a JWS from the verify attribute, with any prefix bound to the namespace', async () => {
    const token = `${btoa('{"alg":"RS256"}').replace(/=+$/, '')}.${btoa(json).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}.c2ln`;
    const text = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:ob="https://purl.imsglobal.org/ob/v3p0"><ob:credential data-x="a>b" verify='${token}'/></svg>`;
    const d = (await run(text)) as Detected;
    expect(d.encoding).to.equal('jwt');
    expect(d.jwt).to.equal(token);
  });

  it('ignores a badge element inside a comment', () => {
    const r = extractFromSvg(svg(`<!-- <openbadges:credential verify="fake"/> --><openbadges:credential><![CDATA[${json}]]></openbadges:credential>`));
    expect(r.verify).to.equal(undefined);
    expect(r.body).to.equal(json);
  });

  it('accepts a plain public DOCTYPE', async () => {
    const prolog = '<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">';
    expect(describeDetected(await run(svg(`<openbadges:credential><![CDATA[${json}]]></openbadges:credential>`, prolog)))).to.equal('vc/json/svg');
  });

  const hostile: Array<[string, string]> = [
    ['billion laughs', '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'],
    ['an external entity', '<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'],
    ['an external DTD', '<!DOCTYPE svg SYSTEM "https://attacker.example/evil.dtd">'],
  ];
  for (const [name, prolog] of hostile) {
    it(`refuses ${name} → malformed`, async () => {
      expect(await run(svg(`<openbadges:credential><![CDATA[${json}]]></openbadges:credential>`, prolog))).to.equal('error:malformed');
    });
  }

  it('an unclosed element → malformed; an empty one → malformed', async () => {
    expect(await run(svg(`<openbadges:credential><![CDATA[${json}]]>`))).to.equal('error:malformed');
    expect(await run(svg('<openbadges:credential></openbadges:credential>'))).to.equal('error:malformed');
  });

  it('an SVG without the element → not-a-credential', async () => {
    expect(await run(svg('<openbadges:other/>'))).to.equal('error:not-a-credential');
  });
});
