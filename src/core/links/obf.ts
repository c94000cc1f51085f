// Open Badge Factory. Share links:
//   https://openbadgefactory.com/v1/assertion/<id>.html   (the page; also without `.html`)
//   https://openbadgefactory.com/v1/assertion/<id>.json   (the Open Badges 2.0 hosted assertion)
//   https://openbadgefactory.com/obv3/credentials/<id>    (an Open Badges 3.0 credential)
// The assertion is the page's address with `.json`; an OB 3.0 credential is asked for as JSON.

import { JSON_ACCEPT, type LinkRule } from './rule.js';

const V1 = /^\/v1\/assertion\/([A-Za-z0-9_-]+)(?:\.html|\.json)?\/?$/;
const V3 = /^\/obv3\/credentials\/([A-Za-z0-9_-]+)\/?$/;

export const obf: LinkRule = {
  platform: 'Open Badge Factory',
  plan(url) {
    if (!/^(?:www\.)?openbadgefactory\.com$/i.test(url.hostname)) return undefined;
    const notFound = 'Open Badge Factory does not know this badge: the link is wrong, or the badge was deleted.';
    const v1 = V1.exec(url.pathname)?.[1];
    if (v1) return { url: `https://openbadgefactory.com/v1/assertion/${v1}.json`, accept: JSON_ACCEPT, goneMeansRevoked: true, notFound };
    const v3 = V3.exec(url.pathname)?.[1];
    if (v3) return { url: `https://openbadgefactory.com/obv3/credentials/${v3}`, accept: JSON_ACCEPT, notFound };
    return undefined;
  },
};
