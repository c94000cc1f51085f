// Context aliasing and redefinition (issue 16, SECURITY.md): the checks and the card read a
// credential by its JSON keys, but an RDFC signature covers what the keys MEAN under JSON-LD, and a
// JCS or JWT signature covers JSON whose contexts a JSON-LD reader could read differently. A context
// that makes `endsAt` mean validUntil keeps the issuer's signature and hides the expiry date.
//
// This file is the cheap half, in the main bundle: most credentials use only the standard contexts,
// by URL, and plain keys. Anything else loads proofs/term-guard.ts, which processes the contexts.

import type { Check } from '../model.js';
import type { JsonObject, VerifyContext } from '../options.js';
import { asArray, isObj } from '../json.js';

/**
 * The standard contexts by URL: VC 1.1 and 2.0 (and its undefined-terms and examples contexts), Data
 * Integrity, Ed25519Signature2020, the status lists, OB 3.0 (published versions and extensions) and
 * CLR 2.0. They are @protected and define nothing twice, so keys under them mean what they say.
 * (The OB 3.0 pre-release aliases are bundled too, but rare enough to take the slow path.)
 */
const STANDARD =
  /^https:\/\/(?:www\.w3\.org\/(?:2018\/credentials\/v1|ns\/credentials\/(?:v2|status\/v1|examples\/v2|undefined-terms\/v2))|w3id\.org\/(?:security\/(?:suites\/ed25519-2020\/v1|data-integrity\/v[12])|vc\/status-list\/2021\/v1)|purl\.imsglobal\.org\/spec\/(?:ob\/v3p0\/(?:context(?:-3\.0\.[1-3])?|extensions)|clr\/v2p0\/context(?:-2\.0\.1)?)\.json)$/;

/** Keywords a credential may write as keys without hiding anything from a reader of its JSON. */
const PLAIN_KEYWORDS = new Set(['@context', '@value', '@language', '@direction']);

export const isStandardContext = (url: string): boolean => STANDARD.test(url);

/**
 * True when nothing in `v` can change what a key means: every @context entry, anywhere, is the URL
 * of a standard context, no key is a keyword beyond @context and value objects' own (`@nest`,
 * `@reverse`, `@id` for `id` … move or rename what the JSON shows), and no key is an IRI or a
 * compact IRI (`cred:validUntil` is validUntil to JSON-LD, not to a reader of the JSON).
 */
export function onlyStandardTerms(v: unknown): boolean {
  if (Array.isArray(v)) return v.every(onlyStandardTerms);
  if (!isObj(v)) return true;
  for (const k in v) {
    const x = v[k];
    if (k === '@context') {
      if (!asArray(x).every((c) => typeof c === 'string' && STANDARD.test(c))) return false;
    } else if ((k.charCodeAt(0) === 64 && !PLAIN_KEYWORDS.has(k)) || k.includes(':') || (typeof x === 'object' && !onlyStandardTerms(x))) return false;
  }
  return true;
}

// The term guard is its own chunk (and loads the RDFC chunk's jsonld context processing): only a
// credential with its own contexts or keywords pays for it.
let guard: Promise<typeof import('../proofs/term-guard.js')> | undefined;

/**
 * The `format` check's verdict on what the credential's keys mean: undefined when they mean what the
 * standard contexts say (at once, without loading anything, for the usual credential), else a
 * failed check naming the term (or `unknown` when a context it names could not be read).
 */
export function checkTerms(doc: JsonObject, ctx: VerifyContext, issuer: string | undefined): Promise<Check | undefined> | undefined {
  if (onlyStandardTerms(doc)) return undefined;
  guard ??= import('../proofs/term-guard.js').catch((e: unknown) => {
    guard = undefined; // a failed chunk load is retried next time
    throw e;
  });
  return guard.then(
    (m) => m.checkTerms(doc, ctx, issuer),
    (e: unknown): Check => ({
      id: 'format',
      outcome: 'unknown',
      message: `What the credential's own JSON-LD contexts mean could not be checked: the checker could not be loaded (${e instanceof Error ? e.message : String(e)}).`,
    }),
  );
}

/** Folds the term check into the report's `format` check: a failure there is a failure of the credential's form. */
export function withTermCheck(checks: Check[], term: Check | undefined): void {
  if (!term) return;
  const i = checks.findIndex((c) => c.id === 'format');
  const format = checks[i];
  if (!format) checks.unshift(term);
  else if (format.outcome === 'failed') checks[i] = { ...format, message: `${format.message} ${term.message}`, detail: { ...(isObj(format.detail) ? format.detail : {}), ...(isObj(term.detail) ? term.detail : {}) } };
  else checks[i] = { ...term, detail: { ...(isObj(format.detail) ? format.detail : {}), ...(isObj(term.detail) ? term.detail : {}) } };
}
