// Finding a verification method inside a controller document (a DID document, an OB 3.0 issuer
// Profile, a CID document) and recording which verification relationships list it.
// CID 1.0 §3 / VC-DI "Retrieve Verification Method": a document only speaks for its own keys,
// so a VM whose controller is someone else gets no relationships from it.

import type { JsonObject } from '../options.js';
import { RELATIONSHIPS, type VerificationMethod } from './types.js';
import { base58Decode, base58Encode, MULTICODEC } from './multibase.js';
import { asArray, isObj as isObject } from '../json.js';

/** Absolute form of a VM id found in a document whose id is `docId` (`#key-1` → `<docId>#key-1`). */
export function absoluteId(id: string, docId: string): string {
  if (id.startsWith('#')) return docId + id;
  if (/^[a-z][a-z0-9+.-]*:/i.test(id)) return id;
  try {
    return new URL(id, docId).href;
  } catch {
    return id;
  }
}

/** Every VM object a document carries: `verificationMethod`, legacy `publicKey`, and ones embedded in relationships. */
function embeddedMethods(doc: JsonObject): JsonObject[] {
  const out: JsonObject[] = [];
  for (const key of ['verificationMethod', 'publicKey', ...RELATIONSHIPS]) {
    for (const v of asArray(doc[key])) if (isObject(v) && typeof v.id === 'string') out.push(v);
  }
  return out;
}

/** The VM `vmUrl` as `doc` describes it, or undefined when the document does not list it. */
export function findInControllerDoc(doc: JsonObject, vmUrl: string): VerificationMethod | undefined {
  const docId = typeof doc.id === 'string' ? doc.id : '';
  const found = embeddedMethods(doc).find((m) => absoluteId(m.id as string, docId) === vmUrl);
  if (!found) return undefined;
  const controller = typeof found.controller === 'string' ? absoluteId(found.controller, docId) : docId;
  const relationships = controller !== docId ? [] : relationshipsOf(doc, vmUrl);
  return toVerificationMethod(found, vmUrl, controller, relationships);
}

/** The verification relationships of `doc` that list `vmUrl`, by reference or embedded. */
export function relationshipsOf(doc: JsonObject, vmUrl: string): string[] {
  const docId = typeof doc.id === 'string' ? doc.id : '';
  return RELATIONSHIPS.filter((rel) =>
    asArray(doc[rel]).some((e) =>
      typeof e === 'string' ? absoluteId(e, docId) === vmUrl : isObject(e) && typeof e.id === 'string' && absoluteId(e.id, docId) === vmUrl,
    ),
  );
}

/** Normalizes one VM object (Multikey, Ed25519VerificationKey2020/2018, JsonWebKey(2020)). */
export function toVerificationMethod(m: JsonObject, id: string, controller: string, relationships: string[]): VerificationMethod {
  const vm: VerificationMethod = { id, type: String(m.type ?? ''), controller, relationships };
  if (isObject(m.publicKeyJwk)) vm.publicKeyJwk = m.publicKeyJwk as JsonWebKey;
  if (typeof m.publicKeyMultibase === 'string') vm.publicKeyMultibase = m.publicKeyMultibase;
  else if (typeof m.publicKeyBase58 === 'string') {
    // Ed25519VerificationKey2018: raw base58 key → the equivalent Multikey value.
    try {
      const raw = base58Decode(m.publicKeyBase58);
      if (raw.length === 32) vm.publicKeyMultibase = 'z' + base58Encode(new Uint8Array([...MULTICODEC.ed25519Pub, ...raw]));
    } catch {
      /* left without key material: importVerifyKey reports it */
    }
  }
  return vm;
}

/** Every VM a controller document lists, normalized (for "does the issuer publish this key?"). */
export function allMethods(doc: JsonObject): VerificationMethod[] {
  const docId = typeof doc.id === 'string' ? doc.id : '';
  const seen = new Set<string>();
  const out: VerificationMethod[] = [];
  for (const m of embeddedMethods(doc)) {
    const id = absoluteId(m.id as string, docId);
    if (seen.has(id)) continue;
    seen.add(id);
    const vm = findInControllerDoc(doc, id);
    if (vm) out.push(vm);
  }
  return out;
}
