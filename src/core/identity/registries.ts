// Asking remote issuer registries whether they list a DID (a chunk: see ./index.ts).
//
// - `dcc-legacy`: DCC's static `registry.json` ({registry: {<DID>: {name, url?}}}), fetched whole once
//   per cache, so the registry never learns which badge is being looked at.
// - `oidf`: DCC's profile of OpenID Federation 1.0: the trust anchor's entity configuration, then its
//   fetch endpoint with `?sub=<DID>`. Every statement is checked the way OpenID Federation asks
//   (DCC's own client checks none of it): `typ` entity-statement+jwt, a real `alg`, a `kid` of the
//   signer's keys, the signature (jose), `iss`/`sub`, `iat` past and `exp` future as numbers. A
//   statement is kept no longer than its `exp`.

import type { JWK } from 'jose';
import { decodeJwsHeader, decodeJwsPayload } from '../detect.js';
import { once } from '../once.js';
import { isBadgeError } from '../errors.js';
import { isObj } from '../json.js';
import { createLoader } from '../load.js';
import type { Check, IssuerIdentity, RegistrySupplier } from '../model.js';
import type { JsonObject, RegistryConfig, VerifyContext } from '../options.js';

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

/** The registries of a verification: `registries` (or the defaults), then `trustedIssuers` as the page's list. */
export function registriesOf(ctx: VerifyContext): RegistryConfig[] {
  const list = [...(ctx.options.registries ?? defaultRegistries)];
  const trusted = ctx.options.trustedIssuers;
  if (trusted?.length) list.push({ type: 'page', name: "this page's trusted issuers", issuers: Object.fromEntries(trusted.map((id) => [id, {}])) });
  return list;
}

/** Remote registries are asked about DIDs only (DCC's are keyed by DID); a page's own list about any id. */
function needsRegistries(issuerId: string, regs: RegistryConfig[]): boolean {
  return regs.some((r) => r.type === 'page' || issuerId.startsWith('did:'));
}

const started = new WeakMap<VerifyContext, Map<string, Promise<Answers>>>();

/**
 * The lookups about `issuerId` in this verification's registries, started once per verification:
 * read() starts them as soon as the credential is parsed, the identity check takes them up. Undefined
 * when no registry would be asked (remote registries are asked about DIDs only). Never rejects.
 */
export function lookups(issuerId: string, ctx: VerifyContext): Promise<Answers> | undefined {
  const regs = registriesOf(ctx);
  if (!needsRegistries(issuerId, regs)) return undefined;
  let mine = started.get(ctx);
  if (!mine) started.set(ctx, (mine = new Map()));
  let p = mine.get(issuerId);
  if (!p) mine.set(issuerId, (p = askAll(issuerId, regs, ctx)));
  return p;
}

type Remote = Exclude<RegistryConfig, { type: 'page' }>;

/** Registries whose listings prove nothing (anyone may add themselves): always marked as test registries. */
const KNOWN_TEST_REGISTRIES = [
  'https://digitalcredentials.github.io/sandbox-registry/',
  'https://digitalcredentials.github.io/issuer-registry/',
  'https://test.registry.dcconsortium.org/',
  'https://test.issuerregistry.credentialengine.org/',
  'https://staging.opensalt.net/',
];

/** What one registry said about one issuer. */
export type RegistryAnswer = { listed: true; name?: string; url?: string; logo?: string } | { listed: false } | { unreachable: string };

export type Answers = Array<[RegistryConfig, RegistryAnswer]>;

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

/** Asks every registry about one issuer, in parallel; a registry that fails is `unreachable`, never "listed". */
export function askAll(issuerId: string, regs: RegistryConfig[], ctx: VerifyContext): Promise<Answers> {
  return Promise.all(
    regs.map(async (reg): Promise<[RegistryConfig, RegistryAnswer]> => {
      if (reg.type === 'page') {
        const entry = Object.hasOwn(reg.issuers, issuerId) ? reg.issuers[issuerId] : undefined;
        return [reg, entry ? { listed: true, name: entry.name, url: entry.url, logo: entry.logo } : { listed: false }];
      }
      if (!issuerId.startsWith('did:')) return [reg, { listed: false }];
      try {
        return [reg, await askRegistry(reg, issuerId, ctx)];
      } catch (e) {
        ctx.signal?.throwIfAborted();
        return [reg, { unreachable: reason(e) }];
      }
    }),
  );
}

/**
 * The identity the answers establish: a library registry's listing first, then (when there is no
 * domain) a page's listing, then `unknown` when a registry could not be asked. Undefined when the
 * answers decide nothing (the caller falls back to the domain, or to `none`).
 */
export function fromAnswers(
  answers: Answers,
  base: IssuerIdentity,
  domain: string | undefined,
  claimedName: string | undefined,
): { check: Check; identity: IssuerIdentity } | undefined {
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
    const by =
      registry.supplied === 'page'
        ? `The list “${reg.name}”, supplied by this page (not by the library), names ${who}`
        : `${reg.name} lists the issuer as ${who}`;
    const message = `${by}${test ? ' (a test registry, where anyone can be listed)' : ''}.${nameDiffers ? ` The badge calls its issuer “${claimedName}”.` : ''}`;
    return { check: { id: 'identity', outcome: 'passed', message, detail: { ...identity } }, identity };
  }
  const unreachable = answers.filter(([, a]) => 'unreachable' in a);
  if (domain || unreachable.length === 0) return undefined;
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

