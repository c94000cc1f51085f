// A `src` attribute reads as `<img src>` does: relative to the document's base URL (`<base href>`,
// else the page's own address). `<badge-card src="/badges/aws.json">`, the badge file hosted beside
// the page, is the simplest way to show a badge without any CORS question at all; the core is
// DOM-free and has no base URL to resolve it against, so the element resolves it first.

/**
 * `src` made absolute against `doc.baseURI`. Text that is already absolute (`https:`, `data:`,
 * `blob:`, …) or is not an address at all (JSON, SVG markup, a compact JWT: "eyJ…", the base64url
 * of `{"`) is returned unchanged, and so is anything the URL parser refuses.
 */
export function absoluteSrc(src: string, doc: Pick<Document, 'baseURI'> = document): string {
  const s = src.trim();
  if (!s || /^[a-z][a-z0-9+.-]*:/i.test(s) || /^[{<]/.test(s) || /^eyJ[\w-]*\.[\w-]+\.[\w-]*$/.test(s)) return src;
  try {
    return new URL(s, doc.baseURI).href;
  } catch {
    return src;
  }
}
