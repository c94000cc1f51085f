// The inputs that start an element's work, declared once as a list (the `args` of @lit/task): a new
// run starts when any of them differs from the last run's, instead of a hand-written
// `changed.has(...)` list that must be kept in step with the properties.

export class Inputs<T extends readonly unknown[]> {
  readonly #args: () => T;
  #last?: T;

  constructor(args: () => T) {
    this.#args = args;
  }

  /** True on the first call and whenever an input differs (Object.is) from the last call's; remembers them. */
  changed(): boolean {
    const next = this.#args();
    const last = this.#last;
    this.#last = next;
    return !last || next.some((v, i) => !Object.is(v, last[i]));
  }
}
