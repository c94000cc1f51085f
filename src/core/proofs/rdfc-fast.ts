// A fast, cached JSON-LD → RDF path for the JSON-LD that credentials actually use, feeding the
// same RDFC-1.0 implementation jsonld uses (rdf-canonize), run synchronously with a sync SHA-256.
//
// Why: jsonld.canonize() spends most of a verification deep-cloning active contexts (every node
// of an OB 3.0 credential reverts a type-scoped context, and jsonld's revert clones the whole
// term map of the VC + OB contexts), stringifying scoped contexts as cache keys, and awaiting a
// promise per element and per SHA-256. Here:
//   - context processing is still jsonld's own (context.process), but each result is memoized per
//     (active context, local context), so a warm verification processes no context at all;
//   - expansion mirrors jsonld's expand.js step for step for a subset (node objects, @id/@type,
//     term-coerced values, @set and @graph containers, type- and property-scoped contexts) and
//     goes straight to quads (toRdf.js semantics, including jsonld's duplicate-value rules);
//   - ANYTHING outside that subset, or anything safe mode would warn about, makes it give up
//     (returns undefined) and rdfc.ts falls back to jsonld.canonize, which then decides.
// test/core/rdfc-fast.test.ts checks it against jsonld, byte for byte, on every credential we have.

import { restoreSetImmediate } from './immediate.js'; // first: see immediate.ts
import * as contextModule from 'jsonld/lib/context.js';
import * as resolverModule from 'jsonld/lib/ContextResolver.js';
import * as canonizeModule from 'rdf-canonize';
import type { ActiveContext, JsonLdEvent, ProcessOptions } from 'jsonld/lib/context.js';
import type { Quad, Term } from 'rdf-canonize';
import { SyncSha256 } from './sha256-sync.js';
import { isObj as isObject } from '../json.js';

/** CommonJS interop: esbuild gives named exports, Node's ESM loader puts them on `default`. */
function cjs<T>(m: unknown): T {
  const x = m as { default?: T } & T;
  return (x.default && typeof x.default === 'object') || typeof x.default === 'function' ? (x.default as T) : x;
}
const jsonldContext = cjs<typeof contextModule>(contextModule);
const ContextResolver = cjs<{ default: typeof resolverModule.default }>(resolverModule) as unknown as typeof resolverModule.default;
const rdfCanonize = cjs<typeof canonizeModule>(canonizeModule);
restoreSetImmediate(); // rdf-canonize has been evaluated (imported above)

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDF_TYPE = `${RDF}type`;
const RDF_LANGSTRING = `${RDF}langString`;
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const XSD_STRING = `${XSD}string`;
const XSD_BOOLEAN = `${XSD}boolean`;
const XSD_INTEGER = `${XSD}integer`;
const XSD_DOUBLE = `${XSD}double`;
/** jsonld's url.isAbsolute. */
const ABSOLUTE = /^([A-Za-z][A-Za-z0-9+-.]*|_):[^\s]*$/;
const KEYWORD_LIKE = /^@[a-zA-Z]+$/;
const BCP47 = /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/;
const IRI_OPTIONS = { base: '' };

/** Thrown to leave the fast path; rdfc.ts then runs jsonld. */
class GiveUp extends Error {}
/** Thrown when expansion needs a context that is not processed yet; the caller processes it and retries. */
class NeedContext {
  constructor(
    readonly active: ActiveContext,
    readonly local: unknown,
    readonly mode: Mode,
    readonly key: unknown,
  ) {}
}

type Mode = 0 | 1 | 2; // 0: property-scoped, 1: type-scoped, 2: embedded @context
const MODE_ARGS: Record<Mode, { propagate?: boolean; overrideProtected?: boolean }> = {
  0: { propagate: true, overrideProtected: true },
  1: { propagate: false },
  2: {},
};

/**
 * Processed contexts, per active context, mode and local context (the term definition's own object
 * for scoped contexts, the JSON text for embedded ones). Only contexts built from bundled documents
 * go here; anything fetched or written inline stays in a per-call table.
 */
type Memo = WeakMap<ActiveContext, Map<unknown, ActiveContext>>[];
const shared: Memo = [new WeakMap(), new WeakMap(), new WeakMap()];
const MAX_PER_CONTEXT = 256;

