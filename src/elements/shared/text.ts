// A badge's text (its description) as the card draws it. Most descriptions are plain text: they are
// drawn here, as paragraphs, exactly as the Markdown renderer would draw them. One that uses Markdown
// syntax waits for ./markdown.ts, a chunk the card loads the first time it meets one.

import { html, nothing, type TemplateResult } from 'lit';
import { once } from '../../core/once.js';
import type { MarkdownOptions } from './markdown.js';

type Markdown = typeof import('./markdown.js');
let markdown: Markdown | undefined;
/** The renderer, for every card of the page once one has loaded it. */
export const loadMarkdown = once(() => import('./markdown.js').then((m) => (markdown = m)));

/**
 * Anything the renderer would read as Markdown: an inline marker (`*`, `_`, `` ` ``, a link's `[`
 * or `<`), a heading, a fence, a list item, a hard line break (two spaces at a line's end).
 */
const SYNTAX = /[*_`#[\]<>~]|^\s*(?:[-+]|\d{1,9}[.)])\s| {2}$/m;

/** False while `source` needs the Markdown renderer and it is not here yet (loadMarkdown() it). */
export function textReady(source: unknown): boolean {
  return !!markdown || typeof source !== 'string' || !SYNTAX.test(source);
}

/**
 * `source` drawn: paragraphs of plain text, or the Markdown renderer's output. Without the renderer
 * (still loading, or it failed to load) Markdown shows as the text it is, never as markup.
 */
export function renderText(source: unknown, options: MarkdownOptions = {}): TemplateResult | typeof nothing {
  if (markdown) return markdown.renderMarkdown(source, options);
  if (typeof source !== 'string' || !source.trim()) return nothing;
  const paragraphs = source
    .slice(0, options.maxLength ?? 20_000)
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim().replace(/\s*\n\s*/g, ' '))
    .filter(Boolean);
  return html`${paragraphs.map((p) => html`<p>${p}</p>`)}`;
}
