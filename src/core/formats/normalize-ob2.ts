// Open Badges 2.0 into the shared Badge model: the card draws this as soon as the assertion and its
// BadgeClass are read (before any check), and verifyOb2 builds the report's badge with it.

import type { Alignment, Badge, Endorsement, Evidence, Issuer, Recipient } from '../model.js';
import type { Detected, JsonObject } from '../options.js';
import { asArray, idOf, isObj } from '../json.js';

type Obj = JsonObject;

export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

export function isHttp(url: string | undefined): url is string {
  return !!url && /^https?:\/\//i.test(url);
}

/** OB 2.0 DateTime (ISO 8601) or an OB 1.x Unix timestamp (number or digit string). null = unreadable. */
export function parseOb2Date(v: unknown): Date | null | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'number') return Number.isFinite(v) ? new Date(v * 1000) : null;
  if (typeof v !== 'string') return null;
  const s = v.trim();
  if (/^\d{9,11}$/.test(s)) return new Date(Number(s) * 1000);
  // Dates without a time ("2016-12-31", OB 1.0) are read as midnight UTC.
  if (!/^\d{4}-\d{2}-\d{2}([Tt ][\d:.]+([Zz]|[+-]\d{2}:?\d{2})?)?$/.test(s)) return null;
  // A time without a zone is read as UTC too, not in the zone of whoever verifies: the verdict must not
  // depend on where the page is opened.
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s}T00:00:00Z` : /([Zz]|[+-]\d{2}:?\d{2})$/.test(s) ? s : `${s.replace(' ', 'T')}Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

function imageOf(v: unknown): string | undefined {
  return str(v) ?? (isObj(v) ? str(v.id) : undefined);
}

export function issuerOf(doc: Obj | undefined, fallbackId?: string): Issuer {
  if (!doc) return fallbackId ? { id: fallbackId } : {};
  const out: Issuer = {};
  const id = idOf(doc) ?? fallbackId;
  if (id) out.id = id;
  const name = str(doc.name);
  if (name) out.name = name;
  const url = str(doc.url);
  if (url) out.url = url;
  const image = imageOf(doc.image);
  if (image) out.image = image;
  const email = str(doc.email);
  if (email) out.email = email;
  const description = str(doc.description);
  if (description) out.description = description;
  return out;
}

function alignmentsOf(v: unknown): Alignment[] {
  const out: Alignment[] = [];
  for (const a of asArray(v)) {
    if (!isObj(a)) continue;
    const name = str(a.targetName);
    if (!name) continue;
    const al: Alignment = { name };
    const url = str(a.targetUrl);
    if (url) al.url = url;
    const description = str(a.targetDescription);
    if (description) al.description = description;
    const framework = str(a.targetFramework);
    if (framework) al.framework = framework;
    const code = str(a.targetCode);
    if (code) al.code = code;
    out.push(al);
  }
  return out;
}

function evidenceOf(v: unknown, narrative: unknown): Evidence[] {
  const out: Evidence[] = [];
  for (const e of asArray(v)) {
    if (typeof e === 'string' && e) out.push({ id: e });
    else if (isObj(e)) {
      const ev: Evidence = {};
      for (const k of ['id', 'name', 'description', 'narrative', 'genre'] as const) {
        const s = str(e[k]);
        if (s) ev[k] = s;
      }
      if (Object.keys(ev).length) out.push(ev);
    }
  }
  const n = str(narrative);
  if (n && out.length === 0) out.push({ narrative: n });
  return out;
}

function recipientOf(v: unknown): Recipient | undefined {
  if (typeof v === 'string' && v) return { identity: v, hashed: /^[a-z0-9-]+\$[0-9a-f]+$/i.test(v) };
  if (!isObj(v)) return undefined;
  const r: Recipient = {};
  const identity = str(v.identity);
  if (identity) r.identity = identity;
  r.hashed = v.hashed === true || v.hashed === 'true';
  const salt = str(v.salt);
  if (salt) r.salt = salt;
  const type = str(v.type);
  if (type) r.type = type;
  if (!r.hashed && identity && (type === 'url' || type === 'id')) r.id = identity;
  return r;
}

export function normalizeOb2(
  d: Detected,
  assertion: Obj,
  badgeClass: Obj | undefined,
  issuer: Obj | undefined,
  info: { signed: boolean; legacy: boolean; hostedUrl?: string },
  endorsements: Endorsement[] = [],
): Badge {
  const criteriaRef = badgeClass?.criteria;
  let criteria: Badge['criteria'];
  if (typeof criteriaRef === 'string' && criteriaRef) criteria = { url: criteriaRef };
  else if (isObj(criteriaRef)) {
    criteria = {};
    const narrative = str(criteriaRef.narrative);
    if (narrative) criteria.narrative = narrative;
    const url = str(criteriaRef.id) ?? str(criteriaRef.url);
    if (url) criteria.url = url;
  }
  const issued = parseOb2Date(assertion.issuedOn ?? assertion.issued_on);
  const expires = parseOb2Date(assertion.expires);
  const format = info.signed ? 'ob2-signed' : 'ob2-hosted';
  const version = info.legacy ? '1.0' : '2.0';
  const badge: Badge = {
    name: str(badgeClass?.name) ?? 'Unnamed badge',
    alignments: alignmentsOf(badgeClass?.alignment),
    tags: asArray(badgeClass?.tags).filter((t): t is string => typeof t === 'string'),
    issuer: issuerOf(issuer, idOf(badgeClass?.issuer)),
    evidence: evidenceOf(assertion.evidence, assertion.narrative),
    results: [],
    endorsements,
    format,
    formatLabel: `Open Badges ${version} (${info.signed ? 'signed' : 'hosted'})`,
    credential: assertion,
  };
  const id = idOf(assertion) ?? str(assertion.uid);
  if (id) badge.id = id;
  const badgeClassId = idOf(assertion.badge);
  if (badgeClassId) badge.achievementId = badgeClassId;
  const description = str(badgeClass?.description);
  if (description) badge.description = description;
  const image = imageOf(assertion.image) ?? imageOf(badgeClass?.image);
  if (image) badge.image = image;
  if (criteria && Object.keys(criteria).length) badge.criteria = criteria;
  const recipient = recipientOf(assertion.recipient);
  if (recipient) badge.recipient = recipient;
  if (issued) badge.issued = issued.toISOString();
  if (expires) badge.validUntil = expires.toISOString();
  const language = str(assertion['@language']) ?? str(badgeClass?.['@language']);
  if (language) badge.language = language;
  const url = d.url ?? (isHttp(info.hostedUrl) ? info.hostedUrl : undefined);
  if (url) badge.url = url;
  if (d.raw) badge.raw = d.raw;
  if (d.baked) badge.baked = d.baked;
  return badge;
}
