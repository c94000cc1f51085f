#!/usr/bin/env node
// Renewal fixtures (`npm run fixtures` runs this too): the same achievement issued again and again
// by the same issuer, in each family, and the look-alikes that must never join them.
//
// - Northwind Institute (did:web, eddsa-rdfc-2022): "Cloud Security Practitioner", 2019 → 2022 → 2025,
//   each issue valid three years, the last far ahead; one achievement, renewed twice.
// - Metro Skills Council (did:jwk, VC-JWT ES256): "Data Steward", 2020 (expired 2023) → 2023; the 2023
//   issue's achievement names the 2020 one under `related` (a new version with a new id).
// - Old Mill Makerspace (OB 2.0 hosted): the woodworking BadgeClass awarded 2021 (expired) and 2024.
// - A self-made did:key that claims "Northwind Institute" and the same achievement id and name: it must
//   stay a group of its own. And a Northwind achievement with the same name under another id.
// test/fixtures/renewals.json lists each chain's URLs.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKeys } from './lib/keys.mjs';
import { fixtureWriter } from './lib/fixture-files.mjs';
import { addProof, signJws, verifyJws, verifyProof } from './lib/sign.mjs';

const ROOT = fileURLToPath(new URL('../test/fixtures/', import.meta.url));
const HOSTS = join(ROOT, 'hosts');
const { write, files } = fixtureWriter(HOSTS);
const V2 = 'https://www.w3.org/ns/credentials/v2';
const OB = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const secs = (iso) => Math.floor(Date.parse(iso) / 1000);

function ob3({ id, issuer, achievement, subject, validFrom, validUntil }) {
  return {
    '@context': [V2, OB],
    id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { type: ['Profile'], ...issuer },
    validFrom,
    ...(validUntil ? { validUntil } : {}),
    name: achievement.name,
    credentialSubject: {
      type: ['AchievementSubject'],
      id: subject,
      achievement: { type: ['Achievement'], criteria: { narrative: 'Passed the exam.' }, ...achievement },
    },
  };
}

