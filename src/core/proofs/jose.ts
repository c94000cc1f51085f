// jose's compactVerify, for the tokens proofs/jws.ts does not check itself (crit, b64, odd encodings).
// Only ever import()ed: in the CDN build this module and the part of jose it needs are one lazy chunk
// (cdn/chunks/jose-*.js) that a page loads only when such a token turns up.
export { compactVerify } from 'jose/jws/compact/verify';
