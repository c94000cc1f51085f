// W3C Verifiable Credentials (VC DM 1.1 and 2.0), secured as VC-JWT or with embedded proofs:
// Open Badges 3.0 (OpenBadgeCredential / AchievementCredential / EndorsementCredential),
// CLR 2.0 (ClrCredential), Verifiable Presentations, any other VC. Blockcerts is recognised
// and rendered, not verified.
//
// Checks, in order (stable ids): format, proof, issuer, identity (+ proof extras), trusted-issuer,
// not-before, expiry, revocation, suspension, children.

import { type Check, type IssuerIdentity, type SourceFormat, type VerificationReport, statusFromChecks } from '../model.js';
import { identityCheck } from '../identity/index.js';
import { lookups as registryLookups } from '../identity/registries.js';
import type { Detected, JsonObject, VerifyContext } from '../options.js';
import type { ProofOptions, ProofResult } from '../proofs/index.js';
import { verifyJwtProof } from '../proofs/vc-jwt.js';
import { credentialFromJwtPayload, normalizeEndorsement, normalizeVc } from './normalize-vc.js';
import { normalizeBlockcerts } from './normalize-blockcerts.js';
import { resultsOf } from './results.js';

export { credentialFromJwtPayload };
import { wrongTypes } from './vc-types.js';
import { checkTerms, withTermCheck } from './context-guard.js';
import { BadgeError } from '../errors.js';
import { asArray, idOf, isObj, stringsOf } from '../json.js';
import { once } from '../once.js';
import { base64UrlDecode } from '../keys/multibase.js';
import { resolveVerificationMethod } from '../keys/index.js';

export const VC_V1_CONTEXT = 'https://www.w3.org/2018/credentials/v1';
export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';

type Obj = JsonObject;

type Kind = 'ob3' | 'endorsement' | 'clr' | 'vp' | 'vc';

interface Shape {
  kind: Kind;
  version?: '1.1' | '2.0';
  problems: string[];
  warnings: string[];
}

const KIND_LABEL: Record<Kind, string> = {
  ob3: 'Open Badges 3.0',
  endorsement: 'Open Badges 3.0 Endorsement',
  clr: 'CLR 2.0',
  vp: 'Verifiable Presentation',
  vc: 'Verifiable Credential',
};

const KIND_FORMAT: Record<Kind, SourceFormat> = { ob3: 'ob3', endorsement: 'ob3', clr: 'clr', vp: 'vp', vc: 'vc' };

/** Structure checks (VC DM §4, OB 3.0 data model, CLR 2.0 ClrCredential). */
export function inspectShape(doc: Obj): Shape {
  const problems: string[] = [];
  const warnings: string[] = [];
  const types = stringsOf(doc.type);
  const first = asArray(doc['@context'])[0];
  const version = first === VC_V2_CONTEXT ? '2.0' : first === VC_V1_CONTEXT ? '1.1' : undefined;
  if (!version) problems.push('its @context does not start with the W3C Verifiable Credentials context');
  else if (version === '1.1') warnings.push('it uses the older VC Data Model 1.1');

  const isVp = types.includes('VerifiablePresentation');
  const kind: Kind = isVp
    ? 'vp'
    : types.includes('ClrCredential')
      ? 'clr'
      : types.includes('OpenBadgeCredential') || types.includes('AchievementCredential')
        ? 'ob3'
        : types.includes('EndorsementCredential')
          ? 'endorsement'
          : 'vc';
  if (!isVp && !types.includes('VerifiableCredential')) problems.push('its type does not include VerifiableCredential');

  if (!isVp) {
    if (!idOf(doc.issuer)) problems.push('it names no issuer');
    const subjects = asArray(doc.credentialSubject);
    const subject = subjects.find(isObj);
    if (!subject) problems.push('it has no credentialSubject');
    if (kind === 'ob3' && subject) {
      if (!isObj(subject.achievement)) problems.push('its credentialSubject has no achievement');
      if (subject.id === undefined && asArray(subject.identifier).length === 0) {
        warnings.push('its credentialSubject has neither id nor identifier (OB 3.0 asks for one)');
      }
    }
    if (kind === 'clr' && subject && asArray(subject.verifiableCredential).length === 0) {
      warnings.push('the CLR holds no credentials');
    }
  }
  return { kind, version, problems, warnings };
}

function formatCheck(shape: Shape): Check {
  const what = `${KIND_LABEL[shape.kind]}${shape.version ? ` (VC ${shape.version})` : ''}`;
  if (shape.problems.length > 0) {
    return {
      id: 'format',
      outcome: 'failed',
      message: `Not a well-formed credential: ${shape.problems.join('; ')}.`,
      detail: { kind: shape.kind, problems: shape.problems },
    };
  }
  if (shape.warnings.length > 0) {
    return { id: 'format', outcome: 'warning', message: `${what}, but ${shape.warnings.join('; ')}.`, detail: { kind: shape.kind, warnings: shape.warnings } };
  }
  return { id: 'format', outcome: 'passed', message: `${what}.`, detail: { kind: shape.kind } };
}

