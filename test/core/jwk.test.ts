// Our Web Crypto replacements for jose's decodeProtectedHeader, calculateJwkThumbprint, importJWK and
// importSPKI (src/core/keys/jwk.ts, src/core/proofs/jws.ts), checked against RFC 7638 and against jose itself,
// and the lazy jose fallback of verifyCompactJws for tokens the fast path leaves alone.
import { expect } from '@open-wc/testing';
import * as jose from 'jose';
import { importPublicJwk, importSpkiPem, jwkThumbprint, jwsAlgorithm } from '../../src/core/keys/jwk.js';
import { decodeProtectedHeader, isBadSignature, verifyCompactJws } from '../../src/core/proofs/jws.js';
import { base64UrlEncode, utf8 } from '../../src/core/keys/multibase.js';

const b64u = (s: string) => base64UrlEncode(utf8(s));

async function rejects(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a rejection');
}

async function pair(alg: 'EdDSA' | 'ES256' | 'ES384' | 'RS256' | 'PS256') {
  const { publicKey, privateKey } = await jose.generateKeyPair(alg, { extractable: true, ...(alg === 'EdDSA' ? { crv: 'Ed25519' } : {}) });
  return { publicKey, privateKey, jwk: (await jose.exportJWK(publicKey)) as JsonWebKey };
}

describe('decodeProtectedHeader', () => {
  it('returns the header object of a compact JWS (and of a 5-part JWE), like jose', () => {
    const jws = `${b64u('{"alg":"EdDSA","kid":"k"}')}.${b64u('{}')}.c2ln`;
    expect(decodeProtectedHeader(jws)).to.deep.equal({ alg: 'EdDSA', kid: 'k' });
    expect(decodeProtectedHeader(jws)).to.deep.equal(jose.decodeProtectedHeader(jws));
    expect(decodeProtectedHeader(`${b64u('{"alg":"RSA-OAEP"}')}.a.b.c.d`)).to.deep.equal({ alg: 'RSA-OAEP' });
  });

  const bad: Array<[string, string]> = [
    ['two parts', `${b64u('{"alg":"EdDSA"}')}.${b64u('{}')}`],
    ['four parts', `${b64u('{"alg":"EdDSA"}')}.a.b.c`],
    ['an empty header', `.${b64u('{}')}.c2ln`],
    ['a header that is not base64url', `e30+.${b64u('{}')}.c2ln`],
    ['a header that is not JSON', `${b64u('not json')}.${b64u('{}')}.c2ln`],
    ['a JSON array', `${b64u('[1]')}.${b64u('{}')}.c2ln`],
    ['a JSON string', `${b64u('"alg"')}.${b64u('{}')}.c2ln`],
    ['JSON null', `${b64u('null')}.${b64u('{}')}.c2ln`],
    ['bytes that are not UTF-8', `${base64UrlEncode(new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]))}.${b64u('{}')}.c2ln`],
  ];
  for (const [what, token] of bad) {
    it(`throws a TypeError for ${what}, as jose does`, () => {
      expect(() => decodeProtectedHeader(token)).to.throw(TypeError, 'Invalid Token or Protected Header formatting');
      expect(() => jose.decodeProtectedHeader(token)).to.throw();
    });
  }
});

describe('jwkThumbprint (RFC 7638)', () => {
  it('gives the RFC 7638 §3.1 example thumbprint', async () => {
    const jwk = {
      kty: 'RSA',
      n: '0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw',
      e: 'AQAB',
      alg: 'RS256',
      kid: '2011-04-29',
    };
    expect(await jwkThumbprint(jwk)).to.equal('NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs');
  });

  it('agrees with jose for OKP, EC and RSA keys, whatever the other members', async () => {
    for (const alg of ['EdDSA', 'ES256', 'ES384', 'RS256'] as const) {
      const { jwk } = await pair(alg);
      const extra = { ...jwk, kid: 'x', use: 'sig', alg, key_ops: ['verify'] } as JsonWebKey;
      const ours = await jwkThumbprint(extra);
      expect(ours, alg).to.equal(await jose.calculateJwkThumbprint(jwk as jose.JWK));
      expect(ours, alg).to.equal(await jwkThumbprint(jwk));
    }
  });

  it('throws for a JWK without the required members or of an unknown type', async () => {
    await rejects(jwkThumbprint({ kty: 'OKP', crv: 'Ed25519' }));
    await rejects(jwkThumbprint({ kty: 'EC', crv: 'P-256', x: 'AA' }));
    await rejects(jwkThumbprint({ kty: 'RSA', n: '', e: 'AQAB' }));
    await rejects(jwkThumbprint({ kty: 'XYZ', x: 'AA' } as JsonWebKey));
    await rejects(jwkThumbprint({ crv: 'Ed25519', x: 'AA' }));
  });
});

