// The CDN file (cdn/badge-elements.js), for one <script type="module"> tag.
// <badge-card>, what most pages show, is in this file. <badge-wall> and <badge-verify> are defined
// the first time the page has one (a chunk each, fetched beside this file), so a blog post with a
// card downloads neither. Elements inside your own shadow roots are not seen by the page-level
// observer: call `load('badge-wall')` (or use the npm package's `badge-elements/define`).
import { BadgeCardElement } from './elements/badge-card.js';
import { pageSettings } from './elements/shared/config.js';
import { loadLocale, resolveLang, warmIntl } from './elements/shared/i18n.js';
import { defineTag } from './elements/shared/register.js';
import { loadVerifier } from './core/read.js';

export { BadgeCardElement } from './elements/badge-card.js';
export { configure, pageSettings, badgeSettingsContext, type BadgeSettings } from './elements/shared/config.js';
export * from './elements/shared/events.js';
export type * from './core/model.js';
export { verify, type VerifyOptions, type CredentialInput } from './core/index.js';

void loadLocale(document.documentElement.lang || navigator.language || 'en');
defineTag('badge-card', BadgeCardElement);

const lazy: Record<string, () => Promise<CustomElementConstructor>> = {
  'badge-wall': () => import('./elements/badge-wall.js').then((m) => m.BadgeWallElement),
  'badge-verify': () => import('./elements/badge-verify.js').then((m) => m.BadgeVerifyElement),
};
const loading = new Map<string, Promise<CustomElementConstructor>>();

/** Loads and defines `badge-wall` or `badge-verify` (or `badge-card`), resolving with its class. */
export function load(tag: 'badge-card' | 'badge-wall' | 'badge-verify'): Promise<CustomElementConstructor> {
  if (tag === 'badge-card') return Promise.resolve(BadgeCardElement);
  let p = loading.get(tag);
  if (!p) {
    warmIntl(resolveLang(document.documentElement, pageSettings().locale)); // while the chunk is on the network
    loadVerifier().catch(() => undefined); // the checks' chunk (and, preloaded with it, a verdict's words) beside the element's
    p = lazy[tag]!().then((ctor) => {
      defineTag(tag, ctor);
      return customElements.get(tag) ?? ctor;
    });
    p.catch(() => loading.delete(tag)); // a failed chunk load is retried on the next sighting
    loading.set(tag, p);
  }
  return p;
}

const pending = (): string[] => Object.keys(lazy).filter((tag) => !loading.has(tag) && !customElements.get(tag));

function scan(nodes: Iterable<Node>): void {
  for (const tag of pending()) {
    for (const n of nodes) {
      if (n.nodeType !== Node.ELEMENT_NODE) continue;
      const el = n as Element;
      if (el.localName === tag || el.querySelector(tag)) {
        void load(tag as 'badge-wall' | 'badge-verify');
        break;
      }
    }
  }
}

scan([document.documentElement]);
if (pending().length > 0) {
  const observer = new MutationObserver((records) => {
    for (const r of records) scan(r.addedNodes);
    if (pending().length === 0) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