/** jsonld's ContextResolver shared cache (bundled contexts only: they carry the `static` tag). */
class SmallLru<V> {
  readonly #map = new Map<string, V>();
  constructor(readonly max: number) {}
  get(key: string): V | undefined {
    const v = this.#map.get(key);
    if (v !== undefined) {
      this.#map.delete(key);
      this.#map.set(key, v);
    }
    return v;
  }
  set(key: string, value: V): this {
    this.#map.delete(key);
    this.#map.set(key, value);
    if (this.#map.size > this.max) this.#map.delete(this.#map.keys().next().value as string);
    return this;
  }
}
const resolvedContexts = new SmallLru<unknown>(100);

/** What expansion asks of a term (context.js expandIri with vocab, and getContextValue for each entry). */
interface TermInfo {
  iri: string | null;
  scoped: unknown;
  container: string[] | null;
  type: unknown;
  language: unknown;
  direction: unknown;
  reverse: boolean;
}
/** Per active context. Bounded: words a document chooses freely (through @vocab) could be many. */
const termMemo = new WeakMap<ActiveContext, Map<string, TermInfo>>();
const MAX_TERMS = 4096;

function term(ctx: ActiveContext, key: string): TermInfo {
  let memo = termMemo.get(ctx);
  if (!memo) termMemo.set(ctx, (memo = new Map()));
  let info = memo.get(key);
  if (info === undefined) {
    const get = (entry: string) => jsonldContext.getContextValue(ctx, key, entry);
    info = {
      iri: jsonldContext.expandIri(ctx, key, { vocab: true }, IRI_OPTIONS),
      scoped: get('@context'),
      container: get('@container') as string[] | null,
      type: get('@type'),
      language: get('@language'),
      direction: get('@direction'),
      reverse: !!ctx.mappings.get(key)?.reverse,
    };
    if (memo.size < MAX_TERMS) memo.set(key, info);
  }
  return info;
}

/**
 * jsonld deep-clones the whole active context (every term definition, and every scoped context inside
 * them) each time it processes a context on top of it: most of a first verification. Term
 * definitions are never changed once made (context.js createTermDefinition always builds a new one),
 * so our contexts, derived from this initial context, copy the term map but share the definitions.
 * Otherwise the same as context.js _cloneActiveContext / _revertToPreviousContext (the same fields).
 */
let initial: ActiveContext | undefined;
type Cloneable = ActiveContext & { clone(): Cloneable; revertToPreviousContext(): Cloneable; getInverse: unknown; protected: Record<string, boolean> };
function shallowInitialContext(): ActiveContext {
  function clone(this: Cloneable): Cloneable {
    const child = {
      mappings: new Map(this.mappings),
      clone: this.clone,
      inverse: null,
      getInverse: this.getInverse,
      protected: { ...this.protected },
    } as unknown as Cloneable;
    if (this.previousContext) child.previousContext = (this.previousContext as Cloneable).clone();
    child.revertToPreviousContext = this.revertToPreviousContext;
    if ('@base' in this) child['@base'] = this['@base'];
    if ('@language' in this) child['@language'] = this['@language'];
    if ('@vocab' in this) child['@vocab'] = this['@vocab'];
    return child;
  }
  function revertToPreviousContext(this: Cloneable): Cloneable {
    return this.previousContext ? (this.previousContext as Cloneable).clone() : this;
  }
  const jsonldInitial = jsonldContext.getInitialContext({}) as Cloneable;
  return { ...jsonldInitial, mappings: new Map(), protected: {}, clone, revertToPreviousContext } as ActiveContext;
}

export type Loader = (url: string) => Promise<{ document: unknown; tag?: string }>;

/**
 * jsonld's context processing as the fast path runs it (the shallow-cloning initial context, the shared
 * cache of bundled contexts), for term-guard.ts: a chunk of its own that loads this one.
 * `mode`: 0 property-scoped, 1 type-scoped, 2 an embedded @context.
 */
export function contextProcessor(documentLoader: Loader) {
  const options: ProcessOptions = {
    base: '',
    contextResolver: new ContextResolver({ sharedCache: resolvedContexts }),
    documentLoader,
    eventHandler: ({ next }) => next(), // warnings are safe mode's business (rdfc.ts), not the term guard's
  };
  return {
    initial: (): ActiveContext => (initial ??= shallowInitialContext()),
    process: (activeCtx: ActiveContext, localCtx: unknown, mode: Mode): Promise<ActiveContext> =>
      jsonldContext.process({ activeCtx, localCtx, options, ...MODE_ARGS[mode] }),
    expandIri: (ctx: ActiveContext, key: string): string | null => jsonldContext.expandIri(ctx, key, { vocab: true }, IRI_OPTIONS),
    value: (ctx: ActiveContext, key: string, entry: string): unknown => jsonldContext.getContextValue(ctx, key, entry),
    isKeyword: (v: unknown): boolean => jsonldContext.isKeyword(v),
  };
}
export type ContextProcessor = ReturnType<typeof contextProcessor>;

/**
 * RDFC-1.0 canonical N-Quads of `doc`, or undefined when the document is outside the subset handled
 * here (then jsonld must do it). `documentLoader` must be the loader jsonld would be given;
 * `isStatic(url)` says whether a context URL is a bundled, never-changing one.
 */
export async function fastCanonize(doc: unknown, documentLoader: Loader, isStatic: (url: string) => boolean): Promise<string | undefined> {
  if (!isObject(doc)) return undefined;
  let remote = false;
  const events: JsonLdEvent[] = [];
  const options: ProcessOptions = {
    base: '',
    contextResolver: new ContextResolver({ sharedCache: resolvedContexts }),
    documentLoader: (url: string) => {
      if (!isStatic(url)) remote = true;
      return documentLoader(url);
    },
    eventHandler: ({ event, next }) => {
      events.push(event);
      next();
    },
  };
  const local: Memo = [new WeakMap(), new WeakMap(), new WeakMap()];
  initial ??= shallowInitialContext();
  for (let attempt = 0; attempt < 64; attempt++) {
    try {
      const dataset = new Expander(shared, local).run(initial, doc);
      return rdfCanonize._canonizeSync(dataset, { algorithm: 'RDFC-1.0', createMessageDigest: () => new SyncSha256() });
    } catch (e) {
      if (!(e instanceof NeedContext)) {
        if (e instanceof GiveUp) return undefined;
        throw e;
      }
      let processed: ActiveContext;
      const before = remote;
      try {
        processed = await jsonldContext.process({ activeCtx: e.active, localCtx: e.local, options, ...MODE_ARGS[e.mode] });
      } catch {
        return undefined; // jsonld reports the error (bad context, failed load) in its own words
      }
      if (events.length) return undefined; // a warning during context processing: let jsonld's safe mode judge
      // Kept across calls only when built from bundled contexts alone and reached through them: an
      // @context a document writes inline is keyed by its text, so those stay per call (no growth).
      const staticOnly = !remote && !before && (e.mode !== 2 || asList(e.local).every((c) => typeof c === 'string' && isStatic(c)));
      const memo = staticOnly ? shared : local;
      let table = memo[e.mode].get(e.active);
      if (!table) memo[e.mode].set(e.active, (table = new Map()));
      if (table.size < MAX_PER_CONTEXT) table.set(e.key, processed);
      else return undefined;
    }
  }
  return undefined;
}

interface Subject {
  term: Term;
  key: string;
}

class Expander {
  readonly quads: Quad[] = [];
  readonly seen = new Set<string>();
  blank = 0;
  constructor(
    readonly shared: Memo,
    readonly local: Memo,
  ) {}

