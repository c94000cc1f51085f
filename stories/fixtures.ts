// Story data: the signed test fixtures, served by Storybook from /fixtures (see .storybook/main.ts).
// Every https URL a fixture names (https://<host>/<path>) is read from /fixtures/hosts/<host>/<path>,
// while the card keeps the original URL as the badge's identity (what it shares and shows).

/** The `proxy` for stories: https://issuer.example/x → /fixtures/hosts/issuer.example/x */
export function storyProxy(url: string): string | undefined {
  const m = /^https?:\/\/([a-z0-9.-]+\.(?:example|test))(\/.*)?$/i.exec(url);
  return m ? `${location.origin}/fixtures/hosts/${m[1]}${m[2] ?? '/'}` : undefined;
}

/** Fixture URLs by what they show (names from test/fixtures/index.json). */
export const fixtures = {
  valid: 'https://issuer.example/org/credentials/rdfc-valid.json',
  validJwt: 'https://badges.example/credentials/jwt-eddsa.jwt',
  endorsed: 'https://issuer.example/org/credentials/endorsed.json',
  multilingual: 'https://issuer.example/org/credentials/multilingual.json',
  expiringSoon: 'https://badges.example/credentials/expires-soon.jwt',
  baked: 'https://badges.example/baked/ob3-json.png',
  tampered: 'https://badges.example/credentials/tampered-jcs.json',
  expired: 'https://badges.example/credentials/expired.jwt',
  revoked: 'https://issuer.example/org/credentials/revoked.json',
  wrongKey: 'https://issuer.example/org/credentials/wrong-key.json',
  notYetValid: 'https://badges.example/credentials/not-yet-valid.json',
  statusUnreachable: 'https://issuer.example/org/credentials/status-unreachable.json',
  ob2Hosted: 'https://ob2.example/assertions/hosted-valid.json',
  /** A self-made did:key that calls itself "Harvard University" (issue 15): valid signature, issuer not confirmed. */
  spoofedIssuer: 'https://spoof.example/credentials/harvard-didkey.json',
  /** The Open Source Guild's did:key, listed as "Open Source Guild e.V." in the test registry below. */
  guildDidKey: 'https://badges.example/credentials/jcs-valid.json',
  missing: 'https://issuer.example/org/credentials/does-not-exist.json',
} as const;

/** The static test registry of the fixtures (DCC's legacy format), marked as a test registry. */
export const testRegistry = { type: 'dcc-legacy', name: 'Test Registry', url: 'https://registry.test/legacy/registry.json', test: true } as const;

/** A fixture URL by manifest name (for the states without a constant above). */
export async function fixtureUrl(name: string): Promise<string> {
  const list = (await (await fetch('/fixtures/index.json')).json()) as Array<{ name: string; url: string }>;
  const found = list.find((f) => f.name === name);
  if (!found) throw new Error(`no fixture named ${name}`);
  return found.url;
}
