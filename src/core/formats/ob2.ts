// Open Badges 2.0 (IMS Final 2018) and the OB 1.0 hosted shape, hosted or signed.
//
// Hosted (OB2 §HostedBadge): the input is only a pointer. The assertion is fetched from its own
// `id`, that copy is the assertion, and its address must be in the issuer's scope
// (Profile.verification startsWith / allowedOrigins; default: the issuer id's host).
// HTTP 410 Gone or `revoked: true` ⇒ revoked.
// Signed (OB2 §SignedBadge): a compact JWS; the key must be linked from the issuer Profile
// (proofs/ob2-jws.ts); the issuer's RevocationList is checked (status/ob2-revocation.ts).
//
// Checks, in order (stable ids): format, proof (signed), issuer, hosted (hosted), not-before,
// expiry, revocation.

import { isBadgeError } from '../errors.js';
import { type Check, type Endorsement, type VerificationReport, statusFromChecks } from '../model.js';
import type { Detected, JsonObject, VerifyContext } from '../options.js';
import { verifyOb2Jws } from '../proofs/ob2-jws.js';
import { identityCheck } from '../identity/index.js';
import { checkOb2Revocation } from '../status/ob2-revocation.js';
import { asArray, idOf, isObj, typesOf } from '../json.js';
import { isHttp, issuerOf, normalizeOb2, parseOb2Date, str } from './normalize-ob2.js';

export const OB2_CONTEXT = 'https://w3id.org/openbadges/v2';
const OB1_CONTEXT = 'https://w3id.org/openbadges/v1';

type Obj = JsonObject;

function hasType(doc: Obj | undefined, ...names: string[]): boolean {
  return typesOf(doc).some((t) => names.some((n) => t === n || t.endsWith(`:${n}`) || t.endsWith(`#${n}`) || t.endsWith(`/${n}`)));
}

