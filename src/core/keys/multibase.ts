// Small byte codecs the key code needs: base58btc (multibase `z`), base64url, multicodec prefixes.
// Written out here instead of pulling a dependency: together they are ~60 lines.
import { base64UrlDecode } from './base64url.js';

export * from './base64url.js';

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
