// RFC 8785 JSON Canonicalization Scheme. ECMAScript's JSON.stringify already serializes strings
// and finite numbers exactly as RFC 8785 §3.2.2 asks; what is left is sorting object keys by
// UTF-16 code units (the default string sort) and refusing what JSON cannot hold.

export function jcs(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('JCS: NaN and Infinity are not JSON');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : jcs(v))).join(',')}]`;
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${jcs(obj[k])}`).join(',')}}`;
  }
  throw new TypeError(`JCS: a ${typeof value} is not JSON`);
}
