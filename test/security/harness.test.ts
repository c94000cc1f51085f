// The security suites are only as good as their inputs: this file proves the corpora build what
// they claim (a PNG a browser decodes, a real inflation bomb, entity expansion that really
// explodes) and that the one URL allow-list refuses every dangerous URL payload.
import { expect } from '@open-wc/testing';
import { safeImageUrl, safeLinkUrl } from '../../src/elements/shared/safe-url.js';
import { xssPayloads, DANGEROUS_SCHEME } from './corpus/xss.js';
import { crc32, malformedCases, png, pngChunk } from './corpus/malformed.js';
import { mutantsOf, tweak } from './corpus/mutate.js';
import { verdictMismatch } from '../helpers/verdict.mjs';

describe('the security corpora', () => {
  it('crc32 matches the PNG spec check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).to.equal(0xcbf43926);
  });

  it('builds PNGs that Chromium decodes (so only the injected fault is a fault)', async () => {
    const bytes = await png([pngChunk('tEXt', new TextEncoder().encode('Comment\0hello'))]);
    const bitmap = await createImageBitmap(new Blob([bytes as BlobPart], { type: 'image/png' }));
    expect([bitmap.width, bitmap.height]).to.deep.equal([1, 1]);
  });

  it('the zip-bomb iTXt really inflates to 64 MB from a small file', async () => {
    const bomb = malformedCases.find((c) => c.name.includes('zip bomb'))!;
    const bytes = (await bomb.input()) as Uint8Array;
    expect(bytes.length).to.be.below(200_000);
    // Walk the chunks to the iTXt; its text starts after keyword\0, flag, method, language\0, translated keyword\0.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let data: Uint8Array | undefined;
    for (let o = 8; o < bytes.length;) {
      const len = view.getUint32(o);
      const type = new TextDecoder().decode(bytes.subarray(o + 4, o + 8));
      if (type === 'iTXt') data = bytes.subarray(o + 8, o + 8 + len);
      o += 12 + len;
    }
    expect(data, 'iTXt chunk').to.exist;
    const stream = new Blob([data!.slice('openbadges'.length + 5) as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
    let total = 0;
    for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) total += chunk.length;
    expect(total).to.equal(64 << 20);
  });

  it('the billion-laughs SVG is well-formed and expands to 10^9 "lol"s in a real XML parser', async () => {
    const c = malformedCases.find((x) => x.name === 'SVG billion laughs')!;
    const text = await ((await c.input()) as Blob).text();
    expect(text.match(/<!ENTITY/g)?.length).to.equal(10);
    // DOMParser (a test-only check: the library is DOM-free) refuses to expand it.
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.documentElement.textContent!.length).to.be.below(1_000_000);
  });

  it('has at least 50 XSS payloads and 60 malformed cases', () => {
    expect(xssPayloads.length).to.be.at.least(50);
    expect(malformedCases.length).to.be.at.least(60);
  });

  it('the URL allow-list refuses every dangerous URL payload', () => {
    const dangerous = xssPayloads.filter((x) => DANGEROUS_SCHEME.test(x.text.replace(/[\u0000-\u001f]/g, '')));
    expect(dangerous.length).to.be.at.least(10);
    for (const p of dangerous) {
      expect(safeLinkUrl(p.text), `link ${JSON.stringify(p.text)}`).to.equal(undefined);
      const img = safeImageUrl(p.text);
      expect(img === undefined || /^data:image\/(png|jpeg|gif|webp)[;,]/i.test(img), `image ${JSON.stringify(p.text)} → ${img}`).to.be.true;
    }
    for (const p of xssPayloads) {
      const link = safeLinkUrl(p.text);
      if (link !== undefined) expect(new URL(link).protocol, JSON.stringify(p.text)).to.be.oneOf(['http:', 'https:', 'mailto:']);
    }
  });

  it('tweak() changes exactly one character and mutantsOf() changes the signed bytes', () => {
    expect(tweak('abc')).to.equal('acc');
    const doc = { name: 'A', proof: { proofValue: 'z3abc', created: '2024-01-01T00:00:00Z' }, validFrom: '2024-01-01T00:00:00Z' };
    const ms = mutantsOf(JSON.stringify(doc));
    expect(ms.map((m) => m.what)).to.include.members(['name', 'proof.proofValue', 'proof.created', 'validFrom']);
    for (const m of ms) expect(JSON.stringify(m.input)).to.not.equal(JSON.stringify(doc));
  });

  it('verdictMismatch() reads an expectation exactly, and an unknown word never matches', () => {
    const invalid = {
      status: 'invalid',
      checks: [
        { id: 'proof', outcome: 'failed' },
        { id: 'issuer', outcome: 'failed' },
        { id: 'expiry', outcome: 'passed' },
      ],
    };
    expect(verdictMismatch('invalid:issuer+proof', invalid)).to.equal('');
    expect(verdictMismatch('invalid:proof', invalid), 'one failed check too many').to.not.equal('');
    expect(verdictMismatch('invalid:proof+issuer+expiry', invalid), 'one too few').to.not.equal('');
    expect(verdictMismatch('indeterminate|invalid:issuer+proof', invalid)).to.equal('');
    expect(verdictMismatch('error:malformed', { status: 'error', checks: [], error: { code: 'malformed' } })).to.equal('');
    expect(verdictMismatch('error:malformed', { status: 'error', checks: [], error: { code: 'too-large' } })).to.not.equal('');
    for (const word of ['not-valid', 'any', 'invalid', 'invalid:', 'error:', 'Valid', '']) {
      expect(verdictMismatch(word, invalid), JSON.stringify(word)).to.not.equal('');
      expect(verdictMismatch(word, { status: 'valid', checks: [] }), JSON.stringify(word)).to.not.equal('');
    }
  });

  it('a mutant names no host outside the reserved .example / .test names that its original did not (no DNS lookup leaves the machine)', async () => {
    const hosts = (text: string) => new Set([...text.matchAll(/(?:https?:\/\/|did:web:)([a-z0-9.-]+)/gi)].map((m) => m[1]!.toLowerCase()));
    const decode = (input: unknown) => {
      if (typeof input !== 'string') return JSON.stringify(input);
      return input
        .split('.')
        .slice(0, 2)
        .map((seg) => {
          try {
            return atob(seg.replace(/-/g, '+').replace(/_/g, '/'));
          } catch {
            return '';
          }
        })
        .join(' ');
    };
    const manifest = (await (await fetch('/test/fixtures/index.json')).json()) as Array<{ path: string; expect: string }>;
    let checked = 0;
    for (const fc of manifest.filter((c) => c.expect === 'valid' && /\.(json|jwt)$/.test(c.path))) {
      const text = (await (await fetch(`/test/fixtures/${fc.path}`)).text()).trim();
      const before = hosts(decode(text.startsWith('{') ? JSON.parse(text) : text));
      for (const m of mutantsOf(text)) {
        for (const h of hosts(decode(m.input))) {
          if (!before.has(h)) expect(/\.(example|test)$/.test(h), `${fc.path} / ${m.what}: new host ${h}`).to.equal(true);
        }
        checked++;
      }
    }
    expect(checked).to.be.greaterThan(100);
  });
});
