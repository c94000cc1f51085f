#!/usr/bin/env node
// Creates test keys and issues real signed test credentials under test/fixtures/.
//
//   npm run fixtures                 re-uses test/fixtures/keys.json (only what must change, changes)
//   node scripts/make-fixtures.mjs --new-keys     new keys, every signature changes
//   node scripts/make-fixtures.mjs --wall=1000    also writes 1,000 badges to hosts/wall.example/
//
// Every URL a fixture names is https://<host>/<path>, served in tests from
// test/fixtures/hosts/<host>/<path> (see test/helpers/hosts.ts). test/fixtures/index.json lists
// the cases with the verdict a verifier must reach; README.md explains them.
// Each signature is verified back (WebCrypto / jose) right after it is made, and every
// JSON-LD credential is run through RDFC-1.0 in safe mode, so a broken fixture fails here.

import { createHash, createHmac, sign as nodeSign } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, gunzipSync } from 'node:zlib';
import { b64u, fromB64u, multibaseU, utf8 } from './lib/codec.mjs';
import { loadKeys } from './lib/keys.mjs';
import { makePlatformFixtures } from './make-platform-fixtures.mjs';
import { makeIdentityFixtures } from './make-identity-fixtures.mjs';
import { makeRenewalFixtures } from './make-renewal-fixtures.mjs';
import { badgeSvg, bakePng, drawBadge, readPngChunks } from './lib/png.mjs';
import {
  addProof,
  canonize,
  decodeJwsPayload,
  documentLoader as documentLoaderFor,
  extraContexts,
  rawJws,
  signJws,
  verifyJws,
  verifyProof,
} from './lib/sign.mjs';
import { TEST_NOW_MS } from '../test/helpers/clock.mjs';

const ROOT = fileURLToPath(new URL('../test/fixtures/', import.meta.url));
const HOSTS = join(ROOT, 'hosts');
const args = process.argv.slice(2);
const NEW_KEYS = args.includes('--new-keys');
const WALL = Number((args.find((a) => a.startsWith('--wall=')) ?? '').split('=')[1] || 0);

// ---------------------------------------------------------------------------------------------
// Output helpers

const written = new Set();
let changedFiles = 0;

function hostPath(url) {
  const m = /^https:\/\/([a-z0-9.-]+\.(?:example|test))\/(.+)$/.exec(url);
  if (!m) throw new Error(`not a fixture URL: ${url}`);
  if (/(^|\/)\./.test(m[2])) throw new Error(`no dot-paths: ${url}`);
  if (!/\.(json|jwt|png|svg)$/.test(m[2])) throw new Error(`served files need .json/.jwt/.png/.svg: ${url}`);
  return join(HOSTS, m[1], m[2]);
}

/** Writes bytes/text only when they differ, so re-runs keep unchanged files untouched. */
function writeOut(file, data) {
  mkdirSync(dirname(file), { recursive: true });
  const buf = Buffer.isBuffer(data) ? data : Buffer.from(data);
  written.add(file);
  if (existsSync(file) && readFileSync(file).equals(buf)) return;
  writeFileSync(file, buf);
  changedFiles++;
}

const pretty = (obj) => JSON.stringify(obj, null, 2) + '\n';

/** Publishes at a URL: objects as pretty JSON, strings as text (JWT), Buffers as bytes. */
function publish(url, content) {
  const file = hostPath(url);
  if (typeof content === 'string' && /^[\w-]+\.[\w-]*\.[\w-]*$/.test(content)) {
    // ECDSA signatures are randomised: keep the old JWS when header and payload did not change.
    if (existsSync(file)) {
      const old = readFileSync(file, 'utf8').trim();
      if (old.split('.').slice(0, 2).join('.') === content.split('.').slice(0, 2).join('.')) content = old;
    }
    writeOut(file, content + '\n');
    stableText.set(url, content);
  } else if (Buffer.isBuffer(content)) writeOut(file, content);
  else if (typeof content === 'string') writeOut(file, content);
  else writeOut(file, pretty(content));
  return file;
}

const cases = [];
/** The text actually published at a URL (an ECDSA JWS may be the older, equivalent one). */
const stableText = new Map();
/** Adds a case to index.json. `content` is published at `url` (or pass an existing `file`). */
function addCase({ name, url, content, format, expect, note }) {
  if (cases.some((c) => c.name === name)) throw new Error(`duplicate case ${name}`);
  const file = publish(url, content);
  cases.push({ name, path: relative(ROOT, file).split('\\').join('/'), url, format, expect, ...(note ? { note } : {}) });
  return stableText.get(url) ?? content;
}

// ---------------------------------------------------------------------------------------------
// Keys

const WALL_ISSUERS = 10;
const keys = loadKeys(
  join(ROOT, 'keys.json'),
  {
    northwind: 'ed25519',
    northwindAuthOnly: 'ed25519',
    college: 'ed25519',
    collegeRsa: 'rsa2048',
    guild: 'ed25519',
    metro: 'p256',
    harbor: 'ed25519',
    datalab: 'ed25519',
    issuerControlled: 'ed25519',
    selfDeclared: 'ed25519',
    holder: 'ed25519',
    ob2: 'rsa2048',
    attacker: 'ed25519',
    attackerRsa: 'rsa2048',
    attackerK1: 'secp256k1',
    ...Object.fromEntries(Array.from({ length: WALL_ISSUERS }, (_, i) => [`wall${i}`, 'ed25519'])),
  },
  { fresh: NEW_KEYS },
);

// ---------------------------------------------------------------------------------------------
// Constants: dates, vocabularies, contexts

const CTX = {
  v2: 'https://www.w3.org/ns/credentials/v2',
  v1: 'https://www.w3.org/2018/credentials/v1',
  ob: 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
  obOld: 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json',
  obExt: 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json',
  ed2020: 'https://w3id.org/security/suites/ed25519-2020/v1',
  sl2021: 'https://w3id.org/vc/status-list/2021/v1',
  clr: 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json',
  ob2: 'https://w3id.org/openbadges/v2',
  did: 'https://www.w3.org/ns/did/v1',
  multikey: 'https://w3id.org/security/multikey/v1',
  cid: 'https://www.w3.org/ns/cid/v1',
  jws2020: 'https://w3id.org/security/suites/jws-2020/v1',
};
const D = {
  from: '2025-01-15T09:00:00Z',
  until2099: '2099-12-31T23:59:59Z',
  expiredFrom: '2024-06-01T09:00:00Z',
  expired: '2025-06-01T00:00:00Z',
  future: '2099-01-01T00:00:00Z',
  // The portfolio is also the demo's data (`npm start`, real clock): a badge that should look valid
  // carries a date far ahead, never one a calendar year away.
  untilFar: '2096-03-01T00:00:00Z',
  // "Valid today, expires soon" for the tests: relative to the suite's clock (test/helpers/clock.mjs),
  // so these stay valid at that clock in every year. 40 and 200 days after it.
  soonA: new Date(TEST_NOW_MS + 40 * 86_400_000).toISOString().replace('.000Z', 'Z'),
  soonB: new Date(TEST_NOW_MS + 200 * 86_400_000).toISOString().replace('.000Z', 'Z'),
};
const SKILLS = [
  'JavaScript',
  'Accessibility',
  'Data Analysis',
  'Project Management',
  'Cloud',
  'Security',
  'Python',
  'UX Research',
  'SQL',
  'Public Speaking',
  'Teamwork',
  'Machine Learning',
];
const slugify = (s) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const secs = (iso) => Math.floor(Date.parse(iso) / 1000);
const uuid = (seed) => {
  const h = createHash('sha256').update(seed).digest('hex');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};
const ADA = {
  name: 'Ada Example',
  email: 'ada@badges.example',
  salt: 'sea-salt-0451',
  did: keys.holder.didKey,
};
const adaHash =
  'sha256$' +
  createHash('sha256')
    .update(ADA.email + ADA.salt)
    .digest('hex');

// ---------------------------------------------------------------------------------------------
// Issuers

function profile(id, name, host, extra = {}) {
  return { id, type: ['Profile'], name, url: `https://${host}/`, email: `badges@${host}`, ...extra };
}

const ISSUERS = {
  northwind: {
    key: keys.northwind,
    profile: profile('did:web:issuer.example:org', 'Northwind Institute', 'issuer.example', {
      image: { id: 'https://issuer.example/org/logo.png', type: 'Image' },
      description: 'A (fictional) technical institute that issues test badges.',
    }),
    vm: 'did:web:issuer.example:org#key-1',
  },
  college: {
    key: keys.college,
    profile: profile('https://college.example/issuer.json', 'Lakeside College', 'college.example', {
      image: { id: 'https://college.example/logo.svg', type: 'Image' },
    }),
    vm: 'https://college.example/issuer.json#key-1',
    rsaVm: 'https://college.example/issuer.json#rsa-1',
  },
  guild: {
    key: keys.guild,
    profile: profile(keys.guild.didKey, 'Open Source Guild', 'guild.example'),
    vm: keys.guild.didKeyVm,
  },
  metro: {
    key: keys.metro,
    profile: profile(keys.metro.didJwk, 'Metro Skills Council', 'metro.example'),
    vm: `${keys.metro.didJwk}#0`,
  },
  harbor: {
    key: keys.harbor,
    profile: profile('did:web:cloud.example:academy', 'Harbor Cloud Academy', 'cloud.example', {
      image: { id: 'https://cloud.example/academy/logo.png', type: 'Image' },
    }),
    vm: 'did:web:cloud.example:academy#key-1',
  },
  datalab: {
    key: keys.datalab,
    profile: profile('did:web:datalab.test:lab', 'Civic Data Lab', 'datalab.test'),
    vm: 'did:web:datalab.test:lab#key-1',
  },
};

function didWebDoc(did, vms, { auth = [] } = {}) {
  return {
    '@context': [CTX.did, CTX.multikey],
    id: did,
    verificationMethod: vms.map(({ id, key }) => ({ id, type: 'Multikey', controller: did, publicKeyMultibase: key.multikey })),
    assertionMethod: vms.filter((v) => !auth.includes(v.id)).map((v) => v.id),
    authentication: vms.map((v) => v.id),
  };
}

function writeIssuerDocuments() {
  // did:web:issuer.example:org — key-1 for assertions, key-2 only for authentication (a forgery uses it).
  publish(
    'https://issuer.example/org/did.json',
    didWebDoc(
      'did:web:issuer.example:org',
      [
        { id: 'did:web:issuer.example:org#key-1', key: keys.northwind },
        { id: 'did:web:issuer.example:org#key-2', key: keys.northwindAuthOnly },
      ],
      { auth: ['did:web:issuer.example:org#key-2'] },
    ),
  );
  publish('https://issuer.example/org/profile.json', {
    '@context': [CTX.v2, CTX.ob],
    ...ISSUERS.northwind.profile,
    type: ['Profile'],
  });
  publish('https://issuer.example/org/logo.png', drawBadge('#0b3d91', '#f2c744'));
  publish('https://cloud.example/academy/did.json', didWebDoc('did:web:cloud.example:academy', [{ id: ISSUERS.harbor.vm, key: keys.harbor }]));
  publish('https://cloud.example/academy/logo.png', drawBadge('#0a7c8c', '#ffffff'));
  publish('https://datalab.test/lab/did.json', didWebDoc('did:web:datalab.test:lab', [{ id: ISSUERS.datalab.vm, key: keys.datalab }]));
  publish('https://college.example/logo.svg', badgeSvg('#6f42c1', '#ffffff', 'Lakeside College'));

  // https issuer: the Profile is also its controller document (CID 1.0 shape).
  publish('https://college.example/issuer.json', {
    '@context': [CTX.cid, CTX.v2, CTX.ob],
    ...ISSUERS.college.profile,
    verificationMethod: [
      { id: ISSUERS.college.vm, type: 'Multikey', controller: ISSUERS.college.profile.id, publicKeyMultibase: keys.college.multikey },
      {
        id: ISSUERS.college.rsaVm,
        type: 'JsonWebKey',
        controller: ISSUERS.college.profile.id,
        publicKeyJwk: { ...keys.collegeRsa.publicJwk, alg: 'RS256', kid: ISSUERS.college.rsaVm },
      },
    ],
    assertionMethod: [ISSUERS.college.vm, ISSUERS.college.rsaVm],
  });
  publish('https://college.example/jwks.json', { keys: [{ ...keys.collegeRsa.publicJwk, alg: 'RS256', use: 'sig', kid: ISSUERS.college.rsaVm }] });

  // issuer-controlled.example: a profile that lists its own key (a forgery names another one in a fragment).
  publish('https://issuer-controlled.example/profile.json', {
    '@context': [CTX.cid, CTX.v2, CTX.ob],
    ...profile('https://issuer-controlled.example/profile.json', 'Issuer Controlled Academy', 'issuer-controlled.example'),
    verificationMethod: [
      {
        id: 'https://issuer-controlled.example/profile.json#key-1',
        type: 'Multikey',
        controller: 'https://issuer-controlled.example/profile.json',
        publicKeyMultibase: keys.issuerControlled.multikey,
      },
    ],
    assertionMethod: ['https://issuer-controlled.example/profile.json#key-1'],
  });

  // The attacker: a did:web of their own, plus a key document that claims the college as controller.
  publish(
    'https://attacker.example/evil/did.json',
    didWebDoc('did:web:attacker.example:evil', [{ id: 'did:web:attacker.example:evil#key-1', key: keys.attacker }]),
  );
  publish('https://attacker.example/keys/college-key.json', {
    '@context': [CTX.multikey],
    id: 'https://attacker.example/keys/college-key.json',
    type: 'Multikey',
    controller: ISSUERS.college.profile.id,
    publicKeyMultibase: keys.attacker.multikey,
  });
}

