// Differential check of the fast JSON-LD → RDFC-1.0 path (src/core/proofs/rdfc-fast.ts) against jsonld,
// on every JSON-LD document under ../shared/vectors and test/fixtures (and every credential embedded in
// them), their proof configurations, and seeded random mutations of each (undefined terms, relative
// IRIs, numbers, language values, nulls, nested arrays, inline contexts, …).
// Rule: where the fast path answers, its N-Quads equal jsonld's byte for byte; where jsonld fails
// (safe mode), the fast path must not answer.
//   node scripts/rdfc-diff.mjs [mutationsPerDoc=20]
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { localFetch, root } from './bench/remote.mjs';

const out = '/tmp/rdfc-diff';
await build({
  entryPoints: { canon: join(root, 'src/core/proofs/rdfc.ts') },
  bundle: true,
  format: 'esm',
  platform: 'browser',
  outdir: out,
  logLevel: 'error',
  absWorkingDir: root,
});
const c = await import(join(out, 'canon.js'));
const ctx = {
  options: {},
  loadJson: async (u) => {
    const r = await localFetch(u);
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    return r.json();
  },
};

const dirs = [join(root, '../shared/vectors'), '/work/shared/vectors', join(root, 'test/fixtures')].filter((d, i, a) => existsSync(d) && a.indexOf(d) === i);
const files = [];
const walk = (d) => readdirSync(d).forEach((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : f.endsWith('.json') && files.push(join(d, f))));
dirs.slice(-2).forEach(walk);

