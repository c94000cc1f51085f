// A tiny PNG encoder (RGBA, filter 0, zlib via node:zlib) plus iTXt baking, and a badge drawing.
import { deflateSync } from 'node:zlib';
import { crc32, utf8 } from './codec.mjs';

const SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0))]);
}

/** Inserts an uncompressed iTXt chunk (keyword, text) right after IHDR, as the baking specs ask. */
export function bakePng(png, keyword, text) {
  const data = Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0, 0, 0, 0, 0]), Buffer.from(utf8(text))]);
  // keyword \0, compression flag 0, method 0, language tag "" \0, translated keyword "" \0, text
  const ihdrEnd = 8 + 12 + 13;
  return Buffer.concat([png.subarray(0, ihdrEnd), chunk('iTXt', data), png.subarray(ihdrEnd)]);
}

/** Reads back every chunk (type, data) and checks each CRC. */
export function readPngChunks(png) {
  if (!Buffer.from(png.subarray(0, 8)).equals(Buffer.from(SIGNATURE))) throw new Error('not a PNG');
  const chunks = [];
  for (let off = 8; off < png.length;) {
    const len = png.readUInt32BE(off);
    const type = png.toString('latin1', off + 4, off + 8);
    const data = png.subarray(off + 8, off + 8 + len);
    if (png.readUInt32BE(off + 8 + len) !== crc32(png.subarray(off + 4, off + 8 + len))) throw new Error(`bad CRC in ${type}`);
    chunks.push({ type, data });
    off += 12 + len;
  }
  return chunks;
}

const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));

/** A 64×64 round badge: a ring, a filled disc and a five-pointed star, antialiased by 4× supersampling. */
export function drawBadge(colorHex, accentHex = '#ffffff', size = 64) {
  const [r, g, b] = hex(colorHex);
  const [ar, ag, ab] = hex(accentHex);
  const px = new Uint8Array(size * size * 4);
  const c = size / 2;
  const star = [];
  for (let i = 0; i < 10; i++) {
    const rad = i % 2 ? size * 0.12 : size * 0.28;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    star.push([c + rad * Math.cos(a), c + rad * Math.sin(a)]);
  }
  const inStar = (x, y) => {
    let inside = false;
    for (let i = 0, j = star.length - 1; i < star.length; j = i++) {
      const [xi, yi] = star[i];
      const [xj, yj] = star[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let acc = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const fx = x + (sx + 0.5) / 4;
          const fy = y + (sy + 0.5) / 4;
          const d = Math.hypot(fx - c, fy - c);
          let col = null;
          if (d <= size * 0.47) col = [r, g, b];
          if (d <= size * 0.47 && d >= size * 0.41) col = [ar, ag, ab];
          if (d < size * 0.39 && inStar(fx, fy)) col = [ar, ag, ab];
          if (col) acc = [acc[0] + col[0], acc[1] + col[1], acc[2] + col[2], acc[3] + 1];
        }
      }
      const i = (y * size + x) * 4;
      if (acc[3]) {
        px[i] = Math.round(acc[0] / acc[3]);
        px[i + 1] = Math.round(acc[1] / acc[3]);
        px[i + 2] = Math.round(acc[2] / acc[3]);
        px[i + 3] = Math.round((acc[3] / 16) * 255);
      }
    }
  }
  return encodePng(size, size, px);
}

/** The same badge as a small SVG document (no script, no external references). */
export function badgeSvg(colorHex, accentHex = '#ffffff', title = 'Badge') {
  const pts = [];
  for (let i = 0; i < 10; i++) {
    const rad = i % 2 ? 7.68 : 17.92;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push(`${(32 + rad * Math.cos(a)).toFixed(2)},${(32 + rad * Math.sin(a)).toFixed(2)}`);
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64" role="img" aria-label="${title}">` +
    `<circle cx="32" cy="32" r="30" fill="${colorHex}"/>` +
    `<circle cx="32" cy="32" r="28.2" fill="none" stroke="${accentHex}" stroke-width="3.8"/>` +
    `<polygon points="${pts.join(' ')}" fill="${accentHex}"/></svg>`
  );
}
