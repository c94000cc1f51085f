#!/usr/bin/env node
// Issuer-identity fixtures (`npm run fixtures` runs this too; `node scripts/make-identity-fixtures.mjs` alone):
//
// - spoofs: self-made did:key / did:jwk issuers that claim a famous name (signed, valid, and so the
//   case the card must never call "issued by Harvard University");
// - a static DCC-style registry and an OpenID Federation (trust anchor + fetch endpoint) of our own,
//   under https://registry.test/, with every failure a client must refuse: an expired anchor or
//   statement, a statement signed by the wrong key, an unknown kid, typ JWT, alg none, a wrong sub or
//   iss, a DID removed (404);
// - test/fixtures/identity.json: which case is which, for the tests.
//
// Keys are TEST-ONLY and kept in test/fixtures/identity-keys.json (created once, reused), so re-running
// rewrites nothing but what changed. The DIDs of the fixture issuers come from test/fixtures/keys.json.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKeys } from './lib/keys.mjs';
import { fixtureWriter } from './lib/fixture-files.mjs';
import { addProof, rawJws, signJws, verifyJws, verifyProof } from './lib/sign.mjs';
import { subFile } from '../test/server/routes.mjs'; // the file the test server answers for `<fetch endpoint>?sub=`

const ROOT = fileURLToPath(new URL('../test/fixtures/', import.meta.url));
const HOSTS = join(ROOT, 'hosts');
const { write, files } = fixtureWriter(HOSTS);

const V2 = 'https://www.w3.org/ns/credentials/v2';
const OB = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const secs = (iso) => Math.floor(Date.parse(iso) / 1000);
const IAT = secs('2020-01-01T00:00:00Z');
const EXP = secs('2099-01-01T00:00:00Z');
const EXPIRED = secs('2021-01-01T00:00:00Z');

function credential({ issuer, name, id, subject, validFrom = '2025-01-15T09:00:00Z' }) {
  return {
    '@context': [V2, OB],
    id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { type: ['Profile'], ...issuer },
    validFrom,
    name,
    credentialSubject: {
      type: ['AchievementSubject'],
      id: subject,
      achievement: {
        id: `${id}#achievement`,
        type: ['Achievement'],
        name,
        description: 'A badge whose issuer name nothing vouches for.',
        criteria: { narrative: 'Completed the programme.' },
        image: { id: 'https://badges.example/img/red.png', type: 'Image' },
      },
    },
  };
}

