// Credly (and its former name Acclaim). Share links:
//   https://www.credly.com/badges/<uuid>            https://www.credly.com/badges/<uuid>/public_url
//   https://www.youracclaim.com/badges/<uuid>       (also without www)
//   https://api.credly.com/v1/obi/v2/badge_assertions/<uuid>   (the assertion itself)
// The page is a JavaScript app; the Open Badges 2.0 hosted assertion lives on the API host, which
// answers 404 for a badge its owner made private and 410 {"revoked": true} for a revoked one.

import { UUID, type LinkRule } from './rule.js';

const PAGE = new RegExp(`^/badges/(${UUID})(?:/public_url)?/?$`, 'i');
const API = new RegExp(`^/v1/obi/v2/badge_assertions/(${UUID})/?$`, 'i');

export const credly: LinkRule = {
  platform: 'Credly',
  plan(url) {
    const host = url.hostname.toLowerCase();
    const id = /^(?:www\.)?(?:credly|youracclaim)\.com$/.test(host)
      ? PAGE.exec(url.pathname)?.[1]
      : host === 'api.credly.com'
        ? API.exec(url.pathname)?.[1]
        : undefined;
    if (!id) return undefined;
    return {
      url: `https://api.credly.com/v1/obi/v2/badge_assertions/${id.toLowerCase()}`,
      goneMeansRevoked: true,
      notFound: 'Credly does not show this badge: its owner made it private, or the link is wrong. The owner can make it public in Credly’s badge settings.',
    };
  },
};
