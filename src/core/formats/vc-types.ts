// Wrong JSON types in a credential's well-known properties (VC DM 2.0 §4, OB 3.0 data model).
// A credential whose `name` is a number or whose `proof` is a string was not written by a working
// issuer tool: it is `malformed` (an error with a readable message), not a badge with a failed check.
// Only the shapes the specs define are enforced, and only where a property is present: a missing
// property is a format question for inspectShape(), an unknown one is JSON-LD's business.

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
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

/** Date.parse accepts 2024-02-31; the calendar does not. */
function validCalendar(v: string): boolean {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(v);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return mo >= 1 && mo <= 12 && d >= 1 && d <= days && h <= 24 && mi <= 59 && s <= 60;
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

/** The problems found, each a short phrase ("name is a number, not text"). Empty when the types are right. */
export function wrongTypes(doc: Obj): string[] {
  const problems: string[] = [];
  const check = (path: string, v: unknown, rule: Rule): void => {
    if (v !== undefined && !rule.ok(v)) problems.push(`${path} is ${kind(v)}, not ${rule.want}`);
  };
  check('@context', doc['@context'], { ok: (v) => asArray(v).length > 0 && asArray(v).every((c) => typeof c === 'string' || isObj(c)), want: 'a list of context URLs' });
  check('type', doc.type, { ok: strings, want: 'a type name or a list of them' });
  check('id', doc.id, { ok: isUri, want: 'a URL or URN' });
  check('name', doc.name, TEXT);
  check('description', doc.description, TEXT);
  check('image', doc.image, IMAGE);
  for (const key of ['validFrom', 'validUntil', 'issuanceDate', 'expirationDate', 'awardedDate'] as const) check(key, doc[key], DATE);

  check('issuer', doc.issuer, { ok: (v) => isUri(v) || (isObj(v) && isUri(v.id)), want: 'a URL, a DID or a profile object with an id' });
  if (isObj(doc.issuer)) {
    check('issuer.name', doc.issuer.name, TEXT);
    check('issuer.description', doc.issuer.description, TEXT);
    check('issuer.url', doc.issuer.url, { ok: isUri, want: 'a URL' });
    check('issuer.image', doc.issuer.image, IMAGE);
  }
  check('holder', doc.holder, { ok: (v) => isUri(v) || (isObj(v) && isUri(v.id)), want: 'a URL, a DID or an object with an id' });

  check('credentialSubject', doc.credentialSubject, { ok: objects, want: 'an object or a list of objects' });
  for (const [i, subject] of asArray(doc.credentialSubject).entries()) {
    if (!isObj(subject)) continue;
    const at = Array.isArray(doc.credentialSubject) ? `credentialSubject[${i}]` : 'credentialSubject';
    check(`${at}.id`, subject.id, { ok: isUri, want: 'a URL or DID' });
    // OB 3.0 AchievementSubject holds one Achievement; a CLR 2.0 ClrSubject holds a list.
    check(`${at}.achievement`, subject.achievement, { ok: objects, want: 'an Achievement object' });
    for (const a of asArray(subject.achievement)) {
      if (!isObj(a)) continue;
      check(`${at}.achievement.name`, a.name, TEXT);
      check(`${at}.achievement.description`, a.description, TEXT);
      check(`${at}.achievement.criteria`, a.criteria, { ok: isIdOrObject, want: 'a Criteria object' });
      if (isObj(a.criteria)) check(`${at}.achievement.criteria.narrative`, a.criteria.narrative, TEXT);
      check(`${at}.achievement.image`, a.image, IMAGE);
      check(`${at}.achievement.alignment`, a.alignment, { ok: objects, want: 'a list of Alignment objects' });
    }
  }

  check('proof', doc.proof, { ok: objects, want: 'a proof object or a list of them' });
  for (const p of asArray(doc.proof)) {
    if (!isObj(p)) continue;
    check('proof.type', p.type, { ok: strings, want: 'a proof type name' });
    for (const key of ['proofValue', 'jws', 'cryptosuite', 'proofPurpose', 'challenge', 'domain'] as const) check(`proof.${key}`, p[key], { ok: (v) => typeof v === 'string', want: 'text' });
    check('proof.verificationMethod', p.verificationMethod, { ok: isIdOrObject, want: 'a key URL or object' });
    check('proof.created', p.created, DATE);
  }

  check('credentialStatus', doc.credentialStatus, { ok: objects, want: 'a status entry object or a list of them' });
  for (const s of asArray(doc.credentialStatus)) {
    if (!isObj(s)) continue;
    check('credentialStatus.type', s.type, { ok: strings, want: 'a status type name' });
    check('credentialStatus.id', s.id, { ok: isUri, want: 'a URL' });
    check('credentialStatus.statusListCredential', s.statusListCredential, { ok: isUri, want: 'a URL' });
    check('credentialStatus.statusListIndex', s.statusListIndex, {
      ok: (v) => (typeof v === 'string' && /^\d{1,15}$/.test(v)) || (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0),
      want: 'a non-negative whole number',
    });
  }

  check('evidence', doc.evidence, { ok: objects, want: 'an Evidence object or a list of them' });
  check('endorsement', doc.endorsement, { ok: objects, want: 'an endorsement credential or a list of them' });
  check('endorsementJwt', doc.endorsementJwt, { ok: strings, want: 'a JWT or a list of them' });
  return problems;
}
