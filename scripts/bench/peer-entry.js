// The peer, as a page would ship it: @digitalcredentials/verifier-core bundled by esbuild for the browser.
export { verifyCredential } from '@digitalcredentials/verifier-core';
