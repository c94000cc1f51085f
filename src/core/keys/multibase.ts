// Small byte codecs the key code needs: base58btc (multibase `z`), base64url, multicodec prefixes.
// Written out here instead of pulling a dependency: together they are ~60 lines.

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const B58_INDEX = new Map([...B58].map((c, i) => [c, i]));

/** Decodes base58btc (Bitcoin alphabet). Throws on a character outside the alphabet. */
export function base58Decode(text: string): Uint8Array {
  let zeros = 0;
  while (zeros < text.length && text[zeros] === '1') zeros++;
  const bytes: number[] = []; // little-endian base-256 accumulator
  for (let i = zeros; i < text.length; i++) {
    let carry = B58_INDEX.get(text[i]);
    if (carry === undefined) throw new Error(`not base58btc: "${text[i]}"`);
    for (let j = 0; j < bytes.length; j++) {
      carry += bytes[j] * 58;
      bytes[j] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  const out = new Uint8Array(zeros + bytes.length);
  for (let i = 0; i < bytes.length; i++) out[out.length - 1 - i] = bytes[i];
  return out;
}

export function base58Encode(bytes: Uint8Array): string {
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
  const digits: number[] = [];
  for (let i = zeros; i < bytes.length; i++) {
    let carry = bytes[i];
    for (let j = 0; j < digits.length; j++) {
      carry += digits[j] << 8;
      digits[j] = carry % 58;
      carry = (carry / 58) | 0;
    }
    while (carry > 0) {
      digits.push(carry % 58);
      carry = (carry / 58) | 0;
    }
  }
  return (
    '1'.repeat(zeros) +
    digits
      .reverse()
      .map((d) => B58[d])
      .join('')
  );
}

/** Decodes a multibase string; only base58btc (`z`) and base64url (`u`) are accepted. */
export function multibaseDecode(text: string): Uint8Array {
  if (text.startsWith('z')) return base58Decode(text.slice(1));
  if (text.startsWith('u')) return base64UrlDecode(text.slice(1));
  throw new Error(`unsupported multibase prefix "${text.slice(0, 1)}"`);
}

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

/** Multicodec prefixes (unsigned varints) of the public key types we understand. */
export const MULTICODEC = {
  ed25519Pub: [0xed, 0x01],
  p256Pub: [0x80, 0x24],
} as const;

/** Splits `prefix ‖ key` when bytes start with the given multicodec prefix; undefined otherwise. */
export function stripPrefix(bytes: Uint8Array, prefix: readonly number[]): Uint8Array | undefined {
  if (bytes.length < prefix.length || prefix.some((b, i) => bytes[i] !== b)) return undefined;
  return bytes.slice(prefix.length);
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export async function sha256(data: Uint8Array | string): Promise<Uint8Array> {
  const bytes = typeof data === 'string' ? utf8(data) : data;
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}
