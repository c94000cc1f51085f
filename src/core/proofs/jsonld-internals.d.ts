// Types for the parts of jsonld 9 and rdf-canonize 5 (jsonld's own dependency) that rdfc-fast.ts uses.
// They are CommonJS files inside the installed packages; esbuild bundles them once, shared with jsonld.

declare module 'jsonld/lib/context.js' {
  /** jsonld's processed ("active") context. rdfc-fast.ts treats these as immutable. */
  export interface ActiveContext {
    mappings: Map<string, TermDefinition | null>;
    previousContext?: ActiveContext;
    processingMode?: string;
    '@vocab'?: string;
    '@base'?: string | null;
    '@language'?: string | null;
    '@direction'?: string | null;
  }
  export interface TermDefinition {
    '@id'?: string;
    '@type'?: string;
    '@container'?: string[];
    '@context'?: unknown;
    '@language'?: string | null;
    '@direction'?: string | null;
    reverse?: boolean;
    [k: string]: unknown;
  }
  export interface JsonLdEvent {
    code: string;
    level: string;
    message: string;
  }
  export interface ProcessOptions {
    documentLoader: (url: string) => Promise<unknown>;
    contextResolver: unknown;
    base: string;
    eventHandler?: (arg: { event: JsonLdEvent; next: () => void }) => void;
  }
  export function process(args: {
    activeCtx: ActiveContext;
    localCtx: unknown;
    options: ProcessOptions;
    propagate?: boolean;
    overrideProtected?: boolean;
  }): Promise<ActiveContext>;
  export function getInitialContext(options: { processingMode?: string }): ActiveContext;
  export function expandIri(activeCtx: ActiveContext, value: string, relativeTo: { vocab?: boolean; base?: boolean }, options: { base: string }): string | null;
  export function getContextValue(ctx: ActiveContext, key: string | null, type: string): unknown;
  export function isKeyword(v: unknown): boolean;
}

declare module 'jsonld/lib/ContextResolver.js' {
  export default class ContextResolver {
    constructor(args: { sharedCache: { get(key: string): unknown; set(key: string, value: unknown): unknown } });
  }
}

declare module 'rdf-canonize' {
  export interface Term {
    termType: 'NamedNode' | 'BlankNode' | 'Literal' | 'DefaultGraph';
    value: string;
    datatype?: { termType: 'NamedNode'; value: string };
    language?: string;
  }
  export interface Quad {
    subject: Term;
    predicate: Term;
    object: Term;
    graph: Term;
  }
  export function _canonizeSync(
    dataset: Quad[],
    options: { algorithm: 'RDFC-1.0'; createMessageDigest?: () => { update(msg: string): void; digest(): string } },
  ): string;
}
