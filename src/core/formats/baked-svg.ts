// Baked SVG: `<openbadges:credential>` (OB 3.0 §svg-baking, xmlns https://purl.imsglobal.org/ob/v3p0)
// or `<openbadges:assertion>` (OB 2.0 baking, xmlns http://openbadges.org). A `verify` attribute
// holds a compact JWS (or, OB 2.0, the hosted URL); otherwise the CDATA/text body is the JSON.
//
// DOM-free on purpose: a string scan, never DOMParser and never the document. The SVG is untrusted
// markup; we read one element out of it and nothing is ever parsed as XML, so entities are never
// expanded. Files that declare entities or an internal DTD subset are refused anyway (billion
// laughs, external entities): no honest badge needs them.

import { BadgeError } from '../errors.js';
import { decodeEntities } from '../load-rare.js';

const NAMESPACES = ['https://purl.imsglobal.org/ob/v3p0', 'http://openbadges.org', 'https://openbadges.org'];
const LOCAL_NAMES = ['credential', 'assertion'];

export interface SvgBadge {
  /** The `verify` attribute (a JWS or a URL), entity-decoded and trimmed. */
  verify?: string;
  /** The element's text/CDATA body, trimmed (CRLF kept as found). */
  body?: string;
  /** `credential` (OB 3.0) or `assertion` (OB 2.0). */
  element: string;
}

/** Finds the first badge element. Throws `malformed` (DTD/entities, broken markup) or `not-a-credential`. */
export function extractFromSvg(svg: string): SvgBadge {
  const text = svg.replace(/^\uFEFF/, '');
  refuseDtd(text);
  const prefixes = new Set(['openbadges']);
  for (const m of text.matchAll(/xmlns:([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    if (NAMESPACES.includes((m[2] ?? m[3] ?? '').trim())) prefixes.add(m[1]!);
  }
  let at = 0;
  while (at < text.length) {
    const lt = text.indexOf('<', at);
    if (lt < 0) break;
    if (text.startsWith('<!--', lt)) {
      at = skipPast(text, lt, '-->');
      continue;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      at = skipPast(text, lt, ']]>');
      continue;
    }
    if (text.startsWith('<?', lt)) {
      at = skipPast(text, lt, '?>');
      continue;
    }
    if (text.startsWith('<!', lt) || text.startsWith('</', lt)) {
      at = skipPast(text, lt, '>');
      continue;
    }
    const tag = readTag(text, lt);
    at = tag.end;
    const colon = tag.name.indexOf(':');
    if (colon < 0) continue;
    const prefix = tag.name.slice(0, colon);
    const local = tag.name.slice(colon + 1);
    if (!prefixes.has(prefix) || !LOCAL_NAMES.includes(local)) continue;
    const verify = tag.attrs.verify !== undefined ? decodeEntities(tag.attrs.verify).trim() : undefined;
    let body: string | undefined;
    if (!tag.selfClosing) body = readBody(text, tag.end, tag.name).trim();
    return { element: local, ...(verify ? { verify } : {}), ...(body ? { body } : {}) };
  }
  throw new BadgeError('not-a-credential', 'This SVG image carries no badge (no openbadges:credential or openbadges:assertion element).');
}

function refuseDtd(text: string): void {
  // Outside CDATA and comments only: a JSON body may legitimately mention these words.
  const outside = text.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  if (/<!ENTITY/i.test(outside)) throw new BadgeError('malformed', 'This SVG declares XML entities; badge images must not.');
  const doctype = /<!DOCTYPE\b([^>[]*)(\[)?/i.exec(outside);
  if (doctype?.[2]) throw new BadgeError('malformed', 'This SVG has an internal DTD subset; badge images must not.');
  if (doctype && /\bSYSTEM\b/i.test(doctype[1] ?? '') && !/\bPUBLIC\b/i.test(doctype[1] ?? '')) {
    throw new BadgeError('malformed', 'This SVG points to an external DTD; badge images must not.');
  }
}

function skipPast(text: string, from: number, end: string): number {
  const i = text.indexOf(end, from);
  if (i < 0) throw new BadgeError('malformed', 'The SVG markup is cut short.');
  return i + end.length;
}

interface Tag {
  name: string;
  attrs: Record<string, string>;
  selfClosing: boolean;
  end: number;
}

/** Reads `<name attr="v" …>` from `lt`, honouring quotes (a `>` inside an attribute value is text). */
function readTag(text: string, lt: number): Tag {
  const nameMatch = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(lt, lt + 256));
  if (!nameMatch) return { name: '', attrs: {}, selfClosing: false, end: lt + 1 };
  const name = nameMatch[1]!;
  const attrs: Record<string, string> = {};
  let i = lt + nameMatch[0].length;
  const attrRe = /\s*([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')|\s*(\/?>)|\s+/y;
  for (;;) {
    attrRe.lastIndex = i;
    const m = attrRe.exec(text);
    if (!m || m[0] === '') throw new BadgeError('malformed', `The SVG element <${name}> is broken.`);
    i = attrRe.lastIndex;
    if (m[5]) return { name, attrs, selfClosing: m[5] === '/>', end: i };
    if (m[1]) attrs[m[1]] = m[3] ?? m[4] ?? '';
  }
}

/** The text and CDATA inside the element, up to its closing tag (nested elements are skipped). */
function readBody(text: string, from: number, name: string): string {
  const close = `</${name}`;
  let out = '';
  let at = from;
  while (at < text.length) {
    const lt = text.indexOf('<', at);
    if (lt < 0) break;
    out += decodeEntities(text.slice(at, lt));
    if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt);
      if (end < 0) throw new BadgeError('malformed', 'The SVG CDATA section is not closed.');
      out += text.slice(lt + 9, end);
      at = end + 3;
    } else if (text.startsWith('<!--', lt)) {
      at = skipPast(text, lt, '-->');
    } else if (text.startsWith(close, lt)) {
      return out;
    } else {
      at = skipPast(text, lt, '>');
    }
  }
  throw new BadgeError('malformed', `The SVG element <${name}> is not closed.`);
}
