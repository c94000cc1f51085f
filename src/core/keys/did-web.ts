// did:web (w3c-ccg/did-method-web §3.2 Read): did:web:host[:path…] → https://host/path…/did.json.

import type { VerifyContext } from '../options.js';
import { KeyResolutionError, type VerificationMethod } from './types.js';
import { splitFragment } from './did-key.js';
import { findInControllerDoc } from './controller-doc.js';
import type { JsonObject } from '../options.js';

/** The URL a did:web DID document is published at. */
export function didWebUrl(did: string): string {
  const parts = did.slice('did:web:'.length).split(':');
  if (!parts[0]) throw new KeyResolutionError('malformed', `${did} names no host.`);
  const host = decodeURIComponent(parts[0]); // `%3A` → port colon
  if (!/^[a-z0-9.-]+(:\d+)?$/i.test(host)) throw new KeyResolutionError('malformed', `${did}: "${host}" is not a host name.`);
  const path = parts.slice(1).map((p) => decodeURIComponent(p));
  if (path.some((p) => p === '' || p === '.' || p === '..' || p.includes('/'))) {
    throw new KeyResolutionError('malformed', `${did} has an invalid path.`);
  }
  return `https://${host}/${path.length ? path.join('/') : '.well-known'}/did.json`;
}

export async function resolveDidWebDocument(did: string, ctx: VerifyContext): Promise<JsonObject> {
  const url = didWebUrl(did);
  let doc: JsonObject;
  try {
    doc = await ctx.loadJson(url);
  } catch (e) {
    throw new KeyResolutionError('unresolvable', `The DID document of ${did} could not be loaded from ${url}.`, { cause: e });
  }
  if (doc.id !== did) throw new KeyResolutionError('malformed', `The document at ${url} is not the DID document of ${did} (its id is ${String(doc.id)}).`);
  return doc;
}

export async function resolveDidWeb(vmUrl: string, ctx: VerifyContext): Promise<VerificationMethod> {
  const [did, fragment] = splitFragment(vmUrl);
  if (fragment === undefined) throw new KeyResolutionError('malformed', `${vmUrl} names a DID, not one of its keys.`);
  const doc = await resolveDidWebDocument(did, ctx);
  const vm = findInControllerDoc(doc, vmUrl);
  if (!vm) throw new KeyResolutionError('unresolvable', `The DID document of ${did} does not list the key ${vmUrl}.`);
  return vm;
}