const docs = [];
const collect = (v, where) => {
  if (Array.isArray(v)) return v.forEach((x, i) => collect(x, `${where}[${i}]`));
  if (!v || typeof v !== 'object') return;
  if ('@context' in v && Object.keys(v).length > 1) {
    const { proof, ...rest } = v;
    docs.push({ where, doc: rest });
    for (const [i, p] of (Array.isArray(proof) ? proof : proof ? [proof] : []).entries()) {
      if (p && typeof p === 'object') {
        const { proofValue, jws, ...config } = p;
        docs.push({ where: `${where}#proof${i}`, doc: { ...config, '@context': v['@context'] } });
      }
    }
  }
  for (const [k, x] of Object.entries(v)) if (k !== '@context') collect(x, `${where}.${k}`);
};
for (const f of files) {
  try {
    collect(JSON.parse(readFileSync(f, 'utf8')), f.replace(/^.*\/(vectors|fixtures)\//, '$1/'));
  } catch {
    // not JSON (a JWT, an image): nothing to collect
  }
}

// seeded PRNG
let seed = 12345;
const rnd = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
const pick = (a) => a[Math.floor(rnd() * a.length)];
const objectsIn = (v, acc = []) => {
  if (Array.isArray(v)) v.forEach((x) => objectsIn(x, acc));
  else if (v && typeof v === 'object') {
    acc.push(v);
    Object.entries(v).forEach(([k, x]) => k !== '@context' && objectsIn(x, acc));
  }
  return acc;
};
const mutations = [
  (o) => {
    o.undefinedTermXyz = 'v';
  },
  (o) => {
    o.id = 'relative/thing';
  },
  (o) => {
    o.id = '_:b7';
  },
  (o) => {
    o.id = 'urn:uuid:8b2f1b0e-2d8e-4f5f-9a7b-0d6f6a9b6e11';
  },
  (o) => {
    o.type = 'RelativeType';
  },
  (o) => {
    o.type = ['Zeta', 'Alpha'];
  },
  (o) => {
    delete o.type;
  },
  (o) => {
    delete o.id;
  },
  (o) => {
    o.name = 1.5;
  },
  (o) => {
    o.name = 42;
  },
  (o) => {
    o.name = true;
  },
  (o) => {
    o.name = null;
  },
  (o) => {
    o.name = [];
  },
  (o) => {
    o.name = [['a', ['b']], null, 'a', 'a'];
  },
  (o) => {
    o.name = { '@value': 'x', '@language': 'en' };
  },
  (o) => {
    o.name = { '@value': 'x' };
  },
  (o) => {
    o.description = { en: 'x' };
  },
  (o) => {
    o.name = {};
  },
  (o) => {
    o.name = { id: 'https://example.org/n' };
  },
  (o) => {
    o['@context'] = { extra: 'https://example.org/extra' };
    o.extra = 'x';
  },
  (o) => {
    o['@context'] = { '@vocab': 'https://example.org/v#' };
    o.freeTerm = 'y';
  },
  (o) => {
    o['https://example.org/abs'] = 'z';
  },
  (o) => {
    o['ex:compact'] = 'z';
  },
  (o) => {
    o['@type'] = 'https://example.org/T';
  },
  (o) => {
    o['@id'] = 'https://example.org/i';
  },
  (o) => {
    o.image = 'not an iri';
  },
  (o) => {
    o.image = 'https://example.org/i.png';
  },
  (o) => {
    o.validFrom = 20200101;
  },
  (o) => {
    o.issuanceDate = '2020-01-01T00:00:00Z';
  },
  (o) => {
    o.proof = {
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      proofPurpose: 'assertionMethod',
      verificationMethod: 'did:key:z6Mk#k',
      created: '2020-01-01T00:00:00Z',
    };
  },
  (o) => {
    o.proof = 'https://example.org/p';
  },
  (o) => {
    o.credentialSubject = {
      id: 'did:example:1',
      type: 'AchievementSubject',
      achievement: { id: 'urn:a', type: 'Achievement', name: 'n', criteria: { narrative: 'x' } },
    };
  },
  (o) => {
    o.evidence = [{ type: ['Evidence'], name: 'e', narrative: 'n' }];
  },
  (o) => {
    o['@nest'] = {};
  },
  (o) => {
    o['@graph'] = [];
  },
  (o) => {
    o.achievement = {
      type: 'Achievement',
      id: 'urn:x',
      name: 'a',
      resultDescription: [{ id: 'urn:r', type: ['ResultDescription'], name: 'r', resultType: 'Status', allowedValue: ['a', 'a'] }],
    };
  },
  (o) => {
    o.type = [...[].concat(o.type ?? []), 'VerifiableCredential'];
  },
  (o) => {
    o.score = '-0';
    o.value = -0;
  },
  (o) => {
    o.n = 1e21;
    o.m = 12345678901234567000; // past 2^53: JSON numbers the RDF canonical form must print as doubles
  },
  (o) => {
    o.allowedValue = ['b', 'a', 'a', null];
  },
  (o) => {
    o.allowedValue = [];
  },
  (o) => {
    o.allowedValue = 'single';
  },
  (o) => {
    o.allowedValue = [['x'], 'y'];
  },
  (o) => {
    o.allowedValue = [{ '@value': 'v', '@language': 'EN-us' }, 3, true];
  },
  (o) => {
    o.allowedValue = null;
  },
  (o) => {
    o.resultDescription = [
      { id: 'urn:rd', type: 'ResultDescription', name: 'n', resultType: 'Status', allowedValue: ['p', 'q'] },
      { id: 'urn:rd', type: 'ResultDescription', name: 'n', resultType: 'Status', allowedValue: ['p', 'q'] },
    ];
  },
  (o) => {
    o.name = { '@value': 'x', '@language': 'not a tag' };
  },
  (o) => {
    o.name = { '@value': 'x', '@language': null };
  },
  (o) => {
    o.name = { '@value': 5, '@type': 'http://www.w3.org/2001/XMLSchema#integer' };
  },
  (o) => {
    o.name = { '@value': 'x', '@type': 'RelType' };
  },
  (o) => {
    o.name = { '@value': 'x', type: 'https://example.org/dt' };
  },
  (o) => {
    o.name = { '@value': 'x', '@language': 'en', '@type': 'https://example.org/dt' };
  },
  (o) => {
    o.name = { '@value': 'x', '@direction': 'rtl' };
  },
  (o) => {
    o.name = [
      { '@value': 'x', '@language': 'en' },
      { '@value': 'x', '@language': 'EN' },
    ];
  },
  (o) => {
    o['@context'] = { '@language': 'fr' };
    o.name = 'bonjour';
  },
  (o) => {
    o['@language'] = 'en';
  },
  (o) => {
    o.name = { '@value': 'x', id: 'urn:z' };
  },
];

const N = Number(process.argv[2] ?? 20);
const stats = { docs: 0, fast: 0, fellBack: 0, bothFail: 0, mismatch: 0, unsafeAnswered: 0 };
const problems = [];
const baseFellBack = [];
seed = Number(process.env.SEED ?? seed);
async function check(where, doc) {
  stats.docs++;
  let ref, refErr, fast;
  try {
    ref = await c.canonizeWithJsonld(structuredClone(doc), ctx);
  } catch (e) {
    refErr = e;
  }
  try {
    fast = await c.canonizeFastOnly(structuredClone(doc), ctx);
  } catch (e) {
    fast = `THREW ${e}`;
  }
  if (refErr) {
    stats.bothFail += fast === undefined ? 1 : 0;
    if (fast !== undefined) {
      stats.unsafeAnswered++;
      problems.push({ where, kind: 'jsonld failed but fast answered', err: refErr.message, doc });
    }
  } else if (fast === undefined) {
    stats.fellBack++;
    if (!where.includes('~')) baseFellBack.push(where);
  } else if (fast === ref) stats.fast++;
  else {
    stats.mismatch++;
    problems.push({ where, kind: 'mismatch', ref, fast, doc });
  }
}
for (const { where, doc } of docs) {
  await check(where, doc);
  for (let i = 0; i < N; i++) {
    const m = structuredClone(doc);
    const targets = objectsIn(m);
    const k = 1 + Math.floor(rnd() * 2);
    const applied = [];
    for (let j = 0; j < k; j++) {
      const f = pick(mutations);
      f(pick(targets));
      applied.push(mutations.indexOf(f));
    }
    await check(`${where} ~m${applied.join(',')}`, m);
  }
}
console.log(JSON.stringify(stats));
console.log(`unmutated documents left to jsonld (${baseFellBack.length}):`, baseFellBack.join('\n  '));
for (const p of problems.slice(0, 8)) console.log(JSON.stringify(p).slice(0, 3000));
process.exit(problems.length ? 1 : 0);
