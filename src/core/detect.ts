// What is this? Classifies what loadInput() found: baked PNG/SVG → the text inside; compact JWS →
// OB 2.0 signed or VC-JWT; JSON → OB 2.0 / 1.x assertion, VC / VP (OB 3.0, CLR 2.0), Blockcerts.
// Anything else (a BadgeClass, an Issuer, random JSON) is `not-a-credential`.

import { BadgeError } from './errors.js';
import { JWS_RE, loadInput, type Found } from './load.js';
import type { Detected, JsonObject, VerifyContext } from './options.js';
import { DEFAULT_MAX_BYTES } from './load.js';
import { isPng, looksLikeSvg } from './formats/sniff.js';
import { base64UrlDecode, base64UrlToUtf8 } from './keys/base64url.js';
import { asArray, isObj, typesOf } from './json.js';

export type { Found } from './load.js';

type Baked = NonNullable<Detected['baked']>;

const OB2_CONTEXT_RE = /^https?:\/\/w3id\.org\/openbadges(\/|#|$)/i;
const OB2_V2_CONTEXT = 'https://w3id.org/openbadges/v2';
const VC_CONTEXTS = ['https://www.w3.org/2018/credentials/v1', 'https://www.w3.org/ns/credentials/v2'];
const BLOCKCERTS_CONTEXT_RE = /^https:\/\/w3id\.org\/blockcerts\//i;

function contextsOf(doc: JsonObject): string[] {
  return asArray(doc['@context']).filter((c): c is string => typeof c === 'string');
}

/** base64url → bytes; throws `malformed`. */
export function base64UrlToBytes(s: string): Uint8Array {
  try {
    return base64UrlDecode(s);
  } catch (e) {
    throw new BadgeError('malformed', 'Not base64url text.', { cause: e });
  }
}

/** The `index`th dot-separated part of a compact JWS (no array of parts is made). */
function jwsPart(jws: string, index: 0 | 1): string {
  const dot1 = jws.indexOf('.');
  if (index === 0) return dot1 < 0 ? jws : jws.slice(0, dot1);
  if (dot1 < 0) return '';
  const dot2 = jws.indexOf('.', dot1 + 1);
  return dot2 < 0 ? jws.slice(dot1 + 1) : jws.slice(dot1 + 1, dot2);
}

/** `checked`: the whole JWS already matched JWS_RE, so its parts are base64url. */
function decodeHeader(jws: string, checked: boolean): JsonObject {
  let value: unknown;
  try {
    value = JSON.parse(base64UrlToUtf8(jwsPart(jws, 0), checked));
  } catch (e) {
    throw new BadgeError('malformed', 'The JWT header is not JSON.', { cause: e });
  }
  if (!isObj(value) || typeof value.alg !== 'string') throw new BadgeError('malformed', 'The JWT header is not a JSON object naming its algorithm (`alg`).');
  return value;
}

function decodePayload(jws: string, checked: boolean): JsonObject {
  let value: unknown;
  try {
    value = JSON.parse(base64UrlToUtf8(jwsPart(jws, 1), checked));
  } catch (e) {
    throw new BadgeError('malformed', 'The JWT payload is not JSON.', { cause: e });
  }
  if (!isObj(value)) throw new BadgeError('malformed', 'The JWT payload is not a JSON object.');
  return value;
}

/** Decodes a compact JWS protected header as a JSON object with an `alg`; throws `malformed`. */
export function decodeJwsHeader(jws: string): JsonObject {
  return decodeHeader(jws, false);
}

/** Decodes a compact JWS payload as a JSON object; throws `malformed`. */
export function decodeJwsPayload(jws: string): JsonObject {
  return decodePayload(jws, false);
}

/** Classifies what was found. Throws BadgeError (`malformed`, `not-a-credential`, `too-large`, load errors). */
export async function detect(found: Found, ctx: VerifyContext, depth = 0): Promise<Detected> {
  ctx.signal?.throwIfAborted();
  const maxBytes = ctx.options.maxBytes ?? DEFAULT_MAX_BYTES;
  const now = detectNow(found, ctx); // a parsed object, or a JWS loadInput() has matched
  if (now) return now;
  if (found.text !== undefined) return classifyText(found.text, ctx, { url: found.url }, depth);
  const bytes = found.bytes;
  if (!bytes) throw new BadgeError('not-a-credential', 'Nothing to verify.');
  if (isPng(bytes)) {
    const { extractFromPng } = await import('./formats/baked-png.js');
    const png = await extractFromPng(bytes, maxBytes);
    return classifyText(png.text, ctx, { url: found.url, baked: { type: 'png', bytes } }, depth);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch (e) {
    if (/^image\//i.test(found.contentType ?? ''))
      throw new BadgeError('not-a-credential', 'This image format cannot carry a badge (only PNG and SVG can).', { url: found.url });
    throw new BadgeError('malformed', 'The data is neither text nor a PNG image.', { url: found.url, cause: e });
  }
  return classifyText(text, ctx, { url: found.url, bytes }, depth);
}

interface Origin {
  url?: string;
  baked?: Baked;
  /** The bytes the text came from (kept as the baked SVG for downloads). */
  bytes?: Uint8Array;
}

async function classifyText(input: string, ctx: VerifyContext, from: Origin, depth: number): Promise<Detected> {
  const text = input.trim();
  if (!from.baked && looksLikeSvg(text)) {
    const { extractFromSvg } = await import('./formats/baked-svg.js');
    const svg = extractFromSvg(text);
    const baked: Baked = { type: 'svg', bytes: from.bytes ?? new TextEncoder().encode(input) };
    // A JWS in `verify` is the credential (signed); otherwise the body; a bare hosted URL last.
    const chosen = svg.verify && JWS_RE.test(svg.verify) ? svg.verify : (svg.body ?? svg.verify);
    if (!chosen) throw new BadgeError('malformed', 'The badge element in this SVG is empty.', { url: from.url });
    return classifyText(chosen, ctx, { ...from, baked }, depth);
  }
  if (JWS_RE.test(text)) return classifyJws(text, from);
  if (text.startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw new BadgeError('malformed', `The JSON could not be read: ${e instanceof Error ? e.message : String(e)}`, { url: from.url, cause: e });
    }
    if (!isObj(value)) throw new BadgeError('not-a-credential', 'The JSON is not an object.', { url: from.url });
    return classifyJson(value, from, text);
  }
  if (/^https?:\/\/\S+$/i.test(text) && depth < 2) {
    // A baked value that is only a URL (OB 1.0 tEXt, OB 2.0 hosted): load what it points to.
    const next = await loadInput(text, ctx);
    const d = await detect(next, ctx, depth + 1);
    return from.baked ? { ...d, baked: from.baked } : d;
  }
  if (from.baked) throw new BadgeError('malformed', 'The text baked into this image is not a credential.', { url: from.url });
  throw new BadgeError('not-a-credential', 'This is not a credential (not JSON, a JWT or a baked image).', { url: from.url });
}

/** A compact JWS (`text` has matched JWS_RE): OB 2.0 signed or VC-JWT. */
function classifyJws(text: string, from: Origin): Detected {
  const header = decodeHeader(text, true);
  const payload = decodePayload(text, true);
  const ob2 = contextsOf(payload).includes(OB2_V2_CONTEXT);
  // VC-JWT: the credential is the `vc` claim (VC-JWT 1.1) or the payload itself (VC-JOSE 2.0).
  // A JWT that carries neither a credential nor an OB 2.0 assertion is some other token.
  if (!ob2) {
    const claim = isObj(payload.vc) ? payload.vc : isObj(payload.vp) ? payload.vp : payload;
    try {
      familyOf(claim, from);
    } catch (e) {
      if (e instanceof BadgeError)
        throw new BadgeError('not-a-credential', 'This JWT carries no credential (no `vc` claim and no credential in its payload).', { url: from.url });
      throw e;
    }
  }
  return { family: ob2 ? 'ob2' : 'vc', encoding: 'jwt', document: payload, header, jwt: text, raw: text, ...origin(from) };
}

/**
 * detect() without waiting, for what needs nothing fetched or inflated: a parsed object, or a JWS that
 * loadInput() has matched. undefined for anything else (then detect() it). Throws as detect() does.
 */
export function detectNow(found: Found, ctx: VerifyContext): Detected | undefined {
  if (!found.json && !(found.text !== undefined && found.jws === true)) return undefined;
  ctx.signal?.throwIfAborted();
  return found.json ? classifyJson(found.json, { url: found.url }) : classifyJws(found.text!, { url: found.url });
}

function origin(from: Origin): Pick<Detected, 'url' | 'baked'> {
  return { ...(from.url ? { url: from.url } : {}), ...(from.baked ? { baked: from.baked } : {}) };
}

/** True for an OB 2.0 / 1.x Assertion (not a BadgeClass, Issuer, key or list). */
export function isOb2Assertion(doc: JsonObject): boolean {
  const ctxs = contextsOf(doc);
  const types = typesOf(doc);
  const ob2Context = ctxs.some((c) => OB2_CONTEXT_RE.test(c));
  const verify = doc.verify;
  // OB 1.0: no @context, a `verify` object {type: 'hosted'|'signed', url}.
  const legacy = isObj(verify) && (typeof verify.url === 'string' || verify.type === 'hosted' || verify.type === 'signed');
  if (!ob2Context && !legacy) return false;
  if (types.some((t) => /(^|:)Assertion$/.test(t))) return true;
  // A wrong or missing type still looks like an assertion when it carries an assertion's parts:
  // verifyOb2 then reports the format problem instead of "not a badge".
  const nonAssertion = types.some((t) =>
    /(^|:)(BadgeClass|Issuer|Profile|CryptographicKey|RevocationList|Endorsement|AlignmentObject|Criteria|Evidence|Image)$/.test(t),
  );
  if (nonAssertion) return false;
  return legacy || ('recipient' in doc && ('badge' in doc || 'verification' in doc));
}

/** Deeper than any credential a spec describes (OB 3.0 CLRs nest about 10 levels), far below a stack overflow. */
export const MAX_DEPTH = 100;

/** True when `value` nests objects/arrays more than `limit` levels deep (iterative: no recursion to overflow). */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    if (depth >= limit) return true;
    seen.add(v);
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

function classifyJson(doc: JsonObject, from: Origin, raw?: string): Detected {
  if (nestsDeeperThan(doc, MAX_DEPTH))
    throw new BadgeError('malformed', `The JSON nests more than ${MAX_DEPTH} levels deep; no credential does.`, { url: from.url });
  const family = familyOf(doc, from);
  const text = raw ?? safeStringify(doc);
  return { family, encoding: 'json' as const, document: doc, ...(text !== undefined ? { raw: text } : {}), ...origin(from) };
}

/** Which verifier a JSON document goes to; throws `not-a-credential`. */
function familyOf(doc: JsonObject, from: Origin): Detected['family'] {
  const ctxs = contextsOf(doc);
  const types = typesOf(doc);
  const proofs = asArray(doc.proof ?? doc.signature).filter(isObj);
  if (
    types.includes('BlockcertsCredential') ||
    ctxs.some((c) => BLOCKCERTS_CONTEXT_RE.test(c)) ||
    proofs.some((p) => p.type === 'MerkleProof2019' || p.type === 'MerkleProof2017')
  ) {
    return 'blockcerts';
  }
  if (isOb2Assertion(doc)) return 'ob2';
  if (ctxs.some((c) => VC_CONTEXTS.includes(c)) || types.includes('VerifiableCredential') || types.includes('VerifiablePresentation')) {
    return 'vc';
  }
  const what = types[0] ? `a ${types[0]}` : ctxs.some((c) => OB2_CONTEXT_RE.test(c)) ? 'an Open Badges object' : 'JSON';
  throw new BadgeError('not-a-credential', `This is ${what}, not a badge credential.`, { url: from.url });
}

function safeStringify(doc: JsonObject): string | undefined {
  try {
    return JSON.stringify(doc);
  } catch {
    return undefined;
  }
}
