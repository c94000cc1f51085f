// The mutation generator: from one validly signed credential (JSON with an embedded proof, or a
// compact JWS), every single-field change a forger could try. Each mutant changes ONE thing and
// is NOT re-signed, so every one of them must end not-valid.

import { b64url } from './malformed.js';

export interface Mutant {
  /** What changed, e.g. `credentialSubject.achievement.name` or `jwt:payload.vc.issuer.id`. */
  what: string;
  /** A parsed object (JSON credentials) or a compact JWS string. */
  input: Record<string, unknown> | string;
  /**
   * The exact verdict (test/helpers/verdict.mjs): `invalid:proof` for a changed signed field;
   * `invalid:children+proof` when a nested credential changed (its own proof fails too);
   * `indeterminate` when the change names a key or suite nobody can resolve (the signature cannot
   * be checked at all); `invalid:hosted` for an OB 2.0 hosted assertion that no longer matches its host.
   */
  expect: string;
}

/** The verdict a mutant must reach; see Mutant.expect. */
function expectationFor(what: string, original: Json, mutated: Json): string {
  const hosted = !original.proof && /^hosted(badge)?$/i.test(String((original.verification as Json | undefined)?.type ?? ''));
  if (hosted) return 'invalid:hosted';
  if (/(^|\.)proof(\.0)?\.verificationMethod$/.test(what)) return 'indeterminate';
  if (/(^|\.)proof(\.0)?\.cryptosuite$/.test(what)) {
    const suite = get(mutated, what.split('.'));
    // RDFC over a CLR 2.0 credential needs the CLR context, which is neither bundled nor served
    // locally: the signature cannot be checked at all.
    const clr = JSON.stringify(original.type ?? '').includes('ClrCredential');
    return (suite === 'eddsa-rdfc-2022' && !clr) || suite === 'eddsa-jcs-2022' ? 'invalid:proof' : 'indeterminate';
  }
  if (/^(credentialSubject\.)?verifiableCredential\./.test(what)) return 'invalid:children+proof';
  return 'invalid:proof';
}

type Json = Record<string, unknown>;

/** Changes the character nearest the middle of a string to another of the same class (stays parseable). */
export function tweak(s: string): string {
  if (s.length === 0) return 'x';
  const mid = Math.floor(s.length / 2);
  for (let d = 0; d < s.length; d++) {
    for (const i of [mid + d, mid - d]) {
      if (i < 0 || i >= s.length) continue;
      const c = s[i];
      let r: string | undefined;
      if (/[0-8]/.test(c)) r = String(Number(c) + 1);
      else if (c === '9') r = '8';
      else if (/[a-yA-Y]/.test(c)) r = String.fromCharCode(c.charCodeAt(0) + 1);
      else if (c === 'z') r = 'y';
      else if (c === 'Z') r = 'Y';
      if (r !== undefined) return s.slice(0, i) + r + s.slice(i + 1);
    }
  }
  return s + 'x';
}

/**
 * A one-character change to an identifier. In a URL or a did:web the change goes into the first label
 * of the host, so `https://issuer.example/org` becomes `https://issuds.example/org`: the reserved name
 * (.example, .test) stays, and a mutant's fetch is answered by the local test server (a 404), never by
 * a DNS lookup for a made-up host out on the internet.
 */
