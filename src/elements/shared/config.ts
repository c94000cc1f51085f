// Page-wide settings for every badge element, and the @lit/context that lets a <badge-wall>
// hand its own settings (and one cache) to the cards inside it.
//
// Precedence, lowest to highest: library defaults → configure() (page-wide) → the nearest
// <badge-wall> through context → the element's own attributes/properties.

import { createContext } from '@lit/context';
import { createCache, type FetchLike, type VerifyCache, type VerifyOptions } from '../../core/index.js';

export interface BadgeSettings {
  /** Replaces `fetch` for every request (tests, service workers, authenticated hosts). */
  fetch?: FetchLike;
  /** CORS proxy: a URL prefix or a function (see VerifyOptions.proxy). */
  proxy?: VerifyOptions['proxy'];
  /** BCP 47 locale for UI strings and dates; default: the element's or the document's `lang`. */
  locale?: string;
  /** Issuer ids this page vouches for; others get a warning. They count as a list supplied by the page. */
  trustedIssuers?: string[];
  /** Issuer registries for the `identity` check (default: DCC's production registries; `[]` turns lookups off). */
  registries?: VerifyOptions['registries'];
  /** The clock (tests, "as of" views). */
  now?: () => Date;
  /** Request timeout (ms) and size cap (bytes). */
  timeout?: number;
  maxBytes?: number;
  /** Extra documents by URL (contexts, DID documents), consulted before any fetch. */
  documents?: Record<string, unknown>;
  /** Extra origins whose JSON-LD contexts Data Integrity proofs may use (see VerifyOptions.contextOrigins). */
  contextOrigins?: string[];
  /** One per-URL cache shared by every element that uses these settings. */
  cache: VerifyCache;
}

/** Provided by <badge-wall> (and anything else that wants to scope settings). */
export const badgeSettingsContext = createContext<BadgeSettings>(Symbol.for('badge-elements:settings'));

const page: BadgeSettings = { cache: createCache() };
const listeners = new Set<() => void>();

/**
 * Sets page-wide defaults for every badge element, once:
 * ```js
 * import { configure } from 'badge-elements';
 * configure({ proxy: 'https://cors.example/?url=', locale: 'fr' });
 * ```
 * Elements already on the page pick the change up and verify again.
 */
export function configure(settings: Partial<BadgeSettings>): void {
  Object.assign(page, settings);
  if (!page.cache) page.cache = createCache();
  for (const l of listeners) l();
}

/** The current page-wide settings (a live object; do not mutate, use configure()). */
export function pageSettings(): BadgeSettings {
  return page;
}

/**
 * The settings an element verifies with, in the order above: configure() ← `context` (what the
 * nearest <badge-wall> provides) ← `own` (the element's attributes and properties). A value that is
 * not set (undefined, null, empty text) does not override the one below it.
 */
export function resolveSettings(context: Partial<BadgeSettings> | undefined, own: Partial<BadgeSettings>): BadgeSettings {
  const merged = { ...page } as unknown as Record<string, unknown>;
  for (const layer of [context, own]) {
    if (layer) for (const [k, v] of Object.entries(layer)) if (v !== undefined && v !== null && v !== '') merged[k] = v;
  }
  return merged as unknown as BadgeSettings;
}

/** Called by elements to re-verify when configure() changes the page settings. Returns an unsubscribe function. */
export function onSettingsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Turns settings into verify() options. */
export function toVerifyOptions(s: BadgeSettings, signal?: AbortSignal): VerifyOptions {
  return {
    fetch: s.fetch,
    proxy: s.proxy,
    trustedIssuers: s.trustedIssuers,
    registries: s.registries,
    now: s.now,
    timeout: s.timeout,
    maxBytes: s.maxBytes,
    documents: s.documents,
    contextOrigins: s.contextOrigins,
    cache: s.cache,
    signal,
  };
}
