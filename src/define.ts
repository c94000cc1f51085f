// Registers <badge-card>, <badge-verify> and <badge-wall>. The CDN entry.
// Two copies of the library on one page happen on real blogs: warn, never throw.
import { BadgeCardElement } from './elements/badge-card.js';
import { BadgeVerifyElement } from './elements/badge-verify.js';
import { BadgeWallElement } from './elements/badge-wall.js';

export * from './index.js';

const tags: Array<[string, CustomElementConstructor]> = [
  ['badge-card', BadgeCardElement],
  ['badge-verify', BadgeVerifyElement],
  ['badge-wall', BadgeWallElement],
];

for (const [tag, ctor] of tags) {
  const existing = customElements.get(tag);
  if (!existing) customElements.define(tag, ctor);
  else if (existing !== ctor) console.warn(`badge-elements: <${tag}> is already defined by another copy of the library; keeping the first one.`);
}