export function tweakId(s: string): string {
  const m = /^(https?:\/\/|did:web:)([^/:?#]+)(.*)$/s.exec(s);
  if (!m) return tweak(s);
  const [, scheme, host, rest] = m as unknown as [string, string, string, string];
  const labels = host.split('.');
  labels[0] = tweak(labels[0]!);
  return `${scheme}${labels.join('.')}${rest}`;
}

/** An ISO date one second earlier, in the same shape (keeps not-before checks passing: only the proof can catch it). */
function earlier(s: string): string | undefined {
  const t = Date.parse(s);
  if (Number.isNaN(t)) return undefined;
  const iso = new Date(t - 1000).toISOString();
  return /\.\d{3}Z$/.test(s) ? iso : iso.replace(/\.\d{3}Z$/, 'Z');
}

function get(doc: unknown, path: string[]): unknown {
  let o = doc;
  for (const k of path) {
    if (o === null || typeof o !== 'object') return undefined;
    o = (o as Json)[k];
  }
  return o;
}

function set(doc: Json, path: string[], value: unknown): void {
  let o: Json = doc;
  for (const k of path.slice(0, -1)) o = o[k] as Json;
  o[path[path.length - 1]] = value;
}

/** [path, change] pairs; a change returns undefined when it does not apply to the value found. */
const FIELD_CHANGES: Array<[string, (v: unknown) => unknown]> = [];
const str = (f: (s: string) => string | undefined) => (v: unknown) => (typeof v === 'string' ? f(v) : undefined);
const text = str((s) => `${s} (edited)`);
const ch = str(tweakId);
const date = str(earlier);
const num = (v: unknown) => (typeof v === 'string' && /^\d+$/.test(v) ? String(Number(v) + 1) : typeof v === 'number' ? v + 1 : undefined);
for (const base of ['', 'vc.']) {
  FIELD_CHANGES.push(
    [`${base}name`, text],
    [`${base}description`, text],
    [`${base}credentialSubject.achievement.name`, text],
    [`${base}credentialSubject.achievement.description`, text],
    [`${base}credentialSubject.achievement.criteria.narrative`, text],
    [`${base}credentialSubject.achievement.criteria.id`, ch],
    [`${base}credentialSubject.achievement.id`, ch],
    [`${base}credentialSubject.achievement.image.id`, ch],
    [`${base}credentialSubject.achievement.image`, ch],
    [`${base}credentialSubject.id`, ch],
    [`${base}credentialSubject.identifier.0.identityHash`, ch],
    [`${base}credentialSubject.result.0.value`, text],
    [`${base}credentialSubject.degree.name`, text],
    [`${base}credentialSubject.name`, text],
    [`${base}issuer`, ch],
    [`${base}issuer.id`, ch],
    [`${base}issuer.name`, text],
    [`${base}issuer.url`, ch],
    [`${base}image.id`, ch],
    [`${base}image`, ch],
    [`${base}validFrom`, date],
    [`${base}validUntil`, date],
    [`${base}issuanceDate`, date],
    [`${base}expirationDate`, date],
    [`${base}credentialStatus.statusListIndex`, num],
    [`${base}credentialStatus.0.statusListIndex`, num],
    [`${base}credentialStatus.statusListCredential`, ch],
    [`${base}credentialStatus.statusPurpose`, (v) => (v === 'revocation' ? 'suspension' : v === 'suspension' ? 'revocation' : undefined)],
  );
}
FIELD_CHANGES.push(
  // presentations and CLRs: the nested credentials and the holder
  ['holder', ch],
  ['verifiableCredential.0.name', text],
  ['verifiableCredential.0.credentialSubject.id', ch],
  ['verifiableCredential.1.proof.proofValue', ch],
  ['credentialSubject.verifiableCredential.0.name', text],
  ['credentialSubject.verifiableCredential.0.credentialSubject.achievement.name', text],
  ['credentialSubject.verifiableCredential.0.proof.proofValue', ch],
  ['credentialSubject.achievement.0.name', text],
  // OB 2.0 signed / hosted assertions
  ['badge', ch],
  ['badge.name', text],
  ['recipient.identity', ch],
  ['issuedOn', date],
  ['expires', date],
  ['evidence', ch],
  ['narrative', text],
  // embedded proofs: value and options
  ['proof.proofValue', ch],
  ['proof.jws', ch],
  ['proof.created', date],
  ['proof.verificationMethod', ch],
  [
    'proof.cryptosuite',
    (v) => (v === 'eddsa-rdfc-2022' ? 'eddsa-jcs-2022' : v === 'eddsa-jcs-2022' ? 'eddsa-rdfc-2022' : typeof v === 'string' ? tweak(v) : undefined),
  ],
  ['proof.proofPurpose', (v) => (v === 'assertionMethod' ? 'authentication' : undefined)],
  ['proof.0.proofValue', ch],
  ['proof.0.verificationMethod', ch],
  ['proof.0.created', date],
  ['proof.0.cryptosuite', (v) => (v === 'eddsa-rdfc-2022' ? 'eddsa-jcs-2022' : typeof v === 'string' ? tweak(v) : undefined)],
  // JWT registered claims (payload only)
  ['iss', ch],
  ['sub', ch],
  ['jti', ch],
  ['nbf', (v) => (typeof v === 'number' ? v - 1 : undefined)],
  ['exp', (v) => (typeof v === 'number' ? v + 1 : undefined)],
  ['iat', (v) => (typeof v === 'number' ? v - 1 : undefined)],
);

/** Every applicable single-field mutant of a parsed document. */
function fieldMutants(doc: Json): Array<{ what: string; doc: Json; expect: string }> {
  return rawFieldMutants(doc).map((m) => ({ ...m, expect: expectationFor(m.what, doc, m.doc) }));
}

function rawFieldMutants(doc: Json): Array<{ what: string; doc: Json }> {
  const out: Array<{ what: string; doc: Json }> = [];
  const seen = new Set<string>();
  for (const [p, change] of FIELD_CHANGES) {
    const path = p.split('.');
    const before = get(doc, path);
    if (before === undefined) continue;
    const after = change(before);
    if (after === undefined || after === before) continue;
    const copy = structuredClone(doc);
    set(copy, path, after);
    const key = JSON.stringify(copy);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ what: p, doc: copy });
  }
  // A field added and a field removed: both change what was signed.
  const subjectPath = get(doc, ['credentialSubject']) ? ['credentialSubject'] : get(doc, ['vc', 'credentialSubject']) ? ['vc', 'credentialSubject'] : undefined;
  if (subjectPath) {
    const copy = structuredClone(doc);
    (get(copy, subjectPath) as Json).awarded = 'with honours';
    out.push({ what: `${subjectPath.join('.')}.awarded (added)`, doc: copy });
  }
  for (const p of ['description', 'credentialSubject.achievement.description', 'expirationDate', 'validUntil', 'credentialStatus', 'expires']) {
    const path = p.split('.');
    if (get(doc, path) === undefined) continue;
    const copy = structuredClone(doc);
    delete (get(copy, path.slice(0, -1)) as Json)[path[path.length - 1]];
    out.push({ what: `${p} (removed)`, doc: copy });
  }
  return out;
}