  run(initial: ActiveContext, doc: Record<string, unknown>): Quad[] {
    const node = this.object(initial, null, doc);
    // expand(): a top-level object that is empty or only an @id is dropped (a safe-mode warning).
    if (node instanceof LiteralItem || isEmptyNode(node)) throw new GiveUp();
    this.emit(node, DEFAULT_GRAPH);
    return this.quads;
  }

  /** A processed context: from the memo, or NeedContext so the caller processes it (async) and retries. */
  context(active: ActiveContext, localCtx: unknown, mode: Mode): ActiveContext {
    const key = mode === 2 ? JSON.stringify(localCtx) : localCtx;
    const found = this.shared[mode].get(active)?.get(key) ?? this.local[mode].get(active)?.get(key);
    if (found) return found;
    throw new NeedContext(active, localCtx, mode, key);
  }

  /** An absolute, non-blank IRI for an @id value (document-relative), or give up. */
  idIri(active: ActiveContext, value: string, vocab: boolean): string {
    if (KEYWORD_LIKE.test(value)) throw new GiveUp();
    const iri = jsonldContext.expandIri(active, value, vocab ? { vocab: true, base: true } : { base: true }, IRI_OPTIONS);
    if (typeof iri !== 'string' || !ABSOLUTE.test(iri) || iri.startsWith('_:')) throw new GiveUp();
    return iri;
  }

