// The `identity` check: who the issuer is, as far as something other than the badge vouches.
// A signature proves that a key made the badge; it says nothing about whose key it is. The name in
// `issuer.name` is the badge's own claim. What can tie the key to someone is a DNS name the signer
// had to control (did:web, an https issuer's own key document, OB 2.0's origin rules) or an issuer
// registry that lists the key's DID. Both are reported as what they are; anything else is `none`.
//
// Asking registries (DCC's static lists, OpenID Federation, a page's own list) is ./registries.ts, a
// chunk the script-tag file starts with the checks and asks as soon as a credential is read.

import type { Check, IssuerIdentity } from '../model.js';
import type { VerifyContext } from '../options.js';
import { fromAnswers, lookups as registryLookups, type Answers } from './registries.js';

export { defaultRegistries } from './registries.js';

export interface IdentityInput {
  /** The issuer id whose key was proven (a DID or a URL). */
  issuerId: string;
  /** The issuer name the badge gives. */
  claimedName?: string;
  /** A host the format itself proved the signer controls (OB 2.0 origins); else derived from the id. */
  domain?: string;
}

/** `did:web:example.com%3A8443:org` → `example.com:8443`; `https://example.com/x` → `example.com`. */
export function domainOfIssuer(issuerId: string): string | undefined {
  if (issuerId.startsWith('did:web:')) {
    const host = decodeURIComponent(issuerId.slice(8).split(/[:#?/]/)[0] ?? '').toLowerCase();
    return /^[a-z0-9.-]+(?::\d+)?$/.test(host) ? host : undefined;
  }
  if (issuerId.startsWith('https://')) {
    try {
      return new URL(issuerId).host.toLowerCase();
    } catch {
      return undefined;
    }
  }
  return undefined;
}

// Letters of the scripts that are mistaken for Latin ("Нarvard" with a Cyrillic Н).
const SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u, /\p{Script=Armenian}/u, /\p{Script=Cherokee}/u];

/** True when one word of `name` mixes letters of two of those scripts. */
export function mixesScripts(name: string): boolean {
  return name.split(/[\s\p{P}]+/u).some((word) => SCRIPTS.filter((re) => re.test(word)).length > 1);
}

/** Registry answers, once asked; started before the signature is checked so that they arrive meanwhile. */
export type Lookups = Promise<Answers>;

/**
 * The `identity` check for an issuer whose key was proven. Precedence: a registry the library ships,
 * then a domain, then a list the page supplied (a page is often the badge holder's own: its word
 * never outranks a DNS name). Never `failed`: what could not be established is `warning` or `unknown`.
 */
export async function identityCheck(
  input: IdentityInput,
  ctx: VerifyContext,
  lookups: Lookups | undefined = registryLookups(input.issuerId, ctx),
): Promise<{ check: Check; identity: IssuerIdentity }> {
  const claimedName = input.claimedName?.trim() || undefined;
  const domain = input.domain ?? domainOfIssuer(input.issuerId);
  const base: IssuerIdentity = {
    anchor: 'none',
    ...(claimedName ? { claimedName } : {}),
    ...(claimedName && mixesScripts(claimedName) ? { mixedScripts: true } : {}),
  };
  if (lookups) {
    let answers: Answers;
    try {
      answers = await lookups;
    } catch (e) {
      ctx.signal?.throwIfAborted();
      // (Lookups never reject; an abort is the one exception.)
      answers = [[{ type: 'page', name: 'issuer registries', issuers: {} }, { unreachable: e instanceof Error ? e.message : String(e) }]];
    }
    const decided = fromAnswers(answers, base, domain, claimedName);
    if (decided) return decided;
    if (!domain && answers.some(([, a]) => 'unreachable' in a)) {
      const identity: IssuerIdentity = { ...base, anchor: 'unknown' };
      return {
        check: {
          id: 'identity',
          outcome: 'unknown',
          message: 'The issuer registries could not be asked, so nothing confirms who holds the key.',
          detail: { ...identity },
        },
        identity,
      };
    }
  }
  if (domain) {
    const identity: IssuerIdentity = { ...base, anchor: 'domain', domain };
    return {
      check: {
        id: 'identity',
        outcome: 'passed',
        message: `The issuer is tied to the domain ${domain}: whoever signed controls that domain.`,
        detail: { ...identity },
      },
      identity,
    };
  }
  return {
    check: {
      id: 'identity',
      outcome: 'warning',
      message: "The key is not tied to a domain or listed in a registry: the issuer's name is only claimed by the badge.",
      detail: { ...base },
    },
    identity: base,
  };
}
