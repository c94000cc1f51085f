// Errors mean "could not load or understand it". A signature that does not verify is a
// result (a failed check), never a BadgeError.

export type ErrorCode =
  | 'fetch-failed' // network error that is not CORS (DNS, refused, reset)
  | 'http-status' // the server answered 4xx/5xx
  | 'timeout' // no complete answer within options.timeout
  | 'too-large' // body larger than options.maxBytes (or an inflation bomb)
  | 'cors-blocked' // the browser refused to show us the answer: set the proxy option
  | 'redirect-loop' // too many redirects
  | 'not-a-credential' // we understood the bytes, they are not a badge
  | 'malformed' // broken JSON / JWT / PNG / SVG
  | 'unsupported' // a credential we recognise but cannot verify
  | 'aborted'; // options.signal fired

export class BadgeError extends Error {
  override name = 'BadgeError';
  readonly code: ErrorCode;
  readonly url?: string;
  readonly status?: number;
  readonly hint?: string;

  constructor(code: ErrorCode, message: string, extra: { url?: string; status?: number; hint?: string; cause?: unknown } = {}) {
    super(message, extra.cause !== undefined ? { cause: extra.cause } : undefined);
    this.code = code;
    this.url = extra.url;
    this.status = extra.status;
    this.hint = extra.hint;
  }
}

export function isBadgeError(e: unknown): e is BadgeError {
  return e instanceof BadgeError || (typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'BadgeError' && 'code' in e);
}

/** What Chromium, Firefox and Safari throw when an import() of one of our chunks fails (offline, a half-deployed CDN). */
const CHUNK_LOAD_FAILED = /dynamically imported module|Importing a module script failed/i;

/**
 * Turns anything thrown into a BadgeError (unknown exceptions become `malformed`). A chunk of this
 * library that could not be downloaded (the baked-image reader, the status checkers) is a network
 * failure, not a broken badge: `fetch-failed`, which a retry may mend.
 */
export function toBadgeError(e: unknown): BadgeError {
  if (isBadgeError(e)) return e;
  if (e instanceof DOMException && e.name === 'AbortError') return new BadgeError('aborted', 'Verification was cancelled.', { cause: e });
  const message = e instanceof Error ? e.message : String(e);
  if (e instanceof TypeError && CHUNK_LOAD_FAILED.test(message)) {
    return new BadgeError('fetch-failed', `Part of the verifier could not be downloaded (${message}).`, {
      cause: e,
      hint: 'Check the connection and try again.',
    });
  }
  return new BadgeError('malformed', `The credential could not be read: ${message}`, { cause: e });
}