// ---------------------------------------------------------------------------------------------
// Credentials

const IMAGE_COLORS = {
  blue: ['#1f6feb', '#ffffff'],
  purple: ['#8250df', '#ffd33d'],
  green: ['#1a7f37', '#ffffff'],
  pink: ['#bf3989', '#ffffff'],
  red: ['#d1242f', '#ffd33d'],
  gold: ['#9a6700', '#fff8c5'],
  teal: ['#0a7c8c', '#ffffff'],
  gray: ['#57606a', '#ffffff'],
};

function writeImages() {
  for (const [name, [c, a]] of Object.entries(IMAGE_COLORS)) {
    publish(`https://badges.example/img/${name}.png`, drawBadge(c, a));
    publish(`https://badges.example/img/${name}.svg`, badgeSvg(c, a, `${name} badge`));
  }
}

function alignment(skill, i = 0) {
  return {
    type: ['Alignment'],
    targetName: skill,
    targetUrl: `https://skills.example/framework/${slugify(skill)}.json`,
    targetFramework: 'Example Skills Framework',
    targetCode: `ESF-${String(SKILLS.indexOf(skill) + 1).padStart(3, '0')}`,
    targetType: 'ceasn:Competency',
    ...(i === 0 ? { targetDescription: `Demonstrated ability in ${skill}.` } : {}),
  };
}

function markdownCriteria(name, skills, issuerUrl) {
  return [
    `To earn **${name}** a learner must:`,
    '',
    `1. Complete the ${skills[0]} project brief`,
    `2. Pass a review with a mentor (at least 80%)`,
    `3. Publish a short reflection`,
    '',
    `- Skills: ${skills.join(', ')}`,
    `- Estimated effort: *12 hours*`,
    '',
    `See the [assessment rubric](${issuerUrl}rubrics/${slugify(name)}) for details.`,
  ].join('\n');
}

/**
 * An OB 3.0 OpenBadgeCredential (VCDM 2.0, or VCDM 1.1 with `v11`).
 * `a` describes the achievement: {name, description, type, skills, color, narrative, creditsAvailable}.
 */
function ob3(issuerKey, a, o = {}) {
  const issuer = ISSUERS[issuerKey];
  const slug = slugify(a.name);
  const achievement = {
    id: `${issuer.profile.url}achievements/${slug}`,
    type: ['Achievement'],
    name: a.name,
    description: a.description ?? `Awarded for demonstrated skill in ${(a.skills ?? ['the subject'])[0]}.`,
    criteria: a.criteriaUrl ? { id: a.criteriaUrl } : { narrative: a.narrative ?? markdownCriteria(a.name, a.skills ?? ['the subject'], issuer.profile.url) },
    image: { id: a.imageUrl ?? `https://badges.example/img/${a.color ?? 'blue'}.png`, type: 'Image' },
    ...(a.type ? { achievementType: a.type } : {}),
    ...(a.skills ? { alignment: a.skills.map(alignment), tag: a.skills } : {}),
    ...(a.creditsAvailable ? { creditsAvailable: a.creditsAvailable } : {}),
  };
  const subject = o.identifier
    ? {
        type: ['AchievementSubject'],
        identifier: [{ type: 'IdentityObject', hashed: true, identityHash: adaHash, identityType: 'emailAddress', salt: ADA.salt }],
        achievement,
      }
    : { id: ADA.did, type: ['AchievementSubject'], achievement };
  const id = o.id ?? uuid(`${issuerKey}/${o.seed ?? slug}`);
  const cred = o.v11
    ? {
        '@context': [CTX.v1, CTX.ob, ...(o.extraContexts ?? [])],
        id,
        type: ['VerifiableCredential', 'OpenBadgeCredential'],
        name: a.name,
        issuer: issuer.profile,
        issuanceDate: o.validFrom ?? D.from,
        ...(o.validUntil ? { expirationDate: o.validUntil } : {}),
        credentialSubject: subject,
      }
    : {
        '@context': [CTX.v2, CTX.ob, ...(o.extraContexts ?? [])],
        id,
        type: ['VerifiableCredential', 'OpenBadgeCredential'],
        name: a.name,
        ...(a.credDescription ? { description: a.credDescription } : {}),
        issuer: issuer.profile,
        validFrom: o.validFrom ?? D.from,
        ...(o.validUntil ? { validUntil: o.validUntil } : {}),
        credentialSubject: subject,
      };
  if (o.status) cred.credentialStatus = o.status;
  if (o.evidence) cred.evidence = o.evidence;
  if (o.endorsement) cred.endorsement = o.endorsement;
  return cred;
}

// --- signing wrappers, each verified back immediately ---

const selfCheck = { signatures: 0, canonized: 0, tamperedRejected: 0 };

/** Raw public key for a VM our keys know (self-check only: the verifier under test resolves for real). */
function rawKeyFor(key) {
  return key.rawPublic;
}

async function di(doc, issuerKey, suite, o = {}) {
  const issuer = ISSUERS[issuerKey];
  const key = o.key ?? issuer.key;
  const signed = await addProof(doc, {
    suite,
    key,
    verificationMethod: o.vm ?? issuer.vm,
    created: o.created ?? doc.validFrom ?? doc.issuanceDate ?? D.from,
    proofPurpose: o.proofPurpose,
    challenge: o.challenge,
    domain: o.domain,
    proofContext: suite === 'eddsa-jcs-2022' && o.proofContext !== false ? (o.proofContext ?? undefined) : undefined,
    hashDoc: o.hashDoc,
  });
  if (!o.hashDoc && !(await verifyProof(signed, rawKeyFor(key)))) throw new Error(`self-check: ${suite} proof does not verify (${doc.name})`);
  selfCheck.signatures++;
  return signed;
}

const JWT_ALG = { ed25519: 'EdDSA', p256: 'ES256', rsa2048: 'RS256' };

/** VC-JWT (VCDM 2.0 payload = the credential + registered claims). */
async function vcJwt(cred, issuerKey, o = {}) {
  const issuer = ISSUERS[issuerKey];
  const key = o.key ?? (o.rsa ? keys.collegeRsa : issuer.key);
  const kid = o.kid ?? (o.rsa ? issuer.rsaVm : issuer.vm);
  const claims = {
    iss: typeof cred.issuer === 'string' ? cred.issuer : cred.issuer.id,
    jti: cred.id,
    ...(cred.credentialSubject.id ? { sub: cred.credentialSubject.id } : {}),
    nbf: secs(cred.validFrom),
    ...(cred.validUntil ? { exp: secs(cred.validUntil) } : {}),
  };
  const header = { alg: JWT_ALG[key.kind], typ: 'vc+jwt', ...(o.noKid ? {} : { kid }), ...(o.header ?? {}) };
  const jws = await signJws({ ...cred, ...claims }, key, header);
  await verifyJws(jws, key.publicJwk, header.alg);
  selfCheck.signatures++;
  return jws;
}

/** VCDM 1.1 JWT: the credential sits in the `vc` claim. */
async function vc11Jwt(cred, issuerKey) {
  const issuer = ISSUERS[issuerKey];
  const payload = {
    iss: issuer.profile.id,
    sub: cred.credentialSubject.id,
    jti: cred.id,
    nbf: secs(cred.issuanceDate),
    ...(cred.expirationDate ? { exp: secs(cred.expirationDate) } : {}),
    vc: cred,
  };
  const header = { alg: JWT_ALG[issuer.key.kind], typ: 'JWT', kid: issuer.vm };
  const jws = await signJws(payload, issuer.key, header);
  await verifyJws(jws, issuer.key.publicJwk, header.alg);
  selfCheck.signatures++;
  return jws;
}

/** Changes one character of the achievement name (after signing). */
function tamperName(doc) {
  const copy = structuredClone(doc);
  const subj = copy.vc ? copy.vc.credentialSubject : copy.credentialSubject;
  const n = subj.achievement.name;
  subj.achievement.name = n.slice(0, -1) + (n.at(-1) === 'X' ? 'Y' : 'X');
  return copy;
}
function tamperJwt(jws) {
  const [h, , s] = jws.split('.');
  return `${h}.${b64u(utf8(JSON.stringify(tamperName(decodeJwsPayload(jws)))))}.${s}`;
}

async function assertDiFails(doc, key, what) {
  let ok = false;
  try {
    ok = await verifyProof(doc, key.rawPublic);
  } catch {
    ok = false;
  }
  if (ok) throw new Error(`self-check: ${what} unexpectedly verifies`);
  selfCheck.tamperedRejected++;
}
async function assertJwsFails(jws, key, alg, what) {
  try {
    await verifyJws(jws, key.publicJwk, alg);
  } catch {
    selfCheck.tamperedRejected++;
    return;
  }
  throw new Error(`self-check: ${what} unexpectedly verifies`);
}

// ---------------------------------------------------------------------------------------------
// Status lists

const STATUS_ENTRIES = 131072;
const REVOKED = { bitstring: [42, 43, 44, 45, 900, 901], suspended: [13, 14], sl2021: [5], wall: [] };

function encodeBits(indices, { prefix = true } = {}) {
  const bytes = new Uint8Array(STATUS_ENTRIES / 8);
  for (const i of indices) bytes[i >> 3] |= 0x80 >> (i & 7); // index 0 = most significant bit of byte 0
  const gz = gzipSync(bytes, { level: 9 });
  return prefix ? multibaseU(gz) : b64u(gz);
}
function bitIsSet(encoded, index, { prefix = true } = {}) {
  const bytes = gunzipSync(fromB64u(prefix ? encoded.slice(1) : encoded));
  if (bytes.length * 8 < STATUS_ENTRIES) throw new Error('status list too short');
  return (bytes[index >> 3] & (0x80 >> (index & 7))) !== 0;
}

const LIST = {
  revocation: 'https://status.example/lists/revocation.json',
  suspension: 'https://status.example/lists/suspension.json',
  sl2021: 'https://status.example/lists/sl2021.json',
  forged: 'https://status.example/lists/forged-revocation.json',
  missing: 'https://status.example/lists/missing.json',
  // A stale copy: Northwind's list as it was before index 46 was revoked, expired since 2025-06-01.
  stale: 'https://status.example/lists/stale-revocation.json',
  // Served at one address, naming another: a copy of the genuine list (another list's statements).
  copied: 'https://status.example/lists/copied-revocation.json',
  // A genuine list of another issuer (the college), pointed at by a Northwind credential.
  otherIssuer: 'https://status.example/lists/college-revocation.json',
  edtech: 'https://status.example/1edtech/guild-revocations.json',
};

function bitstringEntry(purpose, index, list = purpose === 'suspension' ? LIST.suspension : LIST.revocation) {
  return {
    id: `${list}#${index}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: purpose,
    statusListIndex: String(index),
    statusListCredential: list,
  };
}

async function writeStatusLists() {
  const list = (url, purpose, indices, issuer = ISSUERS.northwind.profile.id) => ({
    '@context': [CTX.v2],
    id: url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer,
    validFrom: '2025-01-01T00:00:00Z',
    credentialSubject: { id: `${url}#list`, type: 'BitstringStatusList', statusPurpose: purpose, encodedList: encodeBits(indices) },
  });
  publish(
    LIST.revocation,
    await di(list(LIST.revocation, 'revocation', REVOKED.bitstring), 'northwind', 'eddsa-rdfc-2022', { created: '2025-01-01T00:00:00Z' }),
  );
  publish(
    LIST.suspension,
    await di(list(LIST.suspension, 'suspension', REVOKED.suspended), 'northwind', 'eddsa-rdfc-2022', { created: '2025-01-01T00:00:00Z' }),
  );
  // Claims to be Northwind's list (nothing revoked) but is signed by the attacker's key.
  publish(
    LIST.forged,
    await di(list(LIST.forged, 'revocation', []), 'northwind', 'eddsa-rdfc-2022', {
      key: keys.attacker,
      vm: 'did:web:attacker.example:evil#key-1',
      created: '2025-01-01T00:00:00Z',
    }),
  );

  publish(
    LIST.stale,
    await di({ ...list(LIST.stale, 'revocation', []), validUntil: '2025-06-01T00:00:00Z' }, 'northwind', 'eddsa-rdfc-2022', {
      created: '2025-01-01T00:00:00Z',
    }),
  );
  publish(LIST.copied, await di(list(LIST.revocation, 'revocation', REVOKED.bitstring), 'northwind', 'eddsa-rdfc-2022', { created: '2025-01-01T00:00:00Z' }));
  publish(
    LIST.otherIssuer,
    await di(list(LIST.otherIssuer, 'revocation', [], ISSUERS.college.profile.id), 'college', 'eddsa-rdfc-2022', { created: '2025-01-01T00:00:00Z' }),
  );

  const sl = {
    '@context': [CTX.v1, CTX.sl2021, CTX.ed2020],
    id: LIST.sl2021,
    type: ['VerifiableCredential', 'StatusList2021Credential'],
    issuer: ISSUERS.college.profile.id,
    issuanceDate: '2025-01-01T00:00:00Z',
    credentialSubject: {
      id: `${LIST.sl2021}#list`,
      type: 'StatusList2021',
      statusPurpose: 'revocation',
      encodedList: encodeBits(REVOKED.sl2021, { prefix: false }),
    },
  };
  publish(LIST.sl2021, await di(sl, 'college', 'Ed25519Signature2020', { created: '2025-01-01T00:00:00Z' }));

  if (!bitIsSet(encodeBits(REVOKED.bitstring), 42) || bitIsSet(encodeBits(REVOKED.bitstring), 7)) throw new Error('self-check: bitstring');
}

