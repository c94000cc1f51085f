// Where a verification key comes from, and whether it belongs to the issuer.
// did:key and did:jwk resolve locally; did:web and https URLs are fetched through ctx (proxy, cache,
// size caps). A key is never read out of a URL fragment without dereferencing the URL.

import type { Check } from '../model.js';
import type { VerifyContext } from '../options.js';
import { base64UrlDecode, base64UrlEncode, multibaseDecode, MULTICODEC, stripPrefix } from './multibase.js';
import { importPublicJwk, importSpkiPem } from './jwk.js';
import { cachedPromise } from '../once.js';

export { KeyResolutionError, RELATIONSHIPS, ALL_RELATIONSHIPS, type VerificationMethod } from './types.js';
import { KeyResolutionError, type VerificationMethod } from './types.js';
import { resolveDidKey } from './did-key.js';
import { resolveDidJwk } from './did-jwk.js';
import { resolveDidWeb, resolveDidWebDocument } from './did-web.js';
import { allMethods } from './controller-doc.js';
import { resolveHttpsVm } from './https.js';

// ---- memos (performance) ------------------------------------------------------------------------------------
// A wall verifies many badges from few issuers, and a page re-verifies the same badge: resolving the same
// did:key (base58 + multicodec) or importing the same public key into WebCrypto each time was a third of a
// warm VC-JWT verification. Everything memoised here is a pure function of its key string: a did:key /
// did:jwk URL (the DID *is* the key), or a public JWK / raw Ed25519 key plus the algorithm. Nothing that
// was fetched is kept here (did:web and https keys stay in the per-cache loader). Failures are not kept.

/** A bounded map: the oldest entry goes first once `max` is reached (insertion order). */
class Bounded<V> extends Map<string, V> {
  constructor(readonly max: number) {
    super();
  }
  override set(key: string, value: V): this {
    if (this.size >= this.max && !this.has(key)) this.delete(this.keys().next().value as string);
    return super.set(key, value);
  }
}

const localVms = new Bounded<VerificationMethod>(512);

/** did:key / did:jwk resolution, memoised per VM URL. The VM is frozen: it is shared by every caller. */
function localVm(url: string, resolve: (url: string) => VerificationMethod): VerificationMethod {
  let vm = localVms.get(url);
  if (!vm) {
    vm = resolve(url); // throws KeyResolutionError; errors are not memoised
    Object.freeze(vm.relationships);
    if (vm.publicKeyJwk) Object.freeze(vm.publicKeyJwk);
    localVms.set(url, Object.freeze(vm));
  }
  return vm;
}

const importedKeys = new Bounded<Promise<CryptoKey>>(512);

/** The same JWK with its members in a fixed order, as a cache key (every member counts: key_ops, ext, use …). */
function canonicalJwk(jwk: JsonWebKey): string {
  const o = jwk as Record<string, unknown>;
  return JSON.stringify(
    Object.keys(o)
      .sort()
      .map((k) => [k, o[k]]),
  );
}

/** A memoised WebCrypto import; a failed import is forgotten so that the error is reported each time. */
function memoImport(key: string, make: () => Promise<CryptoKey>): Promise<CryptoKey> {
  return cachedPromise(importedKeys, key, make);
}

/** The CryptoKeys of memoised (frozen) VMs once imported, by algorithm, so that a warm caller need not wait. */
const readyKeys = new WeakMap<VerificationMethod, Map<string, CryptoKey>>();

/** The memoised did:key / did:jwk VM for this URL when it has been resolved before (no waiting), else undefined. */
export function resolvedLocalVm(vm: string): VerificationMethod | undefined {
  return vm.startsWith('did:key:') || vm.startsWith('did:jwk:') ? localVms.get(vm) : undefined;
}

/** The CryptoKey importVerifyKey(vm, alg) has already made for a memoised VM, else undefined. */
export function importedVerifyKey(vm: VerificationMethod, alg: string): CryptoKey | undefined {
  return readyKeys.get(vm)?.get(alg);
}

const publicJwks = new WeakMap<VerificationMethod, JsonWebKey | null>();
const canonicalJwks = new WeakMap<VerificationMethod, string>();

