// The wall's view in the address bar (opt-in `url-state`), so a link opens the same filtered
// wall. Pure string functions plus two tiny functions that read/write `location` with
// history.replaceState (no new history entry per keystroke; Back leaves the page, as expected), and the
// controller that does both for a wall.

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_VIEW, GROUPS, SORT_ORDERS, STATUSES, type GroupBy, type SortOrder, type StatusFilter, type WallView } from './model.js';

/** `query`: ?skill=…&sort=…; `hash`: #skill=…&sort=… (for hosts that strip query strings). */
export type UrlStateMode = 'query' | 'hash';

const KEYS = ['skill', 'issuer', 'year', 'status', 'q', 'sort', 'group'] as const;

/** The parameter name for `key`, with the wall's optional prefix (two walls on one page). */
const param = (prefix: string, key: string): string => `${prefix}${key}`;

/** Reads a view from URLSearchParams-like text; unknown or invalid values are ignored. */
export function viewFromParams(params: URLSearchParams, prefix = ''): Partial<WallView> {
  const view: Partial<WallView> = {};
  const get = (k: string) => params.get(param(prefix, k))?.trim() || undefined;
  const skill = get('skill');
  if (skill) view.skill = skill;
  const issuer = get('issuer');
  if (issuer) view.issuer = issuer;
  const year = get('year');
  if (year && /^\d{4}$/.test(year)) view.year = year;
  const status = get('status');
  if (status && (STATUSES as readonly string[]).includes(status)) view.status = status as StatusFilter;
  const q = get('q');
  if (q) view.q = q;
  const sort = get('sort');
  if (sort && (SORT_ORDERS as readonly string[]).includes(sort)) view.sort = sort as SortOrder;
  const group = get('group');
  if (group && (GROUPS as readonly string[]).includes(group)) view.group = group as GroupBy;
  return view;
}

/**
 * Writes the view into `params` (a copy), leaving every other parameter of the page alone.
 * Defaults are left out so an unfiltered wall keeps a clean URL.
 */
export function paramsWithView(params: URLSearchParams, view: WallView, prefix = ''): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const k of KEYS) {
    const v = view[k];
    const isDefault = v === undefined || v === '' || (k in DEFAULT_VIEW && DEFAULT_VIEW[k as keyof typeof DEFAULT_VIEW] === v);
    if (isDefault) out.delete(param(prefix, k));
    else out.set(param(prefix, k), String(v));
  }
  return out;
}

/** The view stored in a URL (query string or hash). */
export function readViewFromUrl(href: string, mode: UrlStateMode, prefix = ''): Partial<WallView> {
  const url = new URL(href);
  const params = mode === 'hash' ? new URLSearchParams(url.hash.replace(/^#/, '')) : url.searchParams;
  return viewFromParams(params, prefix);
}

/** The URL with the view stored in it; the rest of the URL is unchanged. */
export function urlWithView(href: string, view: WallView, mode: UrlStateMode, prefix = ''): string {
  const url = new URL(href);
  if (mode === 'hash') {
    const params = paramsWithView(new URLSearchParams(url.hash.replace(/^#/, '')), view, prefix);
    const text = params.toString();
    url.hash = text ? `#${text}` : '';
  } else {
    url.search = paramsWithView(url.searchParams, view, prefix).toString();
  }
  return url.href;
}

/** Replaces the current history entry's URL when the view changed it (no navigation, no reload). */
export function replaceUrlView(view: WallView, mode: UrlStateMode, prefix = ''): void {
  const next = urlWithView(location.href, view, mode, prefix);
  if (next !== location.href) history.replaceState(history.state, '', next);
}

/** What the URL-state controller reads and sets on its wall. */
export interface UrlStateHost extends ReactiveControllerHost {
  /** `query` (or empty), `hash`, or null: off. */
  readonly urlState: string | null;
  readonly urlPrefix: string;
  view: Partial<WallView>;
}

/** A wall's view in the address bar: read once before the first render, written on every change, followed on `hashchange`. */
export class UrlStateController implements ReactiveController {
  readonly #host: UrlStateHost;
  #read = false;

  constructor(host: UrlStateHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#host.urlState !== null) window.addEventListener('hashchange', this.#onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  /** The view in the address applies, once (from willUpdate, so the first render shows it). */
  readOnce(): void {
    if (this.#read || this.#host.urlState === null) return;
    this.#read = true;
    this.#host.view = { ...this.#host.view, ...readViewFromUrl(location.href, this.#mode(), this.#host.urlPrefix) };
  }

  /** The view changed: the address follows. */
  write(view: WallView): void {
    if (this.#host.urlState !== null) replaceUrlView(view, this.#mode(), this.#host.urlPrefix);
  }

  #mode(): UrlStateMode {
    return this.#host.urlState === 'hash' ? 'hash' : 'query';
  }

  #onHashChange = (): void => {
    if (this.#mode() !== 'hash') return;
    this.#host.view = { ...DEFAULT_VIEW, ...readViewFromUrl(location.href, 'hash', this.#host.urlPrefix) };
  };
}
