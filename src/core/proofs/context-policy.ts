// Which JSON-LD contexts a Data Integrity (RDFC) verification may fetch.
//
// Under RDFC the signature covers RDF statements, not JSON keys: a context maps the keys a card
// shows (`name`, `narrative`, …) to what was signed. Whoever controls a context can remap keys so
// the JSON says something else while the statements, and so the signature, stay the same (a
// context swap). VC Data Integrity §4.6 asks verifiers to accept only contexts they know. Ours:
// the bundled contexts, the `documents` option, contexts served by the standards bodies' origins,
// by the credential's issuer's own origin, and by origins the page adds (`contextOrigins`).
// Anything else makes the signature "unknown" (indeterminate), never "passed".

import type { VerifyContext } from '../options.js';

/** W3C, W3C CCG (w3id.org and GitHub pages), 1EdTech (purl and GitHub pages), schema.org. */
export const KNOWN_CONTEXT_ORIGINS: readonly string[] = [
  'https://www.w3.org',
  'https://w3id.org',
  'https://w3c-ccg.github.io',
  'https://w3c.github.io',
  'https://purl.imsglobal.org',
  'https://imsglobal.github.io',
  'https://schema.org',
];

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** Undefined when `url` may be fetched as a context, else the reason it may not. */
export function contextRefusal(url: string, ctx: VerifyContext, issuer?: string): string | undefined {
  if (ctx.options.remoteContexts === false) return 'it is not bundled and remote contexts are turned off (remoteContexts: false)';
  const origin = originOf(url);
  if (!origin) return 'it is not a URL';
  if (KNOWN_CONTEXT_ORIGINS.includes(origin) || origin === issuer) return undefined;
  if ((ctx.options.contextOrigins ?? []).some((o) => originOf(o) === origin)) return undefined;
  return `it is served by ${origin}, which is neither a standards body nor the issuer, so what the credential's words mean cannot be trusted (allow it with the contextOrigins option)`;
}
