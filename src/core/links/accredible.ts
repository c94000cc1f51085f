// Accredible. Share links: https://www.credential.net/<id> (a number or a UUID; a `#acc.…` tracking
// fragment is common). The page is a JavaScript app; its credential record is JSON on the API host,
// and names the Open Badges assertion in `badge_assertion_url` when the credential has one.

import { isObj } from '../json.js';
import { JSON_ACCEPT, type LinkRule } from './rule.js';

const PATH = /^\/(?:verify\/)?([A-Za-z0-9-]{4,64})\/?$/;

export const accredible: LinkRule = {
  platform: 'Accredible',
  plan(url) {
    const id = /^(?:www\.)?credential\.net$/i.test(url.hostname) ? PATH.exec(url.pathname)?.[1] : undefined;
    if (!id) return undefined;
    return {
      url: `https://api.accredible.com/v1/credential-net/credentials/${id}`,
      accept: JSON_ACCEPT,
      notFound: 'Accredible does not know this credential: the link is wrong, or the credential is private.',
      extract(json) {
        const record = isObj(json.credential) ? json.credential : json;
        const href = record.badge_assertion_url;
        return typeof href === 'string' && /^https:\/\//i.test(href) ? { url: href } : undefined;
      },
    };
  },
};
