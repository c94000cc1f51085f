import { expect } from '@open-wc/testing';
import {
  checkIssuerBinding,
  ed25519PublicKey,
  ed25519Verify,
  importVerifyKey,
  KeyResolutionError,
  resolveVerificationMethod,
  type VerificationMethod,
} from '../../src/core/keys/index.js';
import { didWebUrl } from '../../src/core/keys/did-web.js';
import { base58Decode, base58Encode, base64UrlDecode, base64UrlEncode, MULTICODEC, utf8 } from '../../src/core/keys/multibase.js';
import { jcs } from '../../src/core/proofs/jcs.js';
import type { VerifyContext } from '../../src/core/options.js';
import { loadVectorsExpected, makeVectorsProxy } from '../helpers/vectors.js';
import { hostDocuments, proofContext } from '../helpers/proof-context.js';

let ctx: VerifyContext;
let vectorsProxy: (url: string) => string;

before(async () => {
  const expected = await loadVectorsExpected(); // throws MISSING_VECTORS without ../shared/vectors
  vectorsProxy = makeVectorsProxy(expected.urlmap);
  ctx = await proofContext({ proxy: vectorsProxy });
});

async function rejection(p: Promise<unknown>): Promise<KeyResolutionError> {
  try {
    await p;
  } catch (e) {
    expect(e).to.be.instanceOf(KeyResolutionError);
    return e as KeyResolutionError;
  }
  throw new Error('expected a KeyResolutionError');
}

const hex = (s: string) => new Uint8Array(s.match(/../g)!.map((b) => parseInt(b, 16)));

describe('keys: codecs', () => {
  it('base58btc round-trips, keeps leading zeros and rejects 0/O/I/l', () => {
    const bytes = new Uint8Array([0, 0, 1, 2, 255, 128]);
    expect([...base58Decode(base58Encode(bytes))]).to.deep.equal([...bytes]);
    expect(base58Encode(utf8('hello world'))).to.equal('StV1DL6CwTryKyV');
    expect(() => base58Decode('0OIl')).to.throw();
  });

  it('base64url round-trips', () => {
    const bytes = new Uint8Array([251, 255, 191, 0, 1]);
    expect(base64UrlEncode(bytes)).to.equal('-_-_AAE');
    expect([...base64UrlDecode('-_-_AAE')]).to.deep.equal([...bytes]);
  });

  it('JCS sorts keys by UTF-16 code units and serializes numbers as ECMAScript does (RFC 8785 §3.2.3)', () => {
    expect(jcs({ b: [1e21, 1.5, -0, 'x\u000f'], a: { '\u20ac': 1, '\r': 2, '1': 3 }, c: null, d: undefined })).to.equal(
      '{"a":{"\\r":2,"1":3,"€":1},"b":[1e+21,1.5,0,"x\\u000f"],"c":null}',
    );
  });
});

describe('keys: did:key', () => {
  const did = 'did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi';

  it('resolves an Ed25519 did:key locally, in every signing relationship', async () => {
    const vm = await resolveVerificationMethod(`${did}#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi`, ctx);
    expect(vm.controller).to.equal(did);
    expect(vm.type).to.equal('Multikey');
    expect(vm.relationships).to.include.members(['assertionMethod', 'authentication']);
    // 1EdTech implementation guide: public key 4bdeafde…cc5a5
    expect([...ed25519PublicKey(vm)!]).to.deep.equal([...hex('4bdeafde2ea8beefadd8c699b5c7e0704cf51154d52e17b20b71337ca04cc5a5')]);
  });

  it('rejects a fragment that is not the key again', async () => {
    expect((await rejection(resolveVerificationMethod(`${did}#key-1`, ctx))).code).to.equal('malformed');
  });

  it('rejects garbage and unknown key types', async () => {
    expect((await rejection(resolveVerificationMethod('did:key:z0000', ctx))).code).to.equal('malformed');
    const secp = 'z' + base58Encode(new Uint8Array([0xe7, 0x01, ...new Uint8Array(33).fill(2)]));
    expect((await rejection(resolveVerificationMethod(`did:key:${secp}`, ctx))).code).to.equal('unsupported');
  });

  it('decompresses a P-256 did:key (zDn…) into the same public key', async () => {
    const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)); // 04 ‖ x ‖ y
    const compressed = new Uint8Array([2 + (raw[64]! & 1), ...raw.slice(1, 33)]);
    const mb = 'z' + base58Encode(new Uint8Array([...MULTICODEC.p256Pub, ...compressed]));
    expect(mb.startsWith('zDn')).to.equal(true);
    const vm = await resolveVerificationMethod(`did:key:${mb}#${mb}`, ctx);
    const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
    expect(vm.publicKeyJwk).to.include({ kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y });
    // and it verifies a real signature
    const data = new Uint8Array(utf8('p-256'));
    const sig = new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, pair.privateKey, data));
    const key = await importVerifyKey(vm, 'ES256');
    expect(await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, sig, data)).to.equal(true);
  });
});

