// Keys named by an https URL (OB 3.0 §dereference). GET the URL without its fragment; the answer is
// a key document, a controller document / issuer Profile listing the key, or a JWKS.
// Never read key material out of the fragment itself: `<issuer-url>#z6Mk…` is only a name.

import type { JsonObject, VerifyContext } from '../options.js';
import { KeyResolutionError, type VerificationMethod } from './types.js';
import { splitFragment } from './did-key.js';
import { absoluteId, findInControllerDoc, relationshipsOf, toVerificationMethod } from './controller-doc.js';
import { resolveDidWebDocument } from './did-web.js';

async function fetchDoc(url: string, ctx: VerifyContext): Promise<JsonObject> {
  try {
    return await ctx.loadJson(url);
  } catch (e) {
    throw new KeyResolutionError('unresolvable', `The key document ${url} could not be loaded.`, { cause: e });
  }
}

function sameUrl(a: string, b: string): boolean {
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return a === b;
  }
}

export async function resolveHttpsVm(vmUrl: string, ctx: VerifyContext): Promise<VerificationMethod> {
  const [docUrl, fragment] = splitFragment(vmUrl);
  const doc = await fetchDoc(docUrl, ctx);

  // JWKS (RFC 7517 §5): match the fragment (or the whole URL) against `kid`.
  if (Array.isArray(doc.keys)) {
    const key = (doc.keys as JsonWebKey[]).find((k) => {
      const kid = (k as { kid?: string }).kid;
      return kid !== undefined && (kid === fragment || kid === vmUrl);
    });
    if (!key) throw new KeyResolutionError('unresolvable', `The key set ${docUrl} has no key with kid "${fragment ?? ''}".`);
    if ('d' in key) throw new KeyResolutionError('malformed', `The key set ${docUrl} publishes a private key; refusing it.`);
    if ((key as { use?: string }).use === 'enc') throw new KeyResolutionError('unsupported', `${vmUrl} is an encryption key.`);
    return { id: vmUrl, type: 'JsonWebKey', controller: docUrl, publicKeyJwk: key, relationships: ['assertionMethod', 'authentication'] };
  }

  const docId = typeof doc.id === 'string' ? doc.id : undefined;

  // A key document: the resource *is* the VM. Its controller must list it (CID §3.3).
  if (docId !== undefined && sameUrl(docId, vmUrl) && (doc.publicKeyMultibase || doc.publicKeyJwk || doc.publicKeyBase58)) {
    const controller = typeof doc.controller === 'string' ? absoluteId(doc.controller, docUrl) : undefined;
    if (!controller) throw new KeyResolutionError('malformed', `The key document ${vmUrl} names no controller.`);
    const vm = toVerificationMethod(doc, vmUrl, controller, []);
    try {
      const cdoc = controller.startsWith('did:web:') ? await resolveDidWebDocument(controller.split('#')[0], ctx) : await fetchDoc(controller, ctx);
      if (cdoc.id !== controller) throw new KeyResolutionError('malformed', `The controller document ${controller} has a different id.`);
      vm.relationships = relationshipsOf(cdoc, vmUrl);
    } catch (e) {
      vm.relationshipsUnknown = `The controller ${controller} of ${vmUrl} could not be checked: ${(e as Error).message}`;
    }
    return vm;
  }

  // A controller document (issuer Profile, CID document). It must be the document it claims to be,
  // or any page could list a key "controlled by" someone else.
  if (docId === undefined || !sameUrl(docId, docUrl)) {
    throw new KeyResolutionError('malformed', `The document at ${docUrl} has a different id (${String(docId)}), so it cannot vouch for ${vmUrl}.`);
  }
  const vm = findInControllerDoc(doc, vmUrl);
  if (!vm) throw new KeyResolutionError('unresolvable', `${docUrl} does not list the key ${vmUrl}.`);
  return vm;
}
