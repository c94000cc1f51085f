// What every badge element shares, written once (Shoelace's ShoelaceElement is the model): the
// `lang` and `theme` properties, the wait for a language's strings, the custom-state helper, and the
// settings an element verifies with. <badge-card>, <badge-wall> and <badge-verify> extend it.

import { LitElement, type CSSResult } from 'lit';
import { property } from 'lit/decorators.js';
import { resolveSettings, type BadgeSettings } from './config.js';
import { resolveLang, translator, whenLocaleReady, type Translator } from './i18n.js';

/**
 * Adds stylesheets that came with a chunk (the report's list, the share menu, the error block) to a
 * shadow root's adopted stylesheets, each once: parts most cards never show do not weigh on the
 * script-tag file. Constructable sheets, so a page's `style-src` policy applies as to the element's own.
 */
export function adoptStyles(root: HTMLElement | DocumentFragment, sheets: CSSResult[]): void {
  const shadow = root as ShadowRoot;
  const add = sheets.map((s) => s.styleSheet).filter((s): s is CSSStyleSheet => !!s && !shadow.adoptedStyleSheets.includes(s));
  if (add.length) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, ...add];
}

/** `light`, `dark`, or `auto` (follow prefers-color-scheme). */
export type BadgeTheme = 'light' | 'dark' | 'auto';

export abstract class BadgeElement extends LitElement {
  /** `light`, `dark`, or `auto` (default: follow prefers-color-scheme). A wall passes it to its cards. */
  @property({ reflect: true }) theme: BadgeTheme = 'auto';

  /** Mirrors the `lang` attribute so a change re-renders (the element's language: UI strings and dates). */
  @property({ attribute: 'lang' }) protected _lang?: string;

  /** Custom states (`:state(...)`) live here; see setState(). */
  protected readonly internals: ElementInternals = this.attachInternals();

  /** The settings this element verifies with: configure() ← the nearest wall (context) ← its own attributes. */
  get settings(): BadgeSettings {
    return resolveSettings(this.contextSettings(), this.ownSettings());
  }

  /** What a surrounding provider (a <badge-wall>) hands down; none by default. */
  protected contextSettings(): Partial<BadgeSettings> | undefined {
    return undefined;
  }

  /** The element's own attributes and properties that are settings (proxy, registries, …). */
  protected ownSettings(): Partial<BadgeSettings> {
    return {};
  }

  /** The language the element speaks (see resolveLang: own `lang`, an ancestor's, configure(), the page's). */
  protected language(): string {
    return resolveLang(this, this.settings.locale);
  }

  /** The element's translator (cached per language by shared/i18n.ts). */
  protected translator(): Translator {
    return translator(this.language());
  }

  /** Turns a custom state on or off (`:state(name)` in the page's CSS). */
  protected setState(name: string, on: boolean): void {
    try {
      if (on) this.internals.states.add(name);
      else this.internals.states.delete(name);
    } catch {
      /* CustomStateSet missing (old browsers): states are an enhancement */
    }
  }

  // Non-English UI strings load on demand (shared/i18n.ts): hold the update until they are here, so a
  // French page never flashes English text.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = whenLocaleReady(this, this.language());
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }
}
