// VC-JWT (OB 3.0 §jwt-verify, VC-JOSE-COSE; VC-JWT 1.1 `vc` claim): the compact JWS signature, the key
// it names (kid → DID URL / https key / JWKS; or the `jwk` header) and the JWT claims' agreement with
// the credential. Dates (exp/nbf) are formats/vc.ts's job: only the signature is checked here (proofs/jws.ts).

import type { Check } from '../model.js';
import type { JsonObject, VerifyContext } from '../options.js';
import type { ProofOptions, ProofResult } from './index.js';
import {
  checkIssuerBinding,
  controllerMethods,
  importedVerifyKey,
  importVerifyKey,
  KeyResolutionError,
  publicJwk,
  resolvedLocalVm,
  resolveVerificationMethod,
  unresolvedIssuer,
  type VerificationMethod,
} from '../keys/index.js';
import { jwkThumbprint } from '../keys/jwk.js';
import { decodeJwsPayload } from '../detect.js';
import { decodeProtectedHeader, isBadSignature, verifyCompactJws } from './jws.js';
import { idOf, isObj as isObject } from '../json.js';

/** Asymmetric algorithms only: never `none`, never HS* (a public key used as an HMAC secret). */
export const JWT_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA', 'Ed25519'] as const;

type JwtProofResult = ProofResult & { header: Record<string, unknown> };

/** A kid without a scheme (`#key-1`, `key-1`) is relative to the issuer DID/URL (1EdTech validator, VC-JOSE-COSE §kid). */
function absoluteKid(kid: string, iss: unknown): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(kid)) return kid;
  if (typeof iss !== 'string' || !/^[a-z][a-z0-9+.-]*:/i.test(iss)) return kid;
  return `${iss.split('#')[0]}#${kid.replace(/^#/, '')}`;
}

function fail(id: string, message: string, detail?: Record<string, unknown>): Check {
  return { id, outcome: 'failed', message, ...(detail ? { detail } : {}) };
}

export async function verifyJwtProof(jwt: string, ctx: VerifyContext, opts: ProofOptions): Promise<JwtProofResult> {
  const purpose = opts.purpose ?? 'assertionMethod';
  let header: Record<string, unknown> = {};
  const extra: Check[] = [];
  const done = (proof: Check, issuer: Check, verificationMethod?: string): JwtProofResult => ({
    proof,
    issuer,
    extra,
    header,
    ...(verificationMethod ? { verificationMethod } : {}),
  });
  const skippedIssuer: Check = { id: 'issuer', outcome: 'skipped', message: 'The signer was not looked up because the signature could not be checked.' };

  let payload: JsonObject;
  try {
    // detect() has decoded both (and matched the three parts); decoded here only for a direct call.
    header = opts.header ?? decodeProtectedHeader(jwt);
    payload = opts.payload ?? decodeJwsPayload(jwt);
  } catch (e) {
    return done(fail('proof', `The JWT cannot be read: ${(e as Error).message}`), skippedIssuer);
  }

  const alg = header.alg;
  if (typeof alg !== 'string' || !(JWT_ALGORITHMS as readonly string[]).includes(alg)) {
    return done(
      fail('proof', `The JWT uses the signature algorithm "${String(alg)}", which is not accepted (allowed: ${JWT_ALGORITHMS.join(', ')}).`, { alg }),
      skippedIssuer,
    );
  }

  const credential = isObject(payload.vc) ? payload.vc : payload;
  const iss = payload.iss;
  const expectedIssuer = opts.expectedIssuer ?? (typeof iss === 'string' ? iss : undefined);

  // Which key: kid (dereferenced) and/or the jwk header (integrity only, unless the issuer publishes it).
  let vm: VerificationMethod | undefined;
  let kidError: unknown;
  let kidUrl: string | undefined;
  if (typeof header.kid === 'string' && header.kid !== '') {
    kidUrl = absoluteKid(header.kid, iss);
    try {
      vm = resolvedLocalVm(kidUrl) ?? (await resolveVerificationMethod(kidUrl, ctx));
    } catch (e) {
      if (!(e instanceof KeyResolutionError)) throw e;
      kidError = e;
    }
    if (vm && vm.id !== kidUrl) {
      return done(fail('proof', `The key found for kid ${kidUrl} has a different id (${vm.id}).`, { kid: kidUrl }), skippedIssuer, kidUrl);
    }
  }
  let headerVm: VerificationMethod | undefined;
  if (header.jwk !== undefined) {
    const jwk = header.jwk;
    if (!isObject(jwk) || typeof jwk.kty !== 'string') return done(fail('proof', 'The jwk header is not a JSON Web Key.'), skippedIssuer);
    if ('d' in jwk) return done(fail('proof', 'The jwk header contains a private key (d); such a token is refused.'), skippedIssuer);
    headerVm = { id: 'jwk', type: 'JsonWebKey', controller: '', publicKeyJwk: jwk as JsonWebKey, relationships: [] };
    if (vm) {
      const a = await thumbprint(publicJwk(vm));
      const b = await thumbprint(jwk as JsonWebKey);
      if (a !== b) return done(fail('proof', `The jwk header is not the key named by kid ${kidUrl}.`, { kid: kidUrl }), skippedIssuer, kidUrl);
    }
  }

  const key = vm ?? headerVm;
  if (!key) {
    if (kidError) {
      const message = (kidError as Error).message;
      return done(
        {
          id: 'proof',
          outcome: 'unknown',
          message: `The signing key could not be found, so the signature cannot be checked: ${message}`,
          detail: { kid: kidUrl },
        },
        unresolvedIssuer(kidUrl, kidError),
        kidUrl,
      );
    }
    return done(
      { id: 'proof', outcome: 'unknown', message: 'The JWT names no key (neither kid nor jwk header), so its signature cannot be checked.' },
      skippedIssuer,
    );
  }

  let cryptoKey: CryptoKey;
  try {
    cryptoKey = importedVerifyKey(key, alg) ?? (await importVerifyKey(key, alg));
  } catch (e) {
    return done(fail('proof', `The key cannot be used with ${alg}: ${(e as Error).message}`, { alg }), skippedIssuer, vm?.id);
  }
  try {
    await verifyCompactJws(jwt, header, alg, cryptoKey);
  } catch (e) {
    const bad = isBadSignature(e);
    return done(
      fail(
        'proof',
        bad
          ? 'The signature does not match: the credential was changed after signing, or signed with another key.'
          : `The signature could not be checked: ${(e as Error).message}`,
        { alg },
      ),
      skippedIssuer,
      vm?.id,
    );
  }
  const proof: Check = {
    id: 'proof',
    outcome: 'passed',
    message: `The JWT signature (${alg}) is intact.`,
    detail: { alg, ...(vm ? { verificationMethod: vm.id } : { key: 'jwk header' }) },
  };

  let issuer: Check;
  if (vm) issuer = checkIssuerBinding(vm, expectedIssuer, purpose);
  else if (kidError && headerVm) issuer = unresolvedIssuer(kidUrl, kidError);
  else issuer = await headerKeyIssuer(headerVm!, expectedIssuer, purpose, ctx);

  extra.push(claimsCheck(payload, credential));
  return done(proof, issuer, vm?.id);
}

