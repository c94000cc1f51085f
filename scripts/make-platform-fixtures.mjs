#!/usr/bin/env node
// Badge platform fixtures (issue 17): what Credly, Badgr, Accredible, Open Badge Factory and
// VerifierPlus serve behind the share links people have, for the link resolver (src/core/links)
// and the proxy. `npm run fixtures` runs this too; `node scripts/make-platform-fixtures.mjs` alone.
//
// Writes test/fixtures/platforms/<real platform host>/<path> (the bodies) and
// test/fixtures/platforms/routes.json (how each platform answers: status, content type, the 410
// revocation body, the redirect a browser gets). test/server/platforms.mjs serves them; tests
// reach the real host names only through the `proxy` option (test/helpers/platforms.ts), so no
// request leaves the machine.
//
// The assertions are Open Badges 2.0 *hosted* assertions, as these platforms issue them: nothing to
// sign, and the same host serves the assertion, its BadgeClass and its Issuer (so the hosted check's
// default policy, "hosted on the issuer's host", holds). VerifierPlus holds a signed credential: the
// Data Integrity (eddsa-jcs-2022, did:key) fixture make-fixtures.mjs writes, copied byte for byte.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bakePng, drawBadge } from './lib/png.mjs';

const ROOT = fileURLToPath(new URL('../test/fixtures/', import.meta.url));
const OUT = join(ROOT, 'platforms');
const OB2 = 'https://w3id.org/openbadges/v2';
const EMAIL = 'ada@badges.example';
const SALT = 'platform-salt-17';
const recipient = {
  type: 'email',
  hashed: true,
  salt: SALT,
  identity:
    'sha256$' +
    createHash('sha256')
      .update(EMAIL + SALT)
      .digest('hex'),
};

/** Every file written, so make-fixtures.mjs's stale-file sweep leaves them alone. */
const files = new Set();
/** How the platforms answer, path by path (read by test/server/platforms.mjs). */
const routes = [];

function write(rel, body) {
  const file = join(OUT, rel);
  files.add(file);
  mkdirSync(dirname(file), { recursive: true });
  const bytes = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body, null, 2) + '\n';
  if (!existsSync(file) || !readFileSync(file).equals(Buffer.from(bytes))) writeFileSync(file, bytes);
  return rel;
}

/** `url` answers `status` with `type`; the body is the file `file` or the text `body`. */
function route(url, r) {
  const u = new URL(url);
  routes.push({ host: u.host, path: u.pathname, ...r });
}

/** A hosted assertion, its BadgeClass and its Issuer, all on one platform host; returns the assertion. */
function hosted({ assertion, badgeClass, issuer, name, org, color, type = 'application/json; charset=utf-8', jsonOnly }) {
  const image = 'data:image/png;base64,' + drawBadge(color, '#ffffff').toString('base64');
  const a = {
    '@context': OB2,
    type: 'Assertion',
    id: assertion,
    recipient,
    badge: badgeClass,
    verification: { type: 'HostedBadge' },
    issuedOn: '2025-03-02T10:00:00Z',
  };
  const b = {
    '@context': OB2,
    type: 'BadgeClass',
    id: badgeClass,
    name,
    description: `${name}, issued by ${org}.`,
    image,
    criteria: { narrative: `Pass the ${name} assessment.` },
    issuer,
  };
  const i = { '@context': OB2, type: 'Issuer', id: issuer, name: org, url: 'https://www.example.org/', email: 'badges@example.org' };
  for (const [url, doc] of [
    [assertion, a],
    [badgeClass, b],
    [issuer, i],
  ]) {
    const u = new URL(url);
    route(url, { status: 200, type, file: write(`${u.host}${u.pathname.replace(/\/$/, '')}.body.json`, doc), ...(jsonOnly ? { jsonOnly } : {}) });
  }
  return a;
}

