// Text from a badge must not mislead by its shape. An issuer can write "Univ\u202Eytisre" (a
// right-to-left override that shows "University" reversed back), hide zero-width characters
// between letters so two names that look alike compare unequal, or write a name so long that it
// pushes the verdict off the card. Pure helpers: the elements render their results as text
// (inside <bdi>, so what remains of a right-to-left name cannot reorder our own words around it).

/**
 * Bidi embedding/override/isolate controls (U+202A–U+202E, U+2066–U+2069), the implicit marks
 * (U+200E LRM, U+200F RLM, U+061C ALM), zero-width space/joiners (U+200B–U+200D), the word joiner
 * (U+2060) and the BOM / zero-width no-break space (U+FEFF). None carries meaning in a badge name.
 */
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF]/g;

/** The text without bidi controls and zero-width characters, with its runs of white space made one space. */
export function cleanText(value: string | undefined | null): string {
  if (!value) return '';
  return String(value).replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

export interface ClippedText {
  /** What to show: at most `max` characters, ending in "…" when cut. */
  text: string;
  /** The whole (clean) text when it was cut, for a `title`; undefined when it was not. */
  full?: string;
}

/** Default cut for names in the byline and the card's heading (a long name breaks no layout, but buries the verdict). */
export const NAME_MAX = 80;

/**
 * Cleans and cuts `value` to `max` characters (code points, so a surrogate pair is never split),
 * at the last space of the second half when there is one.
 */
export function clipText(value: string | undefined | null, max = NAME_MAX): ClippedText {
  const clean = cleanText(value);
  const chars = [...clean];
  if (chars.length <= max) return { text: clean };
  let cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  if (space > cut.length / 2) cut = cut.slice(0, space);
  return { text: `${cut.trimEnd()}…`, full: clean };
}

/**
 * `did:key:z6MkqjjRsvNXpdVy…B7s` for a long DID (the first 12 and last 3 characters of its
 * method-specific id): enough to tell two keys apart at a glance, short enough for a byline.
 * Other values (URLs, short DIDs) are returned clean and whole.
 */
export function shortDid(value: string | undefined | null): string {
  const clean = cleanText(value);
  const m = /^(did:[a-z0-9]+:)(.+)$/.exec(clean);
  if (!m || m[2]!.length <= 20) return clean;
  const id = m[2]!;
  return `${m[1]}${id.slice(0, 12)}…${id.slice(-3)}`;
}
