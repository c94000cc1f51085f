// A small synchronous SHA-256 (FIPS 180-4) for RDFC-1.0's many tiny hashes. rdf-canonize's browser
// build awaits crypto.subtle.digest() once per blank node and per N-degree step: each is a promise
// round trip that costs far more than hashing the few hundred bytes. Only used inside rdfc.ts (the
// lazy JSON-LD chunk); checked against WebCrypto in test/core/rdfc-fast.test.ts.

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74,
  0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d,
  0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e,
  0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5,
  0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const W = new Int32Array(64);
const H = new Int32Array(8);
const encoder = new TextEncoder();
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
/** Reused message buffer: the hashed strings are N-Quads lines, a few hundred bytes each. */
let buffer = new Uint8Array(4096);

function compress(m: Uint8Array, blocks: number): void {
  let h0 = H[0],
    h1 = H[1],
    h2 = H[2],
    h3 = H[3],
    h4 = H[4],
    h5 = H[5],
    h6 = H[6],
    h7 = H[7];
  for (let off = 0; off < blocks * 64; off += 64) {
    for (let i = 0, j = off; i < 16; i++, j += 4) W[i] = (m[j] << 24) | (m[j + 1] << 16) | (m[j + 2] << 8) | m[j + 3];
    for (let i = 16; i < 64; i++) {
      const x = W[i - 15];
      const y = W[i - 2];
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      W[i] = (W[i - 16] + s0 + W[i - 7] + s1) | 0;
    }
    let a = h0,
      b = h1,
      c = h2,
      d = h3,
      e = h4,
      f = h5,
      g = h6,
      h = h7;
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[i] + W[i]) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
    h5 = (h5 + f) | 0;
    h6 = (h6 + g) | 0;
    h7 = (h7 + h) | 0;
  }
  H[0] = h0;
  H[1] = h1;
  H[2] = h2;
  H[3] = h3;
  H[4] = h4;
  H[5] = h5;
  H[6] = h6;
  H[7] = h7;
}

/** SHA-256 of the first `len` bytes of `buffer`, which must have room for the padding (it is written there). */
function digestBuffer(len: number): void {
  const total = ((len + 9 + 63) >> 6) << 6;
  buffer[len] = 0x80;
  buffer.fill(0, len + 1, total);
  const bits = len * 8;
  buffer[total - 5] = bits / 2 ** 32;
  buffer[total - 4] = bits >>> 24;
  buffer[total - 3] = bits >>> 16;
  buffer[total - 2] = bits >>> 8;
  buffer[total - 1] = bits;
  H[0] = 0x6a09e667;
  H[1] = 0xbb67ae85;
  H[2] = 0x3c6ef372;
  H[3] = 0xa54ff53a;
  H[4] = 0x510e527f;
  H[5] = 0x9b05688c;
  H[6] = 0x1f83d9ab;
  H[7] = 0x5be0cd19;
  compress(buffer, total >> 6);
}

/** SHA-256 of `bytes`, as 32 bytes. */
export function sha256Bytes(bytes: Uint8Array): Uint8Array {
  if (buffer.length < bytes.length + 72) buffer = new Uint8Array(bytes.length * 2 + 72);
  buffer.set(bytes);
  digestBuffer(bytes.length);
  const out = new Uint8Array(32);
  for (let i = 0; i < 8; i++) {
    out[i * 4] = H[i] >>> 24;
    out[i * 4 + 1] = H[i] >>> 16;
    out[i * 4 + 2] = H[i] >>> 8;
    out[i * 4 + 3] = H[i];
  }
  return out;
}

/** SHA-256 of the UTF-8 bytes of `text`, as lowercase hex (what RDFC-1.0 hashes and compares). */
export function sha256Hex(text: string): string {
  const n = text.length;
  if (buffer.length < n * 3 + 72) buffer = new Uint8Array(n * 6 + 72);
  let len = 0;
  for (; len < n; len++) {
    const c = text.charCodeAt(len);
    if (c > 0x7f) break;
    buffer[len] = c;
  }
  if (len < n) len = encoder.encodeInto(text, buffer).written;
  digestBuffer(len);
  let s = '';
  for (let i = 0; i < 8; i++) {
    const w = H[i];
    s += HEX[(w >>> 24) & 255] + HEX[(w >>> 16) & 255] + HEX[(w >>> 8) & 255] + HEX[w & 255];
  }
  return s;
}

/** The MessageDigest shape rdf-canonize's `createMessageDigest` option expects (update/digest). */
export class SyncSha256 {
  #text = '';
  update(msg: string): void {
    this.#text += msg;
  }
  digest(): string {
    return sha256Hex(this.#text);
  }
}
