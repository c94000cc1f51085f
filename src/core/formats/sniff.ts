// Is it a baked image? Answered without the extractors: baked-png.ts and baked-svg.ts are imported only
// when the answer is yes, so in the CDN build they are a chunk that pages showing JSON and JWT badges
// never load.

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

export function looksLikeSvg(text: string): boolean {
  const head = text.slice(0, 4096).trimStart();
  return head.startsWith('<') && /<svg[\s>]/i.test(text.slice(0, 1 << 16));
}
