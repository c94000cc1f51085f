import type { BadgeCardElement } from '../../src/elements/badge-card.js';
import { fixtureProxy } from './hosts.js';

/**
 * A <badge-card> for `src` (fixture hosts through the test proxy) with `attrs`, put in <body> and
 * returned once it finished (verified or failed) and rendered. The caller removes it.
 */
export async function mountCard(src: string, attrs: Record<string, string> = {}): Promise<BadgeCardElement> {
  const el = document.createElement('badge-card');
  el.proxy = fixtureProxy;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const done = new Promise((resolve) => {
    el.addEventListener('badge-verified', resolve, { once: true });
    el.addEventListener('badge-error', resolve, { once: true });
  });
  el.src = src;
  document.body.append(el);
  await done;
  await el.updateComplete;
  return el;
}
