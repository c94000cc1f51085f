// jose's compactVerify, for the tokens proofs/jws.ts does not check itself (crit, b64, odd encodings),
// and its importJWK, for the statements of an issuer registry's federation (identity/registries.ts).
// Only ever import()ed: in the CDN build this module and the part of jose it needs are one lazy chunk
// (cdn/chunks/jose-*.js) that a page loads only when such a token or statement turns up.
export { compactVerify } from 'jose/jws/compact/verify';
export { importJWK } from 'jose/key/import';
