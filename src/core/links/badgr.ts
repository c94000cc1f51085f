// Badgr, now Canvas Credentials and Parchment Digital Badges. Share links on the web app hosts
//   https://badgr.com/public/assertions/<id>        https://eu.badgr.com/public/assertions/<id>
//   https://<org>.badgr.com/public/assertions/<id>  https://badges.parchment.com/public/assertions/<id>
//   https://<org>.badges.parchment.com/public/assertions/<id>
// and the API hosts themselves (api.badgr.io, api.eu.badgr.io, api.badges.parchment.com), each
// optionally with `.json`, a query (`?identity__email=…`) or `/image` / `/baked` for the picture.
// The web app host is rewritten to its API host, which answers JSON when asked for it (`Accept`)
// in the Open Badges 2.0 shape (`?v=2_0`); the picture is the baked PNG at `/baked?v=2_0`.

import { JSON_ACCEPT, type LinkRule } from './rule.js';

const PATH = /^\/public\/assertions\/([A-Za-z0-9_-]+?)(?:\.json)?(\/image|\/baked)?\/?$/;

/** The API host serving the assertions of a web app host, or undefined for a host not Badgr's. */
function apiHost(host: string): string | undefined {
  if (host === 'api.badgr.io' || host === 'api.eu.badgr.io' || host === 'api.badges.parchment.com') return host;
  if (host === 'eu.badgr.com' || host.endsWith('.eu.badgr.com')) return 'api.eu.badgr.io';
  if (host === 'badgr.com' || host.endsWith('.badgr.com')) return 'api.badgr.io';
  if (host === 'badges.parchment.com' || host.endsWith('.badges.parchment.com')) return 'api.badges.parchment.com';
  return undefined;
}

export const badgr: LinkRule = {
  platform: 'Badgr',
  plan(url) {
    const api = apiHost(url.hostname.toLowerCase());
    const m = api ? PATH.exec(url.pathname) : null;
    if (!api || !m) return undefined;
    const base = `https://${api}/public/assertions/${m[1]}`;
    const notFound = 'The platform does not know this badge: the link is wrong, or the badge was deleted.';
    return m[2]
      ? { url: `${base}/baked?v=2_0`, accept: 'image/png, image/svg+xml', goneMeansRevoked: true, notFound }
      : { url: `${base}?v=2_0`, accept: JSON_ACCEPT, goneMeansRevoked: true, notFound };
  },
};