// ---------------------------------------------------------------------------------------------
// Open Badges 2.0

const OB2 = {
  issuer: 'https://ob2.example/issuer.json',
  key: 'https://ob2.example/keys/rsa-1.json',
  revocations: 'https://ob2.example/revocations.json',
};
const ob2Recipient = { type: 'email', hashed: true, salt: ADA.salt, identity: adaHash };

function ob2BadgeClass(slug, name, color, skills) {
  return {
    '@context': CTX.ob2,
    type: 'BadgeClass',
    id: `https://ob2.example/badges/${slug}.json`,
    name,
    description: `${name}: a hands-on workshop badge from the Old Mill Makerspace.`,
    image: `https://ob2.example/img/${slug}.png`,
    criteria: {
      id: `https://ob2.example/criteria/${slug}.json`,
      narrative: `Attend the **${name}** workshop and complete the build.\n\n- Safety briefing\n- Supervised project`,
    },
    issuer: OB2.issuer,
    tags: skills,
    alignment: skills.map((s) => ({
      targetName: s,
      targetUrl: `https://skills.example/framework/${slugify(s)}.json`,
      targetFramework: 'Example Skills Framework',
    })),
    __color: color,
  };
}
const OB2_BADGES = [
  ob2BadgeClass('woodworking', 'Woodworking Basics', '#9a6700', ['Project Management']),
  ob2BadgeClass('soldering', 'Soldering Safety', '#d1242f', ['Security', 'Teamwork']),
  ob2BadgeClass('3d-printing', '3D Printing', '#1a7f37', ['Cloud', 'Project Management']),
];

function ob2Assertion(id, badgeSlug, o = {}) {
  return {
    '@context': CTX.ob2,
    type: 'Assertion',
    id,
    recipient: ob2Recipient,
    badge: `https://ob2.example/badges/${badgeSlug}.json`,
    verification: o.signed ? { type: 'SignedBadge', creator: o.creator ?? OB2.key } : { type: 'HostedBadge' },
    issuedOn: o.issuedOn ?? '2024-03-02T10:00:00Z',
    ...(o.expires ? { expires: o.expires } : {}),
    ...(o.revoked ? { revoked: true, revocationReason: 'Awarded to the wrong person' } : {}),
    ...(o.evidence ? { evidence: o.evidence } : {}),
    ...(o.narrative ? { narrative: o.narrative } : {}),
  };
}

async function ob2Sign(assertion, key = keys.ob2) {
  const jws = await signJws(assertion, key, { alg: 'RS256' });
  await verifyJws(jws, key.publicJwk, 'RS256');
  selfCheck.signatures++;
  return jws;
}

function writeOb2Documents() {
  publish(OB2.issuer, {
    '@context': CTX.ob2,
    type: 'Issuer',
    id: OB2.issuer,
    name: 'Old Mill Makerspace',
    url: 'https://ob2.example/',
    email: 'badges@ob2.example',
    description: 'A (fictional) community makerspace still issuing Open Badges 2.0.',
    image: 'https://ob2.example/logo.png',
    publicKey: [OB2.key],
    revocationList: OB2.revocations,
    verification: { type: 'VerificationObject', allowedOrigins: ['ob2.example'] },
  });
  publish('https://ob2.example/logo.png', drawBadge('#57606a', '#f6f8fa'));
  publish(OB2.key, { '@context': CTX.ob2, type: 'CryptographicKey', id: OB2.key, owner: OB2.issuer, publicKeyPem: keys.ob2.publicPem });
  for (const b of OB2_BADGES) {
    const { __color, ...doc } = b;
    publish(doc.id, doc);
    publish(doc.image, drawBadge(__color, '#ffffff'));
    publish(doc.criteria.id, { '@context': CTX.ob2, type: 'Criteria', id: doc.criteria.id, narrative: doc.criteria.narrative });
  }
  // Attacker's CryptographicKey that claims the makerspace as owner (the issuer's publicKey does not list it).
  publish('https://attacker.example/keys/ob2-key.json', {
    '@context': CTX.ob2,
    type: 'CryptographicKey',
    id: 'https://attacker.example/keys/ob2-key.json',
    owner: OB2.issuer,
    publicKeyPem: keys.attackerRsa.publicPem,
  });
}

// ---------------------------------------------------------------------------------------------
// Baking

function bakeSvg(svg, { json, jws, ob2 = false }) {
  const ns = ob2 ? 'http://openbadges.org' : 'https://purl.imsglobal.org/ob/v3p0';
  const el = ob2 ? 'openbadges:assertion' : 'openbadges:credential';
  const body = jws ? `<${el} verify="${jws}"/>` : `<${el}><![CDATA[${json}]]></${el}>`;
  return svg.replace('<svg ', `<svg xmlns:openbadges="${ns}" `).replace(/(<svg[^>]*>)/, `$1\n  ${body}\n`);
}
function checkBakedPng(buf, keyword, text) {
  const it = readPngChunks(buf).filter((c) => c.type === 'iTXt');
  const data = it[0].data;
  const kwEnd = data.indexOf(0);
  if (it.length !== 1 || data.subarray(0, kwEnd).toString('latin1') !== keyword || data.subarray(kwEnd + 5).toString('utf8') !== text) {
    throw new Error('self-check: baked PNG does not read back');
  }
}

// ---------------------------------------------------------------------------------------------
// The cases

const A = {
  a11y: { name: 'Accessible Web Foundations', type: 'Certificate', skills: ['Accessibility', 'JavaScript'], color: 'blue' },
  data: { name: 'Data Analysis with Python', type: 'Course', skills: ['Data Analysis', 'Python', 'SQL'], color: 'purple', creditsAvailable: 3 },
  cloud: { name: 'Cloud Deployment Practitioner', type: 'Certification', skills: ['Cloud', 'Security'], color: 'teal' },
  pm: { name: 'Agile Project Leadership', type: 'Badge', skills: ['Project Management', 'Teamwork'], color: 'gold' },
  sec: { name: 'Secure Coding Essentials', type: 'Competency', skills: ['Security', 'JavaScript'], color: 'red' },
  ux: { name: 'UX Research Methods', type: 'Course', skills: ['UX Research', 'Public Speaking'], color: 'pink' },
  ml: { name: 'Intro to Machine Learning', type: 'Course', skills: ['Machine Learning', 'Python'], color: 'green' },
};

