// The ONE URL allow-list of the library. Every image src and link href that came from a credential
// passes through here; anything else (javascript:, vbscript:, data:text/html, file:, relative
// paths resolved against the page, …) is dropped, never "fixed".

const IMAGE_DATA = /^data:image\/(?:png|jpeg|gif|webp)(?:;[a-z0-9=.+-]+)*(?:;base64)?,/i;

function parse(value: unknown): URL | undefined {
  if (typeof value !== 'string') return undefined;
  // Browsers strip leading/trailing C0 controls and spaces and remove tabs/newlines inside URLs
  // ("java\nscript:"): parse exactly as they would, then look at the parsed protocol.
  const text = value.trim();
  if (!text || text.length > 2_000_000) return undefined;
  try {
    return new URL(text); // absolute URLs only: no base, so relative paths are dropped
  } catch {
    return undefined;
  }
}

/**
 * An image URL safe to put in `<img src>`: `https:`, `http:`, `blob:` and
 * `data:image/png|jpeg|gif|webp`. SVG data URLs are refused (they can carry script when opened
 * directly). Returns undefined for anything else.
 */
export function safeImageUrl(value: unknown): string | undefined {
  const url = parse(value);
  if (!url) return undefined;
  switch (url.protocol) {
    case 'https:':
    case 'http:':
    case 'blob:':
      return url.href;
    case 'data:':
      return IMAGE_DATA.test((value as string).trim()) ? (value as string).trim() : undefined;
    default:
      return undefined;
  }
}

/** A link URL safe to put in `<a href>`: `https:`, `http:` and `mailto:`. Returns undefined for anything else. */
export function safeLinkUrl(value: unknown): string | undefined {
  const url = parse(value);
  if (!url) return undefined;
  return url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'mailto:' ? url.href : undefined;
}
