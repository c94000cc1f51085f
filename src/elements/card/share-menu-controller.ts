// <badge-card>'s share menu, whole: the button, opening and closing, focus, the keyboard (a menu
// button: arrows, Home, End, Escape, Tab), closing on a click elsewhere, the "copied" message, and
// the download Blob URLs its items own. A chunk with its items (../shared/share-menu.ts), loaded
// on the first open of any card's menu (./share-controller.ts draws the button until then).

import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Badge, VerificationReport } from '../../core/model.js';
import { addEnglish, type Translator } from '../shared/i18n.js';
import * as shareMenu from '../shared/share-menu.js';
import type { ShareHost, ShareItem } from '../shared/share-menu.js';
import { adoptStyles } from '../shared/base.js';

export const enShare = {
  'share.menu': 'Share this badge',
  'share.addToLinkedIn': 'Add to LinkedIn profile',
  'share.linkedin': 'Post on LinkedIn',
  'share.x': 'Post on X',
  'share.facebook': 'Post on Facebook',
  'share.copy': 'Copy link',
  'share.copied': 'Link copied',
  'share.native': 'Share…',
  'share.downloadCredential': 'Download credential',
  'share.downloadImage': 'Download badge image',
  'share.text': 'I earned “{name}” from {issuer}.',
  'share.textNoIssuer': 'I earned “{name}”.',
} as const;
addEnglish(enShare);

export type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class ShareMenu {
  /** The menu is open. */
  open = false;
  /** What the live region says ("Link copied", or the link when the clipboard refused). */
  message = '';

  readonly #host: Host;
  readonly #translator: () => Translator;
  /** The menu's items, made on its first open (then kept for this report). */
  #items?: ShareItem[];
  /** Blob URLs of the items' downloads: revoked when the items are dropped. */
  #blobUrls: string[] = [];
  readonly #shareHost: ShareHost = {
    blobUrl: (data, type) => {
      const url = URL.createObjectURL(new Blob([data], { type }));
      this.#blobUrls.push(url);
      return url;
    },
    copy: (url) => void this.#copy(url),
    close: () => this.#close(false),
  };

  constructor(host: Host, translator: () => Translator) {
    this.#host = host;
    this.#translator = translator;
  }

  hostConnected(): void {
    document.addEventListener('click', this.#onDocumentClick);
  }

  hostDisconnected(): void {
    document.removeEventListener('click', this.#onDocumentClick);
  }

  /** A new report: the menu closes, says nothing, and makes its items again on the next open. */
  reset(): void {
    this.dropItems();
    this.#set(false);
    this.message = '';
  }

  /** Forgets the items (their labels are in the old language), revoking their download Blob URLs. */
  dropItems(): void {
    for (const u of this.#blobUrls) URL.revokeObjectURL(u);
    this.#blobUrls = [];
    this.#items = undefined;
  }

  /** The menu and its live region, below the button (./share-controller.ts draws the button). */
  renderMenu(t: Translator, badge: Badge, src: string, report: VerificationReport | undefined): TemplateResult {
    // Items (and their download Blob URLs) exist from the menu's first open on, not before.
    if (this.open) {
      adoptStyles(this.#host.renderRoot, [shareMenu.shareMenuStyles]);
      this.#items ??= shareMenu.shareItems(t, badge, src, this.#shareHost, report);
    }
    const items = this.#items;
    return html`<ul part="share-menu" class="share-menu" id="share-menu" role="menu" aria-label=${t.t('share.menu')} ?hidden=${!this.open} @keydown=${this.#onMenuKey}>
        ${items ? shareMenu.renderShareItems(items, this.#shareHost) : nothing}
      </ul>
      <span class="visually-hidden" role="status">${this.message}</span>`;
  }

  /** The button was pressed: opens or closes. */
  toggle(): void {
    if (this.open) this.#close(false);
    else void this.openMenu();
  }

  #set(open: boolean): void {
    if (this.open === open) return;
    this.open = open;
    this.#host.requestUpdate();
  }

  async #copy(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.message = this.#translator().t('share.copied');
    } catch {
      this.message = url; // clipboard refused (permissions): at least show the link to copy by hand
    }
    this.#host.requestUpdate();
    this.#close(true);
  }

  #menuItems(): HTMLElement[] {
    return [...this.#host.renderRoot.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  }

  async openMenu(focus: 'first' | 'last' = 'first'): Promise<void> {
    this.#set(true);
    await this.#host.updateComplete;
    if (!this.open) return;
    const items = this.#menuItems();
    (focus === 'first' ? items[0] : items[items.length - 1])?.focus();
  }

  #close(returnFocus: boolean): void {
    this.#set(false);
    if (returnFocus) void this.#host.updateComplete.then(() => this.#host.renderRoot.querySelector<HTMLElement>('.share-button')?.focus());
  }

  #onMenuKey = (e: KeyboardEvent): void => {
    const items = this.#menuItems();
    const i = items.indexOf(this.#host.renderRoot.querySelector<HTMLElement>(':focus') ?? (e.target as HTMLElement));
    let next: number | undefined;
    if (e.key === 'ArrowDown') next = (i + 1) % items.length;
    else if (e.key === 'ArrowUp') next = (i - 1 + items.length) % items.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = items.length - 1;
    else if (e.key === 'Escape') {
      e.preventDefault();
      this.#close(true);
      return;
    } else if (e.key === 'Tab') {
      this.#close(false);
      return;
    }
    if (next !== undefined) {
      e.preventDefault();
      items[next]?.focus();
    }
  };

  #onDocumentClick = (e: Event): void => {
    if (this.open && !e.composedPath().includes(this.#host)) this.#set(false);
  };
}