  /** expand.js api.expand for an object element (jsonld's steps, in jsonld's order). */
  object(activeCtx: ActiveContext, activeProperty: string | null, element: Record<string, unknown>): ExpandedNode | LiteralItem {
    const propertyScoped = activeProperty === null ? undefined : term(activeCtx, activeProperty).scoped;
    const typeScopedContext = activeCtx.previousContext ? activeCtx : null;
    const keys = Object.keys(element).sort();
    let mustRevert = true;
    if (typeScopedContext && keys.length <= 2 && !keys.includes('@context')) {
      for (const key of keys) {
        const e = term(typeScopedContext, key).iri;
        if (e === '@value') {
          // a value object keeps the type-scoped context
          mustRevert = false;
          activeCtx = typeScopedContext;
          break;
        }
        if (e === '@id' && keys.length === 1) {
          mustRevert = false;
          break;
        }
      }
    }
    if (mustRevert && activeCtx.previousContext) activeCtx = activeCtx.previousContext;
    if (propertyScoped !== undefined) activeCtx = this.context(activeCtx, propertyScoped, 0);
    if ('@context' in element) activeCtx = this.context(activeCtx, element['@context'], 2);
    const typeCtx = activeCtx;

    let typeKey: string | null = null;
    for (const key of keys) {
      if (term(activeCtx, key).iri !== '@type') continue;
      if (typeKey !== null) throw new GiveUp(); // two keys for @type: order-dependent, leave it to jsonld
      typeKey = key;
      const value = element[key];
      const types = Array.isArray(value) ? (value.length > 1 ? value.slice().sort() : value) : [value];
      for (const type of types) {
        if (typeof type !== 'string') throw new GiveUp();
        const scoped = term(typeCtx, type).scoped;
        if (scoped !== undefined) activeCtx = this.context(activeCtx, scoped, 1);
      }
    }

    const node: ExpandedNode = { id: undefined, types: [], props: [] };
    let valueObject: { value?: unknown; language?: string } | undefined;
    for (const key of keys) {
      if (key === '@context') continue;
      const value = element[key];
      const info = term(activeCtx, key);
      const property = info.iri;
      if (property === null) throw new GiveUp();
      if (jsonldContext.isKeyword(property)) {
        if (property === '@id') {
          if (node.id !== undefined || typeof value !== 'string') throw new GiveUp();
          node.id = this.idIri(activeCtx, value, false);
        } else if (property === '@type') {
          if (node.types.length) throw new GiveUp();
          for (const t of Array.isArray(value) ? value : [value]) {
            if (typeof t !== 'string') throw new GiveUp();
            const iri = this.idIri(typeCtx, t, true);
            node.types.push(iri);
          }
        } else if (property === '@value') {
          if (valueObject?.value !== undefined) throw new GiveUp();
          // null (dropped, a safe-mode warning), arrays and objects (only with @json): leave to jsonld
          if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') throw new GiveUp();
          (valueObject ??= {}).value = value;
        } else if (property === '@language') {
          if (valueObject?.language !== undefined) throw new GiveUp();
          // null language: jsonld ignores the key; invalid BCP 47: a safe-mode warning
          if (typeof value !== 'string' || !BCP47.test(value)) throw new GiveUp();
          (valueObject ??= {}).language = value.toLowerCase();
        } else {
          throw new GiveUp(); // @graph, @value, @language, @list, @set, @reverse, @nest, @included, @index, …
        }
        continue;
      }
      // Relative or blank-node predicates are safe-mode errors; an explicit rdf:type property would sit
      // beside @type in jsonld's node map without being merged with it.
      if (!ABSOLUTE.test(property) || property.startsWith('_:') || property === RDF_TYPE) throw new GiveUp();

      if (info.reverse) throw new GiveUp();
      const termCtx = info.scoped !== undefined ? this.context(activeCtx, info.scoped, 0) : activeCtx;
      const container = info.container ?? [];
      let graph = false;
      let list = false;
      for (const c of container) {
        if (c === '@graph') graph = true;
        else if (c === '@list') list = true;
        else if (c !== '@set') throw new GiveUp(); // @language, @index, @id, @type maps
      }
      if (list && (graph || container.length > 1)) throw new GiveUp();
      if (termCtx !== activeCtx && list !== !!term(termCtx, key).container?.includes('@list')) throw new GiveUp();
      if (info.type === '@json') throw new GiveUp();
      if (termCtx !== activeCtx && term(termCtx, key).reverse) throw new GiveUp();

      const items: Item[] = [];
      this.value(termCtx, key, value, items, list, 0);
      if (graph) {
        // @graph container: each item becomes a graph object; empty or @id-only items are dropped
        // (a safe-mode warning), so leave those to jsonld.
        for (let i = 0; i < items.length; i++) {
          const it = items[i];
          if (!(it instanceof ExpandedNodeBox) || isEmptyNode(it.node)) throw new GiveUp();
          items[i] = { graph: it.node };
        }
      }
      if (list) node.props.push({ iri: property, items, list: true });
      else if (items.length || Array.isArray(value)) node.props.push({ iri: property, items });
    }
    if (valueObject) {
      // A value object: {@value, @language?} or {@value, @type?} and nothing else (expand.js checks).
      if (valueObject.value === undefined || node.id !== undefined || node.props.length || node.types.length > 1) throw new GiveUp();
      if (valueObject.language !== undefined && (node.types.length || typeof valueObject.value !== 'string')) throw new GiveUp();
      const type = node.types[0];
      if (type !== undefined && (type.startsWith('_:') || type === XSD_DOUBLE)) throw new GiveUp();
      return literal(valueObject.value as string | number | boolean, type, valueObject.language);
    }
    return node;
  }

