#!/usr/bin/env node
// Context aliasing and redefinition attacks (issue 16, SECURITY.md), signed with real keys, written to
// test/fixtures/hosts/<issuer host>/context-attacks/ and listed in test/fixtures/context-attacks.json.
// Run by scripts/make-fixtures.mjs at its end, or alone: `node scripts/make-context-attacks.mjs`.
//
// One attack per field a check or the card reads, in each proof family where it applies:
//   rdfc, ed2020  the issuer's GENUINE signature kept: a valid issuer-signed credential, then a field
//                 renamed through a context so that the RDFC canonical form stays byte-identical
//                 (checked here), so the signature still verifies; plus the same attack signed by an
//                 attacker issuing under its own did:web.
//   jcs, jwt      JSON is what is signed, so the aliased credential is signed again: by the issuer's
//                 own key (a careless or malicious issuer) and by the attacker under its own did:web.
// Kinds: inline (a context object in @context), nested (a context inside credentialSubject or
// achievement), remote (a context served from the issuer's own origin), type-scoped, keyword
// (an alias of @id / @type, or @nest), vocab (@vocab), json (@json), base (@base), protected
// (a redefined @protected term, JCS and JWT only: an RDFC verifier's jsonld rejects it by itself).
// Every one must end not valid, with `format` failed and a message naming `term`.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKeys } from './lib/keys.mjs';
import { addProof, canonize, extraContexts, signJws, verifyJws, verifyProof } from './lib/sign.mjs';

const ROOT = fileURLToPath(new URL('../test/fixtures/', import.meta.url));
const HOSTS = join(ROOT, 'hosts');
const INDEX = join(ROOT, 'context-attacks.json');
const DIR = 'context-attacks';

const V2 = 'https://www.w3.org/ns/credentials/v2';
const V1 = 'https://www.w3.org/2018/credentials/v1';
const OB = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const ED2020 = 'https://w3id.org/security/suites/ed25519-2020/v1';
const CRED = 'https://www.w3.org/2018/credentials#';
const OBV = 'https://purl.imsglobal.org/spec/vc/ob/vocab.html#';
const XSD_DT = 'http://www.w3.org/2001/XMLSchema#dateTime';

