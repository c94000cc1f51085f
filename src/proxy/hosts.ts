// Who the proxy may fetch from, by default: the badge platforms whose share links src/core/links
// resolves (their API hosts, where the credentials are), and the Digital Credentials Consortium's
// issuer registries (src/core/identity). A deployment adds its own hosts; did:web documents and
// issuer profiles on any other host only with `allowAnyHost`, an explicit opt-in.

export const DEFAULT_HOSTS: readonly string[] = [
  // Credly (src/core/links/credly.ts)
  'api.credly.com',
  // Badgr / Canvas Credentials / Parchment (badgr.ts): the API hosts, and the web app hosts whose
  // pages some links still point at
  'api.badgr.io',
  'api.eu.badgr.io',
  'api.badges.parchment.com',
  'badgr.com',
  '*.badgr.com',
  'badges.parchment.com',
  '*.badges.parchment.com',
  // Accredible (accredible.ts): the record, and the assertion it names
  'api.accredible.com',
  // Open Badge Factory and Open Badge Passport (obf.ts)
  'openbadgefactory.com',
  'openbadgepassport.com',
  // VerifierPlus (verifierplus.ts)
  'verifierplus.org',
  // DCC issuer registries (src/core/identity): static lists and the OpenID Federation
  'digitalcredentials.github.io',
  'registry.dcconsortium.org',
  'test.registry.dcconsortium.org',
];

/** `host` matches `pattern`: the same name, or for `*.suffix` any name ending in `.suffix`. */
export function hostMatches(host: string, pattern: string): boolean {
  const p = pattern.toLowerCase();
  return p.startsWith('*.') ? host.endsWith(p.slice(1)) && host.length > p.length - 1 : host === p;
}
