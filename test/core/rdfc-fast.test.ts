// The fast JSON-LD → RDFC-1.0 path (src/core/proofs/rdfc-fast.ts) against jsonld, in Chromium:
// for every JSON-LD document the vectors and the fixtures name (and each credential embedded in
// them, and each proof's configuration), the fast path either leaves it to jsonld or gives the very
// same N-Quads; where jsonld fails in safe mode, the fast path never answers.
// scripts/rdfc-diff.mjs runs the same rule in Node over every file on disk plus random mutations.

import { expect } from '@open-wc/testing';
import { canonize, canonizeFastOnly, canonizeWithJsonld } from '../../src/core/proofs/rdfc.js';
import { sha256Bytes, sha256Hex } from '../../src/core/proofs/sha256-sync.js';
import type { JsonObject, VerifyContext } from '../../src/core/options.js';
import { loadVectorsExpected, makeVectorsProxy, sharedUrl } from '../helpers/vectors.js';
import { fixtureManifest, fixtureProxy } from '../helpers/hosts.js';
import { proofContext } from '../helpers/proof-context.js';

let ctx: VerifyContext;
const sources: { name: string; url: string }[] = [];

before(async () => {
  const expected = await loadVectorsExpected(); // throws MISSING_VECTORS without ../shared/vectors
  const vectors = makeVectorsProxy(expected.urlmap);
  ctx = await proofContext({ proxy: (url) => fixtureProxy(url) ?? vectors(url) });
  for (const c of expected.cases) if (c.file.endsWith('.json')) sources.push({ name: c.file, url: sharedUrl(c.file) });
  for (const f of await fixtureManifest()) if (f.path.endsWith('.json')) sources.push({ name: f.path, url: `${location.origin}/test/fixtures/${f.path}` });
});

/** Every object with an @context (minus its proof), and each proof's configuration (the proof options with the document's @context). */
function jsonLdDocuments(value: unknown, where: string, out: { where: string; doc: JsonObject }[] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => jsonLdDocuments(v, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as JsonObject;
    if ('@context' in o && Object.keys(o).length > 1) {
      const { proof, ...rest } = o;
      out.push({ where, doc: rest });
      const proofs = Array.isArray(proof) ? proof : proof ? [proof] : [];
      proofs.forEach((p, i) => {
        if (!p || typeof p !== 'object') return;
        const { proofValue: _v, jws: _j, ...config } = p as JsonObject;
        out.push({ where: `${where}#proof${i}`, doc: { ...config, '@context': o['@context'] } });
      });
    }
    for (const [k, v] of Object.entries(o)) if (k !== '@context') jsonLdDocuments(v, `${where}.${k}`, out);
  }
  return out;
}

