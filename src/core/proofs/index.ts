// The contract between the VC format code (formats/vc.ts) and the proof families.
// formats/vc.ts calls these; they never decide the overall status themselves.

import type { Check } from '../model.js';
import type { JsonObject } from '../options.js';

/** The outcome of checking a credential's securing mechanism. */
export interface ProofResult {
  /** `proof` check: are the bytes intact (signature verifies)? */
  proof: Check;
  /** `issuer` check: does the key that signed belong to the issuer (controller === issuer, assertionMethod)? */
  issuer: Check;
  /** Extra checks the proof family wants to report (e.g. JWT claim consistency `jwt-claims`), in order. */
  extra: Check[];
  /** The verification method / kid used, when known. */
  verificationMethod?: string;
}

export interface ProofOptions {
  /** issuer id (string) the signer must be bound to; undefined when the credential names none. */
  expectedIssuer?: string;
  /** Verification relationship: `assertionMethod` for credentials, `authentication` for presentations. */
  purpose?: 'assertionMethod' | 'authentication';
  /**
   * VC-JWT only: the JWT's payload, already decoded from the same compact JWS by detect()
   * (Detected.document), so that it is not decoded a second time. Without it, it is decoded here.
   */
  payload?: JsonObject;
  /** VC-JWT only: the protected header of this same JWT, already decoded by detect() (Detected.header). */
  header?: JsonObject;
}