describe('importPublicJwk', () => {
  it('imports a public key of each algorithm for verifying only', async () => {
    for (const [alg, name] of [
      ['EdDSA', 'Ed25519'],
      ['ES256', 'ECDSA'],
      ['ES384', 'ECDSA'],
      ['RS256', 'RSASSA-PKCS1-v1_5'],
      ['PS256', 'RSA-PSS'],
    ] as const) {
      const { jwk } = await pair(alg);
      const key = await importPublicJwk(jwk, alg);
      expect(key.type, alg).to.equal('public');
      expect(key.algorithm.name, alg).to.equal(name);
      expect(key.usages, alg).to.deep.equal(['verify']);
    }
    const { jwk } = await pair('EdDSA');
    await importPublicJwk({ ...jwk, alg: 'Ed25519' }, 'EdDSA'); // the two names of one algorithm
    await importPublicJwk({ ...jwk, alg: 'EdDSA', use: 'sig', key_ops: ['verify'], ext: true }, 'Ed25519');
  });

  it('refuses keys jose refuses: symmetric, private, wrong type or curve, HS*/none/unknown algorithms', async () => {
    const ed = await pair('EdDSA');
    const p256 = await pair('ES256');
    const p384 = await pair('ES384');
    const rsa = await pair('RS256');
    const privateJwk = (await jose.exportJWK(ed.privateKey)) as JsonWebKey;
    const refused: Array<[string, Promise<unknown>]> = [
      ['oct', importPublicJwk({ kty: 'oct', k: 'c2VjcmV0' }, 'EdDSA')],
      ['oct for HS256', importPublicJwk({ kty: 'oct', k: 'c2VjcmV0' }, 'HS256')],
      ['an RSA public key as an HS256 secret', importPublicJwk(rsa.jwk, 'HS256')],
      ['alg none', importPublicJwk(ed.jwk, 'none')],
      ['alg __proto__', importPublicJwk(ed.jwk, '__proto__')],
      ['a private OKP key', importPublicJwk(privateJwk, 'EdDSA')],
      ['an RSA key with a private member', importPublicJwk({ ...rsa.jwk, p: 'AQAB' }, 'RS256')],
      ['an RSA key for ES256', importPublicJwk(rsa.jwk, 'ES256')],
      ['an EC key for EdDSA', importPublicJwk(p256.jwk, 'EdDSA')],
      ['a P-384 key for ES256', importPublicJwk(p384.jwk, 'ES256')],
      ['a P-256 key for ES384', importPublicJwk(p256.jwk, 'ES384')],
      ['an X25519 key for EdDSA', importPublicJwk({ ...ed.jwk, crv: 'X25519' }, 'EdDSA')],
      ['a JWK whose alg is RS256, for PS256', importPublicJwk({ ...rsa.jwk, alg: 'RS256' }, 'PS256')],
      ['a JWK whose alg is ES384, for ES256', importPublicJwk({ ...p256.jwk, alg: 'ES384' }, 'ES256')],
      ['an encryption key (use enc)', importPublicJwk({ ...ed.jwk, use: 'enc' }, 'EdDSA')],
      ['key_ops without verify', importPublicJwk({ ...ed.jwk, key_ops: ['encrypt'] }, 'EdDSA')],
      ['key_ops that is not an array', importPublicJwk({ ...ed.jwk, key_ops: 'verify' as unknown as string[] }, 'EdDSA')],
      ['a non-boolean ext', importPublicJwk({ ...ed.jwk, ext: 'yes' as unknown as boolean }, 'EdDSA')],
      ['an x that is not a key', importPublicJwk({ ...ed.jwk, x: 'AAAA' }, 'EdDSA')],
      ['not an object', importPublicJwk(null as unknown as JsonWebKey, 'EdDSA')],
    ];
    for (const [what, p] of refused) expect(await rejects(p), what).to.be.instanceOf(Error);
  });

  it('imports a short RSA key, which verification then refuses (as jose did)', async () => {
    const algorithm = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]) };
    const short = (await crypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])) as CryptoKeyPair;
    const key = await importPublicJwk(await crypto.subtle.exportKey('jwk', short.publicKey), 'RS256');
    const input = `${b64u('{"alg":"RS256"}')}.${b64u('{}')}`;
    const sig = new Uint8Array(await crypto.subtle.sign(algorithm, short.privateKey, utf8(input) as Uint8Array<ArrayBuffer>));
    const jwt = `${input}.${base64UrlEncode(sig)}`;
    const e = await rejects(verifyCompactJws(jwt, { alg: 'RS256' }, 'RS256', key));
    expect(e.message).to.match(/2048/);
    expect(isBadSignature(e)).to.equal(false);
  });
});