async function outcome(f: () => Promise<string | undefined>): Promise<{ nquads?: string; error?: string }> {
  try {
    return { nquads: await f() };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

describe('rdfc fast path: the same N-Quads as jsonld', () => {
  it('on every JSON-LD document in the vectors and the fixtures', async () => {
    let answered = 0;
    let leftToJsonld = 0;
    let failing = 0;
    const problems: string[] = [];
    for (const { name, url } of sources) {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`);
      for (const { where, doc } of jsonLdDocuments(await res.json(), name)) {
        const ref = await outcome(() => canonizeWithJsonld(structuredClone(doc), ctx));
        const fast = await outcome(() => canonizeFastOnly(structuredClone(doc), ctx));
        const full = await outcome(() => canonize(structuredClone(doc), ctx));
        if (fast.error) problems.push(`${where}: the fast path threw ${fast.error}`);
        if (ref.error !== undefined) {
          failing++;
          if (fast.nquads !== undefined) problems.push(`${where}: jsonld fails (${ref.error}) but the fast path answered`);
          if (full.error === undefined) problems.push(`${where}: canonize() succeeded where jsonld fails`);
        } else if (fast.nquads === undefined) {
          leftToJsonld++;
        } else {
          answered++;
          if (fast.nquads !== ref.nquads) problems.push(`${where}: N-Quads differ`);
        }
        if (ref.error === undefined && full.nquads !== ref.nquads) problems.push(`${where}: canonize() differs from jsonld`);
      }
    }
    console.log(`[rdfc-fast] ${answered} answered by the fast path (all equal to jsonld), ${leftToJsonld} left to jsonld, ${failing} failing in jsonld too`);
    expect(problems).to.deep.equal([]);
    expect(answered).to.be.greaterThan(50);
  });

  it('leaves safe-mode failures to jsonld (they still fail)', async () => {
    const base = (await (await fetch(sharedUrl('shared/vectors/ob3/1edtech-validator/simple.json'))).json()) as JsonObject;
    delete base.proof;
    const cs = base.credentialSubject as JsonObject;
    const variants: [string, JsonObject][] = [
      ['relative id', { ...base, id: 'relative/thing' }],
      ['relative @id in a node', { ...base, credentialSubject: { ...cs, id: 'not-absolute' } }],
      ['blank node predicate', { ...base, '_:p': 'x' }],
      ['invalid language tag', { ...base, name: { '@value': 'x', '@language': 'not a tag' } }],
      ['null @value', { ...base, name: { '@value': null } }],
      ['empty object at the top', { '@context': base['@context'] }],
    ];
    for (const [what, doc] of variants) {
      const fast = await canonizeFastOnly(structuredClone(doc), ctx);
      expect(fast, what).to.equal(undefined);
      let failed = false;
      try {
        await canonize(structuredClone(doc), ctx);
      } catch (e) {
        failed = (e as Error).name === 'CanonicalizationError';
      }
      expect(failed, `${what} must fail`).to.equal(true);
    }
  });

  it('handles lists, language-tagged values and numbers like jsonld', async () => {
    const base = (await (await fetch(sharedUrl('shared/vectors/ob3/1edtech-validator/simple.json'))).json()) as JsonObject;
    delete base.proof;
    const cs = base.credentialSubject as JsonObject;
    const achievement = cs.achievement as JsonObject;
    const doc: JsonObject = {
      ...base,
      name: [{ '@value': 'Badge', '@language': 'EN-gb' }, { '@value': 'Abzeichen', '@language': 'de' }, 'Badge', 'Badge'],
      credentialSubject: {
        ...cs,
        achievement: {
          ...achievement,
          resultDescription: [
            {
              id: 'urn:uuid:f6ab24cd-86e8-4eaf-b8c6-ded74e8fd41c',
              type: ['ResultDescription'],
              name: 'Grade',
              resultType: 'LetterGrade',
              allowedValue: ['D', 'C', 'B', 'A', 'A', null],
              requiredValue: 'C',
            },
          ],
        },
        result: [{ type: ['Result'], resultDescription: 'urn:uuid:f6ab24cd-86e8-4eaf-b8c6-ded74e8fd41c', value: 'A' }],
      },
    };
    const fast = await canonizeFastOnly(structuredClone(doc), ctx);
    expect(fast).to.be.a('string');
    expect(fast).to.equal(await canonizeWithJsonld(structuredClone(doc), ctx));
    expect(fast).to.contain('"Badge"@en-gb');
    expect(fast).to.contain('<http://www.w3.org/1999/02/22-rdf-syntax-ns#first> "A"');
  });
});

describe('sha256-sync', () => {
  it('equals WebCrypto SHA-256 on ASCII, multi-byte text and every padding length', async () => {
    for (let n = 0; n < 300; n++) {
      const text = 'aé€😀'.repeat(n).slice(0, n) + 'x'.repeat(n % 67);
      const web = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
      expect(sha256Hex(text), `length ${n}`).to.equal(Array.from(web, (b) => b.toString(16).padStart(2, '0')).join(''));
      expect(Array.from(sha256Bytes(new TextEncoder().encode(text))), `bytes, length ${n}`).to.deep.equal(Array.from(web));
    }
  });
});
