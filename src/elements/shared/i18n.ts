// Every UI string of the library (English here; the other languages in ./locales/, loaded on demand)
// and the locale helpers that pick a language for an element. Remote strings (badge names, messages from core) are never translated here;
// credential translations (Badge.translations) are picked by `localizedBadge()`.
//
// Language resolution for an element, most specific first:
//   its own `lang` attribute → the closest ancestor with `lang` (crossing shadow roots, so a card
//   inside a French <badge-wall lang="fr"> is French) → configure({locale}) → <html lang> →
//   navigator.language → English.

import type { Badge, CheckId, Outcome } from '../../core/model.js';
import type { enVerify } from './strings-verify.js';
import type { enIdentity } from './identity-step.js';
import type { enVerdict } from './verdict.js';
import type { enShare } from '../card/share-menu-controller.js';
import type { enFull } from '../card/full.js';
import type { enWall } from '../wall/strings.js';
import type { enWallHistory } from '../wall/strings-history.js';

const en = {
  'status.loading': 'Checking this badge…',
  'status.valid': 'Verified',
  'status.signatureValid': 'Signature valid',
  'status.invalid': 'Not valid',
  'status.indeterminate': 'Could not check',
  'status.error': 'Could not load this badge',
  'status.showReport': 'Show the verification report',
  'status.hideReport': 'Hide the verification report',

  'error.retry': 'Try again',
  'identity.claimed': '(claimed by the badge)',
  'identity.claimedTitle': 'Only the badge gives this name: no domain or registry confirms it.',

  'label.issuer': 'Issued by',
  'label.recipient': 'Awarded to',
  'label.skills': 'Skills',
  'label.type': 'Type',
  'label.unnamed': 'Untitled badge',

  'date.issued': 'Issued {date}',
  'date.validFrom': 'Valid from {date}',
  'date.validUntil': 'Valid until {date} ({relative})',
  'date.expiresOn': 'Expires on {date}',
  'date.expired': 'Expired on {date}: renewal needed',
  'date.renewed': 'Renewed on {date}, first earned {first}',

  'share.button': 'Share',
} as const;

/**
 * A message key of the catalogue: the English strings here, and those an element adds from its own
 * chunk (<badge-verify>: ./strings-verify.ts, <badge-wall>: ../wall/strings.ts, the report's identity step).
 */
export type MessageKey =
  | keyof typeof en
  | keyof typeof enVerdict
  | keyof typeof enShare
  | keyof typeof enFull
  | keyof typeof enVerify
  | keyof typeof enIdentity
  | keyof typeof enWall
  | keyof typeof enWallHistory;
/** One UI language: a string for every key of the English catalogue. */
export type Catalogue = Record<MessageKey, string>;

// English ships inline; every other language is its own module, import()ed the first time an element
// needs it, so an English page never downloads them (in the CDN build each is a ~2 KB gzipped chunk
// beside badge-elements.js; the catalogues were 9 of its 72 KB gzipped). Issue 7.
const loaders: Record<string, () => Promise<{ default: Catalogue }>> = {
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  de: () => import('./locales/de.js'),
  ar: () => import('./locales/ar.js'),
};

/** The shipped UI languages, by primary language subtag. */
export const supportedLanguages: readonly string[] = ['en', ...Object.keys(loaders)];

/**
 * Catalogues usable now: English, then each language once its module has loaded. English lacks the
 * strings of ./strings-verify.ts until an element that shows them adds them (addEnglish).
 */
const english = { ...en } as Record<string, string> as Catalogue;
const loaded: Record<string, Catalogue> = { en: english };

/** Adds English strings kept in an element's own module (./strings-verify.ts for <badge-verify>, ../wall/strings.ts for <badge-wall>). */
export function addEnglish(strings: Partial<Catalogue>): void {
  Object.assign(english, strings);
}
const loading = new Map<string, Promise<void>>();
/** Languages whose module failed to load (network, CSP): they stay English, with no retry storm. */
const failed = new Set<string>();

/** The shipped UI language for a tag: exact, then primary subtag, then `en`. */
function uiLanguageOf(tag: string): string {
  const lower = tag.toLowerCase();
  return supportedLanguages.includes(lower) ? lower : supportedLanguages.includes(primary(lower)) ? primary(lower) : 'en';
}

