// Guarded registration. Two copies of the library on one page happen on real blogs: warn, never throw.
export function defineTag(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) customElements.define(tag, ctor);
  else if (existing !== ctor) console.warn(`badge-elements: <${tag}> is already defined by another copy of the library; keeping the first one.`);
}
