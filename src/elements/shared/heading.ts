// A heading at the level the page chose. A card or a wall cannot know the page's outline, so the
// page says where it sits (`heading-level`, as component libraries do). lit binds no tag name, and
// its static templates would add a module to the file every page loads: one template per level, used
// by the card, the wall, Markdown headings and the report's steps.

import { html, nothing, type TemplateResult } from 'lit';

export interface HeadingAttributes {
  part?: string;
  class?: string;
  id?: string;
  lang?: string;
  title?: string;
}

/** `<h{level}>` holding `content`; a level outside 1-6 becomes the nearest one. */
export function heading(level: number, content: unknown, a: HeadingAttributes = {}): TemplateResult {
  const part = a.part ?? nothing;
  const cls = a.class ?? nothing;
  const id = a.id ?? nothing;
  const lang = a.lang ?? nothing;
  const title = a.title ?? nothing;
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 part=${part} class=${cls} id=${id} lang=${lang} title=${title}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} class=${cls} id=${id} lang=${lang} title=${title}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${cls} id=${id} lang=${lang} title=${title}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${cls} id=${id} lang=${lang} title=${title}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${cls} id=${id} lang=${lang} title=${title}>${content}</h5>`;
    default:
      return html`<h6 part=${part} class=${cls} id=${id} lang=${lang} title=${title}>${content}</h6>`;
  }
}

/** 1-6 (a non-number is 3). */
export function clampLevel(level: number): number {
  return Math.min(6, Math.max(1, Math.round(level) || 3));
}
