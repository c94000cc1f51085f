// What a credential's keys mean under its own JSON-LD contexts, against what they mean under the
// standard contexts alone (issue 16; SECURITY.md, "Context aliasing and redefinition").
//
// Loaded by formats/context-guard.ts only for a credential that names a context beyond the standard
// ones, or writes a keyword or an IRI as a key. It walks the document as JSON-LD expansion does
// (embedded, property-scoped and type-scoped contexts, in expand.js's order), keeping two active
// contexts side by side: the document's own ("actual") and the one its standard context URLs alone
// give ("reference"). At each key:
//   - a key the standard contexts define must have the same definition in both (IRI, @type,
//     @container, scoped context, reverse, @nest …): else it was redefined;
//   - any other key must not expand to the IRI of a term the standard contexts define there (a second
//     name, `endsAt` for validUntil: the signature holds, the JSON reader no longer sees the field),
//     nor to a keyword (`kind` for @type, `ident` for @id, an alias of @nest or @reverse);
//   - a keyword written as a key must be one that hides nothing from a JSON reader;
// and the same for every `type` value (a type named another way brings another type's scoped
// context). A context jsonld rejects (a redefined @protected term, a bad definition) fails too:
// a conforming processor would not read the credential at all, so neither do we.
// The jsonld context code comes from the RDFC chunk (rdfc.ts), loaded here on demand, with the
// same loader and origin policy (context-policy.ts) a Data Integrity proof uses.

import type { ActiveContext, TermDefinition } from 'jsonld/lib/context.js';
import type { Check } from '../model.js';
import type { JsonObject, VerifyContext } from '../options.js';
import type { ContextProcessor } from './rdfc-fast.js';
import { asArray, isObj } from '../json.js';

/** Keywords that may be keys without hiding anything from a JSON reader (@id and @type: see checkKey). */
const PLAIN_KEYWORDS = new Set(['@context', '@value', '@language', '@direction', '@index']);

