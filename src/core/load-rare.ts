// The loader's rare paths, a chunk of their own: a web page that links its credential (<link
// rel="alternate">) and data: URLs. Most badges are JSON or a JWT at their own address.

import { BadgeError } from './errors.js';
import { tooLarge, type Found } from './load.js';

const HTML_ALTERNATE_TYPES = /^(application\/ld\+json|application\/json|application\/vc\+jwt|application\/vc\+ld\+json|application\/jwt|application\/vc)\b/i;

/** The credential a badge page links, as an absolute URL (`base`: where the page was answered). */
export function alternateOf(bytes: Uint8Array, base: string, url: string): string {
  const href = findAlternateLink(new TextDecoder().decode(bytes));
  if (!href) throw new BadgeError('not-a-credential', `${url} is a web page that links no credential.`, { url });
  try {
    return new URL(href, base).href;
  } catch (e) {
    throw new BadgeError('malformed', `${url} links a credential at an invalid address.`, { url, cause: e });
  }
}

/** DOM-free scan for `<link rel="alternate" type="…json|jwt…" href="…">`. Returns the raw href. */
export function findAlternateLink(html: string): string | undefined {
  const tags = html.match(/<link\b[^>]*>/gi) ?? [];
  for (const tag of tags) {
    const attrs: Record<string, string> = {};
    for (const m of tag.matchAll(/([a-zA-Z-:]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
      attrs[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
    }
    const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('alternate') && HTML_ALTERNATE_TYPES.test(attrs.type ?? '') && attrs.href) return attrs.href.trim();
  }
  return undefined;
}

/** The XML/HTML predefined entities and numeric character references. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (all, name: string) => {
    const n = name.toLowerCase();
    if (n === 'amp') return '&';
    if (n === 'lt') return '<';
    if (n === 'gt') return '>';
    if (n === 'quot') return '"';
    if (n === 'apos') return "'";
    const code = n.startsWith('#x') ? parseInt(n.slice(2), 16) : parseInt(n.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

export function decodeDataUrl(s: string, maxBytes: number): Found {
  const comma = s.indexOf(',');
  if (comma < 0) throw new BadgeError('malformed', 'The data: URL has no data.');
  const meta = s.slice(5, comma);
  const data = s.slice(comma + 1);
  const isBase64 = /;base64$/i.test(meta);
  const contentType = meta.replace(/;base64$/i, '') || 'text/plain';
  let bytes: Uint8Array;
  try {
    if (isBase64) {
      const bin = atob(data.replace(/\s+/g, ''));
      bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    } else {
      bytes = new TextEncoder().encode(decodeURIComponent(data));
    }
  } catch (e) {
    throw new BadgeError('malformed', 'The data: URL could not be decoded.', { cause: e });
  }
  if (bytes.byteLength > maxBytes) throw tooLarge(undefined, maxBytes);
  return { bytes, contentType };
}