/**
 * `undefined` when `lang`'s UI strings are usable now (always for English, so English pages never
 * wait); otherwise the promise of loading them. The promise never rejects: a failed load leaves the
 * UI in English.
 */
export function localeReady(lang: string): Promise<void> | undefined {
  const ui = uiLanguageOf(safeTag(lang));
  if (loaded[ui] || failed.has(ui)) return undefined;
  let p = loading.get(ui);
  if (!p) {
    p = loaders[ui]!().then(
      (m) => {
        loaded[ui] = m.default;
        translators.clear(); // translators made before the load spoke English
      },
      () => {
        failed.add(ui);
      },
    );
    loading.set(ui, p);
  }
  return p;
}

/** Loads the UI strings for `lang` (a no-op for English and unshipped languages). */
export function loadLocale(lang: string): Promise<void> {
  return localeReady(lang) ?? Promise.resolve();
}

/** Every shipped catalogue, loaded (for tests and tooling; elements load only what they speak). */
export async function loadCatalogues(): Promise<Readonly<Record<string, Catalogue>>> {
  await Promise.all(supportedLanguages.map(loadLocale));
  addEnglish((await import('./strings-verify.js')).enVerify);
  addEnglish((await import('./identity-step.js')).enIdentity);
  addEnglish((await import('./verdict.js')).enVerdict);
  addEnglish((await import('../card/share-menu-controller.js')).enShare);
  addEnglish((await import('../card/full.js')).enFull);
  addEnglish((await import('../wall/strings.js')).enWall);
  addEnglish((await import('../wall/strings-history.js')).enWallHistory);
  return { ...loaded };
}

/** How long an element holds its update for its language's strings before it renders in English. */
const LOCALE_WAIT_MS = 3000;

/**
 * For an element's `scheduleUpdate()`: holds the update until the element's UI language is loaded,
 * so a French page never flashes English text. `undefined` (update runs now, as before the split)
 * for English and loaded languages. On a very slow network the element renders in English after
 * LOCALE_WAIT_MS and again in its language when the strings land.
 */
export function whenLocaleReady(el: { requestUpdate(): void }, lang: string): Promise<void> | undefined {
  const ready = localeReady(lang);
  if (!ready) return undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), LOCALE_WAIT_MS)));
  return Promise.race([ready.then(() => false), late]).then((timedOut) => {
    clearTimeout(timer);
    if (timedOut) void ready.then(() => el.requestUpdate());
  });
}

const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** `rtl` for right-to-left scripts (Arabic, Hebrew, Persian, Urdu, …), else `ltr`. */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  return RTL.has(primary(lang)) ? 'rtl' : 'ltr';
}