async function writeCases() {
  const H = 'https://issuer.example/org/credentials/';
  const C = 'https://college.example/credentials/';
  const G = 'https://badges.example/credentials/';

  // ---- valid -----------------------------------------------------------------------------
  const rdfcValid = await di(
    ob3('northwind', A.a11y, {
      validUntil: D.until2099,
      evidence: [
        {
          id: 'https://issuer.example/org/evidence/ada-a11y-audit',
          type: ['Evidence'],
          name: 'Accessibility audit report',
          narrative: 'Audited the **library catalogue** site and fixed 23 issues.',
        },
      ],
    }),
    'northwind',
    'eddsa-rdfc-2022',
  );
  addCase({
    name: 'valid-ob3-rdfc-didweb',
    url: `${H}rdfc-valid.json`,
    content: rdfcValid,
    format: 'ob3-di-eddsa-rdfc-2022',
    expect: 'valid',
    note: 'did:web:issuer.example:org, Multikey key-1 under assertionMethod; validUntil 2099',
  });

  const ed2020 = await di(ob3('college', A.data, { v11: true, extraContexts: [CTX.ed2020] }), 'college', 'Ed25519Signature2020');
  addCase({
    name: 'valid-ob3-ed25519sig2020-https',
    url: `${C}ed2020-valid.json`,
    content: ed2020,
    format: 'ob3-di-ed25519signature2020',
    expect: 'valid',
    note: 'VCDM 1.1 (issuanceDate), issuer https://college.example/issuer.json = controller document listing key-1 under assertionMethod',
  });

  const jcsValid = await di(ob3('guild', A.pm, { identifier: true }), 'guild', 'eddsa-jcs-2022');
  addCase({
    name: 'valid-ob3-jcs-didkey',
    url: `${G}jcs-valid.json`,
    content: jcsValid,
    format: 'ob3-di-eddsa-jcs-2022',
    expect: 'valid',
    note: 'did:key issuer; subject by hashed email identifier (ada@badges.example + salt), no validUntil',
  });

  const jcsCtx = await di(ob3('guild', A.ux), 'guild', 'eddsa-jcs-2022', { proofContext: [CTX.v2, CTX.ob] });
  addCase({
    name: 'valid-ob3-jcs-proof-context',
    url: `${G}jcs-proof-context.json`,
    content: jcsCtx,
    format: 'ob3-di-eddsa-jcs-2022',
    expect: 'valid',
    note: 'proof carries @context equal to the document @context',
  });

  const jwtEd = await vcJwt(ob3('guild', A.sec, { validUntil: D.until2099 }), 'guild');
  addCase({
    name: 'valid-ob3-jwt-eddsa-didkey',
    url: `${G}jwt-eddsa.jwt`,
    content: jwtEd,
    format: 'ob3-vc-jwt',
    expect: 'valid',
    note: 'typ vc+jwt, alg EdDSA, kid did:key#fragment; iss/jti/sub/nbf/exp match',
  });

  const jwtEs = addCase({
    name: 'valid-vc-jwt-es256-didjwk',
    url: `${G}jwt-es256.jwt`,
    content: await vcJwt(ob3('metro', A.cloud), 'metro'),
    format: 'ob3-vc-jwt',
    expect: 'valid',
    note: 'P-256 did:jwk issuer, kid did:jwk:…#0',
  });

  const jwtRs = await vcJwt(ob3('college', A.ml, { validUntil: D.until2099 }), 'college', { rsa: true });
  addCase({
    name: 'valid-vc-jwt-rs256-https-kid',
    url: `${C}jwt-rs256.jwt`,
    content: jwtRs,
    format: 'ob3-vc-jwt',
    expect: 'valid',
    note: 'kid https://college.example/issuer.json#rsa-1 (JsonWebKey in the controller document; same key in https://college.example/jwks.json)',
  });

  const v11cred = ob3('guild', A.data, { v11: true, seed: 'vc11-jwt', validUntil: D.until2099 });
  addCase({
    name: 'valid-vc11-jwt-vc-claim',
    url: `${G}vc11.jwt`,
    content: await vc11Jwt(v11cred, 'guild'),
    format: 'vc11-jwt',
    expect: 'valid',
    note: 'VCDM 1.1 JWT: typ JWT, credential in `vc`, iss/sub/jti/nbf/exp consistent',
  });

  const soonA = await vcJwt(ob3('harbor', A.cloud, { seed: 'exp-2027', validUntil: D.soonA }), 'harbor');
  addCase({
    name: 'valid-expires-soon-jwt',
    url: `${G}expires-soon.jwt`,
    content: soonA,
    format: 'ob3-vc-jwt',
    expect: 'valid',
    note: `validUntil ${D.soonA}, 40 days after the test clock: "expires in N days" with a \`now\``,
  });
  const soonB = await di(ob3('datalab', A.data, { seed: 'exp-2027b', validUntil: D.soonB }), 'datalab', 'eddsa-jcs-2022');
  addCase({
    name: 'valid-expires-soon-jcs',
    url: `${G}expires-soon.json`,
    content: soonB,
    format: 'ob3-di-eddsa-jcs-2022',
    expect: 'valid',
    note: `validUntil ${D.soonB}, 200 days after the test clock`,
  });

  const statusOk = await di(ob3('northwind', A.sec, { seed: 'status-ok', status: bitstringEntry('revocation', 7) }), 'northwind', 'eddsa-rdfc-2022');
  addCase({
    name: 'valid-status-bitstring-not-revoked',
    url: `${H}status-ok.json`,
    content: statusOk,
    format: 'ob3-di-eddsa-rdfc-2022',
    expect: 'valid',
    note: `BitstringStatusListEntry revocation index 7 (bit 0) in ${LIST.revocation}`,
  });

  const statusBoth = await di(
    { ...ob3('northwind', A.pm, { seed: 'status-both' }), credentialStatus: [bitstringEntry('revocation', 8), bitstringEntry('suspension', 8)] },
    'northwind',
    'eddsa-rdfc-2022',
  );
  addCase({
    name: 'valid-status-revocation-and-suspension',
    url: `${H}status-both.json`,
    content: statusBoth,
    format: 'ob3-di-eddsa-rdfc-2022',
    expect: 'valid',
    note: 'two entries (revocation + suspension), index 8 clear in both',
  });

  const endorsementCred = (seed) => ({
    '@context': [CTX.v2, CTX.ob],
    id: uuid(`endorsement/${seed}`),
    type: ['VerifiableCredential', 'EndorsementCredential'],
    name: 'Civic Data Lab endorses Accessible Web Foundations',
    issuer: ISSUERS.datalab.profile,
    validFrom: '2025-02-01T00:00:00Z',
    credentialSubject: {
      id: `${ISSUERS.northwind.profile.url}achievements/${slugify(A.a11y.name)}`,
      type: ['EndorsementSubject'],
      endorsementComment: 'We hire graduates of this course: the **assessment** is rigorous and hands-on.',
    },
  });
  const endorsement = await di(endorsementCred('standalone'), 'datalab', 'eddsa-rdfc-2022');
  addCase({
    name: 'valid-endorsement',
    url: 'https://datalab.test/lab/endorsements/a11y.json',
    content: endorsement,
    format: 'ob3-endorsement-di-eddsa-rdfc-2022',
    expect: 'valid',
    note: 'EndorsementCredential by did:web:datalab.test:lab of a Northwind achievement',
  });
  const endorsed = await di(
    ob3('northwind', A.a11y, { seed: 'endorsed', endorsement: [await di(endorsementCred('embedded'), 'datalab', 'eddsa-jcs-2022')] }),
    'northwind',
    'eddsa-rdfc-2022',
  );
  addCase({
    name: 'valid-ob3-with-endorsement',
    url: `${H}endorsed.json`,
    content: endorsed,
    format: 'ob3-di-eddsa-rdfc-2022',
    expect: 'valid',
    note: 'embedded endorsement[] (eddsa-jcs-2022 by Civic Data Lab) verifies on its own',
  });

  const multi = ob3('northwind', A.ux, { seed: 'multilingual' });
  multi.name = [
    { '@value': 'UX Research Methods', '@language': 'en' },
    { '@value': 'Méthodes de recherche UX', '@language': 'fr' },
    { '@value': 'UX-Forschungsmethoden', '@language': 'de' },
  ];
  multi.credentialSubject.achievement.name = [
    { '@value': 'UX Research Methods', '@language': 'en' },
    { '@value': 'Méthodes de recherche UX', '@language': 'fr' },
    { '@value': 'UX-Forschungsmethoden', '@language': 'de' },
  ];
  multi.credentialSubject.achievement.description = [
    { '@value': 'Interviews, usability tests and synthesis.', '@language': 'en' },
    { '@value': 'Entretiens, tests d’utilisabilité et synthèse.', '@language': 'fr' },
  ];
  multi.credentialSubject.achievement.inLanguage = 'en';
  addCase({
    name: 'valid-multilingual',
    url: `${H}multilingual.json`,
    content: await di(multi, 'northwind', 'eddsa-rdfc-2022'),
    format: 'ob3-di-eddsa-rdfc-2022',
    expect: 'valid',
    note: 'name/description as arrays of {@value,@language} value objects (VCDM 2.0 §11.1); only OB 3.0 context terms',
  });

  // baked
  const pngJson = bakePng(drawBadge('#1f6feb', '#ffffff'), 'openbadgecredential', JSON.stringify(rdfcValid));
  checkBakedPng(pngJson, 'openbadgecredential', JSON.stringify(rdfcValid));
  addCase({
    name: 'valid-baked-png-json',
    url: 'https://badges.example/baked/ob3-json.png',
    content: pngJson,
    format: 'baked-png',
    expect: 'valid',
    note: 'iTXt openbadgecredential = the JSON of valid-ob3-rdfc-didweb',
  });
  const pngJwt = bakePng(drawBadge('#bf3989', '#ffffff'), 'openbadgecredential', jwtEd);
  checkBakedPng(pngJwt, 'openbadgecredential', jwtEd);
  addCase({
    name: 'valid-baked-png-jwt',
    url: 'https://badges.example/baked/ob3-jwt.png',
    content: pngJwt,
    format: 'baked-png',
    expect: 'valid',
    note: 'iTXt openbadgecredential = the VC-JWT of valid-ob3-jwt-eddsa-didkey',
  });
  addCase({
    name: 'valid-baked-svg-json',
    url: 'https://badges.example/baked/ob3-json.svg',
    content: bakeSvg(badgeSvg('#9a6700', '#fff8c5', 'Agile Project Leadership'), { json: JSON.stringify(jcsValid, null, 2) }),
    format: 'baked-svg',
    expect: 'valid',
    note: '<openbadges:credential><![CDATA[ JSON of valid-ob3-jcs-didkey ]]>',
  });
  addCase({
    name: 'valid-baked-svg-jwt',
    url: 'https://badges.example/baked/ob3-jwt.svg',
    content: bakeSvg(badgeSvg('#0a7c8c', '#ffffff', 'Cloud Deployment Practitioner'), { jws: jwtEs }),
    format: 'baked-svg',
    expect: 'valid',
    note: '<openbadges:credential verify="VC-JWT of valid-vc-jwt-es256-didjwk"/>',
  });

  // CLR with nested credentials from four issuers
  const nested = [
    rdfcValid,
    jcsValid,
    await di(ob3('harbor', A.cloud, { seed: 'clr-child' }), 'harbor', 'eddsa-jcs-2022'),
    await di(ob3('datalab', A.data, { seed: 'clr-child' }), 'datalab', 'eddsa-rdfc-2022'),
  ];
  const clr = await makeClr('clr-valid', nested);
  addCase({
    name: 'valid-clr-jcs',
    url: 'https://college.example/clr/ada-transcript.json',
    content: clr,
    format: 'clr-di-eddsa-jcs-2022',
    expect: 'valid',
    note: 'ClrCredential by Lakeside College (eddsa-jcs-2022); 4 nested AchievementCredentials from 4 issuers (rdfc, jcs, jcs, rdfc) + associations',
  });

  const vp = await makeVp('vp-valid', [rdfcValid, jcsValid]);
  addCase({
    name: 'valid-vp-jcs',
    url: 'https://badges.example/vp/two-badges.json',
    content: vp,
    format: 'vp-di-eddsa-jcs-2022',
    expect: 'valid',
    note: 'holder did:key (Ada), proofPurpose authentication, challenge fixture-challenge-1, domain badges.example; 2 embedded credentials',
  });

  // ---- expiry / not-before -----------------------------------------------------------------
  addCase({
    name: 'invalid-expired-jwt',
    url: `${G}expired.jwt`,
    content: await vcJwt(ob3('guild', A.ml, { seed: 'expired', validFrom: D.expiredFrom, validUntil: D.expired }), 'guild'),
    format: 'ob3-vc-jwt',
    expect: 'invalid:expiry',
    note: 'validUntil/exp 2025-06-01',
  });
  addCase({
    name: 'invalid-expired-rdfc',
    url: `${H}expired.json`,
    content: await di(ob3('northwind', A.cloud, { seed: 'expired', validFrom: D.expiredFrom, validUntil: D.expired }), 'northwind', 'eddsa-rdfc-2022'),
    format: 'ob3-di-eddsa-rdfc-2022',
    expect: 'invalid:expiry',
    note: 'validUntil 2025-06-01',
  });
  addCase({
    name: 'invalid-not-yet-valid-jcs',
    url: `${G}not-yet-valid.json`,
    content: await di(ob3('guild', A.cloud, { seed: 'nyv', validFrom: D.future }), 'guild', 'eddsa-jcs-2022', { created: D.from }),
    format: 'ob3-di-eddsa-jcs-2022',
    expect: 'invalid:not-before',
    note: 'validFrom 2099-01-01',
  });
  addCase({
    name: 'invalid-not-yet-valid-jwt',
    url: `${G}not-yet-valid.jwt`,
    content: await vcJwt(ob3('guild', A.ux, { seed: 'nyv-jwt', validFrom: D.future }), 'guild'),
    format: 'ob3-vc-jwt',
    expect: 'invalid:not-before',
    note: 'validFrom/nbf 2099-01-01',
  });

  // ---- status ------------------------------------------------------------------------------
  addCase({
    name: 'invalid-revoked-bitstring',
    url: `${H}revoked.json`,
    content: await di(ob3('northwind', A.data, { seed: 'revoked', status: bitstringEntry('revocation', 42) }), 'northwind', 'eddsa-rdfc-2022'),
    format: 'ob3-di-eddsa-rdfc-2022',
    expect: 'invalid:revocation',
    note: 'BitstringStatusList revocation index 42 set',
  });
  addCase({
    name: 'invalid-suspended-bitstring',
    url: `${H}suspended.json`,
    content: await di(ob3('northwind', A.ml, { seed: 'suspended', status: bitstringEntry('suspension', 13) }), 'northwind', 'eddsa-rdfc-2022'),
    format: 'ob3-di-eddsa-rdfc-2022',
    expect: 'invalid:suspension',
    note: 'BitstringStatusList suspension index 13 set',
  });
  addCase({
    name: 'invalid-revoked-jwt-bitstring',
    url: `${H}revoked-jwt.jwt`,
    content: await vcJwt(ob3('northwind', A.pm, { seed: 'revoked-jwt', status: bitstringEntry('revocation', 44) }), 'northwind'),
    format: 'ob3-vc-jwt',
    expect: 'invalid:revocation',
    note: 'VC-JWT (kid did:web:issuer.example:org#key-1), revocation index 44 set',
  });
  addCase({
    name: 'invalid-expired-and-revoked',
    url: `${H}expired-revoked.json`,
    content: await di(
      ob3('northwind', A.sec, { seed: 'expired-revoked', validFrom: D.expiredFrom, validUntil: D.expired, status: bitstringEntry('revocation', 45) }),
      'northwind',
      'eddsa-rdfc-2022',
    ),
    format: 'ob3-di-eddsa-rdfc-2022',
    expect: 'invalid:expiry+revocation',
    note: 'expired 2025-06-01 and revocation index 45 set',
  });
  const sl2021Entry = {
    id: `${LIST.sl2021}#5`,
    type: 'StatusList2021Entry',
    statusPurpose: 'revocation',
    statusListIndex: '5',
    statusListCredential: LIST.sl2021,
  };
  addCase({
    name: 'invalid-revoked-statuslist2021',
    url: `${C}sl2021-revoked.json`,
    content: await di(
      ob3('college', A.sec, { v11: true, seed: 'sl2021-revoked', extraContexts: [CTX.sl2021, CTX.ed2020], status: sl2021Entry }),
      'college',
      'Ed25519Signature2020',
    ),
    format: 'ob3-di-ed25519signature2020',
    expect: 'invalid:revocation',
    note: 'VCDM 1.1 + StatusList2021Entry index 5 (list signed by the college, Ed25519Signature2020)',
  });
  const edtechCred = await di(
    ob3('guild', A.sec, { seed: '1edtech-revoked', extraContexts: [CTX.obExt], status: { id: LIST.edtech, type: '1EdTechRevocationList' } }),
    'guild',
    'eddsa-jcs-2022',
  );
  addCase({
    name: 'invalid-revoked-1edtech-list',
    url: `${G}1edtech-revoked.json`,
    content: edtechCred,
    format: 'ob3-di-eddsa-jcs-2022',
    expect: 'invalid:revocation',
    note: `credentialStatus 1EdTechRevocationList ${LIST.edtech} lists this id`,
  });
  publish(LIST.edtech, {
    id: LIST.edtech,
    issuer: ISSUERS.guild.profile.id,
    revokedCredentials: [
      { id: edtechCred.id, revoked: true, revocationReason: 'Issued in error' },
      { id: uuid('guild/some-other'), revoked: false },
    ],
  });
  const edtechOk = await di(
    ob3('guild', A.ml, { seed: '1edtech-ok', extraContexts: [CTX.obExt], status: { id: LIST.edtech, type: '1EdTechRevocationList' } }),
    'guild',
    'eddsa-jcs-2022',
  );
  addCase({
    name: 'valid-1edtech-list-not-listed',
    url: `${G}1edtech-ok.json`,
    content: edtechOk,
    format: 'ob3-di-eddsa-jcs-2022',
    expect: 'valid',
    note: 'same 1EdTechRevocationList, id not listed',
  });

  // ---- tampered ----------------------------------------------------------------------------
  const tRdfc = tamperName(rdfcValid);
  await assertDiFails(tRdfc, keys.northwind, 'tampered rdfc');
  addCase({
    name: 'tampered-rdfc',
    url: `${H}tampered-rdfc.json`,
    content: tRdfc,
    format: 'ob3-di-eddsa-rdfc-2022',
    expect: 'invalid:proof',
    note: 'valid-ob3-rdfc-didweb with one character of the achievement name changed',
  });
  const tJcs = tamperName(jcsValid);
  await assertDiFails(tJcs, keys.guild, 'tampered jcs');
  addCase({
    name: 'tampered-jcs',
    url: `${G}tampered-jcs.json`,
    content: tJcs,
    format: 'ob3-di-eddsa-jcs-2022',
    expect: 'invalid:proof',
    note: 'valid-ob3-jcs-didkey with the achievement name changed',
  });
  const t2020 = tamperName(ed2020);
  await assertDiFails(t2020, keys.college, 'tampered 2020');
  addCase({
    name: 'tampered-ed25519sig2020',
    url: `${C}tampered-ed2020.json`,
    content: t2020,
    format: 'ob3-di-ed25519signature2020',
    expect: 'invalid:proof',
    note: 'valid-ob3-ed25519sig2020-https with the achievement name changed',
  });
  const tJwt = tamperJwt(jwtEd);
  await assertJwsFails(tJwt, keys.guild, 'EdDSA', 'tampered jwt');
  addCase({
    name: 'tampered-jwt',
    url: `${G}tampered.jwt`,
    content: tJwt,
    format: 'ob3-vc-jwt',
    expect: 'invalid:proof',
    note: 'payload of valid-ob3-jwt-eddsa-didkey re-encoded with the achievement name changed, original signature',
  });
  const tPng = bakePng(drawBadge('#d1242f', '#ffffff'), 'openbadgecredential', JSON.stringify(tRdfc));
  addCase({
    name: 'tampered-baked-png',
    url: 'https://badges.example/baked/tampered.png',
    content: tPng,
    format: 'baked-png',
    expect: 'invalid:proof',
    note: 'tampered-rdfc baked into a PNG',
  });

  // ---- issuer binding ----------------------------------------------------------------------
  addCase({
    name: 'invalid-wrong-issuer-key',
    url: `${H}wrong-key.json`,
    content: await di(ob3('northwind', A.a11y, { seed: 'wrong-key' }), 'northwind', 'eddsa-rdfc-2022', {
      key: keys.attacker,
      vm: 'did:web:attacker.example:evil#key-1',
    }),
    format: 'ob3-di-eddsa-rdfc-2022',
    expect: 'invalid:issuer',
    note: 'names Northwind as issuer, signed (validly) by did:web:attacker.example:evil#key-1: controller is not the issuer',
  });
  addCase({
    name: 'unknown-key-id',
    url: `${H}unknown-key.json`,
    content: await di(ob3('northwind', A.ml, { seed: 'unknown-key' }), 'northwind', 'eddsa-rdfc-2022', { vm: 'did:web:issuer.example:org#key-9' }),
    format: 'ob3-di-eddsa-rdfc-2022',
    expect: 'indeterminate',
    note: 'VM did:web:issuer.example:org#key-9: the DID document resolves but has no such key: the signature cannot be checked (proof and issuer unknown); shown apart from a bad signature, as keys rotate',
  });

  // ---- indeterminate -----------------------------------------------------------------------
  addCase({
    name: 'indeterminate-status-unreachable',
    url: `${H}status-unreachable.json`,
    content: await di(ob3('northwind', A.cloud, { seed: 'status-404', status: bitstringEntry('revocation', 3, LIST.missing) }), 'northwind', 'eddsa-rdfc-2022'),
    format: 'ob3-di-eddsa-rdfc-2022',
    expect: 'indeterminate',
    note: `statusListCredential ${LIST.missing} has no file (404)`,
  });
  const selfCred = ob3('northwind', A.pm, { seed: 'jwk-only' });
  selfCred.issuer = { id: uuid('self-declared-issuer'), type: ['Profile'], name: 'Self-Declared Skills Club' };
  addCase({
    name: 'indeterminate-jwt-jwk-only',
    url: `${G}jwk-only.jwt`,
    content: await vcJwt(selfCred, 'northwind', { key: keys.selfDeclared, noKid: true, header: { jwk: keys.selfDeclared.publicJwk } }),
    format: 'ob3-vc-jwt',
    expect: 'indeterminate',
    note: 'only a `jwk` header, issuer urn:uuid: intact signature, signer unknown',
  });
  const gone = ob3('northwind', A.data, { seed: 'did-web-404' });
  gone.issuer = { ...gone.issuer, id: 'did:web:issuer.example:closed' };
  addCase({
    name: 'indeterminate-did-web-unresolvable',
    url: `${H}did-web-404.json`,
    content: await di(gone, 'northwind', 'eddsa-rdfc-2022', { vm: 'did:web:issuer.example:closed#key-1' }),
    format: 'ob3-di-eddsa-rdfc-2022',
    expect: 'indeterminate',
    note: 'issuer did:web:issuer.example:closed → https://issuer.example/closed/did.json has no file (404): the key cannot be fetched',
  });

  // ---- OB 2.0 ------------------------------------------------------------------------------
  const hostedUrl = 'https://ob2.example/assertions/hosted-valid.json';
  const hosted = ob2Assertion(hostedUrl, 'woodworking', {
    evidence: [{ id: 'https://ob2.example/evidence/ada-stool.json', narrative: 'Built a three-legged stool.' }],
  });
  addCase({
    name: 'valid-ob2-hosted',
    url: hostedUrl,
    content: hosted,
    format: 'ob2-hosted',
    expect: 'valid',
    note: 'HostedBadge on ob2.example (allowedOrigins ob2.example), hashed email recipient',
  });
  const signedId = uuid('ob2/signed-valid');
  const ob2Signed = await ob2Sign(ob2Assertion(signedId, 'soldering', { signed: true }));
  addCase({
    name: 'valid-ob2-signed',
    url: 'https://ob2.example/assertions/signed-valid.jwt',
    content: ob2Signed,
    format: 'ob2-signed',
    expect: 'valid',
    note: 'SignedBadge RS256, creator https://ob2.example/keys/rsa-1.json (listed in issuer publicKey, owner = issuer)',
  });
  const ob2RevokedId = uuid('ob2/signed-revoked');
  addCase({
    name: 'invalid-ob2-signed-revoked',
    url: 'https://ob2.example/assertions/signed-revoked.jwt',
    content: await ob2Sign(ob2Assertion(ob2RevokedId, '3d-printing', { signed: true })),
    format: 'ob2-signed',
    expect: 'invalid:revocation',
    note: `listed in ${OB2.revocations}`,
  });
  publish(OB2.revocations, {
    '@context': CTX.ob2,
    id: OB2.revocations,
    type: 'RevocationList',
    issuer: OB2.issuer,
    revokedAssertions: [{ id: ob2RevokedId, revocationReason: 'Awarded in error' }, uuid('ob2/some-other')],
  });
  addCase({
    name: 'invalid-ob2-hosted-revoked-flag',
    url: 'https://ob2.example/assertions/hosted-revoked.json',
    content: ob2Assertion('https://ob2.example/assertions/hosted-revoked.json', 'soldering', { revoked: true }),
    format: 'ob2-hosted',
    expect: 'invalid:revocation',
    note: 'hosted copy says revoked: true',
  });
  addCase({
    name: 'invalid-ob2-hosted-expired',
    url: 'https://ob2.example/assertions/hosted-expired.json',
    content: ob2Assertion('https://ob2.example/assertions/hosted-expired.json', '3d-printing', {
      issuedOn: '2023-01-10T10:00:00Z',
      expires: '2025-06-01T00:00:00Z',
    }),
    format: 'ob2-hosted',
    expect: 'invalid:expiry',
    note: 'expires 2025-06-01',
  });
  const tOb2 = tamperJwt2(ob2Signed);
  await assertJwsFails(tOb2, keys.ob2, 'RS256', 'tampered ob2');
  addCase({
    name: 'tampered-ob2-signed',
    url: 'https://ob2.example/assertions/tampered.jwt',
    content: tOb2,
    format: 'ob2-signed',
    expect: 'invalid:proof',
    note: 'valid-ob2-signed with issuedOn changed after signing',
  });
  const ob2PngUrl = bakePng(drawBadge('#9a6700', '#ffffff'), 'openbadges', hostedUrl);
  checkBakedPng(ob2PngUrl, 'openbadges', hostedUrl);
  addCase({
    name: 'valid-baked-ob2-png-url',
    url: 'https://badges.example/baked/ob2-url.png',
    content: ob2PngUrl,
    format: 'baked-png-ob2',
    expect: 'valid',
    note: 'iTXt openbadges = the hosted assertion URL',
  });
  addCase({
    name: 'valid-baked-ob2-png-json',
    url: 'https://badges.example/baked/ob2-json.png',
    content: bakePng(drawBadge('#9a6700', '#ffffff'), 'openbadges', JSON.stringify(hosted)),
    format: 'baked-png-ob2',
    expect: 'valid',
    note: 'iTXt openbadges = the hosted assertion JSON (verifier re-fetches its id)',
  });
  addCase({
    name: 'valid-baked-ob2-svg-signed',
    url: 'https://badges.example/baked/ob2-signed.svg',
    content: bakeSvg(badgeSvg('#d1242f', '#ffffff', 'Soldering Safety'), { jws: ob2Signed, ob2: true }),
    format: 'baked-svg-ob2',
    expect: 'valid',
    note: '<openbadges:assertion verify="JWS of valid-ob2-signed"> (xmlns http://openbadges.org)',
  });

  // ---- forgeries ---------------------------------------------------------------------------
  await writeForgeries({ rdfcValid, jcsValid });
}