describe('importSpkiPem', () => {
  async function pem(alg: 'RS256' | 'ES256' | 'EdDSA') {
    const p = await pair(alg);
    return { ...p, pem: await jose.exportSPKI(p.publicKey) };
  }

  it('imports a PEM SPKI key for its algorithm and verifies with it', async () => {
    for (const alg of ['RS256', 'ES256', 'EdDSA'] as const) {
      const { pem: text, privateKey } = await pem(alg);
      const key = await importSpkiPem(text, alg);
      expect(key.usages).to.deep.equal(['verify']);
      const jwt = await new jose.CompactSign(utf8('{"a":1}')).setProtectedHeader({ alg }).sign(privateKey);
      await verifyCompactJws(jwt, { alg }, alg, key);
    }
  });

  it('refuses a key of another type or curve, HS256, and text that is not a PEM public key', async () => {
    const rsa = await pem('RS256');
    const ec = await pem('ES256');
    await rejects(importSpkiPem(rsa.pem, 'ES256'));
    await rejects(importSpkiPem(rsa.pem, 'HS256'));
    await rejects(importSpkiPem(ec.pem, 'ES384'));
    await rejects(importSpkiPem(ec.pem, 'RS256'));
    await rejects(importSpkiPem(ec.pem.replace('PUBLIC KEY', 'CERTIFICATE'), 'ES256'));
    await rejects(importSpkiPem('-----BEGIN PUBLIC KEY-----\n!!!!\n-----END PUBLIC KEY-----', 'ES256'));
    await rejects(importSpkiPem(`  ${ec.pem}`, 'ES256'));
  });

  it('the algorithm table has no symmetric or unsigned entry', () => {
    for (const alg of ['none', 'HS256', 'HS384', 'HS512', 'constructor', 'toString', '__proto__']) expect(jwsAlgorithm(alg), alg).to.equal(undefined);
    expect(jwsAlgorithm('EdDSA')).to.equal(jwsAlgorithm('Ed25519'));
  });
});

describe('verifyCompactJws: the lazy jose fallback', () => {
  it('verifies a token with crit/b64 through jose, and reports a changed one as a bad signature', async () => {
    const { privateKey, jwk } = await pair('EdDSA');
    const key = await importPublicJwk(jwk, 'EdDSA');
    const header = { alg: 'EdDSA', b64: true, crit: ['b64'] };
    const jwt = await new jose.CompactSign(utf8('{"iss":"x"}')).setProtectedHeader(header).sign(privateKey);
    await verifyCompactJws(jwt, decodeProtectedHeader(jwt), 'EdDSA', key);
    const [h, , s] = jwt.split('.');
    const changed = `${h}.${b64u('{"iss":"y"}')}.${s}`;
    expect(isBadSignature(await rejects(verifyCompactJws(changed, decodeProtectedHeader(changed), 'EdDSA', key)))).to.equal(true);
  });

  it('refuses a critical header it does not understand (not a bad signature: it cannot be checked)', async () => {
    const { privateKey, jwk } = await pair('EdDSA');
    const key = await importPublicJwk(jwk, 'EdDSA');
    const header = { alg: 'EdDSA', crit: ['urn:example:unknown'], 'urn:example:unknown': 1 };
    const jwt = await new jose.CompactSign(utf8('{}')).setProtectedHeader(header).sign(privateKey, { crit: { 'urn:example:unknown': true } });
    const e = await rejects(verifyCompactJws(jwt, decodeProtectedHeader(jwt), 'EdDSA', key));
    expect(isBadSignature(e)).to.equal(false);
  });

  it('refuses a token whose header names another algorithm than the one checked', async () => {
    const { privateKey, jwk } = await pair('ES256');
    const key = await importPublicJwk(jwk, 'ES256');
    const jwt = await new jose.CompactSign(utf8('{}')).setProtectedHeader({ alg: 'ES256' }).sign(privateKey);
    const [, p, s] = jwt.split('.');
    const forged = `${b64u('{"alg":"HS256"}')}.${p}.${s}`;
    await rejects(verifyCompactJws(forged, decodeProtectedHeader(forged), 'ES256', key));
  });
});
