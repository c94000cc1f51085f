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
 * The standard contexts by URL: VC 1.1 and 2.0 (and the W3C examples context), Data
 * Integrity, Ed25519Signature2020, the status lists, OB 3.0 (published versions and extensions) and
 * CLR 2.0. They are @protected and define nothing twice, so keys under them mean what they say.
 * (The OB 3.0 pre-release aliases and VC's undefined-terms context are bundled too, but rare enough
 * to take the slow path.)
 */
const STANDARD =
  /^https:\/\/(?:www\.w3\.org\/(?:2018\/credentials\/v1|ns\/credentials\/(?:v2|status\/v1|examples\/v2))|w3id\.org\/(?:security\/(?:suites\/ed25519-2020\/v1|data-integrity\/v[12])|vc\/status-list\/2021\/v1)|purl\.imsglobal\.org\/spec\/(?:ob\/v3p0\/(?:context(?:-3\.0\.[1-3])?|extensions)|clr\/v2p0\/context(?:-2\.0\.1)?)\.json)$/;

/** A key that may hide something from a reader of the JSON: a keyword beyond @context and value objects' own, or an IRI. */
const HIDING_KEY = /^@(?!(?:context|value|language|direction)$)|:/;

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
    } else if (HIDING_KEY.test(k) || (typeof x === 'object' && !onlyStandardTerms(x))) return false;
  }
  return true;
}

// The term guard is its own chunk (and loads the RDFC chunk's jsonld context processing): only a
// credential with its own contexts or keywords pays for it. A failed download rejects, and verify()
// reports it as `fetch-failed` (errors.ts), like every other chunk of ours.
let guard: Promise<typeof import('../proofs/term-guard.js')> | undefined;

/** What the term guard found, as a change to the report's checks (made in the chunk, to keep this bundle small). */
export type TermVerdict = ((checks: Check[]) => void) | undefined;

/**
 * The verdict on what the credential's keys mean: undefined at once, without loading anything, when
 * every key can only mean what the standard contexts say (the usual credential); else the chunk's.
 */
export function checkTerms(doc: JsonObject, ctx: VerifyContext, issuer: string | undefined): Promise<TermVerdict> | undefined {
  if (onlyStandardTerms(doc)) return undefined;
  guard ??= import('../proofs/term-guard.js').catch((e: unknown) => {
    guard = undefined; // a failed chunk load is retried next time
    throw e;
  });
  return guard.then((m) => m.termVerdict(doc, ctx, issuer));
}

/** Applies the verdict: a renamed or redefined term fails the `format` check. */
export function withTermCheck(checks: Check[], verdict: TermVerdict): void {
  verdict?.(checks);
}
