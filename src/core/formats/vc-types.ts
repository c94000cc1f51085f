// Wrong JSON types in a credential's well-known properties (VC DM 2.0 §4, OB 3.0 data model).
// A credential whose `name` is a number or whose `proof` is a string was not written by a working
// issuer tool: it is `malformed` (an error with a readable message), not a badge with a failed check.
// Only the shapes the specs define are enforced, and only where a property is present: a missing
// property is a format question for inspectShape(), an unknown one is JSON-LD's business.

import { isObj } from '../json.js';

type Obj = Record<string, unknown>;

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);

/** BCP 47-ish language tag, as a language map key. */
const LANG_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;
/** XML Schema dateTime (VC DM 2.0 §4.9), with an optional fraction and zone. */
const DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `the text "${v.length > 24 ? `${v.slice(0, 24)}…` : v}"`;
  return `a ${typeof v}`;
}

/** A string, a language value object, a language map, or a list of strings / value objects (VC DM 2.0 §11.1). */
function isText(v: unknown): boolean {
  if (typeof v === 'string') return true;
  if (isObj(v)) {
    if ('@value' in v) return typeof v['@value'] === 'string' && (v['@language'] === undefined || typeof v['@language'] === 'string');
    const keys = Object.keys(v);
    return keys.length > 0 && keys.every((k) => LANG_TAG.test(k) && typeof v[k] === 'string');
  }
  if (Array.isArray(v)) return v.length > 0 && v.every((x) => typeof x === 'string' || (isObj(x) && '@value' in x && isText(x)));
  return false;
}

function isDateTime(v: unknown): boolean {
  return typeof v === 'string' && DATE_TIME.test(v) && !Number.isNaN(Date.parse(v)) && validCalendar(v);
}

/** Two ASCII digits at i (the caller's regular expression has made sure they are digits). */
const two = (v: string, i: number) => (v.charCodeAt(i) - 48) * 10 + v.charCodeAt(i + 1) - 48;

/** Date.parse accepts 2024-02-31; the calendar does not. `v` has matched DATE_TIME. */
function validCalendar(v: string): boolean {
  const t = v.indexOf('T');
  const y = Number(v.slice(0, t - 6));
  const mo = two(v, t - 5);
  const d = two(v, t - 2);
  const days = mo === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
  return mo >= 1 && mo <= 12 && d >= 1 && d <= days && two(v, t + 1) <= 24 && two(v, t + 4) <= 59 && two(v, t + 7) <= 60;
}

// Type, not syntax: a URL with a space is the renderer's problem (safe-url.ts refuses what it cannot use).
const isUri = (v: unknown): boolean => typeof v === 'string' && v !== '';
const isImage = (v: unknown): boolean => isUri(v) || (isObj(v) && isUri(v.id));
const isIdOrObject = (v: unknown): boolean => isUri(v) || isObj(v);
const objects = (v: unknown): boolean => asArray(v).length > 0 && asArray(v).every(isObj);
const strings = (v: unknown): boolean => asArray(v).length > 0 && asArray(v).every((x) => typeof x === 'string' && x !== '');

interface Rule {
  ok: (v: unknown) => boolean;
  want: string;
}

const TEXT: Rule = { ok: isText, want: 'text' };
const DATE: Rule = { ok: isDateTime, want: 'a date and time like 2024-05-01T00:00:00Z' };
const IMAGE: Rule = { ok: isImage, want: 'an image URL or an Image object with an id' };
// The rules below are made once, not per credential (wrongTypes runs on every verification).
const CONTEXT: Rule = { ok: (v) => asArray(v).length > 0 && asArray(v).every((c) => typeof c === 'string' || isObj(c)), want: 'a list of context URLs' };
const TYPE: Rule = { ok: strings, want: 'a type name or a list of them' };
const ID: Rule = { ok: isUri, want: 'a URL or URN' };
const ISSUER: Rule = { ok: (v) => isUri(v) || (isObj(v) && isUri(v.id)), want: 'a URL, a DID or a profile object with an id' };
const URL_: Rule = { ok: isUri, want: 'a URL' };
const HOLDER: Rule = { ok: (v) => isUri(v) || (isObj(v) && isUri(v.id)), want: 'a URL, a DID or an object with an id' };
const SUBJECTS: Rule = { ok: objects, want: 'an object or a list of objects' };
const SUBJECT_ID: Rule = { ok: isUri, want: 'a URL or DID' };
const ACHIEVEMENT: Rule = { ok: objects, want: 'an Achievement object' };
const CRITERIA: Rule = { ok: isIdOrObject, want: 'a Criteria object' };
const ALIGNMENTS: Rule = { ok: objects, want: 'a list of Alignment objects' };
const PROOFS: Rule = { ok: objects, want: 'a proof object or a list of them' };
const PROOF_TYPE: Rule = { ok: strings, want: 'a proof type name' };
const STRING: Rule = { ok: (v) => typeof v === 'string', want: 'text' };
const PROOF_VM: Rule = { ok: isIdOrObject, want: 'a key URL or object' };
const STATUSES: Rule = { ok: objects, want: 'a status entry object or a list of them' };
const STATUS_TYPE: Rule = { ok: strings, want: 'a status type name' };
const STATUS_INDEX: Rule = {
  ok: (v) => (typeof v === 'string' && /^\d{1,15}$/.test(v)) || (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0),
  want: 'a non-negative whole number',
};
const EVIDENCE: Rule = { ok: objects, want: 'an Evidence object or a list of them' };
const ENDORSEMENTS: Rule = { ok: objects, want: 'an endorsement credential or a list of them' };
const ENDORSEMENT_JWTS: Rule = { ok: strings, want: 'a JWT or a list of them' };
const DATES = ['validFrom', 'validUntil', 'issuanceDate', 'expirationDate', 'awardedDate'] as const;
const PROOF_STRINGS = ['proofValue', 'jws', 'cryptosuite', 'proofPurpose', 'challenge', 'domain'] as const;

