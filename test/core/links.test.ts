// Issue 17, part 1: the share links people have, resolved to the credential behind them. Each
// platform's rule is proven twice: its exact URL shapes (planFor), and a real verification against
// a local server answering as that platform does (status codes, content types, redirects, the 410
// revocation body; test/server/platforms.mjs), reached through the `proxy` option.
import { expect } from '@open-wc/testing';
import { verify } from '../../src/core/index.js';
import { isPlatformLink } from '../../src/core/links/hosts.js';
import { planFor } from '../../src/core/links/index.js';
import { platformProxy } from '../helpers/platforms.js';
import { testNow } from '../helpers/clock.mjs';

const CREDLY = '3f8b2f7e-1c2d-4e5f-9a0b-1c2d3e4f5a6b';
const CREDLY_API = `https://api.credly.com/v1/obi/v2/badge_assertions/${CREDLY}`;
const BADGR = 'Qm9vbGVhbkxvZ2ljMTIzNA';
const opts = { proxy: platformProxy, now: testNow, registries: [] };

describe('link resolver: the URL shapes each platform rule accepts', () => {
  const shapes: Array<[string, string | undefined]> = [
    [`https://www.credly.com/badges/${CREDLY}/public_url`, CREDLY_API],
    [`https://www.credly.com/badges/${CREDLY}`, CREDLY_API],
    [`https://credly.com/badges/${CREDLY.toUpperCase()}/`, CREDLY_API],
    [`https://www.youracclaim.com/badges/${CREDLY}`, CREDLY_API],
    [`https://youracclaim.com/badges/${CREDLY}/public_url`, CREDLY_API],
    [CREDLY_API, CREDLY_API],
    ['https://www.credly.com/users/ada/badges', undefined],
    ['https://www.credly.com/badges/not-a-uuid', undefined],
    [`https://badgr.com/public/assertions/${BADGR}`, `https://api.badgr.io/public/assertions/${BADGR}?v=2_0`],
    [`https://badgr.com/public/assertions/${BADGR}?identity__email=ada%40badges.example`, `https://api.badgr.io/public/assertions/${BADGR}?v=2_0`],
    [`https://myorg.badgr.com/public/assertions/${BADGR}`, `https://api.badgr.io/public/assertions/${BADGR}?v=2_0`],
    [`https://eu.badgr.com/public/assertions/${BADGR}`, `https://api.eu.badgr.io/public/assertions/${BADGR}?v=2_0`],
    [`https://badges.parchment.com/public/assertions/${BADGR}`, `https://api.badges.parchment.com/public/assertions/${BADGR}?v=2_0`],
    [`https://myorg.badges.parchment.com/public/assertions/${BADGR}`, `https://api.badges.parchment.com/public/assertions/${BADGR}?v=2_0`],
    [`https://api.badgr.io/public/assertions/${BADGR}.json`, `https://api.badgr.io/public/assertions/${BADGR}?v=2_0`],
    [`https://api.eu.badgr.io/public/assertions/${BADGR}`, `https://api.eu.badgr.io/public/assertions/${BADGR}?v=2_0`],
    [`https://api.badgr.io/public/assertions/${BADGR}/image`, `https://api.badgr.io/public/assertions/${BADGR}/baked?v=2_0`],
    [`https://api.badgr.io/public/assertions/${BADGR}/baked?v=1_1`, `https://api.badgr.io/public/assertions/${BADGR}/baked?v=2_0`],
    ['https://badgr.com/public/badges/abc', undefined],
    ['https://www.credential.net/10374562', 'https://api.accredible.com/v1/credential-net/credentials/10374562'],
    [
      'https://credential.net/1b158799-77b9-4257-9ef3-43750f6af0df#acc.LNGqF3XZ',
      'https://api.accredible.com/v1/credential-net/credentials/1b158799-77b9-4257-9ef3-43750f6af0df',
    ],
    ['https://www.credential.net/profile/ada/wallet', undefined],
    ['https://openbadgefactory.com/v1/assertion/PWMPAYaXEaXbVYmO.html', 'https://openbadgefactory.com/v1/assertion/PWMPAYaXEaXbVYmO.json'],
    ['https://openbadgefactory.com/v1/assertion/PWMPAYaXEaXbVYmO', 'https://openbadgefactory.com/v1/assertion/PWMPAYaXEaXbVYmO.json'],
    ['https://openbadgefactory.com/obv3/credentials/abc123', 'https://openbadgefactory.com/obv3/credentials/abc123'],
    ['https://openbadgefactory.com/en/earnable/abc', undefined],
    ['https://verifierplus.org/credentials/c2a3e4f5', 'https://verifierplus.org/api/credentials/c2a3e4f5'],
    ['https://verifierplus.org/', undefined],
    [
      `https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&name=Cloud&certUrl=${encodeURIComponent(`https://www.credly.com/badges/${CREDLY}`)}`,
      `https://www.credly.com/badges/${CREDLY}`,
    ],
    ['https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&certUrl=javascript%3Aalert(1)', undefined],
    ['https://www.linkedin.com/in/ada', undefined],
  ];
  for (const [link, target] of shapes) {
    it(`${link} → ${target ?? 'no rule (loaded as is)'}`, () => {
      expect(planFor(link)?.plan.url).to.equal(target);
    });
  }

  it('only the platforms’ own hosts (and their subdomains) load the rules', () => {
    expect(isPlatformLink(`https://www.credly.com/badges/${CREDLY}`)).to.be.true;
    expect(isPlatformLink('https://myorg.badgr.com/public/assertions/x')).to.be.true;
    expect(isPlatformLink('https://evilcredly.com/badges/x')).to.be.false;
    expect(isPlatformLink('https://credly.com.evil.example/badges/x')).to.be.false;
    expect(isPlatformLink('https://issuer.example/badges/42.json')).to.be.false;
  });
});