function tamperJwt2(jws) {
  const [h, , s] = jws.split('.');
  const p = decodeJwsPayload(jws);
  p.issuedOn = '2024-03-03T10:00:00Z';
  return `${h}.${b64u(utf8(JSON.stringify(p)))}.${s}`;
}

async function makeClr(seed, nested, o = {}) {
  const achievements = nested.map((c) => c.credentialSubject.achievement);
  const program = {
    id: 'https://college.example/achievements/digital-skills-program',
    type: ['Achievement'],
    achievementType: 'Diploma',
    name: 'Digital Skills Program',
    description: 'A program made of the courses listed in this record.',
    criteria: { narrative: 'Complete every course in the program.' },
  };
  const clr = {
    '@context': [CTX.v2, CTX.clr, CTX.ob],
    id: uuid(`clr/${seed}`),
    type: ['VerifiableCredential', 'ClrCredential'],
    name: o.name ?? 'Ada Example: Comprehensive Learner Record',
    description: 'Courses and badges collected by Lakeside College for Ada Example.',
    issuer: ISSUERS.college.profile,
    validFrom: o.validFrom ?? '2025-09-01T00:00:00Z',
    credentialSubject: {
      id: ADA.did,
      type: ['ClrSubject'],
      verifiableCredential: nested,
      achievement: [program, ...achievements],
      association: achievements.map((a) => ({ type: 'Association', associationType: 'isParentOf', sourceId: program.id, targetId: a.id })),
    },
  };
  return di(clr, 'college', 'eddsa-jcs-2022', { created: clr.validFrom });
}

async function makeVp(seed, creds) {
  const vp = {
    '@context': [CTX.v2],
    id: uuid(`vp/${seed}`),
    type: ['VerifiablePresentation'],
    holder: ADA.did,
    verifiableCredential: creds,
  };
  return addProofChecked(vp, keys.holder, {
    proofPurpose: 'authentication',
    challenge: 'fixture-challenge-1',
    domain: 'badges.example',
    created: '2025-10-01T12:00:00Z',
  });
}

async function addProofChecked(doc, key, o) {
  const signed = await addProof(doc, { suite: 'eddsa-jcs-2022', key, verificationMethod: key.didKeyVm, ...o });
  if (!(await verifyProof(signed, key.rawPublic))) throw new Error('self-check: VP proof');
  selfCheck.signatures++;
  return signed;
}

// ---------------------------------------------------------------------------------------------
// Forgeries (hostile inputs): none of these may ever come out `valid`

const MEANT_TO_FAIL_SAFE_MODE = new Set(['forgery-undefined-term-added', 'forgery-term-redefined-inline-context']);