async function thumbprint(jwk: JsonWebKey | undefined): Promise<string | undefined> {
  if (!jwk) return undefined;
  try {
    return await jwkThumbprint(jwk);
  } catch {
    return undefined;
  }
}

/** A key carried only in the jwk header belongs to the issuer only if the issuer publishes the same key. */
async function headerKeyIssuer(headerVm: VerificationMethod, expectedIssuer: string | undefined, purpose: string, ctx: VerifyContext): Promise<Check> {
  const unknown = (why: string): Check => ({
    id: 'issuer',
    outcome: 'unknown',
    message: `Signed, but the issuer does not publish this key${why ? ` (${why})` : ''}.`,
    detail: { key: 'jwk header', ...(expectedIssuer ? { issuer: expectedIssuer } : {}) },
  });
  if (!expectedIssuer) return unknown('the credential names no issuer');
  const want = await thumbprint(headerVm.publicKeyJwk);
  let published: VerificationMethod[];
  try {
    published = await controllerMethods(expectedIssuer, ctx);
  } catch (e) {
    return unknown((e as Error).message);
  }
  for (const m of published) {
    if (want !== undefined && (await thumbprint(publicJwk(m))) === want) return checkIssuerBinding(m, expectedIssuer, purpose);
  }
  return unknown('');
}

/** `jwt-claims`: the registered claims must agree with the credential (OB 3.0 §jwt-verify-credential). */
function claimsCheck(payload: JsonObject, credential: JsonObject): Check {
  const problems: string[] = [];
  const warnings: string[] = [];
  const issuerId = idOf(credential.issuer);
  if (payload.iss !== undefined && issuerId !== undefined && payload.iss !== issuerId)
    problems.push(`iss (${String(payload.iss)}) is not the issuer ${issuerId}`);
  if (payload.jti !== undefined && typeof credential.id === 'string' && payload.jti !== credential.id)
    problems.push(`jti (${String(payload.jti)}) is not the credential id ${credential.id}`);
  const subjects = Array.isArray(credential.credentialSubject) ? credential.credentialSubject : [credential.credentialSubject];
  const subjectId = subjects.length === 1 ? idOf(subjects[0]) : undefined;
  if (subjectId !== undefined) {
    if (payload.sub === undefined) warnings.push('sub is missing');
    else if (payload.sub !== subjectId) problems.push(`sub (${String(payload.sub)}) is not the subject ${subjectId}`);
  }
  if (payload.iss === undefined && issuerId === undefined) warnings.push('neither iss nor an issuer is present');
  if (problems.length)
    return {
      id: 'jwt-claims',
      outcome: 'failed',
      message: `The JWT claims disagree with the credential: ${problems.join('; ')}.`,
      detail: { problems, warnings },
    };
  if (warnings.length) return { id: 'jwt-claims', outcome: 'warning', message: `The JWT claims are incomplete: ${warnings.join('; ')}.`, detail: { warnings } };
  return { id: 'jwt-claims', outcome: 'passed', message: 'The JWT claims agree with the credential.' };
}