export async function makeRenewalFixtures() {
  const keys = loadKeys(join(ROOT, 'keys.json'), { northwind: 'ed25519', metro: 'p256', holder: 'ed25519' });
  const own = loadKeys(join(ROOT, 'identity-keys.json'), { spoofEd: 'ed25519' });
  const holder = keys.holder.didKey;
  const out = { chains: {}, lookalikes: {} };

  // ---- Northwind: Data Integrity, three issues of one achievement ----------------------------------
  const nw = { id: 'did:web:issuer.example:org', name: 'Northwind Institute', url: 'https://issuer.example/' };
  const cloud = {
    id: 'https://issuer.example/achievements/cloud-security-practitioner',
    name: 'Cloud Security Practitioner',
    description: 'Designs and audits secure cloud deployments. Renewed every three years by exam.',
    image: { id: 'https://badges.example/img/blue.png', type: 'Image' },
  };
  const issues = [
    ['2019', '2019-03-01T09:00:00Z', '2022-03-01T09:00:00Z'],
    ['2022', '2022-02-15T09:00:00Z', '2025-02-15T09:00:00Z'],
    ['2025', '2025-02-01T09:00:00Z', '2096-02-01T09:00:00Z'],
  ];
  out.chains.northwind = [];
  for (const [year, from, until] of issues) {
    const cred = ob3({
      id: `https://issuer.example/org/renewals/cloud-${year}.json`,
      issuer: nw,
      achievement: cloud,
      subject: holder,
      validFrom: from,
      validUntil: until,
    });
    const signed = await addProof(cred, {
      suite: 'eddsa-rdfc-2022',
      key: keys.northwind,
      verificationMethod: 'did:web:issuer.example:org#key-1',
      created: from,
    });
    if (!(await verifyProof(signed, keys.northwind.rawPublic))) throw new Error('self-check: renewal proof');
    out.chains.northwind.push(write(`issuer.example/org/renewals/cloud-${year}.json`, signed));
  }

  // ---- Metro: VC-JWT, a new version of the achievement under a new id (related) -------------------
  const metroDid = keys.metro.didJwk;
  const mt = { id: metroDid, name: 'Metro Skills Council', url: 'https://metro.example/' };
  const stewardV1 = {
    id: 'https://metro.example/achievements/data-steward-v1',
    name: 'Data Steward',
    version: '1',
    image: { id: 'https://badges.example/img/green.png', type: 'Image' },
  };
  const stewardV2 = {
    ...stewardV1,
    id: 'https://metro.example/achievements/data-steward-v2',
    version: '2',
    related: [{ id: stewardV1.id, type: ['Related'], version: '1' }],
  };
  out.chains.metro = [];
  for (const [year, achievement, from, until] of [
    ['2020', stewardV1, '2020-06-01T09:00:00Z', '2023-06-01T09:00:00Z'],
    ['2023', stewardV2, '2023-05-20T09:00:00Z', undefined],
  ]) {
    const cred = ob3({ id: `https://metro.example/renewals/steward-${year}`, issuer: mt, achievement, subject: holder, validFrom: from, validUntil: until });
    const claims = { iss: metroDid, jti: cred.id, sub: holder, nbf: secs(from), ...(until ? { exp: secs(until) } : {}) };
    const jwt = await signJws({ ...cred, ...claims }, keys.metro, { alg: 'ES256', typ: 'vc+jwt', kid: `${metroDid}#0` });
    await verifyJws(jwt, keys.metro.publicJwk, 'ES256');
    out.chains.metro.push(write(`badges.example/renewals/steward-${year}.jwt`, jwt));
  }

  // ---- Old Mill Makerspace: OB 2.0 hosted, the same BadgeClass awarded twice ------------------------
  out.chains.ob2 = [];
  for (const [year, issuedOn, expires] of [
    ['2021', '2021-04-10T10:00:00Z', '2023-04-10T10:00:00Z'],
    ['2024', '2024-03-02T10:00:00Z', undefined],
  ]) {
    const id = `https://ob2.example/assertions/renewal-woodworking-${year}.json`;
    out.chains.ob2.push(
      write(`ob2.example/assertions/renewal-woodworking-${year}.json`, {
        '@context': 'https://w3id.org/openbadges/v2',
        type: 'Assertion',
        id,
        recipient: { type: 'email', hashed: false, identity: 'ada@badges.example' },
        badge: 'https://ob2.example/badges/woodworking.json',
        verification: { type: 'HostedBadge' },
        issuedOn,
        ...(expires ? { expires } : {}),
      }),
    );
  }

  // ---- look-alikes that must never merge ------------------------------------------------------------
  const spoof = ob3({
    id: 'https://spoof.example/renewals/cloud-2026.json',
    issuer: { id: own.spoofEd.didKey, name: 'Northwind Institute', url: 'https://issuer.example/' },
    achievement: cloud,
    subject: holder,
    validFrom: '2026-01-10T09:00:00Z',
  });
  const spoofSigned = await addProof(spoof, {
    suite: 'eddsa-jcs-2022',
    key: own.spoofEd,
    verificationMethod: own.spoofEd.didKeyVm,
    created: '2026-01-10T09:00:00Z',
  });
  out.lookalikes.spoofSameAchievement = write('spoof.example/renewals/cloud-2026.json', spoofSigned);
  const otherId = ob3({
    id: 'https://issuer.example/org/renewals/cloud-other.json',
    issuer: nw,
    achievement: {
      ...cloud,
      id: 'https://issuer.example/achievements/cloud-security-practitioner-workshop',
      description: 'A one-day workshop of the same name.',
    },
    subject: holder,
    validFrom: '2024-05-01T09:00:00Z',
  });
  const otherSigned = await addProof(otherId, {
    suite: 'eddsa-rdfc-2022',
    key: keys.northwind,
    verificationMethod: 'did:web:issuer.example:org#key-1',
    created: '2024-05-01T09:00:00Z',
  });
  out.lookalikes.sameNameOtherId = write('issuer.example/org/renewals/cloud-other.json', otherSigned);

  writeFileSync(join(ROOT, 'renewals.json'), JSON.stringify(out, null, 2) + '\n');
  return { cases: out, files: [...files] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { cases } = await makeRenewalFixtures();
  console.log(
    `renewal fixtures: ${Object.values(cases.chains).flat().length} issues in ${Object.keys(cases.chains).length} chains, ${Object.keys(cases.lookalikes).length} look-alikes`,
  );
}