async function writeForgeries({ rdfcValid, jcsValid }) {
  const F = 'https://attacker.example/forgeries/';
  const add = (name, file, content, format, expect, note) => addCase({ name: `forgery-${name}`, url: `${F}${file}`, content, format, expect, note });

  // 1. key read out of a URL fragment
  const fragCred = ob3('northwind', A.sec, { seed: 'frag' });
  fragCred.issuer = { id: 'https://issuer-controlled.example/profile.json', type: ['Profile'], name: 'Issuer Controlled Academy' };
  add(
    'fragment-key',
    'fragment-key.json',
    await di(fragCred, 'northwind', 'eddsa-rdfc-2022', { key: keys.attacker, vm: `https://issuer-controlled.example/profile.json#${keys.attacker.multikey}` }),
    'ob3-di-eddsa-rdfc-2022',
    'invalid:issuer|indeterminate',
    'VM https://issuer-controlled.example/profile.json#z6Mk<attacker>: the profile (a controller document) does not list that key; reading the key from the fragment (1EdTech validator convention) would accept it',
  );

  // 2. key only in JWT jwk header, naming a real issuer
  add(
    'jwk-header-real-issuer',
    'jwk-header.jwt',
    await vcJwt(ob3('northwind', A.a11y, { seed: 'jwk-forgery' }), 'northwind', { key: keys.attacker, noKid: true, header: { jwk: keys.attacker.publicJwk } }),
    'ob3-vc-jwt',
    'invalid:issuer|indeterminate',
    'issuer did:web:issuer.example:org, signed by the attacker key carried in the `jwk` header; the issuer DID document does not list it (indeterminate is acceptable for a verifier that never resolves the issuer for jwk-only JWTs; valid is not)',
  );

  // 3. VM whose controller (claimed) is the issuer, but the issuer's document does not list it
  const ctlCred = ob3('college', A.data, { seed: 'controller-claim' });
  add(
    'vm-claims-issuer-controller',
    'vm-claims-controller.json',
    await di(ctlCred, 'college', 'eddsa-rdfc-2022', { key: keys.attacker, vm: 'https://attacker.example/keys/college-key.json' }),
    'ob3-di-eddsa-rdfc-2022',
    'invalid:issuer',
    'VM https://attacker.example/keys/college-key.json is a Multikey whose `controller` says https://college.example/issuer.json, but the college document does not list it under assertionMethod',
  );

  // 4. VM controlled by someone else entirely
  add(
    'vm-controller-not-issuer',
    'vm-other-controller.jwt',
    await vcJwt(ob3('college', A.ml, { seed: 'other-controller' }), 'college', { key: keys.attacker, kid: 'did:web:attacker.example:evil#key-1' }),
    'ob3-vc-jwt',
    'invalid:issuer',
    'issuer https://college.example/issuer.json, kid did:web:attacker.example:evil#key-1 (controller did:web:attacker.example:evil)',
  );

  // 5. did:key VM different from the did:key issuer
  add(
    'didkey-vm-mismatch',
    'didkey-mismatch.json',
    await di(ob3('guild', A.pm, { seed: 'didkey-mismatch' }), 'guild', 'eddsa-jcs-2022', { key: keys.attacker, vm: keys.attacker.didKeyVm }),
    'ob3-di-eddsa-jcs-2022',
    'invalid:issuer',
    `issuer ${keys.guild.didKey}, VM ${keys.attacker.didKeyVm}`,
  );
  add(
    'didkey-kid-mismatch-jwt',
    'didkey-mismatch.jwt',
    await vcJwt(ob3('guild', A.sec, { seed: 'didkey-mismatch-jwt' }), 'guild', { key: keys.attacker, kid: keys.attacker.didKeyVm }),
    'ob3-vc-jwt',
    'invalid:issuer',
    'VC-JWT: iss = guild did:key, kid = attacker did:key',
  );

  // 6. did:web key listed only under authentication
  add(
    'didweb-authentication-only',
    'auth-only.json',
    await di(ob3('northwind', A.cloud, { seed: 'auth-only' }), 'northwind', 'eddsa-rdfc-2022', {
      key: keys.northwindAuthOnly,
      vm: 'did:web:issuer.example:org#key-2',
    }),
    'ob3-di-eddsa-rdfc-2022',
    'invalid:issuer',
    'did:web:issuer.example:org#key-2 is the issuer’s key but listed only under authentication, not assertionMethod',
  );

  // 7. alg none
  const noneCred = ob3('guild', A.a11y, { seed: 'alg-none' });
  const claims = (c) => ({ ...c, iss: c.issuer.id, jti: c.id, sub: c.credentialSubject.id, nbf: secs(c.validFrom) });
  add(
    'alg-none',
    'alg-none.jwt',
    rawJws({ alg: 'none', typ: 'vc+jwt', kid: ISSUERS.guild.vm }, claims(noneCred)),
    'ob3-vc-jwt',
    'invalid:proof',
    'alg none, empty signature, kid names the real issuer key',
  );

  // 8. HS256 with the issuer's public key as the HMAC secret (key-confusion)
  const hsCred = ob3('college', A.sec, { seed: 'hs256' });
  add(
    'hs256-public-key-secret',
    'hs256.jwt',
    rawJws({ alg: 'HS256', typ: 'vc+jwt', kid: ISSUERS.college.rsaVm }, claims(hsCred), (input) =>
      createHmac('sha256', keys.collegeRsa.publicPem).update(input).digest(),
    ),
    'ob3-vc-jwt',
    'invalid:proof',
    'HS256, HMAC secret = the college RSA public key PEM, kid = the RSA VM',
  );
  const hsCred2 = ob3('guild', A.sec, { seed: 'hs256-raw' });
  add(
    'hs256-raw-ed25519-secret',
    'hs256-raw.jwt',
    rawJws({ alg: 'HS256', typ: 'vc+jwt', kid: ISSUERS.guild.vm }, claims(hsCred2), (input) =>
      createHmac('sha256', keys.guild.rawPublic).update(input).digest(),
    ),
    'ob3-vc-jwt',
    'invalid:proof',
    'HS256 with the raw 32-byte Ed25519 public key of the did:key issuer as secret',
  );

  // 9. algorithms outside the allow-list
  add(
    'alg-hs512',
    'hs512.jwt',
    rawJws({ alg: 'HS512', typ: 'vc+jwt', kid: ISSUERS.guild.vm }, claims(ob3('guild', A.ux, { seed: 'hs512' })), (input) =>
      createHmac('sha512', 'secret').update(input).digest(),
    ),
    'ob3-vc-jwt',
    'invalid:proof',
    'alg HS512 (symmetric: never acceptable for a public credential)',
  );
  add(
    'alg-es256k',
    'es256k.jwt',
    rawJws({ alg: 'ES256K', typ: 'vc+jwt', kid: ISSUERS.guild.vm }, claims(ob3('guild', A.ml, { seed: 'es256k' })), (input) =>
      nodeSign('sha256', input, { key: keys.attackerK1.privateKey, dsaEncoding: 'ieee-p1363' }),
    ),
    'ob3-vc-jwt',
    'invalid:proof',
    'alg ES256K (secp256k1, not on the allow-list; signed by an attacker secp256k1 key) with kid = the Ed25519 issuer key',
  );

  // 10. kid names the issuer key, signature made by the attacker
  add(
    'kid-mismatch',
    'kid-mismatch.jwt',
    await vcJwt(ob3('guild', A.data, { seed: 'kid-mismatch' }), 'guild', { key: keys.attacker, kid: ISSUERS.guild.vm }),
    'ob3-vc-jwt',
    'invalid:proof',
    'kid = guild did:key VM, signature by the attacker: does not verify under the kid key',
  );
  const issPayload = { ...ob3('guild', A.cloud, { seed: 'iss-mismatch' }), iss: ISSUERS.northwind.profile.id };
  const issJws = await signJws(issPayload, keys.guild, { alg: 'EdDSA', typ: 'vc+jwt', kid: ISSUERS.guild.vm });
  add(
    'jwt-iss-not-issuer',
    'iss-mismatch.jwt',
    issJws,
    'ob3-vc-jwt',
    'invalid:jwt-claims',
    'JWT claim iss = did:web:issuer.example:org but issuer.id = the guild did:key (VC-JOSE-COSE: iss MUST equal issuer)',
  );

  // 11. proof copied from another credential
  const copied = { ...ob3('northwind', A.ml, { seed: 'copied-proof' }), proof: rdfcValid.proof };
  await assertDiFails(copied, keys.northwind, 'copied proof');
  add(
    'proof-copied',
    'proof-copied.json',
    copied,
    'ob3-di-eddsa-rdfc-2022',
    'invalid:proof',
    'proof of valid-ob3-rdfc-didweb pasted onto another Northwind credential',
  );
  const copiedJcs = { ...ob3('guild', A.sec, { seed: 'copied-proof-jcs' }), proof: jcsValid.proof };
  await assertDiFails(copiedJcs, keys.guild, 'copied jcs proof');
  add(
    'proof-copied-jcs',
    'proof-copied-jcs.json',
    copiedJcs,
    'ob3-di-eddsa-jcs-2022',
    'invalid:proof',
    'proof of valid-ob3-jcs-didkey pasted onto another guild credential',
  );

  // 12. proof over a different @context
  const ctxDoc = ob3('guild', A.a11y, { seed: 'other-context' });
  const signedUnder = { ...ctxDoc, '@context': [CTX.v2, CTX.obOld] };
  const ctxSigned = await di(ctxDoc, 'guild', 'eddsa-jcs-2022', { proofContext: [CTX.v2, CTX.obOld], hashDoc: signedUnder });
  add(
    'proof-other-context-jcs',
    'other-context-jcs.json',
    ctxSigned,
    'ob3-di-eddsa-jcs-2022',
    'invalid:proof',
    `eddsa-jcs-2022 proof @context [v2, ob 3.0.2] ≠ document @context [v2, ob 3.0.3]: the signature is over the document with the proof's context, so a verifier that swaps contexts without checking they match would accept it`,
  );
  // Not a forgery, so not generated: dropping an @context entry whose terms the document does not
  // use leaves the RDF statements, and so the eddsa-rdfc-2022 signature, exactly as signed. RDFC
  // signs what the credential says, not how its contexts are listed (VC-DI-EdDSA §3.2).

  // 13. status list signed by someone else / for another purpose
  add(
    'status-list-signed-by-attacker',
    'status-forged-list.json',
    await di(ob3('northwind', A.data, { seed: 'forged-list', status: bitstringEntry('revocation', 42, LIST.forged) }), 'northwind', 'eddsa-rdfc-2022'),
    'ob3-di-eddsa-rdfc-2022',
    'indeterminate',
    `${LIST.forged} claims issuer did:web:issuer.example:org (bit 42 clear) but its proof is by did:web:attacker.example:evil#key-1: the status cannot be trusted → unknown (invalid:revocation is also acceptable; valid is not)`,
  );
  add(
    'status-list-wrong-purpose',
    'status-wrong-purpose.json',
    await di(ob3('northwind', A.ux, { seed: 'wrong-purpose', status: bitstringEntry('revocation', 7, LIST.suspension) }), 'northwind', 'eddsa-rdfc-2022'),
    'ob3-di-eddsa-rdfc-2022',
    'indeterminate',
    `entry statusPurpose revocation, statusListCredential = the suspension list (${LIST.suspension}): STATUS_VERIFICATION_ERROR → unknown`,
  );

  add(
    'status-list-stale',
    'status-stale-list.json',
    await di(ob3('northwind', A.cloud, { seed: 'stale-list', status: bitstringEntry('revocation', 46, LIST.stale) }), 'northwind', 'eddsa-rdfc-2022'),
    'ob3-di-eddsa-rdfc-2022',
    'indeterminate',
    `${LIST.stale} is the issuer's own list, correctly signed, bit 46 clear, but it expired on 2025-06-01 (a stale copy served after the badge was revoked): the status is unknown`,
  );
  add(
    'status-list-copied',
    'status-copied-list.json',
    await di(ob3('northwind', A.ml, { seed: 'copied-list', status: bitstringEntry('revocation', 47, LIST.copied) }), 'northwind', 'eddsa-rdfc-2022'),
    'ob3-di-eddsa-rdfc-2022',
    'indeterminate',
    `${LIST.copied} serves the issuer's genuine list whose id is ${LIST.revocation}: a list for other credentials, so it does not speak for this entry`,
  );
  add(
    'status-list-other-issuer',
    'status-other-issuer.json',
    await di(ob3('northwind', A.pm, { seed: 'other-issuer-list', status: bitstringEntry('revocation', 3, LIST.otherIssuer) }), 'northwind', 'eddsa-rdfc-2022'),
    'ob3-di-eddsa-rdfc-2022',
    'indeterminate',
    `${LIST.otherIssuer} is a genuine list signed by the college, not by Northwind, the credential's issuer`,
  );

  // 14. JSON-LD tricks under RDFC, where the signature covers statements, not JSON.
  // a) A term no context defines, added after signing (VC 1.1 has no @vocab): expansion drops it,
  //    so the statements and the signature are unchanged; only JSON-LD safe mode refuses it.
  const undefSigned = await di(ob3('college', A.cloud, { v11: true, seed: 'undefined-term', extraContexts: [CTX.ed2020] }), 'college', 'Ed25519Signature2020');
  const undefForged = { ...undefSigned, verifiedBy: 'The Registrar of Every University' };
  add(
    'undefined-term-added',
    'undefined-term.json',
    undefForged,
    'ob3-di-ed25519signature2020',
    'invalid:proof',
    'a valid VC 1.1 credential plus `verifiedBy`, a term no context defines: dropped by expansion (signature unchanged), refused by JSON-LD safe mode',
  );
  // b) A term redefined through an extra inline context, and its value changed.
  const redefined = { ...rdfcValid, '@context': [...rdfcValid['@context'], { name: 'https://attacker.example/vocab#name' }], name: 'Forged name' };
  add(
    'term-redefined-inline-context',
    'term-redefined.json',
    redefined,
    'ob3-di-eddsa-rdfc-2022',
    'invalid:format+proof',
    'valid-ob3-rdfc-didweb with an inline context redefining `name` (a protected VC 2.0 term) and a new name; the term guard names it (format)',
  );
  // c) A context swap: the OB 3.0 context URL replaced by the attacker's byte-identical copy. The
  //    statements are the same, so the signature verifies (checked below); the attacker can now
  //    remap what every OB term means. Only a context policy (known origins) refuses it.
  const swapUrl = 'https://attacker.example/contexts/ob-v3p0.json';
  const obContext = (await documentLoaderFor(CTX.ob)).document;
  publish(swapUrl, obContext);
  extraContexts.set(swapUrl, obContext);
  const swapped = { ...rdfcValid, '@context': rdfcValid['@context'].map((c) => (c === CTX.ob ? swapUrl : c)) };
  if (!(await verifyProof(swapped, keys.northwind.rawPublic))) throw new Error('self-check: the context swap should keep the RDFC signature intact');
  selfCheck.signatures++;
  add(
    'context-swap',
    'context-swap.json',
    swapped,
    'ob3-di-eddsa-rdfc-2022',
    'indeterminate',
    `valid-ob3-rdfc-didweb with the OB 3.0 context replaced by ${swapUrl}, a copy: the signature verifies, but a context from a third-party origin could remap every term, so the proof is unknown`,
  );

  // 15. OB 2.0: hosted outside allowedOrigins; signed with a key the issuer does not list
  addCase({
    name: 'forgery-ob2-hosted-wrong-origin',
    url: 'https://mirror.example/assertions/copied.json',
    content: ob2Assertion('https://mirror.example/assertions/copied.json', 'woodworking'),
    format: 'ob2-hosted',
    expect: 'invalid:hosted',
    note: 'hosted assertion at mirror.example naming the ob2.example BadgeClass; issuer verification.allowedOrigins = [ob2.example]',
  });
  addCase({
    name: 'forgery-ob2-signed-unlisted-key',
    url: 'https://attacker.example/forgeries/ob2-unlisted-key.jwt',
    content: await ob2Sign(
      ob2Assertion(uuid('ob2/forged'), 'woodworking', { signed: true, creator: 'https://attacker.example/keys/ob2-key.json' }),
      keys.attackerRsa,
    ),
    format: 'ob2-signed',
    expect: 'invalid:issuer',
    note: 'creator https://attacker.example/keys/ob2-key.json (owner claims the makerspace) is not in the issuer publicKey list',
  });
  addCase({
    name: 'forgery-ob2-signed-no-creator-attacker-key',
    url: 'https://attacker.example/forgeries/ob2-no-creator.jwt',
    content: await ob2Sign({ ...ob2Assertion(uuid('ob2/forged-2'), 'soldering', { signed: true }), verification: { type: 'SignedBadge' } }, keys.attackerRsa),
    format: 'ob2-signed',
    expect: 'invalid:proof',
    note: 'no creator: every issuer publicKey is tried and none verifies',
  });

  // 16. a presentation whose holder proof is by someone else
  const vpForged = await addProofChecked(
    { '@context': [CTX.v2], id: uuid('vp/forged'), type: ['VerifiablePresentation'], holder: ADA.did, verifiableCredential: [rdfcValid] },
    keys.attacker,
    {
      proofPurpose: 'authentication',
      challenge: 'fixture-challenge-1',
      domain: 'badges.example',
      created: '2025-10-01T12:00:00Z',
    },
  );
  add(
    'vp-holder-key-mismatch',
    'vp-holder-mismatch.json',
    vpForged,
    'vp-di-eddsa-jcs-2022',
    'invalid:issuer',
    'holder = Ada did:key, proof VM = attacker did:key (the embedded credential itself is valid)',
  );
}

