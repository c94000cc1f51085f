// Shared key types, kept apart from index.ts so the resolvers can import them without a cycle.

export interface VerificationMethod {
  /** Absolute id (DID URL or https URL). */
  id: string;
  /** Multikey, JsonWebKey2020, JsonWebKey, Ed25519VerificationKey2020, … */
  type: string;
  controller: string;
  publicKeyJwk?: JsonWebKey;
  publicKeyMultibase?: string;
  /** The verification relationships (assertionMethod, authentication, …) that list this VM in its controller's document. */
  relationships: string[];
  /** Set when the controller document could not be checked, so `relationships` is not known. */
  relationshipsUnknown?: string;
}

export class KeyResolutionError extends Error {
  override name = 'KeyResolutionError';
  readonly code: 'unresolvable' | 'unsupported' | 'malformed';
  constructor(code: KeyResolutionError['code'], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export const RELATIONSHIPS = ['assertionMethod', 'authentication', 'capabilityInvocation', 'capabilityDelegation', 'keyAgreement'] as const;
/** A did:key / did:jwk VM is in every signing relationship. */
export const ALL_RELATIONSHIPS = ['assertionMethod', 'authentication', 'capabilityInvocation', 'capabilityDelegation'] as const;