describe('keys: did:jwk', () => {
  const jwk = { kty: 'OKP', crv: 'Ed25519', x: 'S96v3i6ovu-t2MaZtcfgcEz1EVTVLheyC3EzfKBMxaU' };
  const didOf = (k: object) => `did:jwk:${base64UrlEncode(utf8(JSON.stringify(k)))}`;

  it('resolves #0 to the embedded key', async () => {
    const vm = await resolveVerificationMethod(`${didOf(jwk)}#0`, ctx);
    expect(vm.id).to.equal(`${didOf(jwk)}#0`);
    expect(vm.publicKeyJwk).to.deep.equal(jwk);
    expect(vm.relationships).to.include('assertionMethod');
  });

  it('refuses a private key, an encryption key and any fragment but #0', async () => {
    expect((await rejection(resolveVerificationMethod(`${didOf({ ...jwk, d: 'AAAA' })}#0`, ctx))).code).to.equal('malformed');
    expect((await rejection(resolveVerificationMethod(`${didOf({ ...jwk, use: 'enc' })}#0`, ctx))).code).to.equal('unsupported');
    expect((await rejection(resolveVerificationMethod(`${didOf(jwk)}#1`, ctx))).code).to.equal('unresolvable');
    expect((await rejection(resolveVerificationMethod('did:jwk:bm90LWpzb24#0', ctx))).code).to.equal('malformed');
  });

  it('resolves the P-256 did:jwk of the vectors', async () => {
    const res = await fetch('/__shared/vectors/did/did-jwk/p256.json');
    const { didUrl } = (await res.json()) as { didUrl: string };
    const vm = await resolveVerificationMethod(didUrl, ctx);
    expect(vm.publicKeyJwk?.crv).to.equal('P-256');
    await importVerifyKey(vm, 'ES256');
  });
});

describe('keys: did:web', () => {
  it('maps DIDs to did.json URLs', () => {
    expect(didWebUrl('did:web:example.com')).to.equal('https://example.com/.well-known/did.json');
    expect(didWebUrl('did:web:example.com:u:bob')).to.equal('https://example.com/u/bob/did.json');
    expect(didWebUrl('did:web:example.com%3A3000:user:alice')).to.equal('https://example.com:3000/user/alice/did.json');
    expect(() => didWebUrl('did:web:example.com:..:x')).to.throw();
  });

  it('finds a key embedded in assertionMethod (DCC did:web)', async () => {
    const id = 'did:web:digitalcredentials.github.io:dcc-did-web#z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q';
    const vm = await resolveVerificationMethod(id, ctx);
    expect(vm.controller).to.equal('did:web:digitalcredentials.github.io:dcc-did-web');
    expect(vm.relationships).to.deep.equal(['assertionMethod']);
    expect(ed25519PublicKey(vm)).to.have.length(32);
  });

  it('a key the DID document does not list is unresolvable', async () => {
    const e = await rejection(
      resolveVerificationMethod('did:web:digitalcredentials.github.io:dcc-did-web#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi', ctx),
    );
    expect(e.code).to.equal('unresolvable');
  });

  it('a DID document with another id is refused', async () => {
    const c = await proofContext({ proxy: hostDocuments({ 'https://issuer.test/org/did.json': { id: 'did:web:evil.test', verificationMethod: [] } }) });
    expect((await rejection(resolveVerificationMethod('did:web:issuer.test:org#key-1', c))).code).to.equal('malformed');
  });

  it('relative VM ids and relationships by reference', async () => {
    const did = 'did:web:issuer.test:org';
    const doc = {
      id: did,
      verificationMethod: [{ id: '#key-1', type: 'Multikey', controller: did, publicKeyMultibase: 'z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi' }],
      assertionMethod: ['#key-1'],
      authentication: [`${did}#key-1`],
    };
    const c = await proofContext({ proxy: hostDocuments({ 'https://issuer.test/org/did.json': doc }) });
    const vm = await resolveVerificationMethod(`${did}#key-1`, c);
    expect(vm.relationships).to.deep.equal(['assertionMethod', 'authentication']);
  });

  it('an unreachable DID document is unresolvable', async () => {
    const c = await proofContext({ proxy: () => `${location.origin}/__test/status/404` });
    expect((await rejection(resolveVerificationMethod('did:web:nowhere.test#key-1', c))).code).to.equal('unresolvable');
  });
});