// ---------------------------------------------------------------------------------------------
// Portfolio (badges.example) and the big wall (wall.example)

const CATALOG = [
  ['Accessible Web Foundations', ['Accessibility', 'JavaScript'], 'Certificate'],
  ['Screen Reader Testing', ['Accessibility', 'UX Research'], 'Badge'],
  ['Modern JavaScript', ['JavaScript'], 'Course'],
  ['TypeScript in Practice', ['JavaScript', 'Security'], 'Course'],
  ['Data Analysis with Python', ['Data Analysis', 'Python'], 'Course'],
  ['SQL for Analysts', ['SQL', 'Data Analysis'], 'Course'],
  ['Dashboards that Tell Stories', ['Data Analysis', 'Public Speaking'], 'Badge'],
  ['Cloud Deployment Practitioner', ['Cloud', 'Security'], 'Certification'],
  ['Serverless Patterns', ['Cloud', 'JavaScript'], 'Badge'],
  ['Kubernetes Operator', ['Cloud'], 'License'],
  ['Secure Coding Essentials', ['Security', 'JavaScript'], 'Competency'],
  ['Threat Modelling Workshop', ['Security', 'Teamwork'], 'Badge'],
  ['Agile Project Leadership', ['Project Management', 'Teamwork'], 'Certificate'],
  ['Risk Registers', ['Project Management'], 'Badge'],
  ['Stakeholder Communication', ['Public Speaking', 'Project Management'], 'Badge'],
  ['UX Research Methods', ['UX Research'], 'Course'],
  ['Usability Testing Lab', ['UX Research', 'Accessibility'], 'Assignment'],
  ['Intro to Machine Learning', ['Machine Learning', 'Python'], 'Course'],
  ['Model Evaluation', ['Machine Learning', 'Data Analysis'], 'Assessment'],
  ['Open Source Contributor', ['Teamwork', 'JavaScript'], 'Achievement'],
  ['Mentor of the Year', ['Teamwork', 'Public Speaking'], 'Award'],
  ['Hackathon Finalist', ['Teamwork', 'Cloud'], 'Award'],
  ['Data Ethics', ['Data Analysis', 'Security'], 'Course'],
  ['Technical Writing', ['Public Speaking'], 'Course'],
];
const COLORS = Object.keys(IMAGE_COLORS);

/** [issuerKey, format] rotation: mostly JWT EdDSA and eddsa-jcs-2022, a few rdfc, one RS256, one ES256. */
const ROTATION = [
  ['guild', 'jwt'],
  ['northwind', 'jcs'],
  ['harbor', 'jwt'],
  ['datalab', 'jcs'],
  ['northwind', 'jwt'],
  ['guild', 'jcs'],
  ['college', 'jcs'],
  ['harbor', 'jcs'],
  ['datalab', 'jwt'],
  ['college', 'rs256'],
  ['northwind', 'rdfc'],
  ['metro', 'es256'],
];

async function issuePortfolioBadge(i, { host, issuerKey, fmt, validFrom, validUntil, status, seedPrefix, issuersOverride }) {
  const [name, skills, type] = CATALOG[i % CATALOG.length];
  const a = {
    name: i >= CATALOG.length ? `${name} ${['II', 'III', 'IV', 'V'][Math.floor(i / CATALOG.length) - 1] ?? `#${Math.floor(i / CATALOG.length) + 1}`}` : name,
    skills,
    type,
    color: COLORS[i % COLORS.length],
    imageUrl: i % 5 === 3 ? `https://badges.example/img/${COLORS[i % COLORS.length]}.svg` : undefined,
    narrative: i % 3 === 0 ? undefined : `Complete the ${name} module and its practical assessment.`,
    credDescription: i % 4 === 0 ? `Ada earned ${name} in ${validFrom.slice(0, 4)}.` : undefined,
  };
  const issuers = issuersOverride ?? ISSUERS;
  const cred = ob3Custom(issuers[issuerKey], a, { seed: `${seedPrefix}/${i}`, validFrom, validUntil, status, identifier: i % 9 === 4 });
  let content;
  let ext = 'json';
  if (fmt === 'jwt' || fmt === 'rs256' || fmt === 'es256') {
    content = await vcJwtWith(cred, issuers[issuerKey], fmt === 'rs256');
    ext = 'jwt';
  } else {
    content = await diWith(cred, issuers[issuerKey], fmt === 'rdfc' ? 'eddsa-rdfc-2022' : 'eddsa-jcs-2022');
  }
  return { url: `https://${host}/b/${String(i + 1).padStart(4, '0')}-${slugify(a.name)}.${ext}`, content, cred };
}

// Generic versions of ob3()/di()/vcJwt() that take an issuer record (used by the wall's extra issuers).
function ob3Custom(issuer, a, o) {
  const key = Object.keys(ISSUERS).find((k) => ISSUERS[k] === issuer);
  if (key) return ob3(key, a, o);
  ISSUERS.__tmp = issuer;
  try {
    return ob3('__tmp', a, o);
  } finally {
    delete ISSUERS.__tmp;
  }
}
async function diWith(cred, issuer, suite) {
  const signed = await addProof(cred, { suite, key: issuer.key, verificationMethod: issuer.vm, created: cred.validFrom });
  if (!(await verifyProof(signed, issuer.key.rawPublic))) throw new Error('self-check: portfolio proof');
  selfCheck.signatures++;
  return signed;
}
async function vcJwtWith(cred, issuer, rsa) {
  const key = rsa ? keys.collegeRsa : issuer.key;
  const kid = rsa ? issuer.rsaVm : issuer.vm;
  const claims = {
    iss: cred.issuer.id,
    jti: cred.id,
    ...(cred.credentialSubject.id ? { sub: cred.credentialSubject.id } : {}),
    nbf: secs(cred.validFrom),
    ...(cred.validUntil ? { exp: secs(cred.validUntil) } : {}),
  };
  const header = { alg: JWT_ALG[key.kind], typ: 'vc+jwt', kid };
  const jws = await signJws({ ...cred, ...claims }, key, header);
  await verifyJws(jws, key.publicJwk, header.alg);
  selfCheck.signatures++;
  return jws;
}

function dateFor(i, n) {
  // spread over 2019-01 … 2026-10, deterministic
  const start = Date.UTC(2019, 0, 10);
  const end = Date.UTC(2026, 9, 20);
  const t = start + Math.floor(((end - start) * ((i * 7919) % n)) / n);
  const d = new Date(t);
  d.setUTCHours(9, 0, 0, 0);
  return d.toISOString().replace('.000Z', 'Z');
}

async function writePortfolio() {
  const N = 52;
  const portfolioCases = [];
  const urls = [];
  const clrChildren = [];
  const vpChildren = [];
  for (let i = 0; i < N; i++) {
    const [issuerKey, fmt] = ROTATION[i % ROTATION.length];
    const validFrom = dateFor(i, N);
    const validUntil = i % 11 === 5 ? D.untilFar : i % 7 === 2 ? D.until2099 : undefined;
    const status = i % 10 === 6 && issuerKey === 'northwind' ? bitstringEntry('revocation', 100 + i) : undefined;
    const { url, content, cred } = await issuePortfolioBadge(i, {
      host: 'badges.example',
      issuerKey,
      fmt,
      validFrom,
      validUntil,
      status,
      seedPrefix: 'portfolio',
    });
    publish(url, content);
    urls.push(url);
    portfolioCases.push({
      name: `portfolio-${String(i + 1).padStart(2, '0')}`,
      path: relative(ROOT, hostPath(url)),
      url,
      format: fmt === 'jwt' || fmt === 'rs256' || fmt === 'es256' ? 'ob3-vc-jwt' : `ob3-di-${fmt === 'rdfc' ? 'eddsa-rdfc-2022' : 'eddsa-jcs-2022'}`,
      expect: 'valid',
      note: `${cred.issuer.name}, ${cred.credentialSubject.achievement.achievementType}, ${validFrom.slice(0, 10)}`,
    });
    if (typeof content !== 'string' && clrChildren.length < 5 && !clrChildren.some((c) => c.issuer.id === cred.issuer.id)) clrChildren.push(content);
    if (typeof content !== 'string' && vpChildren.length < 5 && i % 2 === 1) vpChildren.push(content);
  }
  // two OB 2.0 hosted badges in the mix
  for (const [j, slug] of [
    ['1', 'woodworking'],
    ['2', '3d-printing'],
  ]) {
    const url = `https://ob2.example/assertions/portfolio-${j}.json`;
    publish(url, ob2Assertion(url, slug, { issuedOn: j === '1' ? '2019-05-04T10:00:00Z' : '2021-11-20T10:00:00Z' }));
    urls.push(url);
    portfolioCases.push({
      name: `portfolio-ob2-${j}`,
      path: relative(ROOT, hostPath(url)),
      url,
      format: 'ob2-hosted',
      expect: 'valid',
      note: 'Old Mill Makerspace (OB 2.0 hosted)',
    });
  }
  // not valid: expired, revoked, 404
  const bad = [
    [
      'expired',
      await issuePortfolioBadge(60, {
        host: 'badges.example',
        issuerKey: 'guild',
        fmt: 'jwt',
        validFrom: '2022-02-01T09:00:00Z',
        validUntil: D.expired,
        seedPrefix: 'portfolio-bad',
      }),
      'invalid:expiry',
    ],
    [
      'revoked',
      await issuePortfolioBadge(61, {
        host: 'badges.example',
        issuerKey: 'northwind',
        fmt: 'jcs',
        validFrom: '2023-04-01T09:00:00Z',
        status: bitstringEntry('revocation', 900),
        seedPrefix: 'portfolio-bad',
      }),
      'invalid:revocation',
    ],
  ];
  for (const [label, { url, content }, expect] of bad) {
    publish(url, content);
    urls.splice(label === 'expired' ? 17 : 33, 0, url);
    portfolioCases.push({
      name: `portfolio-${label}`,
      path: relative(ROOT, hostPath(url)),
      url,
      format: typeof content === 'string' ? 'ob3-vc-jwt' : 'ob3-di-eddsa-jcs-2022',
      expect,
    });
  }
  const missing = 'https://badges.example/b/9999-deleted-badge.json';
  urls.splice(40, 0, missing);
  portfolioCases.push({
    name: 'portfolio-404',
    path: 'hosts/badges.example/b/9999-deleted-badge.json',
    url: missing,
    format: 'unknown',
    expect: 'error:http-status',
    note: 'no such file (404)',
  });
  // Badges over time (issue 19): Northwind's cloud certification, issued 2019 and renewed 2022 and 2025
  // (signed by make-renewal-fixtures.mjs). The wall shows it once, "Renewed 2 times since 2019"; the two
  // expired issues are its history, in no count.
  const renewals = ['2019', '2022', '2025'].map((y) => `https://issuer.example/org/renewals/cloud-${y}.json`);
  urls.push(...renewals);
  for (const [i, url] of renewals.entries()) {
    portfolioCases.push({
      name: `portfolio-renewal-${i + 1}`,
      path: relative(ROOT, hostPath(url)),
      url,
      format: 'ob3-di-eddsa-rdfc-2022',
      expect: i < 2 ? 'invalid:expiry' : 'valid',
      ...(i < 2 ? { supersededBy: renewals[2], note: 'an earlier issue of a renewed achievement: history on the wall, not a failure' } : {}),
    });
  }

  publish('https://badges.example/portfolio.json', {
    name: 'Ada Example: badges 2019-2026',
    owner: 'Ada Example',
    description:
      'Every badge Ada has earned, from six issuers. Three entries are not valid on purpose (one expired, one revoked, one deleted); her cloud security certification was renewed twice.',
    badges: urls,
  });
  publish('https://badges.example/presentation.json', await makeVp('portfolio-vp', vpChildren.slice(0, 5)));
  publish('https://badges.example/clr.json', await makeClr('portfolio-clr', clrChildren.slice(0, 5), { name: 'Ada Example: Lakeside College learner record' }));
  portfolioCases.push({
    name: 'portfolio-presentation',
    path: 'hosts/badges.example/presentation.json',
    url: 'https://badges.example/presentation.json',
    format: 'vp-di-eddsa-jcs-2022',
    expect: 'valid',
    note: 'VP of 5 portfolio badges by Ada',
  });
  portfolioCases.push({
    name: 'portfolio-clr',
    path: 'hosts/badges.example/clr.json',
    url: 'https://badges.example/clr.json',
    format: 'clr-di-eddsa-jcs-2022',
    expect: 'valid',
    note: `CLR with ${Math.min(5, clrChildren.length)} nested credentials from different issuers`,
  });
  writeOut(join(ROOT, 'portfolio-index.json'), pretty(portfolioCases.map((c) => ({ ...c, path: c.path.split('\\').join('/') }))));
  return { count: urls.length };
}

