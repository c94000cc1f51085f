// <badge-card> children of a <badge-wall>: each is shown in the wall through its own named slot,
// verifies itself (with the wall's settings and cache, through context), and counts with the rest.

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { VerificationReport } from '../../core/model.js';

/** What the wall does with its children. */
export interface ChildCardsOptions {
  /** A new child, under its own key (its slot's name); `report` when it finished before the wall saw it. */
  add(key: string, card: Element & { src?: string }, report?: VerificationReport): void;
  /** Children gone from the wall (the keys of those that left). */
  remove(keys: string[]): void;
  /** The children changed: render again. */
  changed(): void;
  /** A child finished verifying. */
  report(key: string, report: VerificationReport): void;
}

export class ChildCardsController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: ChildCardsOptions;
  #mo?: MutationObserver;
  #keys = new WeakMap<Element, string>();
  /** Every child seen so far, by key (keys are never reused: `child:1`, `child:2`, …). */
  #current = new Map<string, Element>();
  #count = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ChildCardsOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#mo = new MutationObserver(() => this.#sync());
    this.#mo.observe(this.#host, { childList: true });
    this.#host.addEventListener('badge-verified', this.#onReport);
    this.#host.addEventListener('badge-error', this.#onReport);
    this.#sync();
  }

  hostDisconnected(): void {
    this.#mo?.disconnect();
    this.#host.removeEventListener('badge-verified', this.#onReport);
    this.#host.removeEventListener('badge-error', this.#onReport);
  }

  #sync(): void {
    const cards = [...this.#host.children].filter((c) => c.localName === 'badge-card');
    let changed = false;
    for (const card of cards) {
      if (this.#keys.has(card)) continue;
      const key = `child:${++this.#count}`;
      this.#keys.set(card, key);
      this.#current.set(key, card);
      card.setAttribute('slot', key);
      this.#options.add(key, card, (card as { verificationReport?: VerificationReport }).verificationReport);
      changed = true;
    }
    const gone = [...this.#current].filter(([, card]) => !cards.includes(card)).map(([key]) => key);
    if (gone.length) {
      for (const key of gone) this.#current.delete(key);
      this.#options.remove(gone);
      changed = true;
    }
    if (changed) this.#options.changed();
  }

  #onReport = (e: Event): void => {
    const key = this.#keys.get(e.target as Element);
    const report = (e as Event & { report?: VerificationReport }).report;
    if (key && report && this.#current.has(key)) this.#options.report(key, report);
  };
}
