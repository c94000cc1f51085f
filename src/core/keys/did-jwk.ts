// did:jwk (quartzjer/did-jwk): the DID is the base64url JWK; the only VM is `<did>#0`.

import { KeyResolutionError, ALL_RELATIONSHIPS, type VerificationMethod } from './types.js';
import { base64UrlDecode } from './multibase.js';
import { splitFragment } from './did-key.js';

export function resolveDidJwk(vmUrl: string): VerificationMethod {
  const [did, fragment] = splitFragment(vmUrl);
  if (fragment !== undefined && fragment !== '0') {
    throw new KeyResolutionError('unresolvable', `${vmUrl}: a did:jwk has only the verification method #0.`);
  }
  let jwk: JsonWebKey & { use?: string };
  try {
    jwk = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(base64UrlDecode(did.slice('did:jwk:'.length))));
  } catch {
    throw new KeyResolutionError('malformed', `${did} does not hold a base64url JSON Web Key.`);
  }
  if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk) || typeof jwk.kty !== 'string') {
    throw new KeyResolutionError('malformed', `${did} does not hold a JSON Web Key.`);
  }
  if ('d' in jwk) throw new KeyResolutionError('malformed', `${did} contains a private key; refusing it.`);
  // did:jwk §2.2: `use: enc` gives only keyAgreement, so such a key can never assert anything.
  if (jwk.use === 'enc') throw new KeyResolutionError('unsupported', `${did} is an encryption key (use: enc), not a signing key.`);
  const relationships = jwk.use === 'sig' ? [...ALL_RELATIONSHIPS] : [...ALL_RELATIONSHIPS, 'keyAgreement'];
  return { id: `${did}#0`, type: 'JsonWebKey2020', controller: did, publicKeyJwk: jwk, relationships };
}
