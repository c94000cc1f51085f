// What a <badge-wall> can read, recognised by shape. DOM-free and pure (but fetchSource, at the end, which reads a list from the network): takes parsed JSON, returns
// the list of things to verify. Nothing is verified here; every item is verified on its own later,
// so one hostile entry can only ever spoil its own tile.
//
// Accepted, in the order they are tried:
//  1. Portfolio JSON (this library's format): {name?, owner?, description?, badges: [entry, …]}
//  2. A bare array: [entry, …]
//  3. A Verifiable Presentation (type VerifiablePresentation): its `verifiableCredential` (object,
//     compact JWT string, or an array of them); the holder becomes the owner.
//  4. A CLR 2.0 ClrCredential (type ClrCredential): `credentialSubject.verifiableCredential`
//     (the nested AchievementCredentials); the CLR name becomes the title.
//  5. Open Badges 2.0 backpack / collection exports:
//     - Mozilla Backpack displayer groups: {badges: [{hostedUrl?, assertion: {...}}]}
//     - Badgr v1 earner exports: [{json: {...assertion}, …}] or {badges: [{json: …}]}
//     - Badgr v2 API answers: {result: [{openBadgeId: url, …}]} (also `status` beside it)
//     - Open Badges 2.0 / Badgr collections: {name, badges|assertions: [url | assertion | {id: url}]}
// An entry is a URL string (credential JSON, JWT or baked image), a compact JWT, an object
// credential, or an export wrapper ({assertion}, {json}, {openBadgeId}, {hostedUrl}, {url}, {src}).

/** One thing to verify. `input` goes to core verify() as is. */
export interface WallItem {
  /** Stable within one source: the URL, the credential id, or the position. */
  key: string;
  input: string | Record<string, unknown>;
  /** The public URL of the badge, when known (shown in print and in error tiles). */
  url?: string;
}

export type WallSourceKind = 'portfolio' | 'list' | 'presentation' | 'clr' | 'ob2-backpack' | 'badgr';

export interface WallSource {
  kind: WallSourceKind;
  name?: string;
  owner?: string;
  description?: string;
  items: WallItem[];
}

import { asArray, isObj as isObject } from '../../core/json.js';
import { createVerifyContext, type VerifyOptions } from '../../core/index.js';
import { base64UrlDecode } from '../../core/keys/multibase.js';

type Json = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const types = (v: Json): string[] => asArray(v.type ?? v['@type']).filter((t): t is string => typeof t === 'string');

const JWT = /^[\w-]+\.[\w-]+\.[\w-]*$/;
const isUrl = (s: string): boolean => /^(https?:|data:|blob:)/i.test(s) || s.startsWith('/') || s.startsWith('./') || s.startsWith('../');

/** A name from a string or a {name} object (VC `holder`, OB `issuer`, …). */
function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return str(v);
  if (isObject(v)) return str(v.name) ?? str(v.id);
  return undefined;
}