function primary(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * The language an element should speak, most specific first: its own `lang` attribute, the
 * closest ancestor with `lang` (crossing shadow roots), the page-wide `configure({locale})`,
 * `<html lang>`, `navigator.language`, then `en`.
 */
export function resolveLang(el: Element, configured?: string): string {
  const own = el.getAttribute('lang');
  if (own) return own;
  let node: Element | null = parentAcrossShadow(el);
  while (node && node !== document.documentElement) {
    const v = node.getAttribute('lang');
    if (v) return v;
    node = parentAcrossShadow(node);
  }
  return configured || document.documentElement.lang || (typeof navigator !== 'undefined' ? navigator.language : '') || 'en';
}

function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Everything an element needs to speak one language. */
export interface Translator {
  /** The BCP 47 tag asked for (used for Intl and credential translations). */
  readonly lang: string;
  /** The catalogue actually used (`en` when the language is not shipped). */
  readonly uiLang: string;
  readonly dir: 'ltr' | 'rtl';
  /** A UI string with `{name}` placeholders filled (values are plain text). */
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  /** "3 May 2025" (long date in the language). Undefined for unreadable dates. */
  date(iso: string | undefined): string | undefined;
  /** "in 12 days", "3 months ago", relative to `now`. */
  relative(iso: string, now: Date): string | undefined;
}

const translators = new Map<string, Translator>();

/**
 * A translator for `lang` (any BCP 47 tag; falls back by primary language, then to English).
 * Cached per tag: Intl formatters are costly to build and a wall renders many cards.
 */
export function translator(lang: string): Translator {
  let t = translators.get(lang);
  if (!t) {
    t = createTranslator(lang);
    if (translators.size > 50) translators.clear();
    translators.set(lang, t);
  }
  return t;
}

let warmed = false;

/**
 * Pays the page's one-time Intl set-up in a task of its own, soon after the first badge element is in
 * the page: the first Intl object of a renderer loads ICU's data (40-60 ms on the 2-core test VM, whichever
 * formatter comes first) and the first DateTimeFormat its patterns (6-11 ms). Paid inside a lazy chunk's
 * evaluation or a first render, it made one task of 90+ ms of the two; here it runs while that chunk and
 * the first badge are still on the network. The formatter made here is the one the translator reuses.
 */
export function warmIntl(lang: string): void {
  if (warmed) return;
  warmed = true;
  setTimeout(() => void translator(lang).date('2000-01-01'));
}

function createTranslator(lang: string): Translator {
  const tag = safeTag(lang);
  const wanted = uiLanguageOf(tag);
  const uiLang = loaded[wanted] ? wanted : 'en'; // not loaded yet (see localeReady): English, honestly labelled
  const cat = loaded[uiLang]!;
  // Made on first use: building an Intl formatter loads its locale data (the first DateTimeFormat
  // of a page took ~100 ms of the wall's first render in bench-wall --profile, before any date was
  // shown), and most cards never show a relative date.
  let dateFormat: Intl.DateTimeFormat | undefined;
  let rtf: Intl.RelativeTimeFormat | undefined;
  return {
    lang: tag,
    uiLang,
    dir: directionOf(uiLang === 'en' ? tag : uiLang),
    t(key, vars) {
      const text = cat[key] ?? english[key] ?? key;
      return vars ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : text;
    },
    date(iso) {
      const d = parseDate(iso);
      return d ? (dateFormat ??= new Intl.DateTimeFormat(tag, { dateStyle: 'long' })).format(d) : undefined;
    },
    relative(iso, now) {
      const d = parseDate(iso);
      if (!d) return undefined;
      const days = (d.getTime() - now.getTime()) / 86_400_000;
      const abs = Math.abs(days);
      rtf ??= new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
      if (abs < 1) return rtf.format(Math.round(days * 24), 'hour');
      if (abs < 45) return rtf.format(Math.round(days), 'day');
      if (abs < 365) return rtf.format(Math.round(days / 30.44), 'month');
      return rtf.format(Math.round(days / 365.25), 'year');
    },
  };
}

/** A tag Intl accepts: invalid tags (`lang="x y"`) become `en`. */
function safeTag(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang || 'en')[0] ?? 'en';
  } catch {
    return 'en';
  }
}

function parseDate(iso: string | undefined): Date | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** A check's display name ("Signature"), its plain-words explanation and failure/unknown reason. */
export function checkTitle(t: Translator, id: CheckId): string {
  return hasKey(`check.${id}`) ? t.t(`check.${id}` as MessageKey) : id;
}

export function checkExplanation(t: Translator, id: CheckId): string {
  return t.t(hasKey(`explain.${id}`) ? (`explain.${id}` as MessageKey) : 'explain.other');
}

export function outcomeLabel(t: Translator, outcome: Outcome): string {
  return t.t(`outcome.${outcome}` as MessageKey);
}

export function outcomeMeaning(t: Translator, outcome: Outcome): string {
  return t.t(`meaning.${outcome}` as MessageKey);
}

/** True when the catalogue has this key. */
export function hasKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(english, key);
}

/**
 * The credential's own fields in the page language, when it carries translations
 * (OB 2.0 @language maps, VC 2.0 language value objects): exact tag, then primary language,
 * then the credential's main language.
 */
export function localizedBadge(badge: Badge, lang: string): { name: string; description?: string; criteria?: string; lang?: string } {
  const base = { name: badge.name, description: badge.description, criteria: badge.criteria?.narrative, lang: badge.language };
  const tr = badge.translations;
  if (!tr) return base;
  const want = lang.toLowerCase();
  const key = Object.keys(tr).find((k) => k.toLowerCase() === want) ?? Object.keys(tr).find((k) => primary(k) === primary(want));
  if (!key) return base;
  const found = tr[key]!;
  return {
    name: found.name ?? base.name,
    description: found.description ?? base.description,
    criteria: found.criteria ?? base.criteria,
    lang: key,
  };
}
