import type { BadgeCardElement } from '../../src/elements/badge-card.js';
import type { BadgeWallElement } from '../../src/elements/badge-wall.js';
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

/**
 * An eager <badge-wall> of `credentials` with `attrs`, put in <body> and returned once every badge
 * is verified, with the <badge-card> of its first tile rendered. The caller removes the wall.
 */
export async function mountWall(credentials: unknown, attrs: Record<string, string> = {}): Promise<{ wall: BadgeWallElement; firstCard: BadgeCardElement }> {
  const wall = document.createElement('badge-wall');
  wall.proxy = fixtureProxy;
  for (const [k, v] of Object.entries(attrs)) wall.setAttribute(k, v);
  wall.credentials = credentials;
  wall.eager = true;
  const done = new Promise((resolve) => wall.addEventListener('badge-wall-verified', resolve, { once: true }));
  document.body.append(wall);
  await done;
  await wall.updateComplete;
  const firstCard = wall.shadowRoot!.querySelector<BadgeCardElement>('.tile badge-card')!;
  await firstCard.updateComplete;
  return { wall, firstCard };
}
