// The few JSON helpers every format and proof module needs, once.
import type { JsonObject } from './options.js';

/** A plain JSON object (not null, not an array). */
export function isObj(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** JSON-LD's "one or many": undefined and null → [], a value → [value], an array as it is. */
export function asArray(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

/** The strings among a "one or many" value (`type: "X"` or `type: ["X", …]`). */
export function stringsOf(v: unknown): string[] {
  return asArray(v).filter((t): t is string => typeof t === 'string');
}

/** A node's types: `type`, or JSON-LD's `@type`, as strings. */
export function typesOf(doc: unknown): string[] {
  return isObj(doc) ? stringsOf(doc.type ?? doc['@type']) : [];
}

/** The id of a node given as a string or as an object with `id`; an empty id is no id. */
export function idOf(v: unknown): string | undefined {
  if (typeof v === 'string' && v !== '') return v;
  if (isObj(v) && typeof v.id === 'string' && v.id !== '') return v.id;
  return undefined;
}