/** The problems found, each a short phrase ("name is a number, not text"). Empty when the types are right. */
export function wrongTypes(doc: Obj): string[] {
  const problems: string[] = [];
  const check = (path: string, v: unknown, rule: Rule, suffix = ''): void => {
    // The path is put together only for a problem: most values are fine, and this runs on every verification.
    if (v !== undefined && !rule.ok(v)) problems.push(`${path}${suffix} is ${kind(v)}, not ${rule.want}`);
  };
  check('@context', doc['@context'], CONTEXT);
  check('type', doc.type, TYPE);
  check('id', doc.id, ID);
  check('name', doc.name, TEXT);
  check('description', doc.description, TEXT);
  check('image', doc.image, IMAGE);
  for (const key of DATES) check(key, doc[key], DATE);

  check('issuer', doc.issuer, ISSUER);
  if (isObj(doc.issuer)) {
    check('issuer.name', doc.issuer.name, TEXT);
    check('issuer.description', doc.issuer.description, TEXT);
    check('issuer.url', doc.issuer.url, URL_);
    check('issuer.image', doc.issuer.image, IMAGE);
  }
  check('holder', doc.holder, HOLDER);

  check('credentialSubject', doc.credentialSubject, SUBJECTS);
  const subjects = asArray(doc.credentialSubject);
  for (let i = 0; i < subjects.length; i++) {
    const subject = subjects[i];
    if (!isObj(subject)) continue;
    const at = Array.isArray(doc.credentialSubject) ? `credentialSubject[${i}]` : 'credentialSubject';
    check(at, subject.id, SUBJECT_ID, '.id');
    // OB 3.0 AchievementSubject holds one Achievement; a CLR 2.0 ClrSubject holds a list.
    check(at, subject.achievement, ACHIEVEMENT, '.achievement');
    for (const a of asArray(subject.achievement)) {
      if (!isObj(a)) continue;
      check(at, a.name, TEXT, '.achievement.name');
      check(at, a.description, TEXT, '.achievement.description');
      check(at, a.criteria, CRITERIA, '.achievement.criteria');
      if (isObj(a.criteria)) check(at, a.criteria.narrative, TEXT, '.achievement.criteria.narrative');
      check(at, a.image, IMAGE, '.achievement.image');
      check(at, a.alignment, ALIGNMENTS, '.achievement.alignment');
    }
  }

  check('proof', doc.proof, PROOFS);
  for (const p of asArray(doc.proof)) {
    if (!isObj(p)) continue;
    check('proof.type', p.type, PROOF_TYPE);
    for (const key of PROOF_STRINGS) check('proof.', p[key], STRING, key);
    check('proof.verificationMethod', p.verificationMethod, PROOF_VM);
    check('proof.created', p.created, DATE);
  }

  check('credentialStatus', doc.credentialStatus, STATUSES);
  for (const s of asArray(doc.credentialStatus)) {
    if (!isObj(s)) continue;
    check('credentialStatus.type', s.type, STATUS_TYPE);
    check('credentialStatus.id', s.id, URL_);
    check('credentialStatus.statusListCredential', s.statusListCredential, URL_);
    check('credentialStatus.statusListIndex', s.statusListIndex, STATUS_INDEX);
  }

  check('evidence', doc.evidence, EVIDENCE);
  check('endorsement', doc.endorsement, ENDORSEMENTS);
  check('endorsementJwt', doc.endorsementJwt, ENDORSEMENT_JWTS);
  return problems;
}
