// rdf-canonize's browser build loads the `setimmediate` polyfill, which tests the browser by posting a
// message to the page's own window while the chunk is evaluated: every `message` listener on the page
// receives a stray event, and with DevTools attached (Playwright, the benchmark) Chromium collects source
// positions for the whole chunk to record that post: 12 ms of a first verification. The polyfill stays
// out when a setImmediate exists, so this module provides one just while rdf-canonize is evaluated
// (rdfc-fast.ts imports it before jsonld / rdf-canonize and calls restoreSetImmediate() after), and no
// global is left behind. rdf-canonize keeps the function it found: it needs it only in its async
// canonize() (the jsonld fallback), to yield every 100 blank nodes; a MessageChannel task does that.

type Task = (...args: unknown[]) => void;
const g = globalThis as { setImmediate?: unknown };

let installed: unknown;
if (typeof g.setImmediate !== 'function' && typeof MessageChannel === 'function') {
  const tasks: Array<() => void> = [];
  let channel: MessageChannel | undefined;
  installed = g.setImmediate = (fn: Task, ...args: unknown[]): number => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => tasks.shift()?.();
    }
    tasks.push(() => fn(...args));
    channel.port2.postMessage(null);
    return 0;
  };
}

/** Removes the setImmediate this module installed (rdf-canonize has taken its copy by then). */
export function restoreSetImmediate(): void {
  if (installed !== undefined && g.setImmediate === installed) delete g.setImmediate;
}