/** Resolves a relative URL against the source's own URL, when there is one. */
function resolve(url: string, base?: string): string {
  if (!base || /^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/**
 * One entry of any accepted list → an item, or undefined for entries that cannot be a credential
 * (numbers, empty strings): those are dropped with a count in `skipped`, never thrown.
 */
export function toItem(entry: unknown, index: number, base?: string): WallItem | undefined {
  if (typeof entry === 'string') {
    const s = entry.trim();
    if (!s) return undefined;
    if (JWT.test(s)) return { key: `jwt:${index}:${s.slice(-16)}`, input: s };
    if (s.startsWith('{')) {
      try {
        const parsed: unknown = JSON.parse(s);
        return isObject(parsed) ? toItem(parsed, index, base) : undefined;
      } catch {
        return { key: `text:${index}`, input: s }; // core reports it as malformed, in its own tile
      }
    }
    if (isUrl(s) || base) {
      const url = resolve(s, base);
      return { key: url, input: url, url };
    }
    return { key: `text:${index}`, input: s };
  }
  if (!isObject(entry)) return undefined;
  // Export wrappers: prefer the issuer's copy (a URL) over an embedded snapshot that may be stale.
  const wrapperUrl = str(entry.openBadgeId) ?? str(entry.hostedUrl) ?? str(entry.src) ?? str(entry.url);
  const isCredential = '@context' in entry || 'proof' in entry || 'credentialSubject' in entry || ('badge' in entry && 'recipient' in entry);
  if (!isCredential) {
    if (wrapperUrl) return toItem(wrapperUrl, index, base);
    const inner = entry.assertion ?? entry.json ?? entry.credential;
    if (inner !== undefined) return toItem(inner, index, base);
    // {id: url} alone: a reference (OB 2.0 collections list assertions this way).
    const id = str(entry.id);
    if (id && Object.keys(entry).length <= 2 && /^https?:/i.test(id)) return toItem(id, index, base);
  }
  const id = str(entry.id);
  // A hosted OB 2.0 assertion's id is its public URL; a VC id is usually urn:uuid.
  const url = id && /^https?:/i.test(id) ? id : undefined;
  return { key: id ? `id:${id}` : `object:${index}`, input: entry, url };
}

function itemsOf(list: unknown[], base?: string): WallItem[] {
  const items: WallItem[] = [];
  const seen = new Set<string>();
  list.forEach((entry, i) => {
    const item = toItem(entry, i, base);
    if (!item) return;
    // Keys must be unique (they key the rendered tiles); a badge listed twice is shown twice.
    let key = item.key;
    for (let n = 2; seen.has(key); n++) key = `${item.key}#${n}`;
    seen.add(key);
    items.push({ ...item, key });
  });
  return items;
}

/**
 * Reads any accepted source. `base` is the URL the source came from (relative entries resolve
 * against it). Throws a TypeError with a plain message when the shape is not recognised.
 */
export function parseSource(value: unknown, base?: string): WallSource {
  if (typeof value === 'string') {
    const s = value.trim();
    if (s.startsWith('{') || s.startsWith('[')) return parseSource(JSON.parse(s) as unknown, base);
    if (JWT.test(s)) return parseSource(decodeJwtPayload(s), base);
    throw new TypeError('This is not a badge list: expected JSON.');
  }
  if (Array.isArray(value)) return { kind: 'list', items: itemsOf(value, base) };
  if (!isObject(value)) throw new TypeError('This is not a badge list.');

  // VC-JWT presentations carry the presentation in `vp` (VCDM 1.1 JWT).
  if (isObject(value.vp)) return parseSource(value.vp, base);
  const t = types(value);
  if (t.includes('VerifiablePresentation')) {
    return {
      kind: 'presentation',
      name: str(value.name),
      owner: nameOf(value.holder),
      description: str(value.description),
      items: itemsOf(asArray(value.verifiableCredential), base),
    };
  }
  if (t.includes('ClrCredential') || t.includes('CLRCredential')) {
    const subject = (Array.isArray(value.credentialSubject) ? value.credentialSubject[0] : value.credentialSubject) as unknown;
    const s = isObject(subject) ? subject : {};
    return {
      kind: 'clr',
      name: nameOf(value.name),
      owner: str(s.name),
      description: str(value.description),
      items: itemsOf(asArray(s.verifiableCredential), base),
    };
  }
  // Badgr v2 API: {status: {...}, result: [assertion, …]}
  if (Array.isArray(value.result)) return { kind: 'badgr', items: itemsOf(value.result, base) };
  const list = value.badges ?? value.assertions ?? value.credentials;
  if (Array.isArray(list)) {
    const exportShaped = list.some((b) => isObject(b) && ('assertion' in b || 'json' in b || 'hostedUrl' in b || 'openBadgeId' in b));
    return {
      kind: exportShaped ? (list.some((b) => isObject(b) && 'json' in b) ? 'badgr' : 'ob2-backpack') : 'portfolio',
      name: str(value.name) ?? str(value.title),
      owner: nameOf(value.owner) ?? nameOf(value.holder) ?? str(value.userName),
      description: str(value.description),
      items: itemsOf(list, base),
    };
  }
  throw new TypeError('This is not a badge list: expected {badges: […]}, an array, a presentation or a CLR.');
}

function decodeJwtPayload(jwt: string): unknown {
  return JSON.parse(new TextDecoder().decode(base64UrlDecode(jwt.split('.')[1] ?? ''))) as unknown;
}

/** Fetches the badge list at `url` (absolute) with the wall's verify options (proxy, fetch, limits, signal) and reads it. */
export async function fetchSource(url: string, options: VerifyOptions): Promise<WallSource> {
  const res = await createVerifyContext(options).load(url, 'application/json, application/ld+json;q=0.9, */*;q=0.1');
  return parseSource(new TextDecoder().decode(res.bytes), url);
}