const uuid = (seed) => {
  const h = createHash('sha256').update(seed).digest('hex');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/**
 * The fields, each with where it sits, the second name it gets, and the definition that name copies
 * from the standard contexts (so the RDF is unchanged). `v` is the VC data model the field belongs to.
 */
const FIELDS = [
  { field: 'validUntil', at: 'top', alias: 'endsAt', def: { '@id': `${CRED}validUntil`, '@type': XSD_DT }, v: 2, hides: 'expired' },
  { field: 'validFrom', at: 'top', alias: 'startsAt', def: { '@id': `${CRED}validFrom`, '@type': XSD_DT }, v: 2, hides: 'not yet valid' },
  { field: 'expirationDate', at: 'top', alias: 'endsAt', def: { '@id': `${CRED}expirationDate`, '@type': XSD_DT }, v: 1, hides: 'expired' },
  { field: 'issuanceDate', at: 'top', alias: 'issuedOn', def: { '@id': `${CRED}issuanceDate`, '@type': XSD_DT }, v: 1, hides: 'not yet valid' },
  { field: 'credentialStatus', at: 'top', alias: 'statusEntry', def: { '@id': `${CRED}credentialStatus`, '@type': '@id' }, hides: 'status entry' },
  { field: 'issuer', at: 'top', alias: 'issuedBy', def: { '@id': `${CRED}issuer`, '@type': '@id' }, hides: 'issuer' },
  { field: 'credentialSubject', at: 'top', alias: 'about', def: { '@id': `${CRED}credentialSubject`, '@type': '@id' }, hides: 'subject' },
  { field: 'evidence', at: 'top', alias: 'proofOfWork', def: { '@id': `${CRED}evidence`, '@type': '@id' }, hides: 'evidence' },
  { field: 'endorsement', at: 'top', alias: 'vouchedBy', def: { '@id': `${OBV}endorsement`, '@container': '@set' }, hides: 'endorsements' },
  {
    field: 'proof',
    at: 'top',
    alias: 'seal',
    def: { '@id': 'https://w3id.org/security#proof', '@type': '@id', '@container': '@graph' },
    hides: 'proof',
    di: true,
  },
  { field: 'identifier', at: 'subject', alias: 'recipientId', def: { '@id': `${OBV}identifier`, '@container': '@set' }, hides: 'recipient' },
  { field: 'achievement', at: 'subject', alias: 'award', def: { '@id': `${OBV}achievement` }, hides: 'achievement' },
  { field: 'result', at: 'subject', alias: 'outcomes', def: { '@id': `${OBV}result`, '@container': '@set' }, hides: 'results' },
  { field: 'name', at: 'achievement', alias: 'title', def: { '@id': 'https://schema.org/name' }, hides: 'name' },
  { field: 'description', at: 'achievement', alias: 'summary', def: { '@id': 'https://schema.org/description' }, hides: 'description' },
  { field: 'criteria', at: 'achievement', alias: 'requirements', def: { '@id': `${OBV}Criteria`, '@type': '@id' }, hides: 'criteria' },
  { field: 'image', at: 'achievement', alias: 'picture', def: { '@id': `${OBV}image`, '@type': '@id' }, hides: 'image' },
  { field: 'alignment', at: 'achievement', alias: 'skills', def: { '@id': `${OBV}alignment`, '@container': '@set' }, hides: 'skills' },
  { field: 'tag', at: 'achievement', alias: 'keywords', def: { '@id': 'https://schema.org/keywords', '@container': '@set' }, hides: 'tags' },
];

/** How each field's context is delivered: mostly inline, with the other kinds spread over the fields. */
const KIND_OF = {
  validFrom: 'remote',
  issuanceDate: 'remote',
  name: 'nested',
  description: 'nested',
  image: 'nested',
  result: 'nested',
  evidence: 'type-scoped',
};

const ISSUERS = (keys) => ({
  issuer: {
    id: 'did:web:issuer.example:org',
    name: 'Northwind Institute',
    host: 'issuer.example',
    base: 'https://issuer.example/org/',
    vm: 'did:web:issuer.example:org#key-1',
    key: keys.northwind,
  },
  attacker: {
    id: 'did:web:attacker.example:evil',
    name: 'Evil Academy',
    host: 'attacker.example',
    base: 'https://attacker.example/evil/',
    vm: 'did:web:attacker.example:evil#key-1',
    key: keys.attacker,
  },
});

/** A small valid OB 3.0 credential whose `field` holds something a verifier must act on. */
function credential(signer, f, family) {
  const v1 = family === 'ed2020';
  const expired = f.hides === 'expired';
  const future = f.hides === 'not yet valid';
  const achievement = {
    id: `${signer.base}achievements/context-${f.field}`,
    type: ['Achievement'],
    name: `Context attack: ${f.field}`,
    description: `The ${f.field} of this badge is renamed by a JSON-LD context.`,
    criteria: { narrative: 'Complete the exercise.' },
    image: { id: 'https://badges.example/img/red.png', type: 'Image' },
    alignment: [{ type: ['Alignment'], targetName: 'Security', targetUrl: 'https://skills.example/framework/security.json' }],
    tag: ['Security'],
  };
  const subject = {
    id: 'did:example:learner',
    type: ['AchievementSubject'],
    ...(f.field === 'identifier'
      ? { identifier: [{ type: 'IdentityObject', hashed: false, identityHash: 'ada@badges.example', identityType: 'emailAddress' }] }
      : {}),
    achievement,
    ...(f.field === 'result' ? { result: [{ type: ['Result'], value: 'Failed' }] } : {}),
  };
  if (f.field === 'identifier') delete subject.id;
  const dates = v1
    ? { issuanceDate: future ? '2099-01-01T00:00:00Z' : '2024-06-01T09:00:00Z', ...(expired ? { expirationDate: '2025-06-01T00:00:00Z' } : {}) }
    : { validFrom: future ? '2099-01-01T00:00:00Z' : '2024-06-01T09:00:00Z', ...(expired ? { validUntil: '2025-06-01T00:00:00Z' } : {}) };
  return {
    '@context': v1 ? [V1, OB, ED2020, ...(f.field === 'credentialStatus' ? ['https://www.w3.org/ns/credentials/status/v1'] : [])] : [V2, OB],
    id: uuid(`context-attack/${family}/${signer.host}/${f.field}`),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `Context attack: ${f.field}`,
    issuer: { id: signer.id, type: ['Profile'], name: signer.name },
    ...dates,
    credentialSubject: subject,
    ...(f.field === 'credentialStatus'
      ? {
          credentialStatus: {
            id: `${signer.base}status/1#7`,
            type: 'BitstringStatusListEntry',
            statusPurpose: 'revocation',
            statusListIndex: '7',
            statusListCredential: `${signer.base}status/1`,
          },
        }
      : {}),
    ...(f.field === 'evidence' ? { evidence: [{ id: `${signer.base}evidence/1`, type: ['Evidence'], name: 'Reviewed work' }] } : {}),
    ...(f.field === 'endorsement'
      ? { endorsement: [{ id: 'urn:uuid:00000000-0000-4000-a000-00000000e001', type: ['VerifiableCredential', 'EndorsementCredential'] }] }
      : {}),
  };
}

/** Renames `field` to `alias` where it sits, and says so through a context of the given kind. */
function alias(doc, f, kind, contextUrl) {
  const out = structuredClone(doc);
  const holder = f.at === 'top' ? out : f.at === 'subject' ? out.credentialSubject : out.credentialSubject.achievement;
  const entries = Object.entries(holder).map(([k, v]) => [k === f.field ? f.alias : k, v]);
  for (const k of Object.keys(holder)) delete holder[k];
  Object.assign(holder, Object.fromEntries(entries));
  const local = { [f.alias]: f.def };
  if (kind === 'inline') out['@context'] = [...out['@context'], local];
  else if (kind === 'remote') out['@context'] = [...out['@context'], contextUrl];
  else if (kind === 'nested') {
    const nested = { '@context': local, ...holder };
    for (const k of Object.keys(holder)) delete holder[k];
    Object.assign(holder, nested);
  } else if (kind === 'type-scoped') {
    // A new credential type whose scoped context brings the second name.
    out['@context'] = [...out['@context'], { Attested: { '@id': 'https://attacker.example/vocab#Attested', '@context': local } }];
    out.type = [...out.type, 'Attested'];
  }
  return out;
}

/** Attacks beyond one-field aliases: keyword aliases, @nest, @vocab, @json, @base, protected terms. */
const SPECIAL = [
  {
    kind: 'keyword',
    term: 'kind',
    families: ['rdfc', 'ed2020', 'jcs', 'jwt'],
    field: 'type',
    make: (d) => {
      const { type, ...rest } = d;
      return { ...rest, '@context': [...d['@context'], { kind: '@type' }], kind: type };
    },
  },
  {
    kind: 'keyword',
    term: 'ident',
    families: ['rdfc', 'ed2020', 'jcs', 'jwt'],
    field: 'credentialSubject.id',
    make: (d) => {
      const { id, ...subject } = d.credentialSubject;
      return { ...d, '@context': [...d['@context'], { ident: '@id' }], credentialSubject: { ident: id, ...subject } };
    },
  },
  {
    kind: 'keyword',
    term: '@nest',
    families: ['rdfc', 'jcs', 'jwt'],
    field: 'validUntil',
    expired: true,
    make: (d) => {
      const { validUntil, ...rest } = d;
      return { ...rest, '@nest': { validUntil } };
    },
  },
  {
    kind: 'vocab',
    term: 'Until',
    families: ['rdfc', 'jcs', 'jwt'],
    field: 'validUntil',
    expired: true,
    make: (d) => {
      const { validUntil, ...rest } = d;
      return { ...rest, '@context': [...d['@context'], { '@vocab': `${CRED}valid` }], Until: { '@value': validUntil, '@type': XSD_DT } };
    },
  },
  {
    kind: 'json',
    term: 'endsAt',
    families: ['jcs', 'jwt'],
    field: 'validUntil',
    expired: true,
    make: (d) => {
      const { validUntil, ...rest } = d;
      return { ...rest, '@context': [...d['@context'], { endsAt: { '@id': `${CRED}validUntil`, '@type': '@json' } }], endsAt: validUntil };
    },
  },
  {
    kind: 'base',
    term: '@base',
    families: ['jcs', 'jwt'],
    field: 'credentialSubject.id',
    make: (d) => ({
      ...d,
      '@context': [...d['@context'], { '@base': 'https://attacker.example/learners/' }],
      credentialSubject: { ...d.credentialSubject, id: 'ada' },
    }),
  },
  {
    kind: 'protected',
    term: 'name',
    families: ['jcs', 'jwt'],
    field: 'name',
    make: (d) => ({ ...d, '@context': [...d['@context'], { name: 'https://attacker.example/vocab#displayName' }] }),
  },
];

export async function makeContextAttacks({ log = true } = {}) {
  const keys = loadKeys(join(ROOT, 'keys.json'), { northwind: 'ed25519', attacker: 'ed25519' });
  const signers = ISSUERS(keys);
  const cases = [];
  const written = new Set();
  const write = (url, content) => {
    const m = /^https:\/\/([a-z0-9.-]+)\/(.+)$/.exec(url);
    const file = join(HOSTS, m[1], m[2]);
    mkdirSync(dirname(file), { recursive: true });
    const text = typeof content === 'string' ? `${content}\n` : `${JSON.stringify(content, null, 1)}\n`;
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
    written.add(file);
    return `hosts/${m[1]}/${m[2]}`;
  };
  let sameCanon = 0;

  const sign = async (doc, family, signer) => {
    if (family === 'jwt') {
      // VC DM 2.0 JWT: the payload is the credential (no exp/nbf claims: the dates are the credential's own).
      const header = { alg: 'EdDSA', typ: 'vc+jwt', kid: signer.vm };
      const jws = await signJws({ ...doc, iss: signer.id, jti: doc.id }, signer.key, header);
      await verifyJws(jws, signer.key.publicJwk, 'EdDSA');
      return jws;
    }
    const suite = family === 'rdfc' ? 'eddsa-rdfc-2022' : family === 'ed2020' ? 'Ed25519Signature2020' : 'eddsa-jcs-2022';
    const signed = await addProof(doc, { suite, key: signer.key, verificationMethod: signer.vm, created: '2024-06-01T09:00:00Z' });
    if (!(await verifyProof(signed, signer.key.rawPublic))) throw new Error(`context attacks: ${suite} self-check failed`);
    return signed;
  };

  /** RDFC families: the issuer signs the plain credential, the attack keeps that proof; the canonical form must not change. */
  const keepSignature = async (plain, attacked, family, signer) => {
    const signed = await sign(plain, family, signer);
    const out = { ...attacked, proof: signed.proof };
    if ((await canonize(plain)) !== (await canonize(attacked))) throw new Error(`context attacks: ${attacked.id} changes the canonical form`);
    if (!(await verifyProof(out, signer.key.rawPublic))) throw new Error(`context attacks: the kept signature of ${attacked.id} does not verify`);
    sameCanon++;
    return out;
  };

  const emit = async ({ family, signer, variant, field, kind, term, plain, attacked }) => {
    const name = `${family}-${variant}-${kind}-${field.replace(/\W/g, '-')}`;
    const ext = family === 'jwt' ? 'jwt' : 'json';
    const url = `${signer.base}${DIR}/${name}.${ext}`;
    let content;
    if (field === 'proof') {
      // The proof itself renamed after signing (with the signature it had): no canonical form to compare.
      const { proof, ...rest } = await sign(plain, family, signer);
      content = { ...rest, '@context': attacked['@context'], seal: proof };
    } else if (variant === 'genuine') content = await keepSignature(plain, attacked, family, signer);
    else content = await sign(attacked, family, signer);
    const path = write(url, content);
    cases.push({ name, path, url, family, variant, field, kind, term, signer: signer.id });
  };

  const variantsOf = (family) =>
    family === 'rdfc' || family === 'ed2020'
      ? [
          ['genuine', 'issuer'],
          ['attacker', 'attacker'],
        ]
      : [
          ['issuer', 'issuer'],
          ['attacker', 'attacker'],
        ];
  const familiesOf = (f) => (f.v === 1 ? ['ed2020'] : f.v === 2 ? ['rdfc', 'jcs', 'jwt'] : f.di ? ['rdfc', 'ed2020', 'jcs'] : ['rdfc', 'ed2020', 'jcs', 'jwt']);

  for (const f of FIELDS) {
    const kind = KIND_OF[f.field] ?? 'inline';
    for (const family of familiesOf(f)) {
      for (const [v, who] of variantsOf(family)) {
        // A type added to the credential adds a statement: no signature can be kept, the issuer signs again.
        const variant = v === 'genuine' && kind === 'type-scoped' ? 'issuer' : v;
        const signer = signers[who];
        const plain = credential(signer, f, family);
        let contextUrl;
        if (kind === 'remote') {
          contextUrl = `${signer.base}${DIR}/contexts/${f.alias}.json`;
          const ctx = { '@context': { [f.alias]: f.def } };
          write(contextUrl, ctx);
          extraContexts.set(contextUrl, ctx); // for the canonical-form check here
        }
        await emit({ family, signer, variant, field: f.field, kind, term: f.alias, plain, attacked: alias(plain, f, kind, contextUrl) });
      }
    }
  }
  const base = FIELDS[0];
  for (const s of SPECIAL) {
    for (const family of s.families) {
      for (const [variant, who] of variantsOf(family)) {
        const signer = signers[who];
        const plain = credential(signer, s.expired ? base : { ...base, hides: '' }, family);
        await emit({ family, signer, variant, field: s.field, kind: s.kind, term: s.term, plain, attacked: s.make(plain) });
      }
    }
  }

  // Files of older runs that this run did not write.
  for (const host of Object.values(signers)) {
    const dir = join(HOSTS, host.host, new URL(host.base).pathname, DIR);
    const walk = (d) =>
      existsSync(d) ? readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)])) : [];
    for (const file of walk(dir)) if (!written.has(file)) rmSync(file);
  }
  const index = `${JSON.stringify(
    {
      $comment:
        "Written by scripts/make-context-attacks.mjs. Each case renames or redefines one term through JSON-LD contexts; every one must end not valid, with the format check failed and its message naming `term`. variant: genuine = the issuer's own RDFC signature kept (the canonical form is unchanged); issuer = signed again with the issuer's key; attacker = issued and signed by did:web:attacker.example:evil.",
      cases,
    },
    null,
    1,
  )}\n`;
  if (!existsSync(INDEX) || readFileSync(INDEX, 'utf8') !== index) writeFileSync(INDEX, index);
  if (log)
    console.log(
      `context attacks: ${cases.length} cases (${sameCanon} keep the issuer's RDFC signature with an unchanged canonical form) → test/fixtures/context-attacks.json`,
    );
  return cases;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await makeContextAttacks();
