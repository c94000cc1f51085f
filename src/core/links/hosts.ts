// Which links a platform rule may rewrite. This file is in every page's initial download, so it is
// a single host test; the rules themselves (./index.ts and one module per platform) are a chunk
// that only a page given such a link fetches.

/** The hosts of ./index.ts's rules, and their subdomains (`<org>.badgr.com`, `www.credly.com`, …). */
const PLATFORM_HOST =
  /(?:^|\.)(?:credly\.com|youracclaim\.com|badgr\.com|badgr\.io|badges\.parchment\.com|credential\.net|openbadgefactory\.com|verifierplus\.org|linkedin\.com)$/i;

/** True when `url` is on a badge platform whose share links ./index.ts knows how to rewrite. */
export function isPlatformLink(url: string): boolean {
  const host = /^https?:\/\/([^/?#:@]+)/i.exec(url)?.[1];
  return !!host && PLATFORM_HOST.test(host);
}
