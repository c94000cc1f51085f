// DOM inspection for the security suites: walks every (open) shadow root under a node and lists
// anything a hostile credential could have turned into running code, a dangerous link or
// injected style. Also the sentinel (window.__xss + dialog traps) and the page-error recorder.

import type { VerificationReport } from '../../../src/core/index.js';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

/** Resets window.__xss and makes alert/confirm/prompt/print set it instead of opening a dialog. */
export function installSentinel(): void {
  delete window.__xss;
  const trap = (name: string) =>
    function () {
      window.__xss = `dialog:${name}`;
      return null;
    };
  window.alert = trap('alert') as typeof window.alert;
  window.confirm = trap('confirm') as unknown as typeof window.confirm;
  window.prompt = trap('prompt') as unknown as typeof window.prompt;
  window.print = trap('print') as typeof window.print;
}

/** Records uncaught errors and unhandled rejections while a test runs. */
export function recordPageErrors(): { errors: string[]; stop(): void } {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${String((e.reason as Error)?.stack ?? e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Every element under `root`, descending into open shadow roots (and <template> content is NOT live DOM, skipped). */
export function allElements(root: Node): Element[] {
  const out: Element[] = [];
  const visit = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== Node.ELEMENT_NODE) continue;
      const el = c as Element;
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
      visit(el);
    }
  };
  if (root.nodeType === Node.ELEMENT_NODE) {
    out.push(root as Element);
    if ((root as Element).shadowRoot) visit((root as Element).shadowRoot!);
  }
  visit(root);
  return out;
}

/** The text a visitor sees: every text node in the element's light and shadow trees, in order. */
export function composedText(root: Node): string {
  let s = '';
  const visit = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === Node.TEXT_NODE) s += c.nodeValue;
      else if (c.nodeType === Node.ELEMENT_NODE) {
        const el = c as Element;
        if (el.localName === 'style' || el.localName === 'script') continue;
        if (el.shadowRoot) visit(el.shadowRoot);
        visit(el);
      }
    }
  };
  if (root.nodeType === Node.ELEMENT_NODE && (root as Element).shadowRoot) visit((root as Element).shadowRoot!);
  visit(root);
  return s;
}

/** Also every attribute value (alt, title, aria-label…): remote strings may surface there as text. */
export function composedTextAndAttributes(root: Node): string {
  return (
    composedText(root) +
    '\n' +
    allElements(root)
      .flatMap((el) => [...el.attributes].map((a) => a.value))
      .join('\n')
  );
}

const FORBIDDEN_TAGS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'portal', 'foreignobject']);
const URL_ATTRS = ['href', 'src', 'xlink:href', 'action', 'formaction', 'srcset', 'poster', 'data', 'background', 'ping', 'lowsrc', 'dynsrc'];
const SAFE_LINK = new Set(['http:', 'https:', 'mailto:']);
const SAFE_IMG = new Set(['http:', 'https:', 'blob:']);

/**
 * Everything under `root` that a hostile credential must never produce. `allowedTags` lets a
 * caller accept e.g. a `link` it knows is the library's own (none today).
 */