export function isCompactJws(text: string): boolean {
  return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(text.trim());
}

function b64urlDecode(s: string): string {
  const b = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4));
  return new TextDecoder().decode(Uint8Array.from(b, (c) => c.charCodeAt(0)));
}

/** All mutants of one fixture's text (JSON or compact JWS). */
export function mutantsOf(raw: string): Mutant[] {
  const text = raw.trim();
  if (isCompactJws(text)) {
    const [h, p, sig] = text.split('.');
    const payload = JSON.parse(b64urlDecode(p)) as Json;
    const out: Mutant[] = fieldMutants(payload).map(({ what, doc, expect }) => ({
      what: `jwt:payload.${what}`,
      input: `${h}.${b64url(JSON.stringify(doc))}.${sig}`,
      expect,
    }));
    // The same payload, re-serialized differently (spaces): the signed bytes changed, the meaning did not.
    out.push({
      what: 'jwt:payload re-encoded with different whitespace',
      input: `${h}.${b64url(JSON.stringify(payload, null, 1))}.${sig}`,
      expect: 'invalid:proof',
    });
    out.push({ what: 'jwt:signature one char', input: `${h}.${p}.${tweak(sig)}`, expect: 'invalid:proof' });
    const header = JSON.parse(b64urlDecode(h)) as Json;
    // A kid that names no key leaves the signature unchecked; a did:jwk kid still names a key (the
    // changed one, in the DID itself), under which the signature fails.
    if (typeof header.kid === 'string')
      out.push({
        what: 'jwt:header.kid',
        input: `${b64url(JSON.stringify({ ...header, kid: tweakId(header.kid) }))}.${p}.${sig}`,
        expect: header.kid.startsWith('did:jwk:') ? 'invalid:proof' : 'indeterminate',
      });
    out.push({ what: 'jwt:header.alg none, signature dropped', input: `${b64url(JSON.stringify({ ...header, alg: 'none' }))}.${p}.`, expect: 'invalid:proof' });
    return out;
  }
  const doc = JSON.parse(text) as Json;
  return fieldMutants(doc).map(({ what, doc: d, expect }) => ({ what, input: d, expect }));
}
