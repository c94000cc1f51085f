// Waiting for the page instead of the clock: resolves when `ready()` holds, checked now and after every
// DOM mutation under `root` (a shadow root or an element), so a test never sleeps or polls on a timer.
// If it never holds, mocha's own timeout fails the test (with `what` in the message of the check after).

/** Resolves once `ready()` is truthy, re-checking on each mutation under `root`. */
export function whenDom(root: Node, ready: () => unknown): Promise<void> {
  if (ready()) return Promise.resolve();
  return new Promise((resolve) => {
    const mo = new MutationObserver(() => {
      if (ready()) {
        mo.disconnect();
        resolve();
      }
    });
    mo.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/** The next animation frame, then the task after it (layout and the work scheduled after the frame are done). */
export function afterFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => void Promise.resolve().then(() => setTimeout(resolve))));
}

/** Resolves after `target` was reported by an IntersectionObserver and the page has then been idle once. */
export function afterIntersectionAndIdle(target: Element): Promise<void> {
  return new Promise((resolve) => {
    const io = new IntersectionObserver(() => {
      io.disconnect();
      requestIdleCallback(() => requestIdleCallback(() => resolve()));
    });
    io.observe(target);
  });
}

/** An element's update, the task after it (where the wall reads its tiles and renders what arrived), and the update that follows. */
export async function settle(el: { updateComplete: Promise<unknown> }): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}
