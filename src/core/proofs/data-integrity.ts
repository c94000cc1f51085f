// Embedded proofs (VC Data Integrity 1.0 + VC-DI-EdDSA 1.0): DataIntegrityProof with eddsa-rdfc-2022
// (and its pre-REC name eddsa-2022) or eddsa-jcs-2022, and the legacy Ed25519Signature2020.
// This file stays light: the JSON-LD canonicalization (rdfc.ts) is import()ed only when a proof needs it.

import type { Check } from '../model.js';
import type { JsonObject, VerifyContext } from '../options.js';
import type { ProofOptions, ProofResult } from './index.js';
import { checkIssuerBinding, ed25519PublicKey, ed25519Verify, KeyResolutionError, resolveVerificationMethod, unresolvedIssuer } from '../keys/index.js';
import { base58Decode, sha256, utf8 } from '../keys/multibase.js';
import { jcs } from './jcs.js';
import { once } from '../once.js';
import { asArray, isObj as isObject } from '../json.js';

type Suite = 'rdfc' | 'jcs';

/** Which pipeline a proof needs, or undefined for a proof type we do not implement. */
export function suiteOf(proof: JsonObject): { suite: Suite; name: string } | undefined {
  if (proof.type === 'DataIntegrityProof') {
    if (proof.cryptosuite === 'eddsa-rdfc-2022' || proof.cryptosuite === 'eddsa-2022') return { suite: 'rdfc', name: String(proof.cryptosuite) };
    if (proof.cryptosuite === 'eddsa-jcs-2022') return { suite: 'jcs', name: 'eddsa-jcs-2022' };
    return undefined;
  }
  if (proof.type === 'Ed25519Signature2020') return { suite: 'rdfc', name: 'Ed25519Signature2020' };
  return undefined;
}

interface OneResult {
  proof: Check;
  issuer: Check;
  verificationMethod?: string;
}

/**
 * Verifies every proof we know; OB 3.0 §8.2 / VC-DI proof sets: one proof that verifies AND binds to
 * the issuer is enough. Proof chains (`previousProof`) are honoured: such a proof is checked over the
 * document carrying the proofs it names, as VC-DI §4.4 says.
 */
export async function verifyEmbeddedProofs(doc: JsonObject, ctx: VerifyContext, opts: ProofOptions): Promise<ProofResult> {
  const proofs = asArray(doc.proof);
  const extra: Check[] = [];
  if (proofs.length === 0) {
    return {
      proof: { id: 'proof', outcome: 'failed', message: 'The credential is not signed (it has no proof).' },
      issuer: { id: 'issuer', outcome: 'skipped', message: 'There is no signature to tie to the issuer.' },
      extra,
    };
  }

  const canon = new Canonicalizer(doc, ctx);
  const results: OneResult[] = [];
  const unsupported: string[] = [];
  for (const p of proofs) {
    const suite = isObject(p) ? suiteOf(p) : undefined;
    if (!isObject(p) || !suite) {
      const label = isObject(p) ? [p.type, p.cryptosuite].filter((x) => typeof x === 'string').join(' / ') || 'untyped proof' : 'not an object';
      unsupported.push(label);
      continue;
    }
    results.push(await verifyOne(p, suite, proofs, canon, ctx, opts));
  }
  if (unsupported.length) {
    extra.push({
      id: 'proof-types',
      outcome: 'warning',
      message: `Ignored ${unsupported.length} proof(s) of a type this verifier does not support: ${unsupported.join(', ')}.`,
      detail: { unsupported },
    });
  }
  if (results.length === 0) {
    return {
      proof: {
        id: 'proof',
        outcome: 'unknown',
        message: `The credential's proof type is not supported (${unsupported.join(', ')}), so its signature cannot be checked.`,
      },
      issuer: { id: 'issuer', outcome: 'unknown', message: 'The signer could not be identified.' },
      extra,
    };
  }
  const best =
    results.find((r) => r.proof.outcome === 'passed' && r.issuer.outcome === 'passed') ??
    results.find((r) => r.proof.outcome === 'passed' && r.issuer.outcome === 'unknown') ??
    results.find((r) => r.proof.outcome === 'passed') ??
    results.find((r) => r.proof.outcome === 'unknown') ??
    results[0];
  if (results.length > 1) {
    const others = results.filter((r) => r !== best && r.proof.outcome !== 'passed');
    if (others.length) {
      extra.push({
        id: 'proof-set',
        outcome: 'warning',
        message: `${others.length} of ${results.length} proofs did not verify; one verified proof is enough (OB 3.0).`,
        detail: { proofs: others.map((r) => ({ verificationMethod: r.verificationMethod, message: r.proof.message })) },
      });
    }
  }
  return { proof: best.proof, issuer: best.issuer, extra, ...(best.verificationMethod ? { verificationMethod: best.verificationMethod } : {}) };
}

