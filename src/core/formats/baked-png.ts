// Baked PNG: the credential travels inside the image, in a text chunk.
// OB 3.0 §png-extracting: iTXt keyword `openbadgecredential`; OB 2.0 baking: iTXt `openbadges`;
// pre-spec OB 1.0: tEXt `openbadges` holding a URL. Compression "MUST be 0", but we tolerate a
// compressed chunk and inflate it under a hard output cap (a deflate bomb ends in `too-large`).

import { BadgeError } from '../errors.js';
import { inflateCapped as inflate } from '../inflate.js';
import { isPng } from './sniff.js';

const KEYWORDS = ['openbadgecredential', 'openbadges'];

let crcTable: Uint32Array | undefined;

/** CRC-32 (PNG §5.5) over `bytes`. */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = crcTable[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface PngBadge {
  /** The text of the chunk: a compact JWS, JSON text or a URL. */
  text: string;
  /** `openbadgecredential` (OB 3.0) or `openbadges` (OB 2.0 / 1.0). */
  keyword: string;
  chunk: 'iTXt' | 'tEXt' | 'zTXt';
}

/**
 * Walks the chunks, checking every CRC, and returns the first badge chunk.
 * Throws `malformed` (bad structure or CRC), `not-a-credential` (no badge chunk), `too-large`.
 */
export async function extractFromPng(bytes: Uint8Array, maxBytes: number): Promise<PngBadge> {
  if (!isPng(bytes)) throw new BadgeError('malformed', 'This is not a PNG image.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8;
  let sawEnd = false;
  while (at < bytes.length) {
    if (at + 12 > bytes.length) throw new BadgeError('malformed', 'The PNG image is cut short (truncated chunk).');
    const length = view.getUint32(at);
    const dataStart = at + 8;
    const dataEnd = dataStart + length;
    if (length > 0x7fffffff || dataEnd + 4 > bytes.length) throw new BadgeError('malformed', 'The PNG image is broken: a chunk runs past the end of the file.');
    const type = String.fromCharCode(bytes[at + 4]!, bytes[at + 5]!, bytes[at + 6]!, bytes[at + 7]!);
    if (!/^[A-Za-z]{4}$/.test(type)) throw new BadgeError('malformed', 'The PNG image is broken: a chunk has an invalid type.');
    if (crc32(bytes, at + 4, dataEnd) !== view.getUint32(dataEnd)) {
      throw new BadgeError('malformed', `The PNG image is damaged: the ${type} chunk fails its checksum.`);
    }
    const data = bytes.subarray(dataStart, dataEnd);
    if (type === 'iTXt' || type === 'tEXt' || type === 'zTXt') {
      const found = await readTextChunk(type, data, maxBytes);
      if (found) return found;
    }
    at = dataEnd + 4;
    if (type === 'IEND') {
      sawEnd = true;
      break;
    }
  }
  if (!sawEnd) throw new BadgeError('malformed', 'The PNG image is cut short (no IEND chunk).');
  throw new BadgeError('not-a-credential', 'This PNG image carries no badge (no openbadges / openbadgecredential chunk).');
}

async function readTextChunk(type: 'iTXt' | 'tEXt' | 'zTXt', data: Uint8Array, maxBytes: number): Promise<PngBadge | undefined> {
  const nul = data.indexOf(0);
  if (nul < 1 || nul > 79) return undefined; // keywords are 1–79 bytes
  const keyword = latin1(data.subarray(0, nul));
  if (!KEYWORDS.includes(keyword)) return undefined;
  const broken = () => new BadgeError('malformed', `The PNG ${type} chunk "${keyword}" is broken.`);
  if (type === 'tEXt') return { text: latin1(data.subarray(nul + 1)).trim(), keyword, chunk: type };
  if (type === 'zTXt') {
    if (data[nul + 1] !== 0) throw broken();
    const text = latin1(await inflateCapped(data.subarray(nul + 2), maxBytes));
    return { text: text.trim(), keyword, chunk: type };
  }
  // iTXt: keyword 0 compressionFlag compressionMethod languageTag 0 translatedKeyword 0 text
  if (nul + 3 > data.length) throw broken();
  const compressed = data[nul + 1];
  const method = data[nul + 2];
  const langEnd = data.indexOf(0, nul + 3);
  if (langEnd < 0) throw broken();
  const transEnd = data.indexOf(0, langEnd + 1);
  if (transEnd < 0) throw broken();
  let body = data.subarray(transEnd + 1);
  if (compressed === 1) {
    if (method !== 0) throw broken();
    body = await inflateCapped(body, maxBytes);
  } else if (compressed !== 0) {
    throw broken();
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch (e) {
    throw new BadgeError('malformed', `The PNG ${type} chunk "${keyword}" is not UTF-8 text.`, { cause: e });
  }
  return { text: text.trim(), keyword, chunk: type };
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

/** zlib inflate that stops as soon as the output passes `cap` bytes (deflate bombs reach 1000:1). */
export function inflateCapped(input: Uint8Array, cap: number): Promise<Uint8Array> {
  return inflate(input, 'deflate', cap, {
    tooLarge: `The compressed badge text inflates past the ${cap}-byte limit.`,
    malformed: 'The compressed text in the PNG could not be inflated.',
  });
}