export async function askRegistry(reg: Remote, did: string, ctx: VerifyContext): Promise<RegistryAnswer> {
  return reg.type === 'oidf' ? askFederation(reg, did, ctx) : askStaticList(reg, did, ctx);
}

async function askStaticList(reg: Extract<Remote, { type: 'dcc-legacy' }>, did: string, ctx: VerifyContext): Promise<RegistryAnswer> {
  // The list itself is kept for the page (ctx.loadJson); its failure for a minute, like a federation's.
  const doc = await cached(
    ctx,
    `list ${reg.url}`,
    Math.floor(ctx.now().getTime() / 1000),
    () => ctx.loadJson(reg.url),
    () => true,
  );
  const list = doc.registry;
  if (!isObj(list)) return { unreachable: 'its answer is not a registry (no "registry" object)' };
  // An own key only: `__proto__` or `constructor` is not a DID.
  const entry = Object.hasOwn(list, did) ? list[did] : undefined;
  if (entry === undefined) return { listed: false };
  if (!isObj(entry)) return { unreachable: 'its entry for this issuer is not an object' };
  return { listed: true, ...text('name', entry.name), ...link('url', entry.url) };
}

function text<K extends string>(key: K, v: unknown): Partial<Record<K, string>> {
  return typeof v === 'string' && v.trim() ? ({ [key]: v.trim().slice(0, 300) } as Record<K, string>) : {};
}