describe('keys: https URLs', () => {
  it('dereferences <issuer-url>#z6Mk… through the controller document (1EdTech convention)', async () => {
    const id = 'https://example.edu/issuers/565049#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi';
    const vm = await resolveVerificationMethod(id, ctx);
    expect(vm.controller).to.equal('https://example.edu/issuers/565049');
    expect(vm.relationships).to.include('assertionMethod');
  });

  it('never reads a key out of the fragment: a key the document does not list is unresolvable', async () => {
    const forged = 'https://example.edu/issuers/565049#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2';
    expect((await rejection(resolveVerificationMethod(forged, ctx))).code).to.equal('unresolvable');
  });

  it('a key document whose controller lists it', async () => {
    const key = 'https://issuer.test/keys/1';
    const c = await proofContext({
      proxy: hostDocuments({
        [key]: { id: key, type: 'Multikey', controller: 'https://issuer.test/profile', publicKeyMultibase: 'z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi' },
        'https://issuer.test/profile': { id: 'https://issuer.test/profile', assertionMethod: [key] },
      }),
    });
    const vm = await resolveVerificationMethod(key, c);
    expect(vm.controller).to.equal('https://issuer.test/profile');
    expect(vm.relationships).to.deep.equal(['assertionMethod']);
    expect(checkIssuerBinding(vm, 'https://issuer.test/profile').outcome).to.equal('passed');
  });

  it('a key document whose controller does not list it binds to nobody', async () => {
    const key = 'https://issuer.test/keys/2';
    const c = await proofContext({
      proxy: hostDocuments({
        [key]: { id: key, type: 'Multikey', controller: 'https://issuer.test/profile', publicKeyMultibase: 'z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi' },
        'https://issuer.test/profile': { id: 'https://issuer.test/profile', assertionMethod: [] },
      }),
    });
    const vm = await resolveVerificationMethod(key, c);
    expect(checkIssuerBinding(vm, 'https://issuer.test/profile').outcome).to.equal('failed');
  });

  it('a VM listed by a document but controlled by someone else gets no relationships', async () => {
    const c = await proofContext({
      proxy: hostDocuments({
        'https://issuer.test/profile': {
          id: 'https://issuer.test/profile',
          verificationMethod: [
            {
              id: 'https://issuer.test/profile#k',
              type: 'Multikey',
              controller: 'https://victim.test/',
              publicKeyMultibase: 'z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi',
            },
          ],
          assertionMethod: ['https://issuer.test/profile#k'],
        },
      }),
    });
    const vm = await resolveVerificationMethod('https://issuer.test/profile#k', c);
    expect(vm.relationships).to.deep.equal([]);
    expect(checkIssuerBinding(vm, 'https://victim.test/').outcome).to.equal('failed');
  });

  it('unsupported schemes and DID methods, and names that are not URLs', async () => {
    expect((await rejection(resolveVerificationMethod('did:example:123#k', ctx))).code).to.equal('unsupported');
    expect((await rejection(resolveVerificationMethod('xxx:z6MkrvfzkMnvCroEUP2DVc9', ctx))).code).to.equal('unsupported');
    expect((await rejection(resolveVerificationMethod('z6Mkrvfzk#key', ctx))).code).to.equal('malformed');
  });
});

describe('keys: signatures and issuer binding', () => {
  it('ed25519Verify checks RFC 8032 §7.1 test 1', async () => {
    const pub = hex('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');
    const sig = hex('e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b');
    expect(await ed25519Verify(pub, sig, new Uint8Array())).to.equal(true);
    expect(await ed25519Verify(pub, sig, new Uint8Array([0]))).to.equal(false);
    expect(await ed25519Verify(pub, sig.slice(1), new Uint8Array())).to.equal(false);
  });

  const vm: VerificationMethod = { id: 'https://i.test/p#k', type: 'Multikey', controller: 'https://i.test/p', relationships: ['assertionMethod'] };
  it('binds only when controller = issuer and the purpose lists the key', () => {
    expect(checkIssuerBinding(vm, 'https://i.test/p').outcome).to.equal('passed');
    expect(checkIssuerBinding(vm, 'https://other.test/').outcome).to.equal('failed');
    expect(checkIssuerBinding(vm, 'https://i.test/p', 'authentication').outcome).to.equal('failed');
    expect(checkIssuerBinding(vm, undefined).outcome).to.equal('failed');
    expect(checkIssuerBinding({ ...vm, relationshipsUnknown: 'offline' }, 'https://i.test/p').outcome).to.equal('unknown');
  });

  it('a did:key issuer must be the same did:key as the signing key', async () => {
    const k = await resolveVerificationMethod('did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi', ctx);
    expect(checkIssuerBinding(k, 'did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi').outcome).to.equal('passed');
    expect(checkIssuerBinding(k, 'did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2').outcome).to.equal('failed');
  });
});
