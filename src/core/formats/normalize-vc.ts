// VC / OB 3.0 / CLR 2.0 / VP / Blockcerts → the normalized Badge the elements render.
// Pure data mapping: no network, no verification. Unknown or oddly typed fields are skipped,
// never trusted as markup (elements treat every string as text).

import type { Alignment, Badge, Endorsement, Evidence, Issuer, Recipient, SourceFormat, Translation } from '../model.js';
import type { Detected, JsonObject } from '../options.js';
import { asArray, isObj } from '../json.js';

export interface VcFormatInfo {
  format: SourceFormat;
  formatLabel: string;
}

type Obj = JsonObject;

export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** BCP 47-ish: `en`, `en-US`, `zh-Hant-TW`. Used to recognise language maps. */
const LANG_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/i;

/** A translatable value: its text in the chosen language plus every language copy found. */
interface LangText {
  value?: string;
  language?: string;
  byLanguage: Record<string, string>;
}

/**
 * Reads a string, a VC 2.0 language value object ({"@value","@language"}, §11.1), an array of them,
 * or a JSON-LD language map ({"en": "…", "fr": "…"}). `preferred` picks the main copy.
 */
export function readLangText(v: unknown, preferred?: string): LangText {
  const byLanguage: Record<string, string> = {};
  const plain: string[] = [];
  const add = (item: unknown) => {
    if (typeof item === 'string') plain.push(item);
    else if (isObj(item) && typeof item['@value'] === 'string') {
      const lang = typeof item['@language'] === 'string' ? item['@language'] : undefined;
      if (lang) byLanguage[lang] ??= item['@value'];
      else plain.push(item['@value']);
    } else if (isObj(item)) {
      const entries = Object.entries(item);
      if (entries.length > 0 && entries.every(([k, val]) => LANG_TAG.test(k) && (typeof val === 'string' || Array.isArray(val)))) {
        for (const [k, val] of entries) {
          const s = asArray(val).find((x) => typeof x === 'string') as string | undefined;
          if (s !== undefined) byLanguage[k] ??= s;
        }
      }
    }
  };
  for (const item of asArray(v)) add(item);
  const langs = Object.keys(byLanguage);
  const pick =
    (preferred && (byLanguage[preferred] !== undefined ? preferred : langs.find((l) => l.toLowerCase().startsWith(preferred.toLowerCase().split('-')[0]!)))) ||
    undefined;
  if (plain.length > 0) return { value: plain[0], language: pick && byLanguage[pick] === plain[0] ? pick : undefined, byLanguage };
  if (pick) return { value: byLanguage[pick], language: pick, byLanguage };
  if (langs.length > 0) return { value: byLanguage[langs[0]!], language: langs[0], byLanguage };
  return { byLanguage };
}

export function text(v: unknown, lang?: string): string | undefined {
  if (typeof v === 'string') return v; // what readLangText gives a plain string, without its bookkeeping
  if (v === undefined || v === null) return undefined;
  return readLangText(v, lang).value;
}

/** OB 3.0 Image is {id, type: 'Image', caption} or a plain URL string. */
export function imageUrl(v: unknown): string | undefined {
  const first = asArray(v)[0];
  if (typeof first === 'string') return first || undefined;
  if (isObj(first)) return str(first.id) ?? str(first.url);
  return undefined;
}

/** ISO string for a date found as a string or (non-conformant, web5) seconds since the epoch. */
export function dateString(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return new Date(v * 1000).toISOString();
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  return undefined;
}

export function normalizeIssuer(v: unknown, lang?: string): Issuer {
  if (typeof v === 'string') return { id: v };
  if (!isObj(v)) return {};
  const issuer: Issuer = {};
  const set = <K extends keyof Issuer>(k: K, value: Issuer[K] | undefined) => {
    if (value !== undefined) issuer[k] = value;
  };
  set('id', str(v.id));
  set('name', text(v.name, lang));
  set('url', str(v.url) ?? (isObj(v.url) ? str(v.url.id) : undefined));
  set('image', imageUrl(v.image));
  set('email', str(v.email));
  set('description', text(v.description, lang));
  return issuer;
}

function normalizeAlignments(v: unknown, lang?: string): Alignment[] {
  const out: Alignment[] = [];
  for (const a of asArray(v)) {
    if (!isObj(a)) continue;
    const name = text(a.targetName, lang) ?? str(a.targetUrl) ?? str(a.targetCode);
    if (!name) continue;
    const al: Alignment = { name };
    const url = str(a.targetUrl);
    const description = text(a.targetDescription, lang);
    const framework = text(a.targetFramework, lang);
    const code = str(a.targetCode);
    if (url) al.url = url;
    if (description) al.description = description;
    if (framework) al.framework = framework;
    if (code) al.code = code;
    out.push(al);
  }
  return out;
}

