// The built CDN file (cdn/badge-elements.js), loaded the way a page loads it: <badge-card> is in the
// file; the checks are one chunk (with what it imports, preloaded) that every verdict needs, and then an
// OB 2.0 / VC-JWT badge needs no other code (baked images, status lists and Data Integrity proofs load
// their own chunks); <badge-wall> and <badge-verify> are defined the first time the page has one.
// Needs `npm run build` (npm test does it).
import { expect } from '@open-wc/testing';
import { fixtureProxy } from '../helpers/hosts.js';
import { testNow } from '../helpers/clock.mjs';

type CdnModule = {
  configure(s: Record<string, unknown>): void;
  load(tag: string): Promise<CustomElementConstructor>;
  verify(input: unknown, options?: Record<string, unknown>): Promise<{ status: string }>;
};

const chunkRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((u) => u.includes('/cdn/chunks/'));
const cdnUrl = '/cdn/badge-elements.js';

function verified(el: Element): Promise<string> {
  return new Promise((ok) => {
    el.addEventListener('badge-verified', (e) => ok((e as Event & { report: { status: string } }).report.status), { once: true });
    el.addEventListener('badge-error', () => ok('error'), { once: true });
  });
}

describe('the CDN file', () => {
  let lib: CdnModule;
  before(async () => {
    performance.setResourceTimingBufferSize(10_000);
    lib = (await import(/* @vite-ignore */ cdnUrl)) as CdnModule;
    lib.configure({ proxy: fixtureProxy, now: testNow });
  });

  it('defines <badge-card> at once, and not the wall or the verifier before a page uses them', () => {
    expect(customElements.get('badge-card')).to.exist;
    expect(customElements.get('badge-wall')).to.equal(undefined);
    expect(customElements.get('badge-verify')).to.equal(undefined);
  });

  /** Shows `src` in a card and waits for its verdict; `chunks` names the chunks requested meanwhile. */
  async function show(src: string): Promise<{ status: string; text: string; chunks: string[] }> {
    const before = chunkRequests().length;
    const el = document.createElement('badge-card');
    const done = verified(el);
    el.setAttribute('src', src);
    document.body.append(el);
    const status = await done;
    const text = el.shadowRoot!.textContent ?? '';
    el.remove();
    return {
      status,
      text,
      chunks: chunkRequests()
        .slice(before)
        .map((u) => u.replace(/^.*\/chunks\/|-[\w-]{6}\.js$/g, ''))
        .sort(),
    };
  }

  // The script-tag file draws cards; the checks are a chunk it starts at once, with the chunks that chunk
  // imports in turn (module preload: requested beside it, not one round trip after it), the words of a
  // verdict, and the registry lookups (the one chunk started before the page knows it needs it: a DID
  // issuer's lookups would otherwise wait for it). Every card after the first needs none of them again.
  it("starts the checks' chunk and what it imports together, for the first card, and nothing more for the next", async () => {
    const first = await show('https://ob2.example/assertions/signed-valid.jwt');
    expect(first.status).to.equal('valid');
    expect(first.chunks).to.deep.equal(['checks', 'keys', 'registries', 'rolldown-runtime', 'verdict']);
    const timing = (name: string) => performance.getEntriesByType('resource').find((e) => e.name.includes(`/cdn/chunks/${name}-`)) as PerformanceResourceTiming;
    const checks = timing('checks');
    for (const dep of ['keys', 'registries', 'rolldown-runtime']) {
      expect(timing(dep).startTime <= checks.responseEnd, `${dep} requested before the checks' chunk had arrived`).to.equal(true);
    }
    const second = await show('https://ob2.example/assertions/signed-valid.jwt');
    expect(second.status).to.equal('valid');
    expect(second.chunks).to.deep.equal([]);
  });

  it('shows a did:key VC-JWT verified with no other chunk when the page turns registries off', async () => {
    lib.configure({ registries: [] });
    try {
      const { status, chunks } = await show('https://badges.example/credentials/jwt-eddsa.jwt');
      expect(status).to.equal('valid');
      expect(chunks).to.deep.equal([]);
    } finally {
      lib.configure({ registries: undefined });
    }
  });

  // A DID issuer is looked up in the issuer registries: their code came with the checks, and jose's JWS
  // verifier comes only when a federation answers with a statement to check (DCC's federation answers
  // 404 here), so a did:key VC-JWT needs no other chunk.
  it('asks the registries about a did:key VC-JWT issuer without another chunk', async () => {
    const { status, text, chunks } = await show('https://badges.example/credentials/jwt-es256.jwt');
    expect(status).to.equal('valid');
    expect(text).to.contain('issuer could not be confirmed'); // the registries were asked: the federation did not answer
    expect(chunks).to.deep.equal([]);
  });

  // Baked images are read by a chunk (the PNG/SVG readers and the inflater) that JSON and JWT badges never load.
  it('shows a baked PNG verified, loading only the baked-image reader', async () => {
    const { status, chunks } = await show('https://badges.example/baked/ob2-json.png');
    expect(status).to.equal('valid');
    expect(chunks).to.deep.equal(['baked-png', 'inflate']);
  });

  // The Data Integrity code is started as soon as the credential is parsed (not after the checks' chunk
  // has run): its requests begin before the credential's key document is asked for.
  it('loads the Data Integrity and RDFC chunks for an eddsa-rdfc-2022 card, and not the JSON-LD processor', async () => {
    lib.configure({ registries: [] });
    try {
      const { status, chunks } = await show('https://issuer.example/org/credentials/rdfc-valid.json');
      expect(status).to.equal('valid');
      expect(chunks).to.deep.equal(['data-integrity', 'rdfc']);
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const rdfc = entries.find((e) => /\/cdn\/chunks\/rdfc-/.test(e.name))!;
      const didDoc = entries.find((e) => e.name.includes('issuer.example/org/did.json'));
      expect(didDoc, 'the DID document was fetched').to.exist;
      expect(rdfc.startTime <= didDoc!.startTime, 'the RDFC chunk requested no later than the DID document').to.equal(true);
    } finally {
      lib.configure({ registries: undefined });
    }
  });

  it('checks a status list with the status chunk, which only credentials with a credentialStatus load', async () => {
    const { status, text, chunks } = await show('https://issuer.example/org/credentials/revoked.json');
    expect(status).to.equal('invalid');
    expect(text).to.contain('revoked');
    expect(chunks).to.include('status');
  });

  it('defines <badge-wall> the first time one is added to the page, and it renders its badges', async () => {
    const wall = document.createElement('badge-wall');
    wall.setAttribute('src', 'https://badges.example/portfolio.json');
    document.body.append(wall);
    await customElements.whenDefined('badge-wall');
    expect(customElements.get('badge-wall')).to.exist;
    expect(chunkRequests().some((u) => /badge-wall-[\w-]+\.js$/.test(u))).to.be.true;
    await (wall as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await new Promise((ok) => wall.addEventListener('badge-wall-verified', ok, { once: true }));
    const cards = [...wall.shadowRoot!.querySelectorAll('badge-card')];
    expect(cards.length).to.be.greaterThan(0);
    // Its verdicts in full words (the verdict chunk is here before a tile shows one), not a bare label.
    await Promise.all(cards.map((c) => (c as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    const lines = cards.map((c) => c.shadowRoot?.querySelector('[part~="status"]')?.textContent ?? '');
    expect(
      lines.some((l) => /Verified: issued by \S/.test(l)),
      lines.join(' | '),
    ).to.equal(true);
    wall.remove();
  });

  it('defines <badge-verify> on demand through load(), once', async () => {
    const a = lib.load('badge-verify');
    const b = lib.load('badge-verify');
    const ctor = await a;
    expect(await b).to.equal(ctor);
    expect(customElements.get('badge-verify')).to.equal(ctor);
  });

  it('exports verify() for pages that only want the verdict', async () => {
    const r = await lib.verify('https://badges.example/credentials/jwt-eddsa.jwt', { proxy: fixtureProxy, now: testNow });
    expect(r.status).to.equal('valid');
  });
});
