// Verifying a 1,000-badge wall without freezing the page: a small work queue with a concurrency
// limit (default 6, the per-host connection limit of HTTP/1.1 browsers: more in flight only
// queues inside the network stack), where the newest request is served first (the badges the
// visitor scrolled to now matter more than the ones scrolled past), and a yield helper that hands
// the main thread back between chunks of work so no task runs past ~50 ms.
//
// DOM-free: the element decides *what* to request (IntersectionObserver); this decides *when*.

/** Gives the main thread back: `scheduler.yield()` where it exists (Chromium 129+), else a macrotask. */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `fn` in a task right after the next frame, returning the rAF id. Layout is then done, so a
 * geometry read costs nothing (in the rAF it forces that frame's layout early, and the frame lays out
 * again); and what `fn` changes is laid out by the frame after, not in the same task.
 */
export function afterNextFrame(fn: () => void): number {
  return requestAnimationFrame(() => void yieldToMain().then(fn));
}

/**
 * Runs `work` over `items` in slices, yielding whenever a slice has used `budgetMs`
 * (default 8 ms: leaves room for a frame). Resolves when every item was handled.
 */
export async function inSlices<T>(items: Iterable<T>, work: (item: T) => void, budgetMs = 8): Promise<void> {
  let start = performance.now();
  for (const item of items) {
    work(item);
    if (performance.now() - start > budgetMs) {
      await yieldToMain();
      start = performance.now();
    }
  }
}

export interface QueueStats {
  /** Tasks waiting for a slot. */
  queued: number;
  /** Tasks running now. */
  running: number;
  /** Tasks finished since the queue was made (or last cleared). */
  done: number;
}

/**
 * A keyed LIFO queue with a concurrency limit. `request(key)` asks for a key to be run (again
 * requests move it to the front); `withdraw(key)` takes it back if it has not started (the card
 * scrolled out of reach before its turn). Each key runs at most once until `clear()`.
 */
export class VerifyQueue<K> {
  #limit: number;
  readonly #run: (key: K) => Promise<void>;
  readonly #waiting = new Set<K>();
  /**
   * The request order, newest last, for #pump to pop from in O(1) (a key requested again is pushed
   * again; entries no longer in #waiting are skipped when popped). Was `[...#waiting].pop()`: a copy
   * of the whole queue per start, ~500,000 element copies for a 1,000-badge verifyAll().
   */
  #order: K[] = [];
  readonly #running = new Set<K>();
  readonly #started = new Set<K>();
  #done = 0;
  #generation = 0;
  /** Called whenever the numbers change (a task queued, started or finished). */
  onChange?: () => void;
  /** Called once each time the queue runs dry (nothing waiting, nothing running). */
  onIdle?: () => void;

  constructor(run: (key: K) => Promise<void>, limit = 6) {
    this.#run = run;
    this.#limit = Math.max(1, limit);
  }

  get limit(): number {
    return this.#limit;
  }

  set limit(n: number) {
    this.#limit = Math.max(1, Math.floor(n) || 1);
    this.#pump();
  }

  get stats(): QueueStats {
    return { queued: this.#waiting.size, running: this.#running.size, done: this.#done };
  }

  get idle(): boolean {
    return this.#waiting.size === 0 && this.#running.size === 0;
  }

  /** True when the key was requested at any time (waiting, running or done). */
  has(key: K): boolean {
    return this.#waiting.has(key) || this.#started.has(key);
  }

  /** Asks for `keys` to run; the last one given is served first. Already started keys are ignored. */
  request(...keys: K[]): void {
    let changed = false;
    for (const key of keys) {
      if (this.#started.has(key)) continue;
      this.#waiting.delete(key); // re-insert: moves it to the front (LIFO end)
      this.#waiting.add(key);
      this.#order.push(key);
      changed = true;
    }
    // Stale copies pile up when tiles scroll in and out of reach: rebuild from #waiting, whose
    // insertion order is the request order (a key asked for again was re-inserted at the end).
    if (this.#order.length > 4 * this.#waiting.size + 64) this.#order = [...this.#waiting];
    if (changed) {
      this.onChange?.();
      this.#pump();
    }
  }

  /** Takes back keys that have not started yet. */
  withdraw(...keys: K[]): void {
    let changed = false;
    for (const key of keys) changed = this.#waiting.delete(key) || changed;
    if (!this.#waiting.size) this.#order = [];
    if (changed) {
      this.onChange?.();
      if (this.idle) this.onIdle?.();
    }
  }

  /** Forgets everything; tasks still running finish, but their completion is ignored. */
  clear(): void {
    this.#generation++;
    this.#waiting.clear();
    this.#order = [];
    this.#running.clear();
    this.#started.clear();
    this.#done = 0;
  }

  #pump(): void {
    while (this.#running.size < this.#limit && this.#waiting.size) {
      const key = this.#order.pop()!; // LIFO: the most recently requested
      if (!this.#waiting.has(key)) continue; // withdrawn, or an older copy of a key requested again
      this.#waiting.delete(key);
      this.#running.add(key);
      this.#started.add(key);
      const generation = this.#generation;
      void this.#run(key)
        .catch(() => undefined) // a task's failure is its own (the element records it as an error report)
        .then(() => {
          if (generation !== this.#generation) return;
          this.#running.delete(key);
          this.#done++;
          this.onChange?.();
          this.#pump();
          if (this.idle) this.onIdle?.();
        });
    }
  }
}