/** An https link, or for a logo also an inline image (DCC's statements carry data: PNGs); elements still filter it. */
function link<K extends string>(key: K, v: unknown): Partial<Record<K, string>> {
  const ok = typeof v === 'string' && (/^https:\/\//i.test(v) || (key === 'logo' && /^data:image\/(png|jpeg|gif|webp);/i.test(v) && v.length < 100_000));
  return ok ? ({ [key]: v } as Record<K, string>) : {};
}

// ---- OpenID Federation ----------------------------------------------------------------------------

const ALGS = new Set(['ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519', 'RS256', 'PS256']);
const SKEW_S = 60;

/**
 * Statements by URL, per cache (what one page shares): the request in flight is shared by every badge
 * that asks; a verified statement is kept while its `iat`..`exp` window holds (a removed DID drops
 * out within a day at DCC); a failure (unreachable, refused, "not registered") for a minute, so that
 * a wall of a thousand badges from DIDs does not ask a dead registry a thousand times.
 */
const statementsByCache = new WeakMap<object, Map<string, Promise<Kept>>>();
type Kept = { payload: JsonObject } | { error: unknown; until: number };
const FAILURE_KEPT_S = 60;

/** A statement is usable from its `iat` (give or take the skew) until its `exp`. */
const statementWindow = (p: JsonObject, nowS: number) => (p.exp as number) > nowS && (p.iat as number) <= nowS + SKEW_S;

/** Fetches without the per-page cache, so that an expired statement is really asked for again. */
function fetchText(url: string, ctx: VerifyContext): Promise<{ text: string; status: number }> {
  const load = createLoader(ctx.options, { get: () => undefined, set: () => undefined, delete: () => undefined });
  return load(url, 'application/entity-statement+jwt, application/jwt;q=0.9, */*;q=0.1').then((r) => ({
    text: new TextDecoder().decode(r.bytes).trim(),
    status: r.status,
  }));
}

class StatementError extends Error {}

/**
 * jose's JWS verifier, a chunk shared with proofs/jose.ts, loaded when a federation has answered with
 * a statement to check: a lookup's fetches no longer wait for it, and a registry that is a list (or a
 * federation that does not answer) never loads it.
 */
const loadJwsVerifier = once(() => import('../proofs/jose.js'));

/** Checks one entity statement; returns its payload or throws StatementError saying what is wrong. */
async function verifyStatement(jwt: string, keys: JWK[], expect: { iss?: string; sub?: string }, nowS: number): Promise<JsonObject> {
  let header: JsonObject;
  try {
    header = decodeJwsHeader(jwt);
  } catch {
    throw new StatementError('it is not a JWT');
  }
  if (header.typ !== 'entity-statement+jwt') throw new StatementError(`its type is ${JSON.stringify(header.typ ?? null)}, not entity-statement+jwt`);
  if (typeof header.alg !== 'string' || !ALGS.has(header.alg)) throw new StatementError(`its algorithm ${JSON.stringify(header.alg ?? null)} is not accepted`);
  if (typeof header.kid !== 'string') throw new StatementError('it names no key (kid)');
  const jwk = keys.find((k) => k.kid === header.kid);
  if (!jwk) throw new StatementError(`its key ${header.kid} is not one of the signer's keys`);
  let payload: unknown;
  try {
    const { importJWK, compactVerify } = await loadJwsVerifier();
    const key = await importJWK(jwk, header.alg);
    const { payload: bytes } = await compactVerify(jwt, key, { algorithms: [header.alg] });
    payload = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new StatementError('its signature does not verify');
  }
  if (!isObj(payload)) throw new StatementError('its payload is not an object');
  const { iss, sub, iat, exp } = payload;
  if (typeof iss !== 'string' || typeof sub !== 'string') throw new StatementError('it lacks iss or sub');
  if (expect.iss !== undefined && iss !== expect.iss) throw new StatementError(`it was issued by ${iss}, not ${expect.iss}`);
  if (expect.sub !== undefined && sub !== expect.sub) throw new StatementError(`it is about ${sub}, not ${expect.sub}`);
  if (typeof iat !== 'number' || !Number.isFinite(iat) || iat > nowS + SKEW_S) throw new StatementError('its issue time (iat) is missing or in the future');
  if (typeof exp !== 'number' || !Number.isFinite(exp)) throw new StatementError('it has no expiry (exp)');
  if (exp <= nowS) throw new StatementError(`it expired on ${new Date(exp * 1000).toISOString()}`);
  return payload;
}

function keysOf(v: unknown): JWK[] {
  return isObj(v) && Array.isArray(v.keys) ? (v.keys.filter(isObj) as JWK[]) : [];
}

async function cached(ctx: VerifyContext, url: string, nowS: number, make: () => Promise<JsonObject>, window = statementWindow): Promise<JsonObject> {
  let statements = statementsByCache.get(ctx.cache);
  if (!statements) statementsByCache.set(ctx.cache, (statements = new Map()));
  const usable = (k: Kept) => ('payload' in k ? window(k.payload, nowS) : k.until > nowS);
  let p = statements.get(url);
  if (!p || !usable(await p)) {
    p = make().then(
      (payload): Kept => ({ payload }),
      (error: unknown): Kept => ({ error, until: nowS + FAILURE_KEPT_S }),
    );
    statements.set(url, p);
  }
  const kept = await p;
  if ('error' in kept) throw kept.error;
  return kept.payload;
}

async function askFederation(reg: Extract<Remote, { type: 'oidf' }>, did: string, ctx: VerifyContext): Promise<RegistryAnswer> {
  const nowS = Math.floor(ctx.now().getTime() / 1000);
  let anchor: JsonObject;
  try {
    // Keyed by the pinned keys too: the same URL under another pin is another trust decision.
    anchor = await cached(ctx, `${reg.url} ${JSON.stringify(reg.jwks ?? null)}`, nowS, async () => {
      const { text: jwt } = await fetchText(reg.url, ctx);
      let claimed: JsonObject;
      try {
        claimed = decodeJwsPayload(jwt);
      } catch {
        throw new StatementError('it is not a JWT');
      }
      // Self-signed: the keys come from the statement itself unless the page pinned the anchor's keys.
      const keys = reg.jwks ? keysOf(reg.jwks) : keysOf(claimed.jwks);
      const p = await verifyStatement(jwt, keys, {}, nowS);
      if (p.iss !== p.sub) throw new StatementError('the trust anchor’s configuration is not self-issued (iss ≠ sub)');
      return p;
    });
  } catch (e) {
    return { unreachable: `its trust anchor could not be used: ${reason(e)}` };
  }
  const meta = isObj(anchor.metadata) && isObj(anchor.metadata.federation_entity) ? anchor.metadata.federation_entity : {};
  const endpoint = meta.federation_fetch_endpoint;
  if (typeof endpoint !== 'string' || !/^https?:\/\//.test(endpoint)) return { unreachable: 'its trust anchor names no fetch endpoint' };
  const url = new URL(endpoint);
  url.searchParams.set('sub', did);
  const keys = reg.jwks ? keysOf(reg.jwks) : keysOf(anchor.jwks);
  let statement: JsonObject;
  try {
    statement = await cached(ctx, url.href, nowS, async () => {
      const { text: jwt } = await fetchText(url.href, ctx);
      return verifyStatement(jwt, keys, { iss: anchor.sub as string, sub: did }, nowS);
    });
  } catch (e) {
    // 404 is the federation's "not registered" (DCC answers {"error": "not_found"}).
    if (isBadgeError(e) && e.code === 'http-status' && e.status === 404) return { listed: false };
    return { unreachable: `its statement about this issuer could not be used: ${reason(e)}` };
  }
  const entity = isObj(statement.metadata) && isObj(statement.metadata.federation_entity) ? statement.metadata.federation_entity : {};
  const extra =
    isObj(statement.metadata) && isObj(statement.metadata.institution_additional_information) ? statement.metadata.institution_additional_information : {};
  return { listed: true, ...text('name', entity.organization_name ?? extra.legal_name), ...link('url', entity.homepage_uri), ...link('logo', entity.logo_uri) };
}

function reason(e: unknown): string {
  if (e instanceof StatementError) return e.message;
  if (isBadgeError(e)) return e.status ? `HTTP ${e.status}` : e.code;
  return e instanceof Error ? e.message : String(e);
}
