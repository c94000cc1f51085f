// The settings a <badge-wall> hands to every card inside it (through @lit/context), with ONE cache
// for the wall and its cards: each issuer profile, DID document, status list and context is fetched
// once for the whole wall.

import { ContextProvider } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { createCache, type VerifyCache } from '../../core/index.js';
import { badgeSettingsContext, type BadgeSettings } from '../shared/config.js';

export class WallSettingsController {
  /**
   * Replaced (never cleared) when the source or the settings change: the loader caches in-flight
   * promises, and one aborted with the old run must not answer the new one.
   */
  #cache: VerifyCache = createCache();
  readonly #resolve: (cache: VerifyCache) => BadgeSettings;
  readonly #provider: ContextProvider<typeof badgeSettingsContext>;

  /** `resolve`: the wall's settings now (shared/config.ts's rule) around the given cache. */
  constructor(host: ReactiveControllerHost & HTMLElement, resolve: (cache: VerifyCache) => BadgeSettings) {
    this.#resolve = resolve;
    this.#provider = new ContextProvider(host, { context: badgeSettingsContext, initialValue: resolve(this.#cache) });
  }

  /** What the cards were last given. */
  get value(): BadgeSettings {
    return this.#provider.value;
  }

  /** Gives the cards the wall's settings, unless they already have these (a new value restarts their work). */
  provide(): void {
    const next = this.#resolve(this.#cache) as unknown as Record<string, unknown>;
    const now = this.#provider.value as unknown as Record<string, unknown> | undefined;
    const same = now && Object.keys(next).length === Object.keys(now).length && Object.entries(next).every(([k, v]) => now[k] === v);
    if (!same) this.#provider.setValue(next as unknown as BadgeSettings);
  }

  /** configure() changed the page settings: the cards get them (and verify again). */
  refresh(): void {
    this.#provider.setValue(this.#resolve(this.#cache));
  }

  /** A new run of the wall (a new source, new settings): a new cache, handed down. */
  renew(): void {
    this.#cache = createCache();
    this.refresh();
  }
}