describe('link resolver: verifying a share link against the platform', () => {
  const cases: Array<{ link: string; platform: string; verified: string; note?: string }> = [
    { link: `https://www.credly.com/badges/${CREDLY}/public_url`, platform: 'Credly', verified: CREDLY_API },
    { link: `https://www.youracclaim.com/badges/${CREDLY}`, platform: 'Credly', verified: CREDLY_API },
    { link: `https://badgr.com/public/assertions/${BADGR}`, platform: 'Badgr', verified: `https://api.badgr.io/public/assertions/${BADGR}?v=2_0` },
    { link: `https://myorg.badgr.com/public/assertions/${BADGR}`, platform: 'Badgr', verified: `https://api.badgr.io/public/assertions/${BADGR}?v=2_0` },
    {
      link: 'https://eu.badgr.com/public/assertions/RXVyb3BlYW5CYWRnZTAwMQ',
      platform: 'Badgr',
      verified: 'https://api.eu.badgr.io/public/assertions/RXVyb3BlYW5CYWRnZTAwMQ?v=2_0',
    },
    {
      link: 'https://myorg.badges.parchment.com/public/assertions/UGFyY2htZW50QmFkZ2UwMQ',
      platform: 'Badgr',
      verified: 'https://api.badges.parchment.com/public/assertions/UGFyY2htZW50QmFkZ2UwMQ?v=2_0',
    },
    {
      link: `https://api.badgr.io/public/assertions/${BADGR}/image`,
      platform: 'Badgr',
      verified: `https://api.badgr.io/public/assertions/${BADGR}/baked?v=2_0`,
      note: 'the baked PNG',
    },
    { link: 'https://www.credential.net/10374562#acc.LNGqF3XZ', platform: 'Accredible', verified: 'https://api.accredible.com/v1/obi/v2/assertions/10374562' },
    {
      link: 'https://openbadgefactory.com/v1/assertion/PWMPAYaXEaXbVYmO.html',
      platform: 'Open Badge Factory',
      verified: 'https://openbadgefactory.com/v1/assertion/PWMPAYaXEaXbVYmO.json',
    },
    {
      link: 'https://verifierplus.org/credentials/c2a3e4f5-0b1c-4d2e-8f3a-4b5c6d7e8f90',
      platform: 'VerifierPlus',
      verified: 'https://verifierplus.org/api/credentials/c2a3e4f5-0b1c-4d2e-8f3a-4b5c6d7e8f90',
      note: 'a signed Data Integrity credential inside',
    },
  ];
  for (const { link, platform, verified, note } of cases) {
    it(`${link} is valid, verified at ${verified}${note ? ` (${note})` : ''}`, async () => {
      const report = await verify(link, opts);
      expect(report.status, JSON.stringify(report.error ?? report.checks)).to.equal('valid');
      expect(report.link).to.deep.equal({ given: link, platform, verified });
      expect(report.badge?.url, 'the card links the page people know').to.equal(link);
    });
  }

  it('a LinkedIn "add to profile" link verifies the Credly badge it wraps, and keeps the Credly page as the badge’s link', async () => {
    const credly = `https://www.credly.com/badges/${CREDLY}/public_url`;
    const link = `https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&name=Cloud%20Practitioner&certUrl=${encodeURIComponent(credly)}`;
    const report = await verify(link, opts);
    expect(report.status).to.equal('valid');
    expect(report.link).to.deep.equal({ given: link, platform: 'Credly', verified: CREDLY_API });
    expect(report.badge?.url).to.equal(credly);
  });

  it('a LinkedIn link to a badge on no platform loads that badge as is', async () => {
    const inner = 'https://ob2.example/assertions/hosted-valid.json';
    const link = `https://www.linkedin.com/profile/add?certUrl=${encodeURIComponent(inner)}`;
    const report = await verify(link, opts);
    expect(report.status, JSON.stringify(report.error)).to.equal('valid');
    expect(report.link).to.deep.equal({ given: link, platform: 'LinkedIn', verified: inner });
  });

  it('a private Credly badge (404) is an error that says so', async () => {
    const report = await verify('https://www.credly.com/badges/00000000-0000-4000-8000-00000000dead', opts);
    expect(report.status).to.equal('error');
    expect(report.error?.code).to.equal('http-status');
    expect(report.error?.message).to.match(/private/);
  });

  it('a revoked Credly badge (410 {"revoked": true}) is invalid: revocation', async () => {
    const report = await verify('https://www.credly.com/badges/00000000-0000-4000-8000-0000000fa11e/public_url', opts);
    expect(report.status).to.equal('invalid');
    expect(report.checks.map((c) => `${c.id}:${c.outcome}`)).to.deep.equal(['revocation:failed']);
    expect(report.checks[0]!.message).to.match(/Credly says this badge was revoked/);
    expect(report.link?.platform).to.equal('Credly');
  });

  it('a revoked Badgr badge (410) is invalid: revocation', async () => {
    const report = await verify('https://badgr.com/public/assertions/UmV2b2tlZEJhZGdlMDAx', opts);
    expect(report.status).to.equal('invalid');
    expect(report.checks[0]).to.include({ id: 'revocation', outcome: 'failed' });
  });

  it('an Accredible credential without an Open Badge is not-a-credential, naming Accredible', async () => {
    const report = await verify('https://www.credential.net/10374563', opts);
    expect(report.error?.code).to.equal('not-a-credential');
    expect(report.error?.message).to.match(/Accredible/);
  });

  it('api.badgr.io redirects a request for a page to the web app (so the rule asks for JSON)', async () => {
    const res = await fetch(`/__platform/api.badgr.io/public/assertions/${BADGR}`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(res.type).to.equal('opaqueredirect');
    const json = await fetch(`/__platform/api.badgr.io/public/assertions/${BADGR}?v=2_0`, { headers: { accept: 'application/json' } });
    expect(json.headers.get('content-type')).to.equal('application/ld+json');
  });

  it('a Credly page fetched as is is a JavaScript app with no credential (why the rule exists)', async () => {
    const report = await verify(`https://www.credly.com/badges/${CREDLY}/public_url`, {
      ...opts,
      proxy: (u: string) => (u.startsWith('https://www.credly.com/') ? platformProxy(u) : undefined),
    });
    // With the rule, the page is never fetched: the API address is; that one is not proxied here and cannot be reached.
    expect(report.status).to.equal('error');
    expect(report.link).to.equal(undefined);
  });

  it('a link on no platform has no `link` in its report', async () => {
    const report = await verify('https://ob2.example/assertions/hosted-valid.json', opts);
    expect(report.status).to.equal('valid');
    expect(report.link).to.equal(undefined);
  });
});
