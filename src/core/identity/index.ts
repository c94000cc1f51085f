// The `identity` check: who the issuer is, as far as something other than the badge vouches.
// A signature proves that a key made the badge; it says nothing about whose key it is. The name in
// `issuer.name` is the badge's own claim. What can tie the key to someone is a DNS name the signer
// had to control (did:web, an https issuer's own key document, OB 2.0's origin rules) or an issuer
// registry that lists the key's DID. Both are reported as what they are; anything else is `none`.
//
// This part is in the main file (domains, page lists). Asking remote registries (DCC's static lists,
// OpenID Federation) is a chunk, loaded only for a DID issuer while registries are configured.

import type { Check, IssuerIdentity, RegistrySupplier } from '../model.js';
import type { RegistryConfig, VerifyContext } from '../options.js';

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

/** Registries whose listings prove nothing (anyone may add themselves): always marked as test registries. */
const KNOWN_TEST_REGISTRIES = [
  'https://digitalcredentials.github.io/sandbox-registry/',
  'https://digitalcredentials.github.io/issuer-registry/',
  'https://test.registry.dcconsortium.org/',
  'https://test.issuerregistry.credentialengine.org/',
  'https://staging.opensalt.net/',
];

/** What one registry said about one issuer. */
export type RegistryAnswer =
  | { listed: true; name?: string; url?: string; logo?: string }
  | { listed: false }
  | { unreachable: string };

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

function supplierOf(reg: RegistryConfig): RegistrySupplier {
  if (reg.type === 'page') return 'page';
  return defaultRegistries.some((d) => d.type === reg.type && 'url' in d && d.url === reg.url) ? 'library' : 'page';
}

function isTestRegistry(reg: RegistryConfig): boolean {
  return reg.test === true || ('url' in reg && KNOWN_TEST_REGISTRIES.some((p) => reg.url.startsWith(p)));
}

function registryId(reg: RegistryConfig): string {
  return 'url' in reg ? reg.url : `page:${reg.name}`;
}

// Asking DCC's static lists and federations is a chunk: a page of https-anchored badges never loads it.
let remoteCode: Promise<typeof import('./registries.js')> | undefined;
function loadRemote(): Promise<typeof import('./registries.js')> {
  remoteCode ??= import('./registries.js').catch((e: unknown) => {
    remoteCode = undefined;
    throw e;
  });
  return remoteCode;
}

async function ask(reg: RegistryConfig, issuerId: string, ctx: VerifyContext): Promise<RegistryAnswer> {
  if (reg.type === 'page') {
    const entry = Object.hasOwn(reg.issuers, issuerId) ? reg.issuers[issuerId] : undefined;
    return entry ? { listed: true, name: entry.name, url: entry.url, logo: entry.logo } : { listed: false };
  }
  // DCC's registries are keyed by DID; an https issuer is anchored by its domain instead.
  if (!issuerId.startsWith('did:')) return { listed: false };
  try {
    return await (await loadRemote()).askRegistry(reg, issuerId, ctx);
  } catch (e) {
    ctx.signal?.throwIfAborted();
    return { unreachable: e instanceof Error ? e.message : String(e) };
  }
}

/** The registries of a verification: `registries` (or the defaults), then `trustedIssuers` as the page's list. */
function registriesOf(ctx: VerifyContext): RegistryConfig[] {
  const list = [...(ctx.options.registries ?? defaultRegistries)];
  const trusted = ctx.options.trustedIssuers;
  if (trusted?.length) list.push({ type: 'page', name: "this page's trusted issuers", issuers: Object.fromEntries(trusted.map((id) => [id, {}])) });
  return list;
}

/**
 * Starts the registry lookups for an issuer at once (they run while the signature is checked);
 * `identityCheck()` then decides from what they answered.
 */
export function startRegistryLookups(issuerId: string | undefined, ctx: VerifyContext): Promise<Array<[RegistryConfig, RegistryAnswer]>> | undefined {
  if (!issuerId) return undefined;
  const regs = registriesOf(ctx);
  if (regs.length === 0) return undefined;
  const p = Promise.all(regs.map(async (reg) => [reg, await ask(reg, issuerId, ctx)] as [RegistryConfig, RegistryAnswer]));
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
  const answers = lookups ? await lookups : [];
  const claimedName = input.claimedName?.trim() || undefined;
  const domain = input.domain ?? domainOfIssuer(input.issuerId);
  const base: IssuerIdentity = { anchor: 'none', ...(claimedName ? { claimedName } : {}), ...(claimedName && mixesScripts(claimedName) ? { mixedScripts: true } : {}) };

  const listing = (supplied: RegistrySupplier) => answers.find(([reg, a]) => 'listed' in a && a.listed && supplierOf(reg) === supplied);
  const chosen = listing('library') ?? (domain ? undefined : listing('page'));
  if (chosen) {
    const [reg, a] = chosen as [RegistryConfig, Extract<RegistryAnswer, { listed: true }>];
    const test = isTestRegistry(reg);
    const registry = { id: registryId(reg), name: reg.name, supplied: supplierOf(reg), ...(test ? { test } : {}) };
    const name = a.name?.trim() || undefined;
    const nameDiffers = !!(name && claimedName && name.toLowerCase() !== claimedName.toLowerCase());
    const identity: IssuerIdentity = {
      ...base,
      anchor: 'registry',
      registry,
      ...(name ? { name } : {}),
      ...(a.url ? { url: a.url } : {}),
      ...(a.logo ? { logo: a.logo } : {}),
      ...(domain ? { domain } : {}),
      ...(nameDiffers ? { nameDiffers } : {}),
    };
    const who = name ? `“${name}”` : 'the issuer';
    const by = registry.supplied === 'page' ? `The list “${reg.name}”, supplied by this page (not by the library), names ${who}` : `${reg.name} lists the issuer as ${who}`;
    const message = `${by}${test ? ' (a test registry, where anyone can be listed)' : ''}.${nameDiffers ? ` The badge calls its issuer “${claimedName}”.` : ''}`;
    return { check: { id: 'identity', outcome: 'passed', message, detail: { ...identity } }, identity };
  }
  if (domain) {
    const identity: IssuerIdentity = { ...base, anchor: 'domain', domain };
    return {
      check: { id: 'identity', outcome: 'passed', message: `The issuer is tied to the domain ${domain}: whoever signed controls that domain.`, detail: { ...identity } },
      identity,
    };
  }
  const unreachable = answers.filter(([, a]) => 'unreachable' in a);
  if (unreachable.length > 0) {
    const identity: IssuerIdentity = { ...base, anchor: 'unknown' };
    const names = unreachable.map(([reg, a]) => `${reg.name}: ${(a as { unreachable: string }).unreachable}`).join('; ');
    return {
      check: {
        id: 'identity',
        outcome: 'unknown',
        message: `The issuer registries could not all be asked (${names}), so nothing confirms who holds the key.`,
        detail: { ...identity, registries: unreachable.map(([reg]) => registryId(reg)) },
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