export async function makeIdentityFixtures() {
  const fixtureKeys = loadKeys(join(ROOT, 'keys.json'), { guild: 'ed25519', metro: 'p256', northwind: 'ed25519', holder: 'ed25519' });
  const keys = loadKeys(join(ROOT, 'identity-keys.json'), {
    spoofEd: 'ed25519',
    spoofP256: 'p256',
    anchor: 'p256',
    rogue: 'p256',
  });
  const holder = fixtureKeys.holder.didKey;
  const cases = { spoofs: [], registries: {}, federations: [] };

  // ---- spoofs: self-made keys that claim a famous name ------------------------------------------
  const spoofDid = keys.spoofEd.didKey;
  const jcs = await addProof(
    credential({
      issuer: { id: spoofDid, name: 'Harvard University', url: 'https://www.harvard.edu' },
      name: 'Master of Business Administration',
      id: 'https://spoof.example/credentials/harvard-mba',
      subject: holder,
    }),
    { suite: 'eddsa-jcs-2022', key: keys.spoofEd, verificationMethod: keys.spoofEd.didKeyVm, created: '2025-01-15T09:00:00Z' },
  );
  if (!(await verifyProof(jcs, keys.spoofEd.rawPublic))) throw new Error('self-check: spoof jcs');
  cases.spoofs.push({
    name: 'spoof-didkey-harvard',
    url: write('spoof.example/credentials/harvard-didkey.json', jcs),
    claimed: 'Harvard University',
    issuer: spoofDid,
  });

  const jwkDid = keys.spoofP256.didJwk;
  const jwtCred = credential({
    issuer: { id: jwkDid, name: 'Massachusetts Institute of Technology', url: 'https://www.mit.edu' },
    name: 'Bachelor of Science',
    id: 'https://spoof.example/credentials/mit-bsc',
    subject: holder,
  });
  const jwt = await signJws({ ...jwtCred, iss: jwkDid, jti: jwtCred.id, sub: holder, nbf: secs(jwtCred.validFrom) }, keys.spoofP256, {
    alg: 'ES256',
    typ: 'vc+jwt',
    kid: `${jwkDid}#0`,
  });
  await verifyJws(jwt, keys.spoofP256.publicJwk, 'ES256');
  cases.spoofs.push({
    name: 'spoof-didjwk-mit',
    url: write('spoof.example/credentials/mit-didjwk.jwt', jwt),
    claimed: 'Massachusetts Institute of Technology',
    issuer: jwkDid,
  });

  // "Нarvard" with a Cyrillic Н, wrapped in bidi controls and zero-width spaces, and a very long tail.
  const shaped = await addProof(
    credential({
      issuer: { id: spoofDid, name: '\u041Darvard\u200B Univ\u202Eytisre\u202C', url: 'https://www.harvard.edu' },
      name: `Certificate \u2066of\u2069 Excellence${' and Distinction'.repeat(30)}`,
      id: 'https://spoof.example/credentials/shaped',
      subject: holder,
    }),
    { suite: 'eddsa-jcs-2022', key: keys.spoofEd, verificationMethod: keys.spoofEd.didKeyVm, created: '2025-01-15T09:00:00Z' },
  );
  cases.spoofs.push({ name: 'spoof-shaped-name', url: write('spoof.example/credentials/shaped.json', shaped), claimed: shaped.issuer.name, issuer: spoofDid });

  // ---- a static registry (DCC's legacy format) -----------------------------------------------------
  const guild = fixtureKeys.guild.didKey;
  const metro = fixtureKeys.metro.didJwk;
  cases.registries.legacy = write('registry.test/legacy/registry.json', {
    meta: { created: '2025-01-01T00:00:00+00:00', updated: '2025-06-01T00:00:00+00:00' },
    registry: {
      [guild]: { name: 'Open Source Guild e.V.', location: 'Berlin, Germany', url: 'https://guild.example/' },
      [metro]: { name: 'Metro Skills Council', url: 'https://metro.example/' },
    },
  });
  cases.registries.legacyBroken = write('registry.test/legacy-broken/registry.json', { meta: {}, issuers: [guild] });
  cases.registries.listedDids = { guild, metro };

  // ---- an OpenID Federation: one trust anchor per case ---------------------------------------------
  const anchorJwk = { ...keys.anchor.publicJwk, kid: 'anchor-1', alg: 'ES256', use: 'sig' };
  const rogueJwk = { ...keys.rogue.publicJwk, kid: 'rogue-1', alg: 'ES256', use: 'sig' };
  const org = { organization_name: 'Open Source Guild (federation entry)', homepage_uri: 'https://guild.example/', logo_uri: 'https://guild.example/logo.png' };

  async function federation(caseName, { ec = {}, statement = {}, omitStatement = false, signStatement, ecSigner } = {}) {
    const base = `https://registry.test/oidf/${caseName}`;
    const ecPayload = {
      iss: base,
      sub: base,
      iat: IAT,
      exp: EXP,
      jwks: { keys: [anchorJwk] },
      metadata: { federation_entity: { organization_name: `Test Federation (${caseName})`, federation_fetch_endpoint: `${base}/fetch` } },
      ...ec,
    };
    const ecJwt = ecSigner ? await ecSigner(ecPayload) : await signJws(ecPayload, keys.anchor, { alg: 'ES256', typ: 'entity-statement+jwt', kid: 'anchor-1' });
    write(`registry.test/oidf/${caseName}/entity-configuration`, ecJwt);
    if (!omitStatement) {
      const payload = { iss: base, sub: guild, iat: IAT, exp: EXP, metadata: { federation_entity: org }, ...statement };
      const st = signStatement
        ? await signStatement(payload)
        : await signJws(payload, keys.anchor, { alg: 'ES256', typ: 'entity-statement+jwt', kid: 'anchor-1' });
      write(`registry.test/oidf/${caseName}/fetch/${subFile(guild)}`, st);
    }
    return `${base}/entity-configuration`;
  }

  const fed = async (name, outcome, opts, note) => cases.federations.push({ name, url: await federation(name, opts), outcome, note });
  await fed('listed', 'passed', {}, 'anchor and statement valid: the Guild is listed');
  await fed('removed', 'warning', { omitStatement: true }, 'the fetch endpoint answers 404: not (or no longer) listed');
  await fed('anchor-expired', 'unknown', { ec: { exp: EXPIRED } }, 'the entity configuration expired');
  await fed('statement-expired', 'unknown', { statement: { exp: EXPIRED } }, 'the subordinate statement expired');
  await fed(
    'wrong-key',
    'unknown',
    { signStatement: (p) => signJws(p, keys.rogue, { alg: 'ES256', typ: 'entity-statement+jwt', kid: 'anchor-1' }) },
    'statement names the anchor kid but is signed by another key',
  );
  await fed(
    'unknown-kid',
    'unknown',
    { signStatement: (p) => signJws(p, keys.rogue, { alg: 'ES256', typ: 'entity-statement+jwt', kid: 'rogue-1' }) },
    "statement's kid is not in the anchor's jwks",
  );
  await fed('typ-jwt', 'unknown', { signStatement: (p) => signJws(p, keys.anchor, { alg: 'ES256', typ: 'JWT', kid: 'anchor-1' }) }, 'statement typ is JWT');
  await fed(
    'alg-none',
    'unknown',
    { signStatement: (p) => rawJws({ alg: 'none', typ: 'entity-statement+jwt', kid: 'anchor-1' }, p) },
    'statement alg none, no signature',
  );
  await fed('wrong-sub', 'unknown', { statement: { sub: fixtureKeys.northwind.didKey } }, 'statement is about another DID');
  await fed('wrong-iss', 'unknown', { statement: { iss: 'https://registry.test/oidf/elsewhere' } }, 'statement issued by another entity');
  await fed('iat-future', 'unknown', { statement: { iat: EXP - 10 } }, 'statement issued in the future');
  await fed('anchor-not-self-signed', 'unknown', { ec: { iss: 'https://registry.test/oidf/other' } }, 'entity configuration iss ≠ sub');
  await fed(
    'anchor-rogue-keys',
    'unknown',
    {
      ec: { jwks: { keys: [rogueJwk] } },
      ecSigner: (p) => signJws(p, keys.rogue, { alg: 'ES256', typ: 'entity-statement+jwt', kid: 'rogue-1' }),
    },
    'an anchor that swapped its keys: fine unless the page pinned the real ones',
  );
  cases.federations.push({
    name: 'unreachable',
    url: 'https://registry.test/oidf/nowhere/entity-configuration',
    outcome: 'unknown',
    note: 'no such anchor (404)',
  });
  cases.anchorJwks = { keys: [anchorJwk] };

  writeFileSync(join(ROOT, 'identity.json'), JSON.stringify(cases, null, 2) + '\n');
  return { cases, files: [...files] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { cases } = await makeIdentityFixtures();
  console.log(`identity fixtures: ${cases.spoofs.length} spoofs, ${cases.federations.length} federation cases`);
}
