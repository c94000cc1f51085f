// One decompressor for everything we inflate (PNG iTXt/zTXt text, GZIP status lists): a bomb
// stops as soon as the output passes the cap, instead of after it filled memory.

import { BadgeError } from './errors.js';
import { concat } from './load.js';

export interface InflateMessages {
  /** Message of the `too-large` error. */
  tooLarge: string;
  /** Message of the `malformed` error (the bytes are not valid compressed data). */
  malformed: string;
}

/** Decompresses `input` (`deflate` = zlib, `gzip`), refusing to produce more than `cap` bytes. */
export async function inflateCapped(input: Uint8Array, format: 'deflate' | 'gzip', cap: number, messages: InflateMessages): Promise<Uint8Array> {
  const ds = new DecompressionStream(format);
  const writer = ds.writable.getWriter();
  const reader = ds.readable.getReader();
  // Write without awaiting: backpressure would otherwise deadlock before we start reading.
  const written = writer.write(input as Uint8Array<ArrayBuffer>).then(() => writer.close());
  written.catch(() => {});
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > cap) {
        await reader.cancel().catch(() => {});
        await writer.abort().catch(() => {});
        throw new BadgeError('too-large', messages.tooLarge);
      }
      parts.push(value);
    }
    await written;
  } catch (e) {
    if (e instanceof BadgeError) throw e;
    throw new BadgeError('malformed', messages.malformed, { cause: e });
  }
  return concat(parts, total);
}
