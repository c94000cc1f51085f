// Registers <badge-card>, <badge-verify> and <badge-wall> (npm: `import 'badge-elements/define'`).
// The CDN file is src/cdn.ts: the same tags, with the wall and the verifier loaded on first use.
import { BadgeCardElement } from './elements/badge-card.js';
import { BadgeVerifyElement } from './elements/badge-verify.js';
import { BadgeWallElement } from './elements/badge-wall.js';
import { loadLocale } from './elements/shared/i18n.js';
import { defineTag } from './elements/shared/register.js';

export * from './index.js';

// A page not in English: start fetching its UI strings now, while the tags upgrade (English: no request).
void loadLocale(document.documentElement.lang || navigator.language || 'en');

defineTag('badge-card', BadgeCardElement);
defineTag('badge-verify', BadgeVerifyElement);
defineTag('badge-wall', BadgeWallElement);
