// A tiny, SAFE Markdown renderer for criteria and descriptions, returning lit templates.
// Every piece of the source ends up in a text node or an attribute binding: raw HTML is shown as
// text, never parsed. Links go through the one allow-list (http, https, mailto); any other
// link (javascript:, data:, relative) keeps its text and loses its href.
//
// Supported: paragraphs, line breaks inside a paragraph, # headings, - * + and 1. lists,
// ``` fenced code, `code`, **strong** / __strong__, *em* / _em_, [text](url) and <https://auto.links>.
// Not supported on purpose: images (a credential author must not make the visitor's browser
// fetch arbitrary URLs from inside text), tables, raw HTML.

import { html, nothing, type TemplateResult } from 'lit';
import { heading as headingTag } from './heading.js';
import { safeLinkUrl } from './safe-url.js';

export interface MarkdownOptions {
  /** The heading level a `#` heading becomes (so criteria headings fit the page outline). Default 4. */
  headingLevel?: number;
  /** Longer input is cut (the rest shown as nothing). Default 20 000 characters. */
  maxLength?: number;
}

type Inline = TemplateResult | string;

/** Renders Markdown `source` to lit templates. Non-strings render nothing. */
export function renderMarkdown(source: unknown, options: MarkdownOptions = {}): TemplateResult | typeof nothing {
  if (typeof source !== 'string' || !source.trim()) return nothing;
  const text = source.slice(0, options.maxLength ?? 20_000).replace(/\r\n?/g, '\n');
  const base = Math.min(6, Math.max(1, options.headingLevel ?? 4));
  return html`${blocks(text, base)}`;
}

function blocks(text: string, base: number): TemplateResult[] {
  const out: TemplateResult[] = [];
  const lines = text.split('\n');
  let i = 0;
  let para: string[] = [];
  const flush = () => {
    if (para.length) out.push(html`<p>${inlineLines(para)}</p>`);
    para = [];
  };
  while (i < lines.length) {
    const line = lines[i]!;
    if (!line.trim()) {
      flush();
      i++;
      continue;
    }
    const fence = /^\s*(```|~~~)/.exec(line);
    if (fence) {
      flush();
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i]!.trim().startsWith(fence[1]!)) body.push(lines[i++]!);
      i++; // closing fence
      out.push(html`<pre><code>${body.join('\n')}</code></pre>`);
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      out.push(headingTag(Math.min(6, base + heading[1]!.length - 1), inline(heading[2]!)));
      i++;
      continue;
    }
    const item = listItem(line);
    if (item) {
      flush();
      const ordered = item.ordered;
      const items: string[][] = [];
      while (i < lines.length) {
        const l = lines[i]!;
        const it = listItem(l);
        if (it && it.ordered === ordered) {
          items.push([it.text]);
        } else if (l.trim() && /^\s{2,}/.test(l) && items.length) {
          items[items.length - 1]!.push(l.trim()); // continuation line
        } else break;
        i++;
      }
      const lis = items.map((lines) => html`<li>${inlineLines(lines)}</li>`);
      out.push(ordered ? html`<ol>${lis}</ol>` : html`<ul>${lis}</ul>`);
      continue;
    }
    para.push(line.trim());
    i++;
  }
  flush();
  return out;
}

function listItem(line: string): { ordered: boolean; text: string } | undefined {
  const m = /^\s{0,3}(?:([-*+])|(\d{1,9})[.)])\s+(.*)$/.exec(line);
  if (!m) return undefined;
  return { ordered: !m[1], text: m[3]! };
}

function inlineLines(lines: string[]): Inline[] {
  const out: Inline[] = [];
  lines.forEach((l, n) => {
    if (n > 0) out.push(l.endsWith('  ') || lines[n - 1]!.endsWith('  ') ? html`<br />` : ' ');
    out.push(...inline(l.trim()));
  });
  return out;
}

// One alternation; the earliest match wins, the text before it stays text.
const INLINE =
  /`([^`\n]+)`|\[([^\]\n]+)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"\n]*")?\s*\)|<((?:https?|mailto):[^>\s]+)>|\*\*(.+?)\*\*|__(.+?)__|\*([^*\s](?:[^*\n]*[^*\s])?)\*|(?<![\w])_([^_\s](?:[^_\n]*[^_\s])?)_(?![\w])/;

/** Inline Markdown → text and element templates. Depth-limited (emphasis in emphasis in …). */
export function inline(text: string, depth = 0): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  while (rest) {
    const m = depth < 8 ? INLINE.exec(rest) : null;
    if (!m) {
      out.push(rest);
      break;
    }
    if (m.index > 0) out.push(rest.slice(0, m.index));
    rest = rest.slice(m.index + m[0].length);
    if (m[1] !== undefined) out.push(html`<code>${m[1]}</code>`);
    else if (m[2] !== undefined) out.push(link(m[3]!, inline(m[2], depth + 1)));
    else if (m[4] !== undefined) out.push(link(m[4], [m[4]]));
    else if (m[5] !== undefined || m[6] !== undefined) out.push(html`<strong>${inline((m[5] ?? m[6])!, depth + 1)}</strong>`);
    else out.push(html`<em>${inline((m[7] ?? m[8])!, depth + 1)}</em>`);
  }
  return out;
}

function link(href: string, content: Inline[]): Inline {
  const safe = safeLinkUrl(href);
  if (!safe) return html`<span class="unsafe-link">${content}</span>`;
  return html`<a href=${safe} rel="noopener noreferrer nofollow ugc" target="_blank">${content}</a>`;
}
