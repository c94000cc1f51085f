// LinkedIn's "Add to profile" link (https://www.linkedin.com/profile/add?startTask=…&certUrl=…):
// the badge is the `certUrl` it carries, itself resolved by the other rules.

import type { LinkRule } from './rule.js';

export const linkedin: LinkRule = {
  platform: 'LinkedIn',
  plan(url) {
    if (!/^(?:www\.)?linkedin\.com$/i.test(url.hostname) || !/^\/profile\/add\/?$/.test(url.pathname)) return undefined;
    const cert = url.searchParams.get('certUrl')?.trim();
    return cert && /^https?:\/\//i.test(cert) ? { url: cert, unwrap: cert } : undefined;
  },
};