/** Resolves a verification method URL (did:key, did:jwk, did:web, https) to its key. Throws KeyResolutionError. */
export async function resolveVerificationMethod(vm: string, ctx: VerifyContext): Promise<VerificationMethod> {
  if (typeof vm !== 'string' || vm === '') throw new KeyResolutionError('malformed', 'No verification method was named.');
  if (vm.startsWith('did:key:')) return localVm(vm, resolveDidKey);
  if (vm.startsWith('did:jwk:')) return localVm(vm, resolveDidJwk);
  if (vm.startsWith('did:web:')) return resolveDidWeb(vm, ctx);
  if (vm.startsWith('https://') || vm.startsWith('http://')) {
    // http only for localhost-style development; the loader and the page decide whether it can be fetched.
    return resolveHttpsVm(vm, ctx);
  }
  if (vm.startsWith('did:')) throw new KeyResolutionError('unsupported', `The DID method of ${vm.split('#')[0]} is not supported.`);
  if (/^[a-z][a-z0-9+.-]*:/i.test(vm)) throw new KeyResolutionError('unsupported', `The key ${vm} cannot be looked up (unsupported URL scheme).`);
  throw new KeyResolutionError('malformed', `The key name "${vm}" is not a URL.`);
}

/** The raw 32-byte Ed25519 public key of a VM, or undefined when it holds another kind of key. */
export function ed25519PublicKey(vm: VerificationMethod): Uint8Array | undefined {
  if (vm.publicKeyMultibase) {
    try {
      const key = stripPrefix(multibaseDecode(vm.publicKeyMultibase), MULTICODEC.ed25519Pub);
      if (key?.length === 32) return key;
    } catch {
      return undefined;
    }
  }
  const jwk = vm.publicKeyJwk;
  if (jwk?.kty === 'OKP' && jwk.crv === 'Ed25519' && typeof jwk.x === 'string') {
    const key = base64UrlDecode(jwk.x);
    if (key.length === 32) return key;
  }
  return undefined;
}

/** A public JWK for any VM (Multikey Ed25519 becomes an OKP JWK). */
export function publicJwk(vm: VerificationMethod): JsonWebKey | undefined {
  if (Object.isFrozen(vm)) {
    // A memoised did:key / did:jwk VM never changes: derive its JWK once (a copy is handed out).
    let jwk = publicJwks.get(vm);
    if (jwk === undefined) publicJwks.set(vm, (jwk = derivePublicJwk(vm) ?? null));
    return jwk ? { ...jwk } : undefined;
  }
  return derivePublicJwk(vm);
}

function derivePublicJwk(vm: VerificationMethod): JsonWebKey | undefined {
  if (vm.publicKeyJwk) {
    const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, oth: _oth, ...pub } = vm.publicKeyJwk;
    return pub;
  }
  const ed = ed25519PublicKey(vm);
  if (ed) return { kty: 'OKP', crv: 'Ed25519', x: base64UrlEncode(ed) };
  return undefined;
}

/** A CryptoKey for verifying with this VM. `alg` is the JOSE algorithm when known (JWTs). */
export async function importVerifyKey(vm: VerificationMethod, alg?: string): Promise<CryptoKey> {
  const jwk = publicJwk(vm);
  if (!jwk) throw new KeyResolutionError('unsupported', `The key ${vm.id} has no public key material we can use.`);
  if ('d' in (vm.publicKeyJwk ?? {})) throw new KeyResolutionError('malformed', `The key ${vm.id} is a private key; refusing it.`);
  if (!alg) {
    if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') alg = 'Ed25519';
    else if (jwk.kty === 'EC' && jwk.crv === 'P-256') alg = 'ES256';
    else if (jwk.kty === 'EC' && jwk.crv === 'P-384') alg = 'ES384';
    else if (jwk.kty === 'RSA') alg = 'RS256';
    else throw new KeyResolutionError('unsupported', `The key ${vm.id} is of an unsupported type (${jwk.kty}/${jwk.crv ?? ''}).`);
  }
  const algorithm = alg;
  let canonical = Object.isFrozen(vm) ? canonicalJwks.get(vm) : undefined;
  if (canonical === undefined) {
    canonical = canonicalJwk(jwk);
    if (Object.isFrozen(vm)) canonicalJwks.set(vm, canonical); // a memoised did:key / did:jwk VM
  }
  if (jwk.kty === 'oct') throw new KeyResolutionError('unsupported', `The key ${vm.id} is a symmetric key.`);
  const key = await memoImport(`jwk ${algorithm} ${canonical}`, () => importPublicJwk(jwk, algorithm));
  if (Object.isFrozen(vm)) {
    let byAlg = readyKeys.get(vm);
    if (!byAlg) readyKeys.set(vm, (byAlg = new Map()));
    byAlg.set(algorithm, key);
  }
  return key;
}