export function hazards(root: Node, allowedTags: string[] = []): string[] {
  const found: string[] = [];
  for (const el of allElements(root)) {
    const tag = el.localName.toLowerCase();
    const where = `<${tag}${el.id ? `#${el.id}` : ''}${el.getAttribute('part') ? ` part=${el.getAttribute('part')}` : ''}>`;
    if (FORBIDDEN_TAGS.has(tag) && !allowedTags.includes(tag)) found.push(`${where} element present`);
    if (tag === 'style' && /__xss|evil\.example|expression\(|javascript:/i.test(el.textContent ?? '')) found.push(`${where} carries credential CSS`);
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${where} has event handler attribute ${name}="${attr.value.slice(0, 60)}"`);
      if (name === 'style' && /url\s*\(|expression|javascript|__xss|binding|@import/i.test(attr.value))
        found.push(`${where} style="${attr.value.slice(0, 80)}"`);
      if (name === 'srcdoc') found.push(`${where} has srcdoc`);
      if (URL_ATTRS.includes(name) && /^\s*(javascript|vbscript)\s*:/i.test(attr.value.replace(/[\u0000-\u001f]/g, ''))) {
        found.push(`${where} ${name}="${attr.value.slice(0, 60)}"`);
      }
    }
    if ((tag === 'a' || tag === 'area') && el.hasAttribute('href')) {
      const href = (el as HTMLAnchorElement).href;
      let protocol = '';
      try {
        protocol = new URL(href).protocol;
      } catch {
        protocol = 'unparseable:';
      }
      const downloadBlob = protocol === 'blob:' && el.hasAttribute('download');
      if (!SAFE_LINK.has(protocol) && !downloadBlob) found.push(`${where} clickable ${protocol} link: ${href.slice(0, 80)}`);
    }
    if (tag === 'a' && el.namespaceURI === 'http://www.w3.org/2000/svg') {
      const href = el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? '';
      if (/^\s*(javascript|vbscript|data)\s*:/i.test(href)) found.push(`${where} svg link ${href.slice(0, 60)}`);
    }
    if (tag === 'img' && el.hasAttribute('src')) {
      const src = (el as HTMLImageElement).src;
      let protocol = '';
      try {
        protocol = new URL(src).protocol;
      } catch {
        protocol = 'unparseable:';
      }
      const okData = protocol === 'data:' && /^data:image\/(png|jpe?g|gif|webp|avif|svg\+xml)[;,]/i.test(src);
      if (!SAFE_IMG.has(protocol) && !okData) found.push(`${where} image with ${protocol} source: ${src.slice(0, 80)}`);
    }
    if ((tag === 'image' || tag === 'use' || tag === 'feimage') && el.namespaceURI === 'http://www.w3.org/2000/svg') {
      const href = el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? '';
      if (href && !href.startsWith('#')) found.push(`${where} svg ${tag} loads ${href.slice(0, 60)}`);
    }
  }
  return found;
}

/** Waits until every <img> under `root` (shadow roots included) has loaded or failed, then two frames. */
export async function settleImages(root: Node): Promise<void> {
  const imgs = allElements(root).filter((e): e is HTMLImageElement => e.localName === 'img');
  await Promise.all(
    imgs.map((img) =>
      img.complete
        ? undefined
        : new Promise<void>((ok) => {
            img.addEventListener('load', () => ok(), { once: true });
            img.addEventListener('error', () => ok(), { once: true });
          }),
    ),
  );
  await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
}

export interface Rendered<E extends HTMLElement = HTMLElement> {
  el: E;
  /** The report from `badge-verified`, when it fired. */
  report?: VerificationReport;
  /** The error from `badge-error`, when it fired. */
  error?: { code?: string; message?: string };
  /** Which event ended it. */
  ended: 'badge-verified' | 'badge-error';
}

/**
 * Creates an element, listens BEFORE connecting it (a fast verification must not be missed),
 * sets properties/attributes, attaches it to `parent` and waits for `badge-verified` or `badge-error`.
 */
export async function render<E extends HTMLElement>(
  tag: string,
  setup: { props?: Record<string, unknown>; attrs?: Record<string, string> },
  parent: HTMLElement = document.body,
): Promise<Rendered<E>> {
  const el = document.createElement(tag) as E;
  const done = new Promise<Rendered<E>>((ok) => {
    el.addEventListener('badge-verified', (e) => ok({ el, report: (e as unknown as { report: VerificationReport }).report, ended: 'badge-verified' }), {
      once: true,
    });
    el.addEventListener(
      'badge-error',
      (e) => {
        const ev = e as unknown as { error?: { code?: string; message?: string }; report?: VerificationReport };
        ok({ el, error: ev.error, report: ev.report, ended: 'badge-error' });
      },
      { once: true },
    );
  });
  for (const [k, v] of Object.entries(setup.attrs ?? {})) el.setAttribute(k, v);
  for (const [k, v] of Object.entries(setup.props ?? {})) (el as unknown as Record<string, unknown>)[k] = v;
  parent.append(el);
  const r = await done;
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return r;
}

/** `:state(x)` support check that does not throw in browsers without CustomStateSet in selectors. */
export function inState(el: Element, state: string): boolean {
  try {
    return el.matches(`:state(${state})`);
  } catch {
    return false;
  }
}