  /** expand.js api.expand for the value of a property, appending the expanded items. */
  value(activeCtx: ActiveContext, activeProperty: string, element: unknown, out: Item[], list: boolean, depth: number): void {
    if (element === null || element === undefined) return;
    if (Array.isArray(element)) {
      if (list && depth > 0) throw new GiveUp(); // a list of lists
      for (const e of element) this.value(activeCtx, activeProperty, e, out, list, depth + 1); // nested arrays flatten
      return;
    }
    if (isObject(element)) {
      const x = this.object(activeCtx, activeProperty, element);
      out.push(x instanceof LiteralItem ? x : new ExpandedNodeBox(x));
      return;
    }
    out.push(this.scalar(activeCtx, activeProperty, element));
  }

  /** expand.js _expandValue. */
  scalar(activeCtx: ActiveContext, activeProperty: string, value: unknown): Item {
    const info = term(activeCtx, activeProperty);
    const expandedProperty = info.iri;
    if (expandedProperty === '@id' || expandedProperty === '@type' || expandedProperty === '@graph') throw new GiveUp();
    const type = info.type as string | null;
    if (type === '@id' && typeof value === 'string') return new ExpandedNodeBox({ id: this.idIri(activeCtx, value, false), types: [], props: [] });
    if (type === '@vocab' && typeof value === 'string') return new ExpandedNodeBox({ id: this.idIri(activeCtx, value, true), types: [], props: [] });
    if (expandedProperty !== null && jsonldContext.isKeyword(expandedProperty)) throw new GiveUp();
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') throw new GiveUp();
    if (type && type !== '@id' && type !== '@vocab' && type !== '@none') {
      if (!ABSOLUTE.test(type) || type.startsWith('_:') || type === XSD_DOUBLE) throw new GiveUp();
      return literal(value, type, undefined);
    }
    let language: string | undefined;
    if (typeof value === 'string') {
      // the term's (or the context's) default language, already lower-cased and checked by context processing
      const lang = info.language;
      if (typeof lang === 'string') language = lang;
      else if (lang !== null) throw new GiveUp();
      if (info.direction !== null) throw new GiveUp();
    }
    return literal(value, undefined, language);
  }

  newBlank(): Term {
    return { termType: 'BlankNode', value: `b${this.blank++}` };
  }

