// Registers <badge-card>, <badge-verify> and <badge-wall>. The CDN entry.
// Two copies of the library on one page happen on real blogs: warn, never throw.
import { BadgeCardElement } from './elements/badge-card.js';
import { BadgeVerifyElement } from './elements/badge-verify.js';
import { BadgeWallElement } from './elements/badge-wall.js';
import { loadLocale } from './elements/shared/i18n.js';

export * from './index.js';

const tags: Array<[string, CustomElementConstructor]> = [
  ['badge-card', BadgeCardElement],
  ['badge-verify', BadgeVerifyElement],
  ['badge-wall', BadgeWallElement],
];

// A page not in English: start fetching its UI strings now, while the tags upgrade (English: no request).
void loadLocale(document.documentElement.lang || navigator.language || 'en');

for (const [tag, ctor] of tags) {
  const existing = customElements.get(tag);
  if (!existing) customElements.define(tag, ctor);
  else if (existing !== ctor) console.warn(`badge-elements: <${tag}> is already defined by another copy of the library; keeping the first one.`);
}