export async function makePlatformFixtures() {
  // ---- Credly: the API's OB 2.0 assertion; 404 for a private badge, 410 {"revoked": true} for a revoked one.
  const CREDLY = 'https://api.credly.com/v1/obi/v2';
  const credlyId = '3f8b2f7e-1c2d-4e5f-9a0b-1c2d3e4f5a6b';
  hosted({
    assertion: `${CREDLY}/badge_assertions/${credlyId}`,
    badgeClass: `${CREDLY}/badge_classes/7d1e0c44-5b6a-4c3d-8e9f-0a1b2c3d4e5f`,
    issuer: `${CREDLY}/issuers/a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d`,
    name: 'Cloud Practitioner',
    org: 'Example Cloud Academy',
    color: '#ff9900',
  });
  route(`${CREDLY}/badge_assertions/00000000-0000-4000-8000-00000000dead`, {
    status: 404,
    type: 'application/json; charset=utf-8',
    body: '{"data":{"message":"Not Found"}}',
  });
  route(`${CREDLY}/badge_assertions/00000000-0000-4000-8000-0000000fa11e`, { status: 410, type: 'application/json; charset=utf-8', body: '{"revoked": true}' });
  route(`https://www.credly.com/badges/${credlyId}/public_url`, {
    status: 200,
    type: 'text/html; charset=utf-8',
    body: '<!doctype html><html><head><title>Credly</title></head><body><div id="root"></div><script src="/app.js"></script></body></html>',
  });

  // ---- Badgr / Canvas Credentials / Parchment: JSON from the API host when asked for JSON (a browser
  // asking for HTML is redirected to the web app, as api.badgr.io does), the baked PNG at /baked.
  const badgrId = 'Qm9vbGVhbkxvZ2ljMTIzNA';
  const badgr = hosted({
    assertion: `https://api.badgr.io/public/assertions/${badgrId}`,
    badgeClass: 'https://api.badgr.io/public/badges/U1FMRm9yQW5hbHlzdHM',
    issuer: 'https://api.badgr.io/public/issuers/T2xkTWlsbE1ha2Vycw',
    name: 'Boolean Logic',
    org: 'Old Mill Makerspace',
    color: '#0b5cad',
    type: 'application/ld+json',
    jsonOnly: `https://badgr.com/public/assertions/${badgrId}`,
  });
  route(`https://api.badgr.io/public/assertions/${badgrId}/baked`, {
    status: 200,
    type: 'image/png',
    file: write(`api.badgr.io/public/assertions/${badgrId}/baked.png`, bakePng(drawBadge('#0b5cad', '#ffffff'), 'openbadges', JSON.stringify(badgr))),
  });
  route('https://api.badgr.io/public/assertions/UmV2b2tlZEJhZGdlMDAx', {
    status: 410,
    type: 'application/json',
    body: '{"revoked": true, "revocationReason": "Issued in error"}',
  });
  const euId = 'RXVyb3BlYW5CYWRnZTAwMQ';
  hosted({
    assertion: `https://api.eu.badgr.io/public/assertions/${euId}`,
    badgeClass: 'https://api.eu.badgr.io/public/badges/RVVCYWRnZUNsYXNz',
    issuer: 'https://api.eu.badgr.io/public/issuers/RVVJc3N1ZXI',
    name: 'Data Protection Basics',
    org: 'Example Hochschule',
    color: '#1a7f37',
    type: 'application/ld+json',
    jsonOnly: `https://eu.badgr.com/public/assertions/${euId}`,
  });
  const parchmentId = 'UGFyY2htZW50QmFkZ2UwMQ';
  hosted({
    assertion: `https://api.badges.parchment.com/public/assertions/${parchmentId}`,
    badgeClass: 'https://api.badges.parchment.com/public/badges/UGFyY2htZW50Q2xhc3M',
    issuer: 'https://api.badges.parchment.com/public/issuers/UGFyY2htZW50SXNzdWVy',
    name: 'Academic Writing',
    org: 'Example Community College',
    color: '#8250df',
    type: 'application/ld+json',
    jsonOnly: `https://badges.parchment.com/public/assertions/${parchmentId}`,
  });

  // ---- Accredible: the credential record names its OB 2.0 assertion in badge_assertion_url.
  const accId = '10374562';
  const ACC = 'https://api.accredible.com/v1';
  hosted({
    assertion: `${ACC}/obi/v2/assertions/${accId}`,
    badgeClass: `${ACC}/obi/v2/badge_classes/88102`,
    issuer: `${ACC}/obi/v2/issuers/5521`,
    name: 'Project Management Essentials',
    org: 'Example Institute',
    color: '#d1242f',
  });
  route(`${ACC}/credential-net/credentials/${accId}`, {
    status: 200,
    type: 'application/json; charset=utf-8',
    file: write(`api.accredible.com/v1/credential-net/credentials/${accId}.body.json`, {
      credential: {
        id: Number(accId),
        name: 'Project Management Essentials',
        issued_on: '2025-03-02',
        badge_assertion_url: `${ACC}/obi/v2/assertions/${accId}`,
        url: `https://www.credential.net/${accId}`,
      },
    }),
  });
  const accNoBadge = '10374563';
  route(`${ACC}/credential-net/credentials/${accNoBadge}`, {
    status: 200,
    type: 'application/json; charset=utf-8',
    body: JSON.stringify({ credential: { id: Number(accNoBadge), name: 'A certificate without a badge', badge_assertion_url: null } }),
  });

  // ---- Open Badge Factory: the page's address with .json is the hosted assertion.
  const obfId = 'PWMPAYaXEaXbVYmO';
  hosted({
    assertion: `https://openbadgefactory.com/v1/assertion/${obfId}.json`,
    badgeClass: 'https://openbadgefactory.com/v1/badge/_/PWMPAYaXEaXbVYm0.json',
    issuer: 'https://openbadgefactory.com/v1/client/_/PWMPAYaXEaXbVYm1.json',
    name: 'Digital Mentor',
    org: 'Example Vocational School',
    color: '#116329',
  });
  route(`https://openbadgefactory.com/v1/assertion/${obfId}.html`, {
    status: 200,
    type: 'text/html; charset=utf-8',
    body: '<!doctype html><html><head><title>Open Badge Factory</title></head><body>Digital Mentor</body></html>',
  });

  // ---- VerifierPlus: /api/credentials/<id> holds the credential (a signed one: make-fixtures.mjs's did:key JCS credential).
  const signed = JSON.parse(readFileSync(join(ROOT, 'hosts/badges.example/credentials/jcs-valid.json'), 'utf8'));
  const vpId = 'c2a3e4f5-0b1c-4d2e-8f3a-4b5c6d7e8f90';
  route(`https://verifierplus.org/api/credentials/${vpId}`, {
    status: 200,
    type: 'application/json; charset=utf-8',
    file: write(`verifierplus.org/api/credentials/${vpId}.body.json`, { vc: signed }),
  });

  write('routes.json', { note: 'written by scripts/make-platform-fixtures.mjs; served by test/server/platforms.mjs', routes });
  return { files: [...files] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { files: written } = await makePlatformFixtures();
  console.log(`platform fixtures: ${written.length} files in test/fixtures/platforms`);
}