function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (isObj(v)) {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/** Loads a linked document, or returns the error code. */
async function fetchDoc(url: string, ctx: VerifyContext): Promise<{ doc?: Obj; code?: string; status?: number }> {
  try {
    return { doc: await ctx.loadJson(url) };
  } catch (e) {
    if (ctx.signal?.aborted) throw e;
    return isBadgeError(e) ? { code: e.code, ...(e.status ? { status: e.status } : {}) } : { code: 'fetch-failed' };
  }
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * OB2 §VerificationObject scope: the hosted id must start with one of `startsWith` and its host
 * must be one of `allowedOrigins`; with neither, the issuer id's host (openbadges-validator-core
 * `_default_verification_policy`).
 */
function scopeCheck(hostedUrl: string, issuer: Obj, issuerId: string): Check {
  const policy = isObj(issuer.verification) ? issuer.verification : {};
  const startsWith = asArray(policy.startsWith).filter((s): s is string => typeof s === 'string');
  const allowed = asArray(policy.allowedOrigins)
    .filter((s): s is string => typeof s === 'string')
    .map((s) => s.toLowerCase());
  const host = hostOf(hostedUrl);
  if (startsWith.length === 0 && allowed.length === 0) {
    if (!isHttp(issuerId)) {
      return {
        id: 'hosted',
        outcome: 'warning',
        message: 'The issuer has no web address, so the badge’s address could not be checked against it.',
        detail: { url: hostedUrl },
      };
    }
    const issuerHost = hostOf(issuerId);
    return host && host === issuerHost
      ? { id: 'hosted', outcome: 'passed', message: `The badge is hosted by the issuer (${host}).`, detail: { url: hostedUrl } }
      : {
          id: 'hosted',
          outcome: 'failed',
          message: `The badge is hosted at ${host ?? hostedUrl}, not by the issuer (${issuerHost ?? issuerId}).`,
          detail: { url: hostedUrl, allowedOrigins: [issuerHost] },
        };
  }
  if (startsWith.length > 0 && !startsWith.some((p) => hostedUrl.startsWith(p))) {
    return {
      id: 'hosted',
      outcome: 'failed',
      message: 'The badge’s address is outside the addresses the issuer allows.',
      detail: { url: hostedUrl, startsWith },
    };
  }
  if (allowed.length > 0 && !(host && (allowed.includes(host) || allowed.includes(host.replace(/:\d+$/, ''))))) {
    return {
      id: 'hosted',
      outcome: 'failed',
      message: `The badge is hosted at ${host ?? hostedUrl}, which the issuer does not allow.`,
      detail: { url: hostedUrl, allowedOrigins: allowed },
    };
  }
  return { id: 'hosted', outcome: 'passed', message: `The badge is hosted where the issuer allows (${host}).`, detail: { url: hostedUrl } };
}

interface Formatted {
  problems: string[];
  warnings: string[];
}

function assertionProblems(a: Obj, legacy: boolean): Formatted {
  const problems: string[] = [];
  const warnings: string[] = [];
  if (!legacy) {
    const ctxs = asArray(a['@context']).filter((c): c is string => typeof c === 'string');
    if (!ctxs.includes(OB2_CONTEXT) && !ctxs.includes(OB1_CONTEXT)) problems.push('its @context is not the Open Badges 2.0 context');
    if (!hasType(a, 'Assertion')) problems.push('its type is not Assertion');
  }
  const recipient = a.recipient;
  if (!(isObj(recipient) && str(recipient.identity)) && !(typeof recipient === 'string' && legacy)) problems.push('it names no recipient');
  if (a.badge === undefined) problems.push('it names no BadgeClass');
  const issued = parseOb2Date(a.issuedOn ?? a.issued_on);
  if (issued === undefined) problems.push('it has no issue date');
  else if (issued === null) problems.push('its issue date is not readable');
  const expires = parseOb2Date(a.expires);
  if (expires === null) problems.push('its expiry date is not readable');
  if (issued && expires && expires.getTime() < issued.getTime()) problems.push('it expires before it was issued');
  return { problems, warnings };
}

/** Verifies an OB 2.0 (or OB 1.0 hosted) assertion. Never throws for "invalid"; throws only when aborted. */
export async function verifyOb2(d: Detected, ctx: VerifyContext): Promise<VerificationReport> {
  const given = d.document;
  const signed = d.encoding === 'jwt';
  const legacyVerify = isObj(given.verify) ? given.verify : undefined;
  const legacy = !!legacyVerify && given.verification === undefined && !asArray(given['@context']).includes(OB2_CONTEXT);
  const verification = isObj(given.verification) ? given.verification : (legacyVerify ?? {});
  const vType = String(verification.type ?? '').toLowerCase();
  const checks: Check[] = [];

  let assertion: Obj = given;
  let hostedCheck: Check | undefined;
  let revocation: Check | undefined;
  let hostedUrl: string | undefined;
  let hostedOk = false; // we hold the issuer-hosted copy

  // 1. The hosted copy.
  if (!signed) {
    hostedUrl = legacy ? str(legacyVerify?.url) : idOf(given);
    if (vType === 'signed' || vType === 'signedbadge') {
      hostedCheck = { id: 'hosted', outcome: 'unknown', message: 'This signed badge was given without its signature, so it cannot be checked.' };
    } else if (!isHttp(hostedUrl)) {
      hostedCheck = { id: 'hosted', outcome: 'failed', message: 'This hosted badge has no web address to check it against.' };
    } else if (d.url === hostedUrl) {
      hostedOk = true; // loaded from its own address
    } else {
      const got = await fetchDoc(hostedUrl, ctx);
      if (got.doc) {
        assertion = got.doc;
        hostedOk = true;
        const fetchedId = legacy ? hostedUrl : idOf(got.doc);
        if (fetchedId !== hostedUrl) {
          hostedOk = false;
          hostedCheck = {
            id: 'hosted',
            outcome: 'failed',
            message: 'The issuer’s copy of this badge names a different address.',
            detail: { url: hostedUrl, id: fetchedId },
          };
        }
      } else if (got.status === 410) {
        revocation = {
          id: 'revocation',
          outcome: 'failed',
          message: 'The issuer has revoked this badge (its address answers 410 Gone).',
          detail: { url: hostedUrl, status: 410 },
        };
        hostedCheck = { id: 'hosted', outcome: 'skipped', message: 'The issuer no longer hosts this badge.', detail: { url: hostedUrl, status: 410 } };
      } else {
        hostedCheck = {
          id: 'hosted',
          outcome: 'unknown',
          message: got.status ? `The issuer’s copy could not be fetched (HTTP ${got.status}).` : 'The issuer’s copy could not be fetched.',
          detail: { url: hostedUrl, code: got.code, ...(got.status ? { status: got.status } : {}) },
        };
      }
    }
  }
  const differs = hostedOk && assertion !== given && canonicalJson(assertion) !== canonicalJson(given);

  // 2. Format.
  const { problems } = assertionProblems(assertion, legacy);

  // 3. BadgeClass and issuer Profile. The issuer is always read from its own id when it has one:
  // an embedded copy could carry anyone's keys or allowedOrigins.
  let badgeClass: Obj | undefined;
  let badgeClassTrouble: string | undefined;
  const badgeRef = assertion.badge;
  if (typeof badgeRef === 'string') {
    if (isHttp(badgeRef)) {
      const got = await fetchDoc(badgeRef, ctx);
      badgeClass = got.doc;
      if (!got.doc)
        badgeClassTrouble = got.status ? `The badge description could not be fetched (HTTP ${got.status}).` : 'The badge description could not be fetched.';
    } else badgeClassTrouble = 'The badge description has no web address.';
  } else if (isObj(badgeRef)) badgeClass = badgeRef;
  if (badgeClass && !legacy && !hasType(badgeClass, 'BadgeClass')) problems.push('its BadgeClass is not of type BadgeClass');

  const issuerRef = badgeClass?.issuer;
  const issuerId = idOf(issuerRef);
  let issuer: Obj | undefined; // the authoritative profile (fetched from its id)
  let issuerShown: Obj | undefined = isObj(issuerRef) ? issuerRef : undefined;
  let issuerCheck: Check;
  if (!badgeClass) {
    issuerCheck = {
      id: 'issuer',
      outcome: 'unknown',
      message: badgeClassTrouble ?? 'The badge description is missing, so the issuer is unknown.',
      detail: { badge: idOf(badgeRef) },
    };
  } else if (!issuerId) {
    issuerCheck = { id: 'issuer', outcome: 'failed', message: 'The badge description names no issuer.' };
  } else if (isHttp(issuerId)) {
    const got = await fetchDoc(issuerId, ctx);
    if (got.doc && idOf(got.doc) === issuerId) {
      issuer = got.doc;
      issuerShown = got.doc;
      issuerCheck = {
        id: 'issuer',
        outcome: 'passed',
        message: `Issued by ${str(got.doc.name) ?? issuerId}, whose profile was read from its own address.`,
        detail: { issuer: issuerId },
      };
    } else if (got.doc && hostOf(idOf(got.doc) ?? '') === hostOf(issuerId)) {
      // Seen in the wild (and in the 1EdTech assets): the profile's id drops the `.json` of the
      // address it is served at. Same host, so the same owner: accept it and say so.
      issuer = got.doc;
      issuerShown = got.doc;
      issuerCheck = {
        id: 'issuer',
        outcome: 'warning',
        message: `Issued by ${str(got.doc.name) ?? issuerId}; its profile names itself ${idOf(got.doc)}, not the address it was read from.`,
        detail: { issuer: issuerId, id: idOf(got.doc) },
      };
    } else if (got.doc) {
      issuerCheck = {
        id: 'issuer',
        outcome: 'failed',
        message: 'The issuer profile at the issuer’s address names a different issuer.',
        detail: { issuer: issuerId, id: idOf(got.doc) },
      };
    } else {
      issuerCheck = {
        id: 'issuer',
        outcome: 'unknown',
        message: got.status ? `The issuer profile could not be fetched (HTTP ${got.status}).` : 'The issuer profile could not be fetched.',
        detail: { issuer: issuerId, code: got.code },
      };
    }
  } else if (isObj(issuerRef)) {
    // A non-web issuer id (urn:uuid, …): only the embedded copy exists.
    issuerCheck = {
      id: 'issuer',
      outcome: 'warning',
      message: 'The issuer has no web address; its profile could not be checked.',
      detail: { issuer: issuerId },
    };
    if (!signed) issuer = issuerRef;
  } else {
    issuerCheck = { id: 'issuer', outcome: 'unknown', message: 'The issuer profile could not be found.', detail: { issuer: issuerId } };
  }
  if (issuer && !legacy && !hasType(issuer, 'Issuer', 'Profile')) problems.push('its issuer profile is not of type Issuer or Profile');

  checks.push(
    problems.length
      ? { id: 'format', outcome: 'failed', message: `This is not a well-formed Open Badges 2.0 assertion: ${problems.join('; ')}.`, detail: { problems } }
      : { id: 'format', outcome: 'passed', message: legacy ? 'This is an Open Badges 1.0 assertion.' : 'This is an Open Badges 2.0 assertion.' },
  );

  // 4. Signed: the signature and the key's link to the issuer.
  if (signed) {
    const { proof, issuer: keyCheck } = await verifyOb2Jws(d.jwt ?? '', assertion, issuer, ctx, d.jwt ? d.header : undefined);
    checks.push(proof);
    checks.push(issuerCheck.outcome === 'passed' || issuerCheck.outcome === 'warning' ? keyCheck : issuerCheck);
  } else {
    checks.push(issuerCheck);
    // 5. Hosted: the copy and its address.
    if (!hostedCheck) {
      if (!issuer || !issuerId) {
        hostedCheck = {
          id: 'hosted',
          outcome: 'unknown',
          message: 'Without the issuer profile the badge’s address could not be checked against it.',
          detail: { url: hostedUrl },
        };
      } else {
        hostedCheck = scopeCheck(hostedUrl!, issuer, issuerId);
        if (hostedCheck.outcome === 'passed' && differs) {
          // The issuer's copy is the badge; a copy that says something else (another recipient, date or
          // BadgeClass) was changed by someone other than the issuer and must not pass as verified.
          hostedCheck = {
            id: 'hosted',
            outcome: 'failed',
            message: 'The copy given differs from the copy the issuer hosts: it was changed after issue. The issuer’s copy is shown.',
            detail: { url: hostedUrl, differs: true },
          };
        }
      }
    }
    checks.push(hostedCheck);
  }

  // 6. Dates.
  const now = ctx.now();
  const issued = parseOb2Date(assertion.issuedOn ?? assertion.issued_on);
  const expires = parseOb2Date(assertion.expires);
  if (issued) {
    checks.push(
      issued.getTime() > now.getTime()
        ? { id: 'not-before', outcome: 'failed', message: `Not valid yet: issued on ${issued.toISOString()}.`, detail: { issuedOn: issued.toISOString() } }
        : { id: 'not-before', outcome: 'passed', message: `Issued on ${issued.toISOString()}.`, detail: { issuedOn: issued.toISOString() } },
    );
  } else {
    checks.push({ id: 'not-before', outcome: 'unknown', message: 'The issue date is missing or not readable.' });
  }
  if (expires === null) checks.push({ id: 'expiry', outcome: 'unknown', message: 'The expiry date is not readable.' });
  else if (expires) {
    checks.push(
      // At its expiry instant a badge is no longer valid (OB 2.0 expires: "a timestamp when a badge should
      // no longer be considered valid"), as VC validUntil and JWT exp.
      expires.getTime() <= now.getTime()
        ? { id: 'expiry', outcome: 'failed', message: `Expired on ${expires.toISOString()}.`, detail: { expires: expires.toISOString() } }
        : { id: 'expiry', outcome: 'passed', message: `Valid until ${expires.toISOString()}.`, detail: { expires: expires.toISOString() } },
    );
  } else checks.push({ id: 'expiry', outcome: 'passed', message: 'This badge does not expire.' });

  // 7. Revocation.
  if (!revocation) {
    if (ctx.options.checkStatus === false) {
      revocation = { id: 'revocation', outcome: 'skipped', message: 'Revocation was not checked (checkStatus is off).' };
    } else if (signed) {
      const list = idOf(issuer?.revocationList);
      revocation = list
        ? isHttp(list)
          ? await checkOb2Revocation(list, assertion, ctx)
          : { id: 'revocation', outcome: 'unknown', message: 'The issuer’s revocation list has no web address.', detail: { revocationList: list } }
        : issuer
          ? { id: 'revocation', outcome: 'passed', message: 'The issuer publishes no revocation list.' }
          : { id: 'revocation', outcome: 'unknown', message: 'Without the issuer profile, revocation could not be checked.' };
    } else if (hostedOk) {
      const reason = str(assertion.revocationReason);
      revocation =
        assertion.revoked === true || assertion.revoked === 'true'
          ? {
              id: 'revocation',
              outcome: 'failed',
              message: reason ? `The issuer has revoked this badge: ${reason}` : 'The issuer has revoked this badge.',
              detail: reason ? { reason } : {},
            }
          : { id: 'revocation', outcome: 'passed', message: 'The issuer’s copy is not revoked.' };
    } else {
      revocation = { id: 'revocation', outcome: 'unknown', message: 'Without the issuer’s copy, revocation could not be checked.' };
    }
  }
  checks.push(revocation);

  ctx.signal?.throwIfAborted();
  const endorsements = ctx.options.verifyChildren === false ? [] : await endorsementsOf([assertion.endorsement, badgeClass?.endorsement], ctx);
  const badge = normalizeOb2(d, assertion, badgeClass, issuerShown, { signed, legacy, hostedUrl }, endorsements);
  const report: VerificationReport = { status: statusFromChecks(checks), checks, badge, verifiedAt: now.toISOString() };
  // Identity: the host that vouched. Signed, the key and the profile sit on the issuer's origin (checked
  // above); hosted, the origin that served the assertion, as the issuer's profile allows. Over https only.
  const byId = (id: string) => checks.find((c) => c.id === id)?.outcome;
  const domainUrl = signed
    ? byId('proof') === 'passed' && byId('issuer') === 'passed'
      ? issuerId
      : undefined
    : hostedOk && byId('hosted') === 'passed' && (byId('issuer') === 'passed' || byId('issuer') === 'warning')
      ? hostedUrl
      : undefined;
  if (issuerId && domainUrl?.startsWith('https://')) {
    const found = await identityCheck({ issuerId, claimedName: badge.issuer.name, domain: hostOf(domainUrl) }, ctx);
    checks.splice(checks.findIndex((c) => c.id === 'issuer') + 1, 0, found.check);
    report.identity = found.identity;
  }
  return report;
}

/** Endorsers' names, best effort: endorsement URLs are fetched (at most 5), failures ignored. */
async function endorsementsOf(sources: unknown[], ctx: VerifyContext): Promise<Endorsement[]> {
  const refs = sources.flatMap(asArray).slice(0, 5);
  const settled = await Promise.allSettled(
    refs.map(async (ref): Promise<Endorsement | undefined> => {
      const doc = typeof ref === 'string' && isHttp(ref) ? await ctx.loadJson(ref) : isObj(ref) ? ref : undefined;
      if (!doc) return undefined;
      let issuerDoc: Obj | undefined = isObj(doc.issuer) ? doc.issuer : undefined;
      const issuerId = idOf(doc.issuer);
      if (!issuerDoc && isHttp(issuerId)) issuerDoc = await ctx.loadJson(issuerId).catch(() => undefined);
      const e: Endorsement = { issuer: issuerOf(issuerDoc, issuerId) };
      const comment = isObj(doc.claim) ? str(doc.claim.endorsementComment) : undefined;
      if (comment) e.comment = comment;
      const issued = parseOb2Date(doc.issuedOn);
      if (issued) e.issued = issued.toISOString();
      return e;
    }),
  );
  return settled.flatMap((s) => (s.status === 'fulfilled' && s.value ? [s.value] : []));
}
