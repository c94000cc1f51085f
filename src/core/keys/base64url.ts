// base64url, on its own: reading a JWS (in the script-tag file, before any check) needs it, and
// nothing else of ./multibase.ts.

/** Uint8Array.fromBase64 (Chromium 140, Firefox 133, Safari 18.2; Node 25), where the runtime has it. */
const fromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string, options: { alphabet: 'base64url' }) => Uint8Array<ArrayBuffer> }).fromBase64;
type SetFromBase64 = (this: Uint8Array, text: string, options: { alphabet: 'base64url' }) => { read: number; written: number };
/** Uint8Array.prototype.setFromBase64, the same proposal: decodes into an existing array. */
const setFromBase64 = (Uint8Array.prototype as unknown as { setFromBase64?: SetFromBase64 }).setFromBase64;
const BASE64URL = /^[A-Za-z0-9_-]*$/;
const URL_ALPHABET = { alphabet: 'base64url' } as const;
const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes unpadded base64url straight to text (strict UTF-8): a JWS header or payload. Throws like
 * base64UrlDecode, or for bytes that are not UTF-8. `checked`: the caller has already matched `text`
 * against the base64url alphabet (a whole compact JWS against one regular expression), so it is not
 * scanned a second time. The bytes go through base64UrlDecodeTransient's buffer (they become text at once).
 */
export function base64UrlToUtf8(text: string, checked = false): string {
  return utf8Strict.decode(base64UrlDecodeTransient(text, checked));
}

/**
 * Decodes unpadded base64url (the alphabet only: no padding, no whitespace); throws otherwise, and for a
 * length that no byte string has (4n + 1). Uint8Array.fromBase64 where there is one: the same bytes as
 * atob, for a third of the time.
 */
export function base64UrlDecode(text: string): Uint8Array<ArrayBuffer> {
  if (!BASE64URL.test(text)) throw new Error('not base64url');
  if (fromBase64) return fromBase64(text, { alphabet: 'base64url' });
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Reused for short-lived decodes (bytes used at once); never handed out beyond the caller's statement. */
let transient = new Uint8Array(4096);
const SCRATCH_MAX = 64 * 1024;

/**
 * base64UrlDecode into a buffer that the next call reuses: for bytes used at once and not kept, such as a
 * signature handed to Web Crypto (which copies its arguments before verify() returns). A fresh typed array
 * cost more than decoding a signature. `checked` as for base64UrlToUtf8.
 */
export function base64UrlDecodeTransient(text: string, checked = false): Uint8Array<ArrayBuffer> {
  if (!checked && !BASE64URL.test(text)) throw new Error('not base64url');
  const size = Math.ceil((text.length * 3) / 4);
  if (!setFromBase64 || size > SCRATCH_MAX || text.length % 4 === 1) return base64UrlDecode(text);
  if (transient.length < size) transient = new Uint8Array(Math.max(size, transient.length * 2));
  const { read, written } = setFromBase64.call(transient, text, URL_ALPHABET);
  if (read !== text.length) throw new Error('not base64url');
  return transient.subarray(0, written);
}

export function base64UrlEncode(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
