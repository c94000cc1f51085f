// The one careful loader, over real HTTP to the test server's /__test/ routes.
import { expect } from '@open-wc/testing';
import { createLoader, loadInput } from '../../src/core/load.js';
import { createVerifyContext } from '../../src/core/read.js';
import { createCache, type VerifyOptions } from '../../src/core/options.js';
import { isBadgeError, toBadgeError, type BadgeError } from '../../src/core/errors.js';

const origin = location.origin;
const { noCorsOrigin } = (await (await fetch('/__test/config')).json()) as { noCorsOrigin: string };

async function failure(p: Promise<unknown>): Promise<BadgeError> {
  try {
    await p;
  } catch (e) {
    if (isBadgeError(e)) return e;
    throw e;
  }
  throw new Error('expected a BadgeError');
}

function loader(options: VerifyOptions = {}) {
  return createLoader(options, createCache());
}

function counting(): { fetch: NonNullable<VerifyOptions['fetch']>; urls: string[] } {
  const urls: string[] = [];
  return {
    urls,
    fetch: (u, init) => {
      urls.push(u);
      return fetch(u, init);
    },
  };
}

describe('toBadgeError', () => {
  it('names a chunk of ours that could not be downloaded fetch-failed (retry may mend it), not a broken badge', async () => {
    const thrown = await import(/* @vite-ignore */ `/no-such-chunk-${Date.now()}.js`).catch((e: unknown) => e);
    const err = toBadgeError(thrown);
    expect(err.code).to.equal('fetch-failed');
    expect(err.hint).to.match(/try again/);
    expect(toBadgeError(new TypeError('x is not a function')).code).to.equal('malformed');
  });
});

describe('createLoader', () => {
  it('loads bytes, status and content type', async () => {
    const res = await loader()(`${origin}/__test/echo?type=application/json&body=${encodeURIComponent('{"a":1}')}`);
    expect(res.status).to.equal(200);
    expect(res.contentType).to.equal('application/json');
    expect(new TextDecoder().decode(res.bytes)).to.equal('{"a":1}');
  });

  const errors: Array<[string, string, VerifyOptions, string, number?]> = [
    ['a 404', '/__test/status/404', {}, 'http-status', 404],
    ['a 500', '/__test/status/500', {}, 'http-status', 500],
    ['410 Gone (kept distinguishable)', '/__test/gone', {}, 'http-status', 410],
    ['an endless slow-drip body', '/__test/slow', { timeout: 600 }, 'timeout'],
    ['a streamed body over the cap', '/__test/big?mb=3', { maxBytes: 1024 * 1024 }, 'too-large'],
    ['a Content-Length over the cap', `/__test/echo?body=${'x'.repeat(200)}`, { maxBytes: 100 }, 'too-large'],
    ['a redirect loop', '/__test/redirect-loop', {}, 'redirect-loop'],
  ];
  for (const [name, path, options, code, status] of errors) {
    it(`${name} → ${code}`, async () => {
      const e = await failure(loader(options)(`${origin}${path}`));
      expect(e.code).to.equal(code);
      expect(e.url).to.equal(`${origin}${path}`);
      if (status) expect(e.status).to.equal(status);
    });
  }

  it('the timeout covers the body, not just the headers', async () => {
    // /__test/slow answers its headers at once and then drips forever: only a timeout on the body ends it.
    const e = await failure(loader({ timeout: 700 })(`${origin}/__test/slow`));
    expect(e.code).to.equal('timeout');
  });

  it('follows a redirect and reports the final URL', async () => {
    const target = `${origin}/__test/echo?body=hi`;
    const res = await loader()(`${origin}/__test/redirect?to=${encodeURIComponent(target)}`);
    expect(new TextDecoder().decode(res.bytes)).to.equal('hi');
    expect(res.finalUrl).to.equal(target);
  });

  it('a server without CORS headers → cors-blocked with a proxy hint', async () => {
    const e = await failure(loader()(`${noCorsOrigin}/package.json`));
    expect(e.code).to.equal('cors-blocked');
    expect(e.hint).to.contain('proxy');
  });

  it('an unreachable server → fetch-failed', async () => {
    const e = await failure(loader({ timeout: 5000 })('http://127.0.0.1:9/nothing'));
    expect(e.code).to.equal('fetch-failed');
  });

  it('refuses other schemes', async () => {
    expect((await failure(loader()('file:///etc/passwd'))).code).to.equal('fetch-failed');
    expect((await failure(loader()('javascript:alert(1)'))).code).to.equal('fetch-failed');
  });

  it('aborts on the signal → aborted', async () => {
    const ac = new AbortController();
    // Aborted once the (endless) response has started, on that event rather than after a guessed delay.
    const abortOnHeaders: NonNullable<VerifyOptions['fetch']> = async (u, init) => {
      const res = await fetch(u, init);
      ac.abort();
      return res;
    };
    const p = loader({ signal: ac.signal, fetch: abortOnHeaders })(`${origin}/__test/slow`);
    expect((await failure(p)).code).to.equal('aborted');
  });

  it('a proxy function rewrites the fetch but keeps the original URL as identity', async () => {
    const c = counting();
    const res = await loader({ fetch: c.fetch, proxy: (u) => `${origin}/__test/echo?body=${encodeURIComponent(u)}` })('https://issuer.example/x.json');
    expect(res.url).to.equal('https://issuer.example/x.json');
    expect(res.finalUrl).to.equal('https://issuer.example/x.json');
    expect(new TextDecoder().decode(res.bytes)).to.equal('https://issuer.example/x.json');
    expect(c.urls[0]).to.match(/^http:\/\/localhost:\d+\/__test\/echo/);
  });

  it('a proxy string is a prefix for the encoded URL', async () => {
    const res = await loader({ proxy: `${origin}/__test/echo?body=` })('https://issuer.example/a?b=c');
    expect(new TextDecoder().decode(res.bytes)).to.equal('https://issuer.example/a?b=c');
    expect(res.url).to.equal('https://issuer.example/a?b=c');
  });

  it('fetches each URL once per cache, and forgets failures', async () => {
    const c = counting();
    const load = createLoader({ fetch: c.fetch }, createCache());
    const ok = `${origin}/__test/echo?body=once`;
    await Promise.all([load(ok), load(ok), load(ok)]);
    await load(ok);
    expect(c.urls.filter((u) => u === ok)).to.have.length(1);
    const bad = `${origin}/__test/status/503`;
    await failure(load(bad));
    await failure(load(bad));
    expect(c.urls.filter((u) => u === bad)).to.have.length(2);
  });
});

