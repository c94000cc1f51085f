// VerifierPlus (the Digital Credentials Consortium's public verifier). Share links:
//   https://verifierplus.org/credentials/<id>
// The page is a JavaScript app; /api/credentials/<id> answers JSON that holds the credential
// (as the answer itself, or under `vc`, `credential`, `verifiableCredential` or `data`).

import { isObj } from '../json.js';
import type { JsonObject } from '../options.js';
import { JSON_ACCEPT, type Extracted, type LinkRule } from './rule.js';

const PATH = /^\/credentials\/([A-Za-z0-9_-]+)\/?$/;

function credentialIn(json: JsonObject): Extracted | undefined {
  if ('@context' in json || 'proof' in json) return { json };
  for (const key of ['vc', 'credential', 'verifiableCredential', 'data']) {
    const v = json[key];
    if (isObj(v)) return credentialIn(v);
    if (typeof v === 'string' && v.trim()) return { text: v.trim() }; // a compact JWT
  }
  return undefined;
}

export const verifierPlus: LinkRule = {
  platform: 'VerifierPlus',
  plan(url) {
    const id = /^(?:www\.)?verifierplus\.org$/i.test(url.hostname) ? PATH.exec(url.pathname)?.[1] : undefined;
    if (!id) return undefined;
    return {
      url: `https://verifierplus.org/api/credentials/${id}`,
      accept: JSON_ACCEPT,
      notFound: 'VerifierPlus does not know this credential: the link is wrong, or its owner removed it.',
      extract: credentialIn,
    };
  },
};
