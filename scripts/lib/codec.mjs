// Byte codecs for the fixture generator: base58btc, base64url, multibase, Multikey, RFC 8785 JCS, CRC32.
// Written out here (not imported from src/) so the fixtures are an independent oracle for the verifier.

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** base58btc (Bitcoin alphabet), leading zero bytes become '1'. */
export function base58btcEncode(bytes) {
  const digits = [0];
  for (const byte of bytes) {
    let carry = byte;
    for (let i = 0; i < digits.length; i++) {
      carry += digits[i] << 8;
      digits[i] = carry % 58;
      carry = (carry / 58) | 0;
    }
    while (carry > 0) {
      digits.push(carry % 58);
      carry = (carry / 58) | 0;
    }
  }
  let out = '';
  for (let i = 0; i < bytes.length && bytes[i] === 0; i++) out += '1';
  for (let i = digits.length - 1; i >= 0; i--) out += B58[digits[i]];
  // a lone [0] digit for empty/all-zero input is already covered by the leading-'1' loop
  return bytes.length && bytes.every((b) => b === 0) ? out.slice(0, bytes.length) : out;
}

export function base58btcDecode(text) {
  const bytes = [0];
  for (const ch of text) {
    const v = B58.indexOf(ch);
    if (v < 0) throw new Error(`not base58btc: ${ch}`);
    let carry = v;
    for (let i = 0; i < bytes.length; i++) {
      carry += bytes[i] * 58;
      bytes[i] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  let zeros = 0;
  while (zeros < text.length && text[zeros] === '1') zeros++;
  const body = bytes.reverse();
  while (body.length && body[0] === 0) body.shift();
  return Uint8Array.from([...new Array(zeros).fill(0), ...body]);
}

export const b64u = (bytes) => Buffer.from(bytes).toString('base64url');
export const fromB64u = (text) => new Uint8Array(Buffer.from(text, 'base64url'));
export const utf8 = (text) => new TextEncoder().encode(text);

/** Multibase: 'z' + base58btc. */
export const multibaseZ = (bytes) => 'z' + base58btcEncode(bytes);
/** Multibase: 'u' + base64url without padding. */
export const multibaseU = (bytes) => 'u' + b64u(bytes);

/** Ed25519 public key → Multikey publicKeyMultibase (multicodec 0xed01), `z6Mk…`. */
export function ed25519Multikey(rawPublicKey) {
  return multibaseZ(Uint8Array.from([0xed, 0x01, ...rawPublicKey]));
}

export function multikeyToEd25519(mb) {
  if (!mb.startsWith('z')) throw new Error('multikey must be base58btc');
  const bytes = base58btcDecode(mb.slice(1));
  if (bytes[0] !== 0xed || bytes[1] !== 0x01 || bytes.length !== 34) throw new Error('not an Ed25519 multikey');
  return bytes.slice(2);
}

/** RFC 8785 JSON Canonicalization Scheme. ES number serialisation == JCS number serialisation. */
export function jcs(value) {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('JCS: non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return '[' + value.map((v) => (v === undefined ? 'null' : jcs(v))).join(',') + ']';
  const keys = Object.keys(value)
    .filter((k) => value[k] !== undefined)
    .sort(); // default sort compares UTF-16 code units, as RFC 8785 §3.2.3 requires
  return '{' + keys.map((k) => JSON.stringify(k) + ':' + jcs(value[k])).join(',') + '}';
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes, crc = 0) {
  let c = ~crc >>> 0;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}
