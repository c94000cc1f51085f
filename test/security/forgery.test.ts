// Forgery: never `valid`. Every `forgery-*` fixture the fixture script signs (really, with real keys,
// then forged) goes through verify() and through a <badge-card>; each must end with the exact verdict
// its manifest entry names (test/helpers/verdict.mjs: invalid with exactly those checks failed, or
// indeterminate), and the card must never show the verified state. A few forgeries that need no
// key at all (alg "none", HMAC with a public key, a JWT whose only key is its own header) are
// built here from the valid JWT fixtures.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { configure } from '../../src/index.js';
import { verify, type VerificationReport } from '../../src/core/index.js';
import { fixtureManifest, fixtureProxy, type FixtureCase } from '../helpers/hosts.js';
import { b64url } from './corpus/malformed.js';
import { isCompactJws } from './corpus/mutate.js';
import { inState, recordPageErrors, render } from './corpus/inspect.js';
import { verdictMismatch } from '../helpers/verdict.mjs';
import { testNow } from '../helpers/clock.mjs';

// Every badge this file verifies is judged on the suite's clock (test/helpers/clock.mjs), not the machine's.
configure({ now: testNow });

const manifest = await fixtureManifest();
const forgeries = manifest.filter((c) => c.name.startsWith('forgery-'));
const validJwts: Array<{ fc: FixtureCase; jws: string }> = [];
for (const fc of manifest.filter((c) => c.expect === 'valid')) {
  const text = await (await fetch(`/test/fixtures/${fc.path}`)).text();
  if (isCompactJws(text)) validJwts.push({ fc, jws: text.trim() });
}

const tally = { tried: 0, correct: 0 };

function explain(r: VerificationReport): string {
  return `${r.status}: ${r.checks.map((c) => `${c.id}=${c.outcome}`).join(', ')}${r.error ? ` (${r.error.code}: ${r.error.message})` : ''}`;
}

function b64urlJson(seg: string): Record<string, unknown> {
  const b = atob(seg.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (seg.length % 4)) % 4));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(b, (c) => c.charCodeAt(0)))) as Record<string, unknown>;
}

async function hs256(secret: Uint8Array, data: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', secret as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return b64url(new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(data))));
}

/** Keyless forgeries of a valid VC-JWT: the payload is the real one, the issuer never signed what we claim. */
async function keylessForgeries(jws: string, ob2: boolean): Promise<Array<{ what: string; jws: string; expect: string }>> {
  const [h, p] = jws.split('.');
  const header = b64urlJson(h);
  const payload = b64urlJson(p);
  const out: Array<{ what: string; jws: string; expect: string }> = [];
  const withHeader = (hd: Record<string, unknown>) => b64url(JSON.stringify(hd));
  out.push({ what: 'alg none, no signature', jws: `${withHeader({ ...header, alg: 'none' })}.${p}.`, expect: 'invalid:proof' });
  out.push({ what: 'alg NONE (case games)', jws: `${withHeader({ ...header, alg: 'NONE' })}.${p}.`, expect: 'invalid:proof' });
  // HMAC "signed" with the issuer's public key bytes (the classic alg-confusion forgery).
  const hsHeader = withHeader({ ...header, alg: 'HS256' });
  const secret = new TextEncoder().encode(String(header.kid ?? payload.iss ?? 'public-key'));
  out.push({ what: 'alg HS256 keyed with public material', jws: `${hsHeader}.${p}.${await hs256(secret, `${hsHeader}.${p}`)}`, expect: 'invalid:proof' });
  // A forger's own Ed25519 key, shipped in the header as `jwk` (signature intact, signer unknown).
  const kp = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const jwk = await crypto.subtle.exportKey('jwk', kp.publicKey);
  const forgedPayload = { ...payload };
  const vc = (forgedPayload.vc ?? forgedPayload) as Record<string, unknown>;
  if (vc.credentialSubject && typeof vc.credentialSubject === 'object') {
    vc.credentialSubject = { ...(vc.credentialSubject as object), forgedBy: 'attacker' };
  }
  const jh = withHeader({ alg: 'EdDSA', typ: header.typ, jwk: { kty: jwk.kty, crv: jwk.crv, x: jwk.x } });
  const jp = b64url(JSON.stringify(forgedPayload));
  const sig = b64url(new Uint8Array(await crypto.subtle.sign('Ed25519', kp.privateKey, new TextEncoder().encode(`${jh}.${jp}`))));
  // The signature is sound but the key is nobody the issuer lists: the issuer check fails (or, for a
  // verifier that does not resolve the issuer of a jwk-only JWT, the signer stays unknown). An OB 2.0
  // signed badge ignores the header's key and checks its own issuer's key, under which it fails.
  out.push({ what: "forger's key in the jwk header", jws: `${jh}.${jp}.${sig}`, expect: ob2 ? 'invalid:proof' : 'invalid:issuer|indeterminate' });
  // The same forger's key, with the header's kid still naming the issuer's key.
  if (header.kid) {
    const kh = withHeader({ alg: 'EdDSA', typ: header.typ, kid: header.kid, jwk: { kty: jwk.kty, crv: jwk.crv, x: jwk.x } });
    const ks = b64url(new Uint8Array(await crypto.subtle.sign('Ed25519', kp.privateKey, new TextEncoder().encode(`${kh}.${jp}`))));
    out.push({ what: "issuer's kid, forger's jwk", jws: `${kh}.${jp}.${ks}`, expect: 'invalid:proof' });
  }
  return out;
}

describe('forged badges never show as verified', () => {
  let container: HTMLElement;
  before(() => {
    configure({ proxy: fixtureProxy });
    container = document.createElement('div');
    document.body.append(container);
  });
  after(() => {
    container.remove();
    console.log(`[security] forgeries: ${tally.tried} tried, ${tally.correct} ended invalid/indeterminate`);
  });

  it('the manifest has forgery fixtures to try', () => {
    expect(forgeries.length, 'forgery-* entries in test/fixtures/index.json').to.be.greaterThan(0);
  });

  for (const fc of forgeries) {
    it(`${fc.name}: verify() ends exactly ${fc.expect}`, async () => {
      tally.tried++;
      const report = await verify(fc.url, { proxy: fixtureProxy, now: testNow });
      expect(verdictMismatch(fc.expect, report), `${fc.name} (${fc.note ?? ''}) → ${explain(report)}`).to.equal('');
      tally.correct++;
    });

    it(`${fc.name}: a <badge-card> does not show the verified state`, async () => {
      tally.tried++;
      const errors = recordPageErrors();
      const r = await render('badge-card', { attrs: { src: fc.url } }, container);
      errors.stop();
      expect(r.ended, 'a forgery is understood: it must be verified (and fail), not end in badge-error').to.equal('badge-verified');
      expect(verdictMismatch(fc.expect, r.report!), explain(r.report!)).to.equal('');
      expect(inState(r.el, 'valid'), ':state(valid)').to.be.false;
      expect(inState(r.el, r.report!.status), `:state(${r.report!.status})`).to.be.true;
      expect(errors.errors).to.deep.equal([]);
      r.el.remove();
      tally.correct++;
    });
  }

  for (const { fc, jws } of validJwts) {
    it(`keyless forgeries of ${fc.name} end with their exact verdicts`, async () => {
      for (const f of await keylessForgeries(jws, fc.format.startsWith('ob2'))) {
        tally.tried++;
        const report = await verify(f.jws, { proxy: fixtureProxy, now: testNow });
        expect(verdictMismatch(f.expect, report), `${f.what} → ${explain(report)}`).to.equal('');
        tally.correct++;
      }
    });
  }
});