/** Canonical forms cached per verification: a proof set canonicalizes the document once. */
class Canonicalizer {
  readonly #cache = new Map<string, Promise<string>>();
  constructor(
    readonly doc: JsonObject,
    readonly ctx: VerifyContext,
  ) {}

  get(key: string, make: () => Promise<string>): Promise<string> {
    let p = this.#cache.get(key);
    if (!p) this.#cache.set(key, (p = make()));
    return p;
  }
}

// Contexts may come from the issuer's own origin (context-policy.ts, in the lazy rdfc chunk: kept
// apart so that this file, which is in the initial bundle, does not pull it in).
/** The issuer's web origin: an https id's origin, or did:web's host. */
function issuerOrigin(doc: JsonObject): string | undefined {
  const issuer = doc.issuer;
  const id = typeof issuer === 'string' ? issuer : issuer && typeof issuer === 'object' && !Array.isArray(issuer) ? (issuer as JsonObject).id : undefined;
  if (typeof id !== 'string') return undefined;
  if (/^https:\/\//i.test(id)) return webOrigin(id);
  const m = /^did:web:([^:#?]+)/.exec(id);
  return m ? webOrigin(`https://${decodeURIComponent(m[1]!)}`) : undefined;
}

function webOrigin(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

// The module promise is kept: a repeated import() of a loaded module still costs a module-map lookup
// and a promise per call, measurable next to a 0.1 ms canonicalization.
const loadRdfc = once(() => import('./rdfc.js'));

async function rdfcCanonize(doc: JsonObject, ctx: VerifyContext, issuer?: string): Promise<string> {
  const { canonize } = await loadRdfc();
  return canonize(doc, ctx, issuer);
}

async function verifyOne(
  proof: JsonObject,
  { suite, name }: { suite: Suite; name: string },
  all: unknown[],
  canon: Canonicalizer,
  ctx: VerifyContext,
  opts: ProofOptions,
): Promise<OneResult> {
  const purpose = opts.purpose ?? 'assertionMethod';
  const vmUrl =
    typeof proof.verificationMethod === 'string'
      ? proof.verificationMethod
      : isObject(proof.verificationMethod)
        ? String(proof.verificationMethod.id ?? '')
        : undefined;
  const failed = (message: string, detail: Record<string, unknown> = {}): OneResult => ({
    proof: { id: 'proof', outcome: 'failed', message, detail: { suite: name, ...(vmUrl ? { verificationMethod: vmUrl } : {}), ...detail } },
    issuer: { id: 'issuer', outcome: 'skipped', message: 'The signer was not checked because the signature did not verify.' },
    ...(vmUrl ? { verificationMethod: vmUrl } : {}),
  });

  if (proof.proofPurpose !== purpose) return failed(`The proof is for "${String(proof.proofPurpose)}", not for ${purpose}.`);
  if (typeof proof.proofValue !== 'string' || !proof.proofValue.startsWith('z')) return failed('The proof value is missing or not base58btc multibase.');
  let signature: Uint8Array;
  try {
    signature = base58Decode(proof.proofValue.slice(1));
  } catch {
    return failed('The proof value is not valid base58btc.');
  }
  if (signature.length !== 64) return failed(`The proof value is ${signature.length} bytes long; an Ed25519 signature has 64.`);
  if (typeof proof.expires === 'string') {
    const t = Date.parse(proof.expires);
    if (Number.isNaN(t) || t < ctx.now().getTime()) return failed(`The proof expired on ${proof.expires}.`);
  }
  if (!vmUrl) return failed('The proof names no verification method.');

  // The document the proof covers: without `proof`, or, for a chained proof, with the proofs it names.
  const unsecured: JsonObject = { ...canon.doc };
  delete unsecured.proof;
  let chainKey = '';
  if (proof.previousProof !== undefined) {
    const ids = asArray(proof.previousProof);
    const previous = ids.map((id) => all.find((p) => isObject(p) && p.id === id));
    if (ids.length === 0 || previous.some((p) => p === undefined)) return failed('The proof chains to a previous proof that is not in the credential.');
    unsecured.proof = previous.length === 1 ? previous[0] : previous;
    chainKey = ids.join(' ');
  }
  const { proofValue: _pv, ...options } = proof;

  // The key is looked up while the document is canonicalized (a did:web fetch overlaps the chunk download);
  // its outcome is still only looked at once the canonical forms are there, in the same order as before.
  const vmLookup = resolveVerificationMethod(vmUrl, ctx).then(
    (vm) => ({ vm }),
    (error: unknown) => ({ error }),
  );

  let canonicalDoc: string;
  let canonicalProof: string;
  try {
    if (suite === 'jcs') {
      // VC-DI-EdDSA §3.3.2: the proof's @context must open the document's @context, and replaces it.
      if (options['@context'] !== undefined) {
        const pc = asArray(options['@context']);
        const dc = asArray(unsecured['@context']);
        if (!pc.every((c, i) => jcs(c) === jcs(dc[i]))) return failed("The proof's @context is not the start of the credential's @context.");
        unsecured['@context'] = options['@context'];
      }
      const config = unsecured['@context'] !== undefined ? { ...options, '@context': unsecured['@context'] } : options;
      canonicalDoc = await canon.get(`jcs ${chainKey} ${jcs(unsecured['@context'] ?? null)}`, async () => jcs(unsecured));
      canonicalProof = jcs(config);
    } else {
      // VC-DI-EdDSA §3.2.5 (and Appendix A for Ed25519Signature2020): the proof options take the document's @context.
      const config = { ...options, '@context': unsecured['@context'] };
      // Contexts are fetched only from known origins or the issuer's own (context-policy.ts).
      const issuer = issuerOrigin(canon.doc);
      canonicalDoc = await canon.get(`rdfc ${chainKey}`, () => rdfcCanonize(unsecured, ctx, issuer));
      canonicalProof = await rdfcCanonize(config, ctx, issuer);
    }
  } catch (e) {
    const err = e as { name?: string; code?: string; message?: string; url?: string };
    if (err.name === 'CanonicalizationError' && err.code === 'context') {
      return {
        proof: { id: 'proof', outcome: 'unknown', message: `${err.message}; the signature cannot be checked.`, detail: { suite: name, context: err.url } },
        issuer: { id: 'issuer', outcome: 'unknown', message: 'The signer was not checked because the signature could not be checked.' },
        verificationMethod: vmUrl,
      };
    }
    return failed(err.message ?? String(e), { code: 'malformed' });
  }

  const found = await vmLookup;
  if ('error' in found) {
    const e = found.error;
    if (!(e instanceof KeyResolutionError)) throw e;
    return {
      proof: {
        id: 'proof',
        outcome: 'unknown',
        message: `The signing key could not be found, so the signature cannot be checked: ${e.message}`,
        detail: { suite: name, verificationMethod: vmUrl, code: e.code },
      },
      issuer: unresolvedIssuer(vmUrl, e),
      verificationMethod: vmUrl,
    };
  }
  const vm = found.vm;
  const publicKey = ed25519PublicKey(vm);
  if (!publicKey) return failed(`The key ${vm.id} is not an Ed25519 key, which ${name} requires.`);

  const data = new Uint8Array(64);
  data.set(await sha256(utf8(canonicalProof)), 0); // proof hash first (VC-DI-EdDSA §3.2.4)
  data.set(await sha256(utf8(canonicalDoc)), 32);
  if (!(await ed25519Verify(publicKey, signature, data))) {
    return failed('The signature does not match: the credential was changed after signing, or signed with another key.');
  }
  return {
    proof: { id: 'proof', outcome: 'passed', message: `The ${name} signature is intact.`, detail: { suite: name, verificationMethod: vm.id } },
    issuer: checkIssuerBinding(vm, opts.expectedIssuer, purpose),
    verificationMethod: vm.id,
  };
}
