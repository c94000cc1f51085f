// The badge platforms' real host names, answered by the local imitation in
// test/server/platforms.mjs (and every other fixture host by fixtureProxy). Passed as the `proxy`
// option: the resolver really fetches https://api.credly.com/… while nothing leaves the machine.
import { fixtureProxy } from './hosts.js';

export const PLATFORM_HOSTS = [
  'api.credly.com',
  'www.credly.com',
  'api.badgr.io',
  'api.eu.badgr.io',
  'api.badges.parchment.com',
  'api.accredible.com',
  'openbadgefactory.com',
  'verifierplus.org',
];

/** https://api.credly.com/x?y → <origin>/__platform/api.credly.com/x?y (`origin`: this page's by default). */
export function platformProxy(url: string, origin = location.origin): string | undefined {
  const m = /^https:\/\/([a-z0-9.-]+)(\/[^#]*)?/i.exec(url);
  if (m && PLATFORM_HOSTS.includes(m[1]!.toLowerCase())) return `${origin}/__platform/${m[1]!.toLowerCase()}${m[2] ?? '/'}`;
  return fixtureProxy(url);
}
