// The `identity` check: who the issuer is, as far as something other than the badge vouches.
// A signature proves that a key made the badge; it says nothing about whose key it is. The name in
// `issuer.name` is the badge's own claim. What can tie the key to someone is a DNS name the signer
// had to control (did:web, an https issuer's own key document, OB 2.0's origin rules) or an issuer
// registry that lists the key's DID. Both are reported as what they are; anything else is `none`.
//
// This part is in the main file (domains, page lists). Asking remote registries (DCC's static lists,
// OpenID Federation) is a chunk, loaded only for a DID issuer while registries are configured.

import type { Check, IssuerIdentity } from '../model.js';
import type { RegistryConfig, VerifyContext } from '../options.js';
import { once } from '../once.js';

/**
 * DCC's production registries (dcc-known-registries): the OpenID Federation "DCC Member Registry"
 * and the static `dcc-registry` and `community-registry` lists. Test and sandbox registries, where
 * anyone can be listed, are never on by default.
 */
export const defaultRegistries: readonly RegistryConfig[] = Object.freeze([
  { type: 'oidf', name: 'DCC Member Registry', url: 'https://registry.dcconsortium.org/.well-known/openid-federation' },
  { type: 'dcc-legacy', name: 'DCC Member Registry', url: 'https://digitalcredentials.github.io/dcc-registry/registry.json' },
  { type: 'dcc-legacy', name: 'DCC Community Registry', url: 'https://digitalcredentials.github.io/community-registry/registry.json' },
] satisfies RegistryConfig[]);

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

/** The registries of a verification: `registries` (or the defaults), then `trustedIssuers` as the page's list. */
export function registriesOf(ctx: VerifyContext): RegistryConfig[] {
  const list = [...(ctx.options.registries ?? defaultRegistries)];
  const trusted = ctx.options.trustedIssuers;
  if (trusted?.length) list.push({ type: 'page', name: "this page's trusted issuers", issuers: Object.fromEntries(trusted.map((id) => [id, {}])) });
  return list;
}

// Registry lookups and what follows from their answers are a chunk: a page whose badges are anchored
// by their domain (https and OB 2.0 issuers, with no list of the page's own) never loads it.
const loadRegistryCode = once(() => import('./registries.js'));

/** Remote registries are asked about DIDs only (DCC's are keyed by DID); a page's own list about any id. */
function needsRegistries(issuerId: string, regs: RegistryConfig[]): boolean {
  return regs.some((r) => r.type === 'page' || issuerId.startsWith('did:'));
}

/** Registry answers, once asked; started before the signature is checked so that they arrive meanwhile. */
export type Lookups = Promise<import('./registries.js').Answers>;

/** Starts the registry lookups for an issuer at once; `identityCheck()` then decides from their answers. */
export function startRegistryLookups(issuerId: string | undefined, ctx: VerifyContext): Lookups | undefined {
  const regs = registriesOf(ctx);
  if (!issuerId || !needsRegistries(issuerId, regs)) return undefined;
  const p = loadRegistryCode().then((m) => m.askAll(issuerId, regs, ctx));
  p.catch(() => undefined); // awaited later; an abort before then must not be unhandled
  return p;
}

/**
 * The `identity` check for an issuer whose key was proven. Precedence: a registry the library ships,
 * then a domain, then a list the page supplied (a page is often the badge holder's own: its word
 * never outranks a DNS name). Never `failed`: what could not be established is `warning` or `unknown`.
 */
export async function identityCheck(
  input: IdentityInput,
  ctx: VerifyContext,
  lookups = startRegistryLookups(input.issuerId, ctx),
): Promise<{ check: Check; identity: IssuerIdentity }> {
  const claimedName = input.claimedName?.trim() || undefined;
  const domain = input.domain ?? domainOfIssuer(input.issuerId);
  const base: IssuerIdentity = {
    anchor: 'none',
    ...(claimedName ? { claimedName } : {}),
    ...(claimedName && mixesScripts(claimedName) ? { mixedScripts: true } : {}),
  };
  if (lookups) {
    let answers: import('./registries.js').Answers;
    try {
      answers = await lookups;
    } catch (e) {
      ctx.signal?.throwIfAborted();
      // The registry code itself could not be downloaded: a domain still holds, else nothing is known.
      answers = [[{ type: 'page', name: 'issuer registries', issuers: {} }, { unreachable: e instanceof Error ? e.message : String(e) }]];
    }
    const decided = (await loadRegistryCode().catch(() => undefined))?.fromAnswers(answers, base, domain, claimedName);
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