/** "Data Integrity (eddsa-rdfc-2022)", "Ed25519Signature2020", "VC-JWT (ES256)". */
function proofLabel(doc: Obj, jwtAlg: string | undefined, isJwt: boolean): string {
  if (isJwt) return `VC-JWT${jwtAlg ? ` (${jwtAlg})` : ''}`;
  const labels = asArray(doc.proof)
    .filter(isObj)
    .map((p) =>
      p.type === 'DataIntegrityProof' ? `Data Integrity${typeof p.cryptosuite === 'string' ? ` (${p.cryptosuite})` : ''}` : String(p.type ?? 'unknown proof'),
    );
  return labels.length > 0 ? [...new Set(labels)].join(' + ') : 'unsigned';
}

function jwtHeaderAlg(jwt: string | undefined): string | undefined {
  if (!jwt) return undefined;
  try {
    const header = JSON.parse(new TextDecoder().decode(base64UrlDecode(jwt.split('.')[0]!))) as unknown;
    return isObj(header) && typeof header.alg === 'string' ? header.alg : undefined;
  } catch {
    return undefined;
  }
}

// Data Integrity (embedded proofs) is its own chunk: a page showing OB 2.0 and VC-JWT badges never
// loads it. The promise is kept; a failed load is retried next time.
const loadDataIntegrity = once(() => import('../proofs/data-integrity.js'));

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

async function runProof(d: Detected, doc: Obj, ctx: VerifyContext, opts: ProofOptions): Promise<ProofResult & { header?: Record<string, unknown> }> {
  try {
    if (d.encoding === 'jwt' && d.jwt) {
      return await verifyJwtProof(d.jwt, ctx, { ...opts, payload: d.document, header: d.header });
    }
    return await (await loadDataIntegrity()).verifyEmbeddedProofs(doc, ctx, opts);
  } catch (e) {
    ctx.signal?.throwIfAborted();
    const code = isObj(e) && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : undefined;
    const outcome = code === 'malformed' || code === 'unsupported' ? 'failed' : 'unknown';
    return {
      proof: { id: 'proof', outcome, message: `The signature could not be checked: ${errorMessage(e)}`, detail: code ? { code } : undefined },
      issuer: { id: 'issuer', outcome: 'unknown', message: 'The signer could not be identified.' },
      extra: [],
    };
  }
}

interface DateCheckInput {
  notBefore: unknown[];
  notAfter: unknown[];
}

function toTime(v: unknown): number | undefined | null {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number') return Number.isFinite(v) ? v * 1000 : null;
  if (typeof v === 'string') {
    // A dateTime without a zone is read as UTC, not in the zone of whoever verifies (Date.parse's
    // reading): the verdict must not depend on where the page is opened.
    const t = Date.parse(/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(v) ? `${v}Z` : v);
    return Number.isNaN(t) ? null : t;
  }
  return null;
}

/**
 * The latest (`latest`) or earliest of the dates given: undefined when none is given, null when one of
 * them is not a readable date.
 */
function bound(values: unknown[], latest: boolean): number | null | undefined {
  let out: number | undefined;
  let unreadable = false;
  for (const v of values) {
    const t = toTime(v);
    if (t === null) unreadable = true;
    else if (t !== undefined) out = out === undefined ? t : latest ? Math.max(out, t) : Math.min(out, t);
  }
  return unreadable ? null : out;
}

/** not-before: the latest start must have passed; expiry: the earliest end must not have. */
function dateChecks(input: DateCheckInput, now: Date): Check[] {
  const checks: Check[] = [];
  const nowMs = now.getTime();
  const start = bound(input.notBefore, true);
  const end = bound(input.notAfter, false);
  if (start !== undefined) {
    if (start === null) checks.push({ id: 'not-before', outcome: 'unknown', message: 'The start of validity is not a readable date.' });
    else {
      const iso = new Date(start).toISOString();
      checks.push(
        start > nowMs
          ? { id: 'not-before', outcome: 'failed', message: `Not valid yet: valid from ${iso}.`, detail: { validFrom: iso } }
          : { id: 'not-before', outcome: 'passed', message: `Valid since ${iso}.`, detail: { validFrom: iso } },
      );
    }
  }
  if (end !== undefined) {
    if (end === null) checks.push({ id: 'expiry', outcome: 'unknown', message: 'The end of validity is not a readable date.' });
    else {
      const iso = new Date(end).toISOString();
      checks.push(
        end <= nowMs
          ? { id: 'expiry', outcome: 'failed', message: `Expired on ${iso}.`, detail: { validUntil: iso } }
          : { id: 'expiry', outcome: 'passed', message: `Valid until ${iso}.`, detail: { validUntil: iso } },
      );
    }
  }
  return checks;
}

