// <badge-wall>'s data: the badges of its source, then its <badge-card> children, each an entry with
// its report once verified, and the source's title, owner and description.

import type { VerificationReport } from '../../core/model.js';
import { facetsOf, type WallEntry } from './model.js';
import type { WallSource } from './sources.js';

export class WallEntries {
  /** The source last read (undefined before one is, or when it could not be read). */
  source?: WallSource;
  /** Every entry: the source's in its order, then the children. */
  all: WallEntry[] = [];
  #byKey = new Map<string, WallEntry>();

  get(key: string): WallEntry | undefined {
    return this.#byKey.get(key);
  }

  /** Whether `entry` still belongs to the wall (not replaced by a new source or removed). */
  has(entry: WallEntry): boolean {
    return this.#byKey.get(entry.key) === entry;
  }

  /** Whether the badge under `key` has its report. */
  verified(key: string): boolean {
    return Boolean(this.#byKey.get(key)?.report);
  }

  /** A new read of the source starts: its badges wait to be verified again (children verify themselves). */
  restart(): void {
    for (const e of this.all) if (!e.child) e.state = 'waiting';
  }

  /** The source's items become the entries; the children stay, after them. */
  setSource(source: WallSource | undefined): void {
    this.source = source;
    const items: WallEntry[] = (source?.items ?? []).map((item, index) => ({ ...item, index, state: 'waiting' }));
    const children = this.all.filter((e) => e.child).map((c, i) => ({ ...c, index: items.length + i }));
    this.all = [...items, ...children];
    this.#byKey = new Map(this.all.map((e) => [e.key, e]));
  }

  /** A <badge-card> child joins, after every entry. */
  addChild(key: string, card: Element & { src?: string }): WallEntry {
    const entry: WallEntry = { key, input: card.src ?? '', url: card.src || undefined, index: this.all.length, state: 'verifying', child: card };
    this.all.push(entry);
    this.#byKey.set(key, entry);
    return entry;
  }

  removeChildren(keys: readonly string[]): void {
    this.all = this.all.filter((e) => !keys.includes(e.key));
    for (const key of keys) this.#byKey.delete(key);
  }

  /** Keys of the source's badges not verified yet, in source order. */
  waiting(): string[] {
    return this.all.filter((e) => !e.child && e.state === 'waiting').map((e) => e.key);
  }

  /** A child <badge-card> is still verifying itself. */
  childrenBusy(): boolean {
    return this.all.some((e) => e.child && e.state !== 'done');
  }

  /** Records a badge's report and what it can be filtered by. */
  apply(entry: WallEntry, report: VerificationReport): void {
    entry.report = report;
    entry.state = 'done';
    entry.facets = facetsOf(report, entry.url ?? entry.key);
  }
}
