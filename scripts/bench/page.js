// In-page benchmark code. Loaded by page.html; scripts/bench/browser.mjs drives it through page.evaluate().
// Nothing here is loaded before a measurement starts: each verifier's module is import()ed inside the timed region.

const impls = {
  peer: {
    url: '/peer/peer.js',
    make(m) {
      return (credential) => m.verifyCredential({ credential, knownDIDRegistries: [] });
    },
    // true = the signature verified, false = it did not.
    proofOk(r) {
      if (r.errors?.length) return false;
      return r.log?.find((l) => l.id === 'valid_signature')?.valid === true;
    },
    summary(r) {
      return r.errors?.length ? `errors: ${r.errors.map((e) => e.name).join(',')}` : r.log.map((l) => `${l.id}:${l.valid ?? l.error?.name}`).join(' ');
    },
  },
  ours: {
    url: '/ours/index.js',
    make(m) {
      if (m.makeProofVerifier) return m.makeProofVerifier(); // an experimental proof-only build put in this slot
      const cache = m.createCache(); // shared per page, like verifier-core's context cache
      // registries: [] — the issuer-registry lookups are network round trips, not verification work (the peer makes none).
      return (credential) => m.verify(credential, { cache, registries: [] });
    },
    proofOk(r) {
      return (r.checks?.find((c) => c.id === 'proof') ?? r.proof)?.outcome === 'passed';
    },
    summary(r) {
      if (!r.checks) return `proof:${r.proof?.outcome} issuer:${r.issuer?.outcome}`;
      return `${r.status}: ${r.checks.map((c) => `${c.id}:${c.outcome}`).join(' ')}${r.error ? ` (${r.error.code}: ${r.error.message})` : ''}`;
    },
  },
  // Our proof path alone (verifyEmbeddedProofs), see ours-proof-entry.ts.
  oursProof: {
    url: '/ours-proof/proof.js',
    make(m) {
      return m.makeProofVerifier();
    },
    proofOk(r) {
      return r.proof?.outcome === 'passed';
    },
    summary(r) {
      return `proof:${r.proof?.outcome} issuer:${r.issuer?.outcome} ${r.proof?.outcome !== 'passed' ? r.proof?.message : ''}`;
    },
  },
  // The platform's floor for a compact JWS: split it, decode the signature, encode the signing input and
  // crypto.subtle.verify() with a key imported once — no parsing, no checks. A verifier cannot be faster.
  webcrypto: {
    make() {
      const keys = new Map(); // the JWS (a string hashes once) → its case's imported key and verify algorithm
      const enc = new TextEncoder();
      return async (jws) => {
        let k = keys.get(jws);
        if (!k) {
          const { floor } = Object.values(cases).find((x) => x.credential === jws || x.tampered === jws);
          keys.set(jws, (k = { key: await crypto.subtle.importKey('jwk', floor.jwk, floor.import, false, ['verify']), alg: floor.verify }));
        }
        const dot = jws.lastIndexOf('.');
        const sig = Uint8Array.fromBase64(jws.slice(dot + 1), { alphabet: 'base64url' });
        return crypto.subtle.verify(k.alg, k.key, sig, enc.encode(jws.slice(0, dot)));
      };
    },
    proofOk(r) {
      return r === true;
    },
    summary(r) {
      return `signature ${r ? 'verified' : 'did not verify'}`;
    },
  },
};

const loaded = {};
let cases = {};

async function verifier(name) {
  return (loaded[name] ??= impls[name].make(impls[name].url ? await import(impls[name].url) : undefined));
}

const clone = (c) => (typeof c === 'string' ? c : structuredClone(c));

window.bench = {
  /** Points a verifier at another build (the unminified one, for CPU profiles). */
  setUrl(name, url) {
    impls[name].url = url;
    delete loaded[name];
  },

  setCases(list) {
    cases = Object.fromEntries(list.map((c) => [c.id, c]));
  },

  /** First verification on a fresh page: module load + first verify (lazy chunks included). */
  async first(name, id) {
    const c = cases[id];
    const t0 = performance.now();
    const m = await import(impls[name].url);
    const t1 = performance.now();
    const run = impls[name].make(m);
    loaded[name] = run;
    const r = await run(clone(c.credential));
    const t2 = performance.now();
    const lazy = performance
      .getEntriesByType('resource')
      .filter((e) => /\/chunks\//.test(e.name))
      .map((e) => ({ file: e.name.replace(/^.*\//, ''), start: e.startTime - t0, ms: e.responseEnd - e.startTime, bytes: e.encodedBodySize }));
    return { load: t1 - t0, first: t2 - t1, total: t2 - t0, ok: impls[name].proofOk(r), summary: impls[name].summary(r), lazy };
  },

  /**
   * n warm verifications of one case, timed as a batch (ms per verification). The copies are made before the
   * clock starts. Then the tampered twin is verified with the same verifier and cache and must fail.
   */
  async batch(name, id, n) {
    const c = cases[id];
    const run = await verifier(name);
    const copies = Array.from({ length: n }, () => clone(c.credential));
    const results = new Array(n);
    const t0 = performance.now();
    for (let i = 0; i < n; i++) results[i] = await run(copies[i]);
    const ms = (performance.now() - t0) / n;
    const failed = results.filter((r) => !impls[name].proofOk(r)).length;
    const tampered = await run(clone(c.tampered));
    return {
      ms,
      failed,
      sample: failed ? impls[name].summary(results.find((r) => !impls[name].proofOk(r))) : impls[name].summary(results[0]),
      tamperedFails: !impls[name].proofOk(tampered),
      tamperedSummary: impls[name].summary(tampered),
    };
  },
};