async function writeWall(n) {
  const issuers = Array.from({ length: WALL_ISSUERS }, (_, k) => {
    const did = `did:web:wall.example:i${k}`;
    return {
      key: keys[`wall${k}`],
      profile: profile(did, `Wall Issuer ${String.fromCharCode(65 + k)} Academy`, 'wall.example'),
      vm: `${did}#key-1`,
    };
  });
  rmSync(join(HOSTS, 'wall.example'), { recursive: true, force: true });
  issuers.forEach((iss, k) => publish(`https://wall.example/i${k}/did.json`, didWebDoc(iss.profile.id, [{ id: iss.vm, key: iss.key }])));
  const map = Object.fromEntries(issuers.map((iss, k) => [`w${k}`, iss]));
  const urls = [];
  for (let i = 0; i < n; i++) {
    const fmt = i % 4 === 3 ? 'jcs' : 'jwt';
    const { url, content } = await issuePortfolioBadge(i, {
      host: 'wall.example',
      issuerKey: `w${i % WALL_ISSUERS}`,
      fmt,
      validFrom: dateFor(i, n),
      seedPrefix: 'wall',
      issuersOverride: map,
    });
    publish(url, content);
    urls.push(url);
  }
  publish('https://wall.example/portfolio.json', {
    name: `Wall of ${n}`,
    owner: 'Ada Example',
    description: `${n} generated badges from ${WALL_ISSUERS} did:web issuers (bench fixture).`,
    badges: urls,
  });
  return urls.length;
}

// ---------------------------------------------------------------------------------------------
// Self-check: JSON-LD safe mode over every credential we wrote as JSON-LD

async function safeModeCheck() {
  const clrCtx = '/work/shared/vectors/contexts/offline/purl.imsglobal.org_spec_clr_v2p0_context-2.0.1.json';
  const canCheckClr = existsSync(clrCtx);
  if (canCheckClr) extraContexts.set(CTX.clr, JSON.parse(readFileSync(clrCtx, 'utf8')));
  const skipped = [];
  for (const c of cases) {
    if (!/^ob3|^clr|^vp|^vc/.test(c.format)) continue;
    const file = join(ROOT, c.path);
    const text = readFileSync(file, 'utf8').trim();
    let doc = text.startsWith('{') ? JSON.parse(text) : decodeJwsPayload(text);
    if (doc.vc) doc = doc.vc;
    if (doc['@context']?.includes(CTX.clr) && !canCheckClr) {
      skipped.push(c.name);
      continue;
    }
    if (c.name === 'forgery-proof-other-context-jcs') continue;
    const { proof, iss, jti, sub, nbf, exp, ...body } = doc;
    if (MEANT_TO_FAIL_SAFE_MODE.has(c.name)) {
      // These forgeries exist to be refused by safe mode: prove that they are.
      const refused = await canonize(body).then(
        () => false,
        () => true,
      );
      if (!refused) throw new Error(`self-check: ${c.name} should fail JSON-LD safe mode`);
      selfCheck.tamperedRejected++;
      continue;
    }
    try {
      await canonize(body);
      selfCheck.canonized++;
    } catch (e) {
      throw new Error(`self-check: ${c.name} fails JSON-LD safe mode: ${e.message}`);
    }
  }
  return skipped;
}

function writeReadme(portfolioCount) {
  const row = (c) =>
    `| \`${c.name}\` | \`${c.expect.replace(/\|/g, '\\|')}\` | ${c.format} | \`${c.path}\` | ${(c.note ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`;
  const section = (title, pred) =>
    [`### ${title}`, '', '| name | expect | format | file | note |', '|---|---|---|---|---|', ...cases.filter(pred).map(row), ''].join('\n');
  const text = `# Test fixtures (generated)

Everything here is written by \`npm run fixtures\` (\`scripts/make-fixtures.mjs\`). Do not edit by hand: change
the script and re-run it. Re-running with the same \`keys.json\` rewrites nothing (Ed25519 and RS256 signatures
are deterministic; an ES256 JWS is kept when its header and payload did not change). \`--new-keys\` replaces
every key and so every signature. \`--wall=1000\` also writes 1,000 badges from 10 did:web issuers to
\`hosts/wall.example/\` (bench only, ~4 MB: keep it out of git).

**\`keys.json\` holds TEST-ONLY private keys, published on purpose.** Never trust any DID, URL or key in here
outside this test suite.

## Layout

- \`index.json\`: the cases below, as \`FixtureCase[]\` (\`test/helpers/hosts.ts\`): \`{name, path, url, format, expect, note}\`.
- \`portfolio-index.json\`: the same shape for every entry of the portfolio (see below).
- \`hosts/<host>/<path>\` is served as \`https://<host>/<path>\` through \`fixtureProxy\`. Hosts end in \`.example\` or \`.test\`;
  no dot-directories (did:web uses a path: \`did:web:issuer.example:org\` → \`hosts/issuer.example/org/did.json\`); no \`.pem\`.
- \`attacker-proof-sources.json\`: where the attacker material behind the \`forgery-*\` cases lives.

## Issuers and keys

| issuer | id | key / verification method | proofs |
|---|---|---|---|
| Northwind Institute | \`did:web:issuer.example:org\` (\`hosts/issuer.example/org/did.json\`, profile at \`https://issuer.example/org/profile.json\`) | Multikey \`#key-1\` (assertionMethod); \`#key-2\` authentication only | eddsa-rdfc-2022, VC-JWT EdDSA; signs the Bitstring status lists |
| Lakeside College | \`https://college.example/issuer.json\` (Profile + controller document) | Multikey \`#key-1\`, JsonWebKey RSA \`#rsa-1\` (both assertionMethod; RSA also in \`jwks.json\`) | Ed25519Signature2020 (VCDM 1.1), VC-JWT RS256, eddsa-jcs-2022 (CLR); signs the StatusList2021 list |
| Open Source Guild | did:key (Ed25519) | \`did:key:z6Mk…#z6Mk…\` | eddsa-jcs-2022, VC-JWT EdDSA, VCDM 1.1 JWT |
| Metro Skills Council | did:jwk (P-256) | \`did:jwk:…#0\` | VC-JWT ES256 |
| Harbor Cloud Academy | \`did:web:cloud.example:academy\` | Multikey \`#key-1\` | VC-JWT EdDSA, eddsa-jcs-2022 |
| Civic Data Lab | \`did:web:datalab.test:lab\` | Multikey \`#key-1\` | eddsa-rdfc-2022, eddsa-jcs-2022, endorsements |
| Old Mill Makerspace (OB 2.0) | \`https://ob2.example/issuer.json\` | CryptographicKey \`https://ob2.example/keys/rsa-1.json\` (RSA-2048) | hosted, signed RS256; revocationList; allowedOrigins \`ob2.example\` |
| Ada Example (holder) | did:key (Ed25519) | | VP proofs (authentication) |
| attacker | \`did:web:attacker.example:evil\`, did:key | | forgeries |

Dates: valid credentials have validFrom 2025-01-15 (portfolio: 2019-2026) and validUntil 2099-12-31 or none;
expired ones validUntil 2025-06-01; not-yet-valid validFrom 2099-01-01; \`valid-expires-soon-*\` expire 40 / 200 days after
the suite's clock (${new Date(TEST_NOW_MS).toISOString().slice(0, 10)}, test/helpers/clock.mjs); tests verify at that clock, never the machine's.

Status lists (\`hosts/status.example/\`): \`lists/revocation.json\` (BitstringStatusList, revocation, 131,072 entries,
bits ${REVOKED.bitstring.join(', ')} set), \`lists/suspension.json\` (suspension, bits ${REVOKED.suspended.join(', ')}),
\`lists/sl2021.json\` (StatusList2021, bit ${REVOKED.sl2021.join(', ')}), \`lists/forged-revocation.json\` (claims Northwind, signed by the attacker),
\`1edtech/guild-revocations.json\` (1EdTechRevocationList-style \`{id, issuer, revokedCredentials: [{id, revoked, revocationReason}]}\`).
\`lists/missing.json\` deliberately does not exist.

## Expect words

\`valid\`; \`invalid:<check>[+<check>]\` = status invalid and those checks failed (check ids of \`src/core/model.ts\`);
\`indeterminate\` = integrity holds but the signer or the status cannot be established; \`error:<code>\` = a BadgeError code.

Decisions worth knowing:
- \`unknown-key-id\`: the issuer's DID document resolves but has no \`#key-9\` → \`indeterminate\` (the signature cannot be checked; keys rotate).
  \`indeterminate-did-web-unresolvable\`: the DID document itself is a 404 → \`indeterminate\`.
- \`forgery-status-list-*\`: a status list that cannot be trusted makes the status unknown → \`indeterminate\` (never \`valid\`).
- \`forgery-jwk-header-real-issuer\`: \`invalid:issuer\` (the named issuer's DID document does not list the key); \`indeterminate\` would be tolerable, \`valid\` never.
- OB 2.0 "hosted assertion answers 410 Gone" cannot be a static file: tests use the \`/__test/gone\` route instead.

## Cases (${cases.length})

${section('Valid', (c) => c.expect === 'valid')}
${section('Invalid', (c) => c.expect.startsWith('invalid') && !c.name.startsWith('forgery-'))}
${section('Indeterminate', (c) => c.expect === 'indeterminate' && !c.name.startsWith('forgery-'))}
${section('Forgeries (hostile inputs: never valid)', (c) => c.name.startsWith('forgery-'))}
## Portfolio

\`https://badges.example/portfolio.json\` = \`{name, owner: "Ada Example", description, badges: [url…]}\`: ${portfolioCount} entries,
52 valid OB 3.0 badges from 6 issuers (VC-JWT EdDSA/RS256/ES256, eddsa-jcs-2022, a few eddsa-rdfc-2022; 2019-2026;
achievement types, alignments and tags from one skills vocabulary; Markdown criteria), 2 OB 2.0 hosted badges, and 3 that are not
valid on purpose: one expired, one revoked, one 404. \`portfolio-index.json\` gives each entry's verdict.
Also \`hosts/badges.example/presentation.json\` (VP of 5, holder Ada) and \`hosts/badges.example/clr.json\` (CLR by Lakeside College
with nested credentials from 5 issuers). Images: \`hosts/badges.example/img/<color>.png|svg\`.
`;
  writeOut(join(ROOT, 'README.md'), text);
}

// ---------------------------------------------------------------------------------------------

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

async function main() {
  const t0 = performance.now();
  writeImages();
  writeIssuerDocuments();
  writeOb2Documents();
  await writeStatusLists();
  await writeCases();
  const portfolio = await writePortfolio();
  const wall = WALL ? await writeWall(WALL) : 0;
  writeOut(join(ROOT, 'index.json'), pretty(cases));
  writeOut(
    join(ROOT, 'attacker-proof-sources.json'),
    pretty({
      note: 'Where the attacker material behind the forgery-* cases lives. TEST-ONLY keys (private halves in keys.json).',
      attackerDidWeb: 'did:web:attacker.example:evil',
      attackerDidWebDocument: 'hosts/attacker.example/evil/did.json',
      attackerDidKey: keys.attacker.didKey,
      attackerEd25519Multikey: keys.attacker.multikey,
      attackerKeyClaimingCollege: 'hosts/attacker.example/keys/college-key.json',
      attackerOb2Key: 'hosts/attacker.example/keys/ob2-key.json',
      forgedStatusList: relative(ROOT, hostPath(LIST.forged)),
      forgeries: cases.filter((c) => c.name.startsWith('forgery-')).map(({ name, expect, note }) => ({ name, expect, note })),
    }),
  );
  const skipped = await safeModeCheck();
  writeReadme(portfolio.count);

  // Issuer-identity spoofs, registries and federations (a script of their own).
  for (const f of (await makeIdentityFixtures()).files) written.add(f);
  // Renewals: one achievement issued again and again, and the look-alikes that must not join it.
  for (const f of (await makeRenewalFixtures()).files) written.add(f);

  // Badge platforms (issue 17): Credly, Badgr, Accredible, OBF and VerifierPlus answers, in test/fixtures/platforms.
  for (const f of (await makePlatformFixtures()).files) written.add(f);
  // stale files from older runs (outside the wall, which is rewritten as a whole)
  const stale = listFiles(HOSTS).filter((f) => !written.has(f) && !f.includes(`${join(HOSTS, 'wall.example')}`));
  for (const f of stale) rmSync(f);

  const size = listFiles(ROOT)
    .filter((f) => !f.includes(join(HOSTS, 'wall.example')))
    .reduce((s, f) => s + statSync(f).size, 0);
  const counts = cases.reduce((m, c) => ((m[c.expect.split(':')[0]] = (m[c.expect.split(':')[0]] ?? 0) + 1), m), {});
  console.log(
    `fixtures: ${cases.length} cases (${Object.entries(counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}), portfolio ${portfolio.count} entries` +
      (wall ? `, wall ${wall} badges` : '') +
      `\nself-check: ${selfCheck.signatures} signatures verified back, ${selfCheck.tamperedRejected} tampered/forged proofs rejected, ${selfCheck.canonized} documents pass JSON-LD safe mode` +
      (skipped.length ? ` (skipped, no CLR context: ${skipped.join(', ')})` : '') +
      `\nfiles changed: ${changedFiles}, removed: ${stale.length}; test/fixtures size ${(size / 1024).toFixed(0)} KB (without wall.example); ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

await main();
// Issue 16: the context aliasing / redefinition attacks, in their own folders and index (after main's stale-file sweep).
await (await import('./make-context-attacks.mjs')).makeContextAttacks();