/** A CryptoKey for a PEM SPKI public key (OB 2.0 CryptographicKey), memoised per PEM text and algorithm. */
export function importSpkiKey(pem: string, alg: string): Promise<CryptoKey> {
  return memoImport(`spki ${alg} ${pem}`, () => importSpkiPem(pem, alg));
}

/** Ed25519 signature check with WebCrypto (Chromium ≥ 137, Firefox, Safari 17, Node 20). */
export async function ed25519Verify(publicKey: Uint8Array, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  if (publicKey.length !== 32 || signature.length !== 64) return false;
  const key = await memoImport(`ed25519 ${base64UrlEncode(publicKey)}`, () =>
    crypto.subtle.importKey('raw', publicKey.slice() as Uint8Array<ArrayBuffer>, { name: 'Ed25519' }, false, ['verify']),
  );
  return crypto.subtle.verify({ name: 'Ed25519' }, key, signature as Uint8Array<ArrayBuffer>, data as Uint8Array<ArrayBuffer>);
}

/**
 * The `issuer` check: the key that signed belongs to the issuer.
 * Passed only when vm.controller === expectedIssuer AND the controller lists the VM under `purpose`
 * (did:key / did:jwk VMs are implicitly in every signing relationship).
 */
export function checkIssuerBinding(vm: VerificationMethod, expectedIssuer: string | undefined, purpose = 'assertionMethod'): Check {
  const detail = { verificationMethod: vm.id, controller: vm.controller, ...(expectedIssuer ? { issuer: expectedIssuer } : {}) };
  if (!expectedIssuer) return { id: 'issuer', outcome: 'failed', message: 'The credential names no issuer the signing key could belong to.', detail };
  if (vm.controller !== expectedIssuer) {
    return { id: 'issuer', outcome: 'failed', message: `The signing key belongs to ${vm.controller}, not to the issuer ${expectedIssuer}.`, detail };
  }
  if (vm.relationshipsUnknown) return { id: 'issuer', outcome: 'unknown', message: vm.relationshipsUnknown, detail };
  if (!vm.relationships.includes(purpose)) {
    return {
      id: 'issuer',
      outcome: 'failed',
      message: `The issuer does not list the signing key for ${purpose === 'assertionMethod' ? 'issuing credentials' : purpose} (${purpose}).`,
      detail,
    };
  }
  return { id: 'issuer', outcome: 'passed', message: 'The signing key belongs to the issuer.', detail };
}

/** The `issuer` check when the key could not be resolved. */
export function unresolvedIssuer(vmUrl: string | undefined, error: unknown): Check {
  const message = error instanceof Error ? error.message : String(error);
  return { id: 'issuer', outcome: 'unknown', message: `Could not find out who owns the signing key: ${message}`, detail: { verificationMethod: vmUrl } };
}

/**
 * Every VM the controller `controllerId` publishes (for "does the issuer publish this key?").
 * Throws KeyResolutionError when its document cannot be had.
 */
export async function controllerMethods(controllerId: string, ctx: VerifyContext): Promise<VerificationMethod[]> {
  if (controllerId.startsWith('did:key:')) return [localVm(controllerId, resolveDidKey)];
  if (controllerId.startsWith('did:jwk:')) return [localVm(controllerId, resolveDidJwk)];
  if (controllerId.startsWith('did:web:')) return allMethods(await resolveDidWebDocument(controllerId, ctx));
  if (/^https?:\/\//.test(controllerId)) {
    let doc;
    try {
      doc = await ctx.loadJson(controllerId.split('#')[0]);
    } catch (e) {
      throw new KeyResolutionError('unresolvable', `The issuer document ${controllerId} could not be loaded.`, { cause: e });
    }
    if (doc.id !== controllerId) throw new KeyResolutionError('malformed', `The document at ${controllerId} has a different id.`);
    return allMethods(doc);
  }
  throw new KeyResolutionError('unsupported', `Keys of ${controllerId} cannot be looked up.`);
}
