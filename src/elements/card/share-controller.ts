// <badge-card>'s share button. The menu behind it (./share-menu-controller.ts: opening, focus, the
// keyboard, the items and their downloads, the menu's strings and styles) is a chunk loaded on the
// first open of any card's menu: most visitors never open one, and the script-tag file stays small.

import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { Badge, VerificationReport } from '../../core/model.js';
import { once } from '../../core/once.js';
import type { Translator } from '../shared/i18n.js';
import type { Host, ShareMenu } from './share-menu-controller.js';

/** A failed load (offline, CSP) is tried again on the next open. */
const loadMenu = once(() => import('./share-menu-controller.js'));

export class ShareMenuController implements ReactiveController {
  readonly #host: Host;
  readonly #translator: () => Translator;
  /** This card's menu, from its first open on. */
  #menu?: ShareMenu;
  /** The load of the menu's code an opening waits for. */
  #loading?: Promise<unknown>;

  readonly #wait: (load: Promise<unknown>) => void;

  /** `wait`: the host holds its updateComplete until the menu's code is here (a click, then `await card.updateComplete`, finds the items). */
  constructor(host: Host, translator: () => Translator, wait: (load: Promise<unknown>) => void) {
    this.#host = host;
    this.#translator = translator;
    this.#wait = wait;
    host.addController(this);
  }

  hostConnected(): void {
    this.#menu?.hostConnected();
  }

  hostDisconnected(): void {
    this.#menu?.hostDisconnected();
  }

  /** A new report: the menu closes, says nothing, and makes its items again on the next open. */
  reset(): void {
    this.#menu?.reset();
  }

  /** Forgets the items (their labels are in the old language). */
  dropItems(): void {
    this.#menu?.dropItems();
  }

  /**
   * The share block: the button (one element from the first render on, so focus and a screen reader's
   * place survive the menu's arrival), and the menu once its code is here. While the badge is checked
   * (no report) the button holds its place, so nothing moves when the verdict arrives, but is disabled:
   * nothing is shared before there is a verdict.
   */
  render(t: Translator, badge: Badge, src: string, report: VerificationReport | undefined): TemplateResult {
    const menu = report ? this.#menu : undefined;
    return html`<div part="share" class="share">
      <button
        part="share-button"
        class="button share-button"
        id="share-button"
        aria-haspopup="menu"
        aria-expanded=${menu?.open ? 'true' : 'false'}
        aria-controls=${menu ? 'share-menu' : nothing}
        ?disabled=${!report}
        @click=${() => (this.#menu ? this.#menu.toggle() : void this.#open('first'))}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
          e.preventDefault();
          void this.#open(e.key === 'ArrowDown' ? 'first' : 'last');
        }}
      >
        ${t.t('share.button')}
      </button>
      ${menu ? menu.renderMenu(t, badge, src, report) : nothing}
    </div>`;
  }

  async #open(focus: 'first' | 'last'): Promise<void> {
    try {
      this.#loading ??= loadMenu().then((m) => {
        this.#menu = new m.ShareMenu(this.#host, this.#translator);
        if (this.#host.isConnected) this.#menu.hostConnected();
      });
      this.#wait(this.#loading);
      await this.#loading;
    } catch {
      this.#loading = undefined; // the chunk could not load (offline, CSP): the menu stays shut
      return;
    }
    await this.#menu!.openMenu(focus);
  }
}