/** `data:application/vc+jwt,<jwt>` (VC-JOSE-COSE EnvelopedVerifiableCredential) → the JWT. */
export function envelopedJwt(id: string): string | undefined {
  const m = /^data:application\/(?:vc\+jwt|vc\+ld\+json\+jwt|jwt|vc\+sd-jwt)(?:;[^,]*)?,(.+)$/i.exec(id);
  return m ? decodeURIComponent(m[1]!.trim()) : undefined;
}

/** The nested credentials of a CLR (credentialSubject.verifiableCredential) or a VP (verifiableCredential). */
function nestedInputs(doc: Obj, kind: Kind): unknown[] {
  const source = kind === 'clr' ? asArray(doc.credentialSubject).find(isObj)?.verifiableCredential : kind === 'vp' ? doc.verifiableCredential : undefined;
  return asArray(source).map((item) => {
    if (isObj(item) && stringsOf(item.type).includes('EnvelopedVerifiableCredential') && typeof item.id === 'string') {
      return envelopedJwt(item.id) ?? item;
    }
    return item;
  });
}

function childrenCheck(reports: VerificationReport[]): Check {
  const invalid = reports.filter((r) => r.status === 'invalid' || r.status === 'error').length;
  const unknown = reports.filter((r) => r.status === 'indeterminate').length;
  const n = reports.length;
  const detail = { total: n, invalid, indeterminate: unknown };
  if (invalid > 0) return { id: 'children', outcome: 'failed', message: `${invalid} of ${n} nested credentials did not verify.`, detail };
  if (unknown > 0) return { id: 'children', outcome: 'unknown', message: `${unknown} of ${n} nested credentials could not be fully verified.`, detail };
  return { id: 'children', outcome: 'passed', message: n === 1 ? 'The nested credential verified.' : `All ${n} nested credentials verified.`, detail };
}

function blockcertsReport(d: Detected, ctx: VerifyContext): VerificationReport {
  const doc = d.document;
  const checks: Check[] = [
    { id: 'format', outcome: 'warning', message: 'Blockcerts: verification not supported.', detail: { code: 'unsupported' } },
    {
      id: 'proof',
      outcome: 'unknown',
      message: 'Blockcerts proofs (MerkleProof2019) need blockchain lookups this verifier does not do.',
      detail: { code: 'unsupported' },
    },
  ];
  const proofTypes = [
    ...new Set(
      asArray(doc.proof ?? doc.signature)
        .filter(isObj)
        .map((p) => String(p.type)),
    ),
  ];
  const badge = normalizeBlockcerts(doc, d, { format: 'blockcerts', formatLabel: `Blockcerts${proofTypes.length ? ` · ${proofTypes.join(' + ')}` : ''}` });
  return { status: 'indeterminate', checks, badge, verifiedAt: ctx.now().toISOString() };
}