function normalizeEvidence(v: unknown, lang?: string): Evidence[] {
  const out: Evidence[] = [];
  for (const e of asArray(v)) {
    if (typeof e === 'string') {
      out.push({ id: e });
      continue;
    }
    if (!isObj(e)) continue;
    const ev: Evidence = {};
    const id = str(e.id);
    const name = text(e.name, lang);
    const description = text(e.description, lang);
    const narrative = text(e.narrative, lang);
    const genre = text(e.genre, lang);
    if (id) ev.id = id;
    if (name) ev.name = name;
    if (description) ev.description = description;
    if (narrative) ev.narrative = narrative;
    if (genre) ev.genre = genre;
    out.push(ev);
  }
  return out;
}

export function normalizeRecipient(subject: Obj | undefined, lang?: string): Recipient | undefined {
  if (!subject) return undefined;
  const r: Recipient = {};
  const name = text(subject.name, lang);
  if (name) r.name = name;
  const id = str(subject.id);
  if (id) r.id = id;
  // OB 3.0 IdentityObject: the recipient may be known only by a (salted, hashed) identifier.
  const identity = asArray(subject.identifier).find((i): i is Obj => isObj(i) && typeof i.identityHash === 'string');
  if (identity) {
    r.identity = identity.identityHash as string;
    r.hashed = identity.hashed === true || identity.hashed === 'true';
    const salt = str(identity.salt);
    if (salt) r.salt = salt;
    const type = str(identity.identityType);
    if (type) r.type = type;
  } else if (id) {
    r.type = id.startsWith('did:') ? 'did' : id.startsWith('mailto:') ? 'email' : /^https?:/.test(id) ? 'url' : undefined;
    if (!r.type) delete r.type;
  }
  return Object.keys(r).length > 0 ? r : undefined;
}

/** An endorsement credential (object) or JWT payload, as shown under a badge. */
export function normalizeEndorsement(v: unknown, lang?: string): Endorsement {
  const doc = isObj(v) && isObj(v.vc) ? (v.vc as Obj) : v;
  if (!isObj(doc)) return {};
  const e: Endorsement = {};
  const issuer = normalizeIssuer(doc.issuer ?? (isObj(v) ? v.iss : undefined), lang);
  if (Object.keys(issuer).length > 0) e.issuer = issuer;
  const subject = asArray(doc.credentialSubject)[0];
  const comment = isObj(subject) ? text(subject.endorsementComment, lang) : undefined;
  if (comment) e.comment = comment;
  const issued = dateString(doc.validFrom ?? doc.issuanceDate ?? doc.awardedDate);
  if (issued) e.issued = issued;
  return e;
}

/** The main language: `@language` in the context/document, else the language of the name's value object. */
function mainLanguage(doc: Obj, nameValue: unknown): string | undefined {
  const fromContext = asArray(doc['@context']).find((c): c is Obj => isObj(c) && typeof c['@language'] === 'string');
  const explicit = str(doc['@language']) ?? (fromContext ? (fromContext['@language'] as string) : undefined) ?? str(doc.language);
  if (explicit) return explicit;
  const first = asArray(nameValue).find((x): x is Obj => isObj(x) && typeof x['@language'] === 'string');
  return first ? (first['@language'] as string) : undefined;
}

