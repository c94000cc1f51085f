// read(), the first half of verify() (core/read.ts), starts what the checks will need as soon as a
// credential is parsed. Among that are the issuer's registry lookups: they must ask about the issuer
// and never about a presentation's holder (SECURITY.md: registries are never asked about the holder).
import { expect } from '@open-wc/testing';
import { verify } from '../../src/core/index.js';
import type { RegistryConfig } from '../../src/core/options.js';
import { makeIssuer } from '../helpers/vc-jwt-signer.js';
import { fixtureProxy } from '../helpers/hosts.js';
import { testNow } from '../helpers/clock.mjs';

const VC1 = 'https://www.w3.org/2018/credentials/v1';
const SPY = 'https://registry.test/read-spy.json';
const registries: RegistryConfig[] = [{ type: 'dcc-legacy', name: 'Spy registry', url: SPY }];

/** verify() with a fetch that records every URL it is asked for. */
async function requestsOf(input: string): Promise<string[]> {
  const urls: string[] = [];
  const recording = (url: RequestInfo | URL, init?: RequestInit) => {
    urls.push(String(url));
    return fetch(url, init);
  };
  await verify(input, { proxy: fixtureProxy, now: testNow, registries, fetch: recording as typeof fetch });
  // read() asks through the registry module once it is loaded; a verdict that does not wait for the
  // answers (a presentation's) can come first. The module's import() resolves in order, so after this
  // one, anything read() started with it has asked.
  await import('../../src/core/identity/registries.js');
  return urls;
}

describe('read(): what it starts before the checks', () => {
  it("asks the registries about a VC-JWT's DID issuer", async () => {
    const issuer = await makeIssuer();
    const vc = await issuer.sign({
      iss: issuer.did,
      vc: { '@context': [VC1], type: ['VerifiableCredential'], issuanceDate: '2025-01-01T00:00:00Z', credentialSubject: { id: 'did:example:ada' } },
    });
    expect((await requestsOf(vc)).some((u) => u.includes('registry.test/read-spy.json'))).to.equal(true);
  });

  it("never asks them about a presentation's holder (a VP-JWT's iss)", async () => {
    const holder = await makeIssuer();
    const vp = await holder.sign({ iss: holder.did, vp: { '@context': [VC1], type: ['VerifiablePresentation'], verifiableCredential: [] } });
    expect((await requestsOf(vp)).filter((u) => u.includes('registry.test'))).to.deep.equal([]);
  });
});