  /** toRdf.js for one node (and, recursively, what it embeds). Returns the node's subject term. */
  emit(node: ExpandedNode, graph: Subject): Subject {
    const subject: Subject = node.id !== undefined ? { term: { termType: 'NamedNode', value: node.id }, key: node.id } : blankSubject(this.newBlank());
    for (const t of node.types) this.add(subject, TYPE_PREDICATE, { termType: 'NamedNode', value: t }, `i${t}`, graph);
    for (const { iri, items, list } of node.props) {
      const predicate: Term = { termType: 'NamedNode', value: iri };
      if (list) {
        // toRdf.js _listToRDF: a fresh blank node per cell; list values are never merged.
        let cell = items.length ? this.newBlank() : NIL;
        this.quads.push({ subject: subject.term, predicate, object: cell, graph: graph.term });
        items.forEach((item, i) => {
          const object = item instanceof ExpandedNodeBox ? this.emit(item.node, graph).term : 'graph' in item ? unreachable() : item.term;
          const next = i < items.length - 1 ? this.newBlank() : NIL;
          this.quads.push({ subject: cell, predicate: FIRST, object, graph: graph.term });
          this.quads.push({ subject: cell, predicate: REST, object: next, graph: graph.term });
          cell = next;
        });
        continue;
      }
      for (const item of items) {
        if (item instanceof ExpandedNodeBox) {
          const child = this.emit(item.node, graph);
          this.add(subject, predicate, child.term, `i${child.key}`, graph);
        } else if ('graph' in item) {
          const name = blankSubject(this.newBlank());
          this.add(subject, predicate, name.term, `i${name.key}`, graph);
          this.emit(item.graph, name);
        } else {
          this.add(subject, predicate, item.term, item.key, graph);
        }
      }
    }
    return subject;
  }

  /** One quad, unless jsonld's node map would have merged it away (util.addValue, allowDuplicate: false). */
  add(subject: Subject, predicate: Term, object: Term, objectKey: string, graph: Subject): void {
    const key = `${graph.key}\n${subject.key}\n${predicate.value}\n${objectKey}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.quads.push({ subject: subject.term, predicate, object, graph: graph.term });
  }
}

interface ExpandedNode {
  id: string | undefined;
  types: string[];
  props: { iri: string; items: Item[]; list?: boolean }[];
}
class ExpandedNodeBox {
  constructor(readonly node: ExpandedNode) {}
}
class LiteralItem {
  constructor(
    readonly term: Term,
    readonly key: string,
  ) {}
}
type Item = ExpandedNodeBox | LiteralItem | { graph: ExpandedNode };

const DEFAULT_GRAPH: Subject = { term: { termType: 'DefaultGraph', value: '' }, key: '' };
const TYPE_PREDICATE: Term = { termType: 'NamedNode', value: RDF_TYPE };
const FIRST: Term = { termType: 'NamedNode', value: `${RDF}first` };
const REST: Term = { termType: 'NamedNode', value: `${RDF}rest` };
const NIL: Term = { termType: 'NamedNode', value: `${RDF}nil` };

function unreachable(): never {
  throw new GiveUp();
}

function blankSubject(term: Term): Subject {
  return { term, key: `_:${term.value}` };
}

/** What expand.js drops at the top level and in @graph containers: an empty node or only an @id (and a safe-mode warning). */
function isEmptyNode(n: ExpandedNode): boolean {
  return n.types.length === 0 && n.props.length === 0;
}

/** toRdf.js _objectToRDF for a value object {@value, @type? | @language?}; the key mirrors util.compareValues. */
function literal(value: string | number | boolean, type: string | undefined, language: string | undefined): LiteralItem {
  let text: string;
  let datatype: string;
  if (typeof value === 'boolean') {
    text = value.toString();
    datatype = type ?? XSD_BOOLEAN;
  } else if (typeof value === 'number') {
    // jsonld writes non-integers (and |n| ≥ 1e21) as xsd:double in its own exponent form: leave those to it.
    if (!Number.isSafeInteger(value)) throw new GiveUp();
    text = value.toFixed(0);
    datatype = type ?? XSD_INTEGER;
  } else if (language !== undefined) {
    const term: Term = { termType: 'Literal', value, datatype: { termType: 'NamedNode', value: RDF_LANGSTRING }, language };
    return new LiteralItem(term, `vstring\u0000${value}\u0000\u0000${language}`);
  } else {
    text = value;
    datatype = type ?? XSD_STRING;
  }
  const term: Term = { termType: 'Literal', value: text, datatype: { termType: 'NamedNode', value: datatype } };
  return new LiteralItem(term, `v${typeof value}\u0000${String(value)}\u0000${type ?? ''}\u0000`);
}

function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [v];
}