function translations(fields: Partial<Record<keyof Translation, unknown>>): Record<string, Translation> | undefined {
  const out: Record<string, Translation> = {};
  for (const [field, value] of Object.entries(fields) as [keyof Translation, unknown][]) {
    if (typeof value !== 'object' || value === null) continue; // a plain string (or nothing) has no language copies
    for (const [lang, s] of Object.entries(readLangText(value).byLanguage)) (out[lang] ??= {})[field] = s;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

export function attachSource(badge: Badge, d: Detected): void {
  if (d.url) badge.url = d.url;
  if (d.raw !== undefined) badge.raw = d.raw;
  if (d.baked) badge.baked = d.baked;
}

/**
 * Maps a credential (already transformed out of a VC-JWT 1.1 `vc` claim when needed) to a Badge.
 * `credential` is what Badge.credential should hold (the JWT payload for JWTs).
 */
export function normalizeVc(doc: Obj, d: Detected, info: VcFormatInfo, credential: unknown = doc): Badge {
  const subject = asArray(doc.credentialSubject).find(isObj);
  const achievement = subject && isObj(subject.achievement) ? subject.achievement : undefined;
  const nameSource = achievement?.name ?? doc.name;
  const lang = mainLanguage(doc, nameSource);

  let name: string | undefined;
  let descriptionValue: unknown;
  if (info.format === 'clr') {
    name = text(doc.name, lang) ?? 'Comprehensive Learner Record';
    descriptionValue = doc.description;
  } else if (info.format === 'vp') {
    name = text(doc.name, lang) ?? 'Verifiable Presentation';
    descriptionValue = doc.description;
  } else if (achievement) {
    name = text(achievement.name, lang) ?? text(doc.name, lang);
    descriptionValue = achievement.description ?? doc.description;
  } else {
    name = text(doc.name, lang);
    descriptionValue = doc.description;
    if (!name) {
      const types = asArray(doc.type).filter((t): t is string => typeof t === 'string' && t !== 'VerifiableCredential');
      name = types.includes('EndorsementCredential') ? 'Endorsement' : types[0] ? types[0].replace(/([a-z])([A-Z])/g, '$1 $2') : 'Verifiable Credential';
    }
  }

  const badge: Badge = {
    name: name ?? 'Untitled badge',
    alignments: normalizeAlignments(achievement?.alignment, lang),
    tags: asArray(achievement?.tag)
      .map((t) => text(t, lang))
      .filter((t): t is string => !!t),
    issuer: normalizeIssuer(info.format === 'vp' ? doc.holder : doc.issuer, lang),
    evidence: normalizeEvidence(doc.evidence, lang),
    results: [], // the checks fill them in (./results.ts): nothing draws them before
    endorsements: asArray(doc.endorsement)
      .filter(isObj)
      .map((e) => normalizeEndorsement(e, lang)),
    format: info.format,
    formatLabel: info.formatLabel,
    credential,
  };
  const id = str(doc.id);
  const description = text(descriptionValue, lang);
  const image = imageUrl(achievement?.image) ?? imageUrl(doc.image);
  if (id) badge.id = id;
  if (description) badge.description = description;
  if (image) badge.image = image;
  if (achievement?.criteria !== undefined) {
    const c = achievement.criteria;
    const criteria: { narrative?: string; url?: string } = {};
    if (typeof c === 'string') criteria.url = c;
    else if (isObj(c)) {
      const narrative = text(c.narrative, lang);
      const url = str(c.id);
      if (narrative) criteria.narrative = narrative;
      if (url) criteria.url = url;
    }
    if (Object.keys(criteria).length > 0) badge.criteria = criteria;
  }
  const achievementType = str(achievement?.achievementType);
  if (achievementType) badge.achievementType = achievementType;
  if (achievement && info.format !== 'clr') {
    const achievementId = str(achievement.id);
    const version = str(achievement.version);
    const related = asArray(achievement.related)
      .map((r) => (isObj(r) ? str(r.id) : str(r)))
      .filter((r): r is string => !!r);
    if (achievementId) badge.achievementId = achievementId;
    if (version) badge.achievementVersion = version;
    if (related.length > 0) badge.relatedAchievements = related;
  }
  const recipient = normalizeRecipient(subject, lang);
  if (recipient && info.format !== 'vp') badge.recipient = recipient;

  const validFrom = dateString(doc.validFrom ?? doc.issuanceDate);
  const validUntil = dateString(doc.validUntil ?? doc.expirationDate);
  const issued = validFrom ?? dateString(doc.awardedDate);
  if (issued) badge.issued = issued;
  if (validFrom) badge.validFrom = validFrom;
  if (validUntil) badge.validUntil = validUntil;

  if (lang) badge.language = lang;
  const tr = translations({
    name: achievement && info.format !== 'clr' ? achievement.name : doc.name,
    description: descriptionValue,
    criteria: isObj(achievement?.criteria) ? achievement.criteria.narrative : undefined,
  });
  if (tr) badge.translations = tr;
  attachSource(badge, d);
  return badge;
}

function secondsToIso(v: unknown): string | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? new Date(v * 1000).toISOString() : undefined;
}

/**
 * VC-JWT 1.1 (VC DM 1.1 §6.3.1): the credential sits in the `vc` claim (a presentation in `vp`)
 * and registered claims stand in for missing properties: id←jti, issuer←iss,
 * credentialSubject.id←sub, issuanceDate←nbf (or iat), expirationDate←exp; holder←iss for a VP.
 * A VC DM 2.0 JWT payload is the credential itself and is returned as is.
 */
export function credentialFromJwtPayload(payload: Obj): Obj {
  const claim = isObj(payload.vc) ? payload.vc : isObj(payload.vp) ? payload.vp : undefined;
  if (!claim) return payload;
  // A shallow copy is enough: only top-level members are set below (credentialSubject is replaced, never
  // changed in place), and the payload was parsed for this verification alone. structuredClone of the
  // whole claim was a tenth of a warm VC-JWT verification.
  const c: Obj = { ...claim };
  if (typeof payload.jti === 'string' && c.id === undefined) c.id = payload.jti;
  if (isObj(payload.vp)) {
    if (typeof payload.iss === 'string' && c.holder === undefined) c.holder = payload.iss;
    return c;
  }
  if (typeof payload.iss === 'string' && c.issuer === undefined) c.issuer = payload.iss;
  if (typeof payload.sub === 'string') {
    if (c.credentialSubject === undefined) c.credentialSubject = { id: payload.sub };
    else if (isObj(c.credentialSubject) && c.credentialSubject.id === undefined) c.credentialSubject = { ...c.credentialSubject, id: payload.sub };
  }
  // Dates are formatted only when they are used (toISOString is not free, and most credentials carry their own).
  if (c.issuanceDate === undefined && c.validFrom === undefined) {
    const issued = secondsToIso(payload.nbf) ?? secondsToIso(payload.iat);
    if (issued) c.issuanceDate = issued;
  }
  if (c.expirationDate === undefined && c.validUntil === undefined) {
    const exp = secondsToIso(payload.exp);
    if (exp) c.expirationDate = exp;
  }
  return c;
}