describe('loadInput', () => {
  const ctx = (options: VerifyOptions = {}) => createVerifyContext(options);

  it('reads JSON text, a JWS and an object as they are', async () => {
    expect(await loadInput('  {"a":1}\n', ctx())).to.deep.equal({ text: '{"a":1}' });
    expect(await loadInput('aaa.bbb.ccc', ctx())).to.deep.equal({ text: 'aaa.bbb.ccc', jws: true }); // matched JWS_RE: detect() need not match it again
    expect(await loadInput({ a: 1 }, ctx())).to.deep.equal({ json: { a: 1 } });
  });

  it('loads a URL string or URL object', async () => {
    const url = `${origin}/__test/echo?type=application/json&body=%7B%7D`;
    const a = await loadInput(url, ctx());
    expect(a.url).to.equal(url);
    expect(a.contentType).to.equal('application/json');
    const b = await loadInput(new URL(url), ctx());
    expect(new TextDecoder().decode(b.bytes)).to.equal('{}');
  });

  it('follows an HTML page’s <link rel="alternate" type="application/ld+json">, relative to the page', async () => {
    const html =
      '<!doctype html><html><head><link rel="stylesheet" href="x.css"><link type="application/ld+json" rel="alternate" href="/__test/echo?body=linked"></head></html>';
    const page = `${origin}/__test/echo?type=text/html&body=${encodeURIComponent(html)}`;
    const found = await loadInput(page, ctx());
    expect(new TextDecoder().decode(found.bytes)).to.equal('linked');
    expect(found.url).to.equal(`${origin}/__test/echo?body=linked`);
  });

  it('an HTML page without such a link is not a credential', async () => {
    const page = `${origin}/__test/echo?type=text/html&body=${encodeURIComponent('<html><body>hi</body></html>')}`;
    expect((await failure(loadInput(page, ctx()))).code).to.equal('not-a-credential');
  });

  it('reads bytes, ArrayBuffers, Blobs and data: URLs', async () => {
    const bytes = new TextEncoder().encode('{"x":1}');
    expect((await loadInput(bytes, ctx())).bytes).to.equal(bytes);
    expect(Array.from((await loadInput(bytes.buffer, ctx())).bytes!)).to.deep.equal(Array.from(bytes));
    const blob = await loadInput(new Blob([bytes], { type: 'application/json' }), ctx());
    expect(new TextDecoder().decode(blob.bytes)).to.equal('{"x":1}');
    const data = await loadInput(`data:application/json;base64,${btoa('{"x":1}')}`, ctx());
    expect(new TextDecoder().decode(data.bytes)).to.equal('{"x":1}');
  });

  it('refuses oversized strings, bytes and Blobs with too-large', async () => {
    const options = { maxBytes: 10 };
    expect((await failure(loadInput('{"a":"0123456789"}', ctx(options)))).code).to.equal('too-large');
    expect((await failure(loadInput(new Uint8Array(11), ctx(options)))).code).to.equal('too-large');
    expect((await failure(loadInput(new Blob([new Uint8Array(11)]), ctx(options)))).code).to.equal('too-large');
  });

  it('refuses text that is none of these', async () => {
    expect((await failure(loadInput('hello there', ctx()))).code).to.equal('not-a-credential');
    expect((await failure(loadInput('', ctx()))).code).to.equal('not-a-credential');
    expect((await failure(loadInput(42 as unknown as string, ctx()))).code).to.equal('not-a-credential');
  });
});