/** CLR 2.0's context is standard but not bundled: it is fetched (and policed) like any other. */
const CLR_CONTEXTS = new Set(['https://purl.imsglobal.org/spec/clr/v2p0/context.json', 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json']);

/** What a reader loses when a term is hidden, in the words of a badge page. */
const HIDES: Record<string, string> = {
  validUntil: "this badge's expiry date",
  expirationDate: "this badge's expiry date",
  validFrom: 'the date this badge becomes valid',
  issuanceDate: 'the date this badge was issued',
  awardedDate: 'the date this badge was awarded',
  credentialStatus: "this badge's revocation status",
  issuer: 'who issued this badge',
  holder: 'who presents these credentials',
  credentialSubject: 'who this badge was awarded to',
  recipient: 'who this badge was awarded to',
  identifier: 'who this badge was awarded to',
  identityHash: 'who this badge was awarded to',
  proof: "this badge's signature",
  evidence: "this badge's evidence",
  endorsement: "this badge's endorsements",
  endorsementJwt: "this badge's endorsements",
  verifiableCredential: 'the credentials this one holds',
  name: 'the name shown on this badge',
  description: 'the description shown on this badge',
  criteria: 'what it takes to earn this badge',
  narrative: 'what it takes to earn this badge',
  image: 'the image shown on this badge',
  alignment: 'the skills shown on this badge',
  tag: 'the skills shown on this badge',
  achievement: 'the achievement this badge is for',
  result: "this badge's results",
  resultDescription: "this badge's results",
  id: 'what this badge is about',
  type: 'what kind of credential this is',
};
const hides = (term: string) => HIDES[term] ?? `what this badge says under ${term}`;

/** Stops the walk at the first finding. */
class Finding {
  constructor(
    readonly term: string,
    readonly message: string,
  ) {}
}

type Mode = 0 | 1 | 2;

/**
 * Contexts built from bundled documents alone never change: processed once, they are kept across
 * calls (a warm credential with its own inline context then processes only that one). Anything
 * fetched or written inline stays in a walker's own table. Bounded per active context, as in rdfc-fast.ts.
 */
const STATIC = new WeakSet<ActiveContext>();
const SHARED = [new WeakMap(), new WeakMap(), new WeakMap()] as WeakMap<ActiveContext, Map<unknown, Promise<ActiveContext>>>[];
const MAX_PER_CONTEXT = 256;
/** IRI → the names a reference context gives it; per context, so shared by static ones. */
const INVERSE = new WeakMap<ActiveContext, Map<string, string[]>>();
const JSON_TEXT = new WeakMap<object, string>();

class Walker {
  /** Processed contexts per mode, active context and local context (its text for an embedded one). */
  readonly #memo = [new Map(), new Map(), new Map()] as Map<ActiveContext, Map<unknown, Promise<ActiveContext>>>[];

  constructor(
    readonly cp: ContextProcessor,
    readonly isStandard: (url: string) => boolean,
    readonly isBundled: (url: string) => boolean,
  ) {}

  /** `local` processed on `active`; `staticLocal`: it comes from a bundled document (a scoped context read from a static context). */
  context(active: ActiveContext, local: unknown, mode: Mode, staticLocal = false): Promise<ActiveContext> {
    // An embedded list is processed entry after entry (context.js does the same), so its bundled
    // head ([VC 2.0, OB 3.0, {…}]) is shared with every other credential that starts the same way.
    if (mode === 2 && Array.isArray(local) && local.length > 1) {
      const head = local.findIndex((c) => typeof c !== 'string' || !this.isBundled(c));
      if (head > 0) return this.context(active, local.slice(0, head), 2).then((c) => this.context(c, local.slice(head), 2));
    }
    const key = mode === 2 ? JSON.stringify(local) : local;
    const shared = STATIC.has(active) && (mode === 2 ? asArray(local).every((c) => typeof c === 'string' && this.isBundled(c)) : staticLocal);
    const memo = shared ? SHARED[mode]! : this.#memo[mode]!;
    let table = memo.get(active);
    if (!table) memo.set(active, (table = new Map()));
    let found = table.get(key);
    if (!found) {
      found = this.cp.process(active, local, mode);
      if (shared) {
        found = found.then(
          (c) => (STATIC.add(c), c),
          (e: unknown) => {
            table!.delete(key); // never keep a failure
            throw e;
          },
        );
      }
      if (table.size < MAX_PER_CONTEXT) table.set(key, found);
    }
    return found;
  }

  /** IRI → the names the reference context gives it (the terms a second name would hide). */
  inverse(ref: ActiveContext): Map<string, string[]> {
    let map = INVERSE.get(ref);
    if (!map) {
      map = new Map();
      for (const [name, def] of ref.mappings) {
        const iri = def?.['@id'];
        if (typeof iri !== 'string' || def!.reverse) continue;
        map.set(iri, [...(map.get(iri) ?? []), name]);
      }
      INVERSE.set(ref, map);
    }
    return map;
  }

  /** The standard name of a keyword in the reference context (`id` for @id), if it has one. */
  alias(ref: ActiveContext, keyword: string): string | undefined {
    for (const [name, def] of ref.mappings) if (def?.['@id'] === keyword) return name;
    return undefined;
  }

  same(a: TermDefinition | null | undefined, r: TermDefinition): boolean {
    if (a === r) return true;
    if (!a) return false;
    const text = (v: unknown) => (isObj(v) ? (JSON_TEXT.get(v) ?? (JSON_TEXT.set(v, JSON.stringify(v)), JSON_TEXT.get(v)!)) : JSON.stringify(v));
    for (const k of ['@id', '@type', '@language', '@direction', '@nest', '@index', 'reverse']) if (a[k] !== r[k]) return false;
    if ([...(a['@container'] ?? [])].sort().join() !== [...(r['@container'] ?? [])].sort().join()) return false;
    return text(a['@context']) === text(r['@context']);
  }

  checkKey(key: string, act: ActiveContext, ref: ActiveContext, valueObject: boolean): void {
    if (key.startsWith('@')) {
      if (PLAIN_KEYWORDS.has(key) || (valueObject && key === '@type')) return;
      const alias = key === '@id' || key === '@type' ? this.alias(ref, key) : undefined;
      if (alias)
        throw new Finding(key, `\`${key}\` stands where the standard contexts say \`${alias}\`, which hides ${hides(alias)} from a reader of the badge.`);
      throw new Finding(key, `the JSON-LD keyword \`${key}\` is used as a key, which moves what the badge says out of sight of a reader of the badge.`);
    }
    const r = ref.mappings.get(key);
    const actualIri = this.cp.expandIri(act, key);
    if (r) {
      if (actualIri !== this.cp.expandIri(ref, key) || !this.same(act.mappings.get(key), r)) {
        const what = actualIri && actualIri !== r['@id'] ? ` (its contexts make it mean ${actualIri})` : '';
        throw new Finding(key, `\`${key}\` is redefined${what}, so it no longer means what the standard contexts say, which changes ${hides(key)}.`);
      }
      return;
    }
    if (actualIri === null) return;
    if (this.cp.isKeyword(actualIri)) {
      const alias = this.alias(ref, actualIri);
      const name = alias ? `${alias} (the JSON-LD keyword ${actualIri})` : `the JSON-LD keyword ${actualIri}`;
      throw new Finding(key, `\`${key}\` is a second name for ${name}, which hides ${alias ? hides(alias) : 'part of what the badge says'}.`);
    }
    const names = this.inverse(ref).get(actualIri);
    if (names && !names.includes(key)) throw new Finding(key, `\`${key}\` is a second name for ${names[0]}, which hides ${hides(names[0]!)}.`);
  }

  /** A `type` value (or an @vocab-typed value): named as the standard contexts name it, or not at all. */
  checkType(value: string, act: ActiveContext, ref: ActiveContext): void {
    const r = ref.mappings.get(value);
    const actualIri = this.cp.expandIri(act, value);
    if (r) {
      if (actualIri !== this.cp.expandIri(ref, value) || !this.same(act.mappings.get(value), r)) {
        throw new Finding(
          value,
          `the type \`${value}\` is redefined, so it no longer means what the standard contexts say, which changes what kind of credential this is.`,
        );
      }
      return;
    }
    const names = actualIri === null ? undefined : this.inverse(ref).get(actualIri);
    if (names && !names.includes(value))
      throw new Finding(value, `the type \`${value}\` is a second name for ${names[0]}, which hides what kind of credential this is.`);
  }

  async node(node: JsonObject, act: ActiveContext, ref: ActiveContext, property: string | null): Promise<void> {
    const keys = Object.keys(node).sort();
    const is = (c: ActiveContext, keyword: string) => keys.some((k) => (k.startsWith('@') ? k : this.cp.expandIri(c, k)) === keyword);
    // expand.js: a property-scoped context is read before a type-scoped one is reverted; a value
    // object, or a node that is only an @id, keeps the type-scoped context.
    const actScoped = property === null ? undefined : this.cp.value(act, property, '@context');
    const refScoped = property === null ? undefined : this.cp.value(ref, property, '@context');
    const scopedStatic = [STATIC.has(act), STATIC.has(ref)];
    const valueObject = is(act, '@value');
    if (!valueObject && !(keys.length === 1 && is(act, '@id'))) {
      act = act.previousContext ?? act;
      ref = ref.previousContext ?? ref;
    }
    if (actScoped !== undefined) act = await this.context(act, actScoped, 0, scopedStatic[0]);
    if (refScoped !== undefined) ref = await this.context(ref, refScoped, 0, scopedStatic[1]);
    if ('@context' in node) {
      act = await this.context(act, node['@context'], 2);
      const standard = asArray(node['@context']).filter((c) => typeof c === 'string' && this.isStandard(c));
      if (standard.length > 0) ref = await this.context(ref, standard, 2);
    }
    if ((act['@base'] ?? null) !== (ref['@base'] ?? null)) {
      throw new Finding('@base', `its context sets \`@base\` to ${String(act['@base'])}, which changes what the badge's relative identifiers mean.`);
    }
    const typeAct = act;
    const typeRef = ref;
    for (const [side, c0] of [
      ['act', typeAct],
      ['ref', typeRef],
    ] as const) {
      let c = c0;
      for (const key of keys) {
        if ((key.startsWith('@') ? key : this.cp.expandIri(c0, key)) !== '@type' || valueObject) continue;
        const types = asArray(node[key])
          .filter((t): t is string => typeof t === 'string')
          .sort();
        for (const t of types) {
          if (side === 'act') this.checkType(t, typeAct, typeRef);
          const scoped = this.cp.value(c0, t, '@context');
          if (scoped !== undefined) c = await this.context(c, scoped, 1, STATIC.has(c0));
        }
      }
      if (side === 'act') act = c;
      else ref = c;
    }
    for (const key of keys) {
      if (key === '@context') continue;
      this.checkKey(key, act, ref, valueObject);
      if (key.startsWith('@') || valueObject) continue;
      const type = this.cp.value(act, key, '@type');
      if (type === '@json') continue; // a JSON literal: no terms inside
      for (const item of asArray(node[key]).flat(Infinity)) {
        if (isObj(item)) await this.node(item, act, ref, key);
        else if (type === '@vocab' && typeof item === 'string') this.checkType(item, act, ref);
      }
    }
  }
}

interface JsonldError {
  name?: string;
  message?: string;
  details?: { code?: string; term?: string; url?: string };
}

/**
 * Undefined when every key of `doc` means under its contexts what it means under the standard ones;
 * else a `format` check: failed (naming the term), or unknown when a context could not be read.
 */
export async function checkTerms(doc: JsonObject, ctx: VerifyContext, issuer: string | undefined): Promise<Check | undefined> {
  const rdfc = await import('./rdfc.js');
  const load = rdfc.contextLoader(ctx, issuerOrigin(issuer));
  let missing: { url: string; error: unknown } | undefined;
  const cp = rdfc.contextProcessor(async (url) => {
    try {
      return await load(url);
    } catch (error) {
      missing ??= { url, error };
      throw error;
    }
  });
  const isBundled = (url: string) => rdfc.bundledContext(url) !== undefined;
  const walker = new Walker(cp, (url) => isBundled(url) || CLR_CONTEXTS.has(url), isBundled);
  try {
    const initial = cp.initial();
    STATIC.add(initial);
    await walker.node(doc, initial, initial, null);
    return undefined;
  } catch (e) {
    ctx.signal?.throwIfAborted();
    if (e instanceof Finding) return failed(e.term, e.message);
    if (missing) {
      const why = missing.error instanceof Error ? missing.error.message : String(missing.error);
      return {
        id: 'format',
        outcome: 'unknown',
        message: `What the credential's words mean could not be checked: its JSON-LD context ${missing.url} could not be read (${why}).`,
        detail: { code: 'context', url: missing.url },
      };
    }
    const err = e as JsonldError;
    const term = err.details?.term;
    if (err.details?.code === 'protected term redefinition' && term) {
      return failed(term, `\`${term}\` redefines a protected term of the standard contexts, which a JSON-LD processor rejects, and changes ${hides(term)}.`);
    }
    const what = err.details?.code ?? err.message ?? String(e);
    return failed(
      term,
      `its JSON-LD context is not valid${term ? ` where it defines \`${term}\`` : ''} (${what}), so a JSON-LD processor would not read it at all.`,
    );
  }
}

/** The issuer's web origin, whose contexts the policy allows (as data-integrity.ts reads it): an https id's, or did:web's host. */
function issuerOrigin(id: string | undefined): string | undefined {
  const web = id && /^did:web:([^:#?]+)/.exec(id);
  const url = web ? `https://${decodeURIComponent(web[1]!)}` : id && /^https:\/\//i.test(id) ? id : undefined;
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

/** checkTerms as a change to a report's checks: the `format` check takes the finding (context-guard.ts applies it). */
export async function termVerdict(doc: JsonObject, ctx: VerifyContext, issuer: string | undefined): Promise<((checks: Check[]) => void) | undefined> {
  const term = await checkTerms(doc, ctx, issuer);
  if (!term) return undefined;
  return (checks) => {
    const i = checks.findIndex((c) => c.id === 'format');
    const format = checks[i];
    if (!format) return void checks.unshift(term);
    // A format check that failed already keeps its words and gains these; any other gives way.
    const failed = format.outcome === 'failed';
    checks[i] = {
      ...(failed ? format : term),
      message: failed ? `${format.message} ${term.message}` : term.message,
      detail: { ...(format.detail as object), ...(term.detail as object) },
    };
  };
}

function failed(term: string | undefined, message: string): Check {
  return {
    id: 'format',
    outcome: 'failed',
    message: `What the credential says is not what its JSON-LD contexts make it say: ${message}`,
    detail: { code: 'context-term', term },
  };
}