/** Verifies a VC / OB 3.0 / CLR / VP (embedded proof or VC-JWT). Never throws for a bad credential. */
export async function verifyVc(d: Detected, ctx: VerifyContext): Promise<VerificationReport> {
  if (d.family === 'blockcerts') return blockcertsReport(d, ctx);
  const isJwt = d.encoding === 'jwt' && !!d.jwt;
  const payload = d.document;
  const doc = isJwt ? credentialFromJwtPayload(payload) : payload;
  const checks: Check[] = [];

  const wrong = wrongTypes(doc);
  if (wrong.length > 0) {
    const more = wrong.length > 3 ? ` (and ${wrong.length - 3} more)` : '';
    throw new BadgeError('malformed', `The credential is malformed: ${wrong.slice(0, 3).join('; ')}${more}.`, { url: d.url });
  }

  const shape = inspectShape(doc);
  checks.push(formatCheck(shape));

  const isVp = shape.kind === 'vp';
  const issuerId = isVp ? idOf(doc.holder) : idOf(doc.issuer);
  // What the keys mean under the credential's own JSON-LD contexts (SECURITY.md, context aliasing): nothing
  // to do for the usual credential; otherwise a chunk runs beside the proof and can fail `format` below.
  const terms = checkTerms(doc, ctx, issuerId);
  terms?.catch(() => {}); // awaited below
  // No credentialStatus (most credentials): no status check, and no call to wait for. The status-list code
  // (bitstring lists, gzip, 1EdTech lists) is a chunk of its own; it downloads, and the status list is
  // fetched and checked, while the proof is checked. Its outcome is reported in its place below.
  const statusChecks =
    !isVp && doc.credentialStatus !== undefined && doc.credentialStatus !== null
      ? import('../status/index.js').then(
          (status) => status.checkCredentialStatus(doc, ctx, { credentialId: idOf(doc.id), issuerId }),
          (e: unknown): Check[] => [
            { id: 'revocation', outcome: 'unknown', message: `The status-list checker could not be loaded (${e instanceof Error ? e.message : String(e)}).` },
          ],
        )
      : undefined;
  statusChecks?.catch(() => {}); // awaited below; a throw before then must not leave it unhandled
  // Registries are asked while the signature is checked; their answers count only if it holds.
  const lookups = isVp || !issuerId ? undefined : registryLookups(issuerId, ctx);
  // The key's document is asked for now, while the Data Integrity code may still be on the network:
  // the proof check then finds it in the context's cache instead of asking for it one round trip later.
  if (!isJwt)
    for (const p of asArray(doc.proof))
      if (isObj(p) && typeof p.verificationMethod === 'string') resolveVerificationMethod(p.verificationMethod, ctx).catch(() => undefined);
  const proof = await runProof(d, doc, ctx, { expectedIssuer: issuerId, purpose: isVp ? 'authentication' : 'assertionMethod' });
  checks.push(proof.proof, proof.issuer, ...proof.extra);
  const issuerProven = !isVp && !!issuerId && proof.proof.outcome === 'passed' && proof.issuer.outcome === 'passed';

  const trusted = ctx.options.trustedIssuers;
  if (trusted && !isVp) {
    checks.push(
      issuerId && trusted.includes(issuerId)
        ? { id: 'trusted-issuer', outcome: 'passed', message: "The issuer is on this page's trusted list.", detail: { issuer: issuerId } }
        : { id: 'trusted-issuer', outcome: 'warning', message: "The issuer is not on this page's trusted list.", detail: { issuer: issuerId } },
    );
  }

  const now = ctx.now();
  checks.push(
    ...dateChecks(
      {
        notBefore: [doc.validFrom ?? doc.issuanceDate, isJwt ? payload.nbf : undefined],
        notAfter: [doc.validUntil ?? doc.expirationDate, isJwt ? payload.exp : undefined],
      },
      now,
    ),
  );

  if (statusChecks) checks.push(...(await statusChecks));

  const verifyChildren = ctx.options.verifyChildren !== false;
  let children: VerificationReport[] | undefined;
  const nested = nestedInputs(doc, shape.kind);
  if (nested.length > 0) {
    if (verifyChildren) {
      children = await Promise.all(nested.map((input) => ctx.verifyNested(input)));
      checks.push(childrenCheck(children));
    } else {
      checks.push({ id: 'children', outcome: 'skipped', message: 'Nested credentials were not verified (verifyChildren is off).' });
    }
  }

  const alg = isJwt ? ((typeof proof.header?.alg === 'string' ? proof.header.alg : undefined) ?? jwtHeaderAlg(d.jwt)) : undefined;
  const formatLabel = [KIND_LABEL[shape.kind], shape.version ? `VC ${shape.version}` : undefined, proofLabel(doc, alg, isJwt)].filter(Boolean).join(' · ');
  const badge = normalizeVc(doc, d, { format: KIND_FORMAT[shape.kind], formatLabel }, payload);
  badge.results = resultsOf(doc, badge.language);

  // Endorsements are credentials too; their reports are shown, but never change this badge's status.
  const endorsementInputs =
    doc.endorsement == null && doc.endorsementJwt == null
      ? []
      : [...asArray(doc.endorsement).filter(isObj), ...asArray(doc.endorsementJwt).filter((j): j is string => typeof j === 'string')];
  if (endorsementInputs.length > 0) {
    const reports = verifyChildren ? await Promise.all(endorsementInputs.map((e) => ctx.verifyNested(e))) : [];
    badge.endorsements = endorsementInputs.map((input, i) => {
      const report = reports[i];
      const e = normalizeEndorsement(isObj(input) ? input : report?.badge?.credential, badge.language);
      if (report) e.report = report;
      return e;
    });
  }

  let identity: IssuerIdentity | undefined;
  if (issuerProven) {
    const found = await identityCheck({ issuerId: issuerId!, claimedName: badge.issuer.name }, ctx, lookups);
    identity = found.identity;
    checks.splice(checks.indexOf(proof.issuer) + 1, 0, found.check);
  }

  if (terms) withTermCheck(checks, await terms);
  ctx.signal?.throwIfAborted();
  const report: VerificationReport = { status: statusFromChecks(checks), checks, badge, verifiedAt: now.toISOString() };
  if (identity) report.identity = identity;
  if (children) report.children = children;
  return report;
}
