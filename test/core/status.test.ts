import { expect } from '@open-wc/testing';
import { verify, createCache } from '../../src/core/index.js';
import type { Check, VerificationReport } from '../../src/core/model.js';
import { decodeEncodedList, gunzip, readStatus, MIN_STATUS_LIST_ENTRIES } from '../../src/core/status/index.js';
import { echoUrl, encodeBitstring, makeIssuer, type TestIssuer } from '../helpers/vc-jwt-signer.js';
import { fetchVector } from '../helpers/vectors.js';

const VC2 = 'https://www.w3.org/ns/credentials/v2';
const now = () => new Date('2026-11-28T00:00:00Z');

function check(r: VerificationReport, id: string): Check | undefined {
  return r.checks.find((c) => c.id === id);
}

async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('status: bitstring decoding', () => {
  it('reads bit 0 as the most significant bit of byte 0', () => {
    const bits = new Uint8Array([0b1000_0000, 0b0000_0001]);
    expect(readStatus(bits, 0)).to.equal(1);
    expect(readStatus(bits, 1)).to.equal(0);
    expect(readStatus(bits, 15)).to.equal(1);
    expect(readStatus(bits, 14)).to.equal(0);
  });

  it('reads multi-bit statuses at index × statusSize', () => {
    const bits = new Uint8Array([0b0010_1100]);
    expect(readStatus(bits, 0, 2)).to.equal(0);
    expect(readStatus(bits, 1, 2)).to.equal(2);
    expect(readStatus(bits, 2, 2)).to.equal(3);
    expect(readStatus(bits, 3, 2)).to.equal(0);
  });

  it('answers undefined for an index outside the list', () => {
    expect(readStatus(new Uint8Array(2), 16)).to.equal(undefined);
    expect(readStatus(new Uint8Array(2), 8, 2)).to.equal(undefined);
  });

  it('expands a multibase (u) base64url GZIP list and a plain StatusList2021 one', async () => {
    for (const multibase of [true, false]) {
      const encoded = await encodeBitstring(MIN_STATUS_LIST_ENTRIES, [23, 131_071], { multibase });
      const bits = await decodeEncodedList(encoded);
      expect(bits.length).to.equal(MIN_STATUS_LIST_ENTRIES / 8);
      expect(readStatus(bits, 23)).to.equal(1);
      expect(readStatus(bits, 22)).to.equal(0);
      expect(readStatus(bits, 131_071)).to.equal(1);
    }
  });

  it('stops inflating at the output cap (a decompression bomb)', async () => {
    const bomb = await gzip(new Uint8Array(4 * 1024 * 1024));
    expect(bomb.length).to.be.below(10_000);
    let error: unknown;
    try {
      await gunzip(bomb, 1024 * 1024);
    } catch (e) {
      error = e;
    }
    expect((error as { code?: string }).code).to.equal('too-large');
  });

  it('refuses data that is not GZIP and encodings it does not know', async () => {
    for (const bad of ['uAAAAAAAAAA', 'zQmNotBase64', 'u!!!']) {
      let error: unknown;
      try {
        await decodeEncodedList(bad);
      } catch (e) {
        error = e;
      }
      expect(error, bad).to.have.property('code');
    }
  });

  it('decodes the 1EdTech validator test list: 131,072 entries, bit 23 set', async function () {
    // Without ../shared/vectors this fails with MISSING_VECTORS (test/helpers/vectors.ts), not silently.
    const res = await fetchVector('ob3/1edtech-validator/bit-string-list/testlist');
    const list = (await res.json()) as { credentialSubject: { encodedList: string } };
    const bits = await decodeEncodedList(list.credentialSubject.encodedList);
    expect(bits.length * 8).to.equal(131_072);
    expect(readStatus(bits, 23)).to.equal(1);
    expect(readStatus(bits, 22)).to.equal(0);
    expect(readStatus(bits, 24)).to.equal(0);
  });
});

describe('status: credentialStatus checks through verify()', () => {
  let issuer: TestIssuer;
  let stranger: TestIssuer;

  before(async () => {
    issuer = await makeIssuer();
    stranger = await makeIssuer();
  });

  interface ListOptions {
    signer?: TestIssuer;
    entries?: number;
    set?: number[];
    purpose?: string;
    legacy?: boolean;
    validUntil?: string;
  }

  async function statusList({
    signer = issuer,
    entries = MIN_STATUS_LIST_ENTRIES,
    set = [],
    purpose = 'revocation',
    legacy = false,
    validUntil,
  }: ListOptions = {}) {
    const list: Record<string, unknown> = {
      '@context': [VC2],
      id: `urn:uuid:${crypto.randomUUID()}`,
      type: ['VerifiableCredential', legacy ? 'StatusList2021Credential' : 'BitstringStatusListCredential'],
      issuer: signer.did,
      validFrom: '2024-01-01T00:00:00Z',
      credentialSubject: {
        id: 'urn:example:list#list',
        type: legacy ? 'StatusList2021' : 'BitstringStatusList',
        statusPurpose: purpose,
        encodedList: await encodeBitstring(entries, set, { multibase: !legacy }),
      },
    };
    if (validUntil) list.validUntil = validUntil;
    return echoUrl(await signer.sign(list), 'application/vc+jwt');
  }

  async function credential(status: unknown, signer = issuer): Promise<string> {
    return signer.sign({
      '@context': [VC2],
      id: `urn:uuid:${crypto.randomUUID()}`,
      type: ['VerifiableCredential'],
      issuer: signer.did,
      validFrom: '2025-01-01T00:00:00Z',
      credentialSubject: { id: 'did:example:learner', name: 'Sam' },
      credentialStatus: status,
    });
  }

  function entry(url: string, index: number, purpose = 'revocation', type = 'BitstringStatusListEntry') {
    return { id: `${url}#${index}`, type, statusPurpose: purpose, statusListIndex: String(index), statusListCredential: url };
  }

  it('verifies a credential whose bit is clear', async () => {
    const url = await statusList({ set: [7] });
    const r = await verify(await credential(entry(url, 6)), { now });
    expect(check(r, 'revocation')?.outcome, JSON.stringify(r.checks)).to.equal('passed');
    expect(r.status, JSON.stringify(r.checks)).to.equal('valid');
  });

  it('marks a credential revoked when its bit is set', async () => {
    const url = await statusList({ set: [7] });
    const r = await verify(await credential(entry(url, 7)), { now });
    expect(check(r, 'revocation')?.outcome).to.equal('failed');
    expect(r.status).to.equal('invalid');
  });

  it('marks a credential suspended through a suspension list', async () => {
    const url = await statusList({ set: [3], purpose: 'suspension' });
    const r = await verify(await credential(entry(url, 3, 'suspension')), { now });
    expect(check(r, 'suspension')?.outcome).to.equal('failed');
    expect(check(r, 'revocation')).to.equal(undefined);
    expect(r.status).to.equal('invalid');
  });

  it('reads the legacy StatusList2021 (no multibase prefix)', async () => {
    const url = await statusList({ set: [42], legacy: true });
    const revoked = await verify(await credential(entry(url, 42, 'revocation', 'StatusList2021Entry')), { now });
    const fine = await verify(await credential(entry(url, 41, 'revocation', 'StatusList2021Entry')), { now });
    expect(check(revoked, 'revocation')?.outcome).to.equal('failed');
    expect(check(fine, 'revocation')?.outcome).to.equal('passed');
  });

  it('checks every entry of an array: revoked in one list is revoked', async () => {
    const a = await statusList({ set: [] });
    const b = await statusList({ set: [5], purpose: 'suspension' });
    const r = await verify(await credential([entry(a, 5), entry(b, 5, 'suspension')]), { now });
    expect(check(r, 'revocation')?.outcome).to.equal('passed');
    expect(check(r, 'suspension')?.outcome).to.equal('failed');
  });

  it('warns, but does not fail, on a list shorter than 131,072 entries', async () => {
    const url = await statusList({ entries: 100_000 });
    const r = await verify(await credential(entry(url, 1)), { now });
    expect(check(r, 'revocation')?.outcome).to.equal('warning');
    expect(check(r, 'revocation')?.message).to.contain('100000');
    expect(r.status).to.equal('valid');
  });

  it('is unknown when the list is signed by someone else', async () => {
    const url = await statusList({ signer: stranger, set: [] });
    const r = await verify(await credential(entry(url, 1)), { now });
    expect(check(r, 'revocation')?.outcome).to.equal('unknown');
    expect(check(r, 'revocation')?.message).to.contain('someone else');
    expect(r.status).to.equal('indeterminate');
  });

  it('is unknown, never passed, when the list cannot be fetched', async () => {
    const url = `${location.origin}/__test/status/404`;
    const r = await verify(await credential(entry(url, 1)), { now });
    expect(check(r, 'revocation')?.outcome).to.equal('unknown');
    expect(r.status).to.equal('indeterminate');
  });

  it('is unknown when the list has expired', async () => {
    const url = await statusList({ validUntil: '2025-06-01T00:00:00Z' });
    const r = await verify(await credential(entry(url, 1)), { now });
    expect(check(r, 'revocation')?.outcome).to.equal('unknown');
  });

  it('is unknown when the list is for another purpose', async () => {
    const url = await statusList({ purpose: 'suspension' });
    const r = await verify(await credential(entry(url, 1, 'revocation')), { now });
    expect(check(r, 'revocation')?.outcome).to.equal('unknown');
  });

  it('is unknown when the index is outside the list', async () => {
    const url = await statusList();
    const r = await verify(await credential(entry(url, MIN_STATUS_LIST_ENTRIES)), { now });
    expect(check(r, 'revocation')?.outcome).to.equal('unknown');
    expect(check(r, 'revocation')?.message).to.contain('outside');
  });

  it('verifies one status list once for a whole wall sharing a cache', async () => {
    const url = await statusList({ set: [2] });
    let listFetches = 0;
    const fetch = (input: string, init?: RequestInit) => {
      if (input === url) listFetches++;
      return globalThis.fetch(input, init);
    };
    const cache = createCache();
    const reports = await Promise.all([0, 1, 2, 3].map(async (i) => verify(await credential(entry(url, i)), { now, cache, fetch })));
    expect(reports.map((r) => check(r, 'revocation')?.outcome)).to.deep.equal(['passed', 'passed', 'failed', 'passed']);
    expect(listFetches).to.equal(1);
    expect(cache.get(`statuslist:${url}`)).to.not.equal(undefined);
  });

  it('skips status when checkStatus is off', async () => {
    const url = await statusList({ set: [1] });
    const r = await verify(await credential(entry(url, 1)), { now, checkStatus: false });
    expect(check(r, 'revocation')?.outcome).to.equal('skipped');
    expect(r.status).to.equal('valid');
  });

  it('is unknown for a status method it does not know', async () => {
    const r = await verify(await credential({ id: 'https://status.example/1', type: 'CredentialStatusList2017' }), { now });
    expect(check(r, 'revocation')?.outcome).to.equal('unknown');
  });

  describe('1EdTechRevocationList', () => {
    async function withList(list: unknown, listed: (id: string) => unknown = () => list) {
      const id = `urn:uuid:${crypto.randomUUID()}`;
      const body = typeof list === 'string' ? list : JSON.stringify(listed(id));
      const url = typeof list === 'string' ? list : echoUrl(body);
      const jwt = await issuer.sign({
        '@context': [VC2],
        id,
        type: ['VerifiableCredential'],
        issuer: issuer.did,
        validFrom: '2025-01-01T00:00:00Z',
        credentialSubject: { id: 'did:example:learner' },
        credentialStatus: { id: url, type: '1EdTechRevocationList' },
      });
      return verify(jwt, { now });
    }

    it('is revoked when the list names the credential', async () => {
      const r = await withList({}, (id) => ({ id: 'https://issuer.example/revocations', revokedCredential: [{ id, revocationReason: 'Awarded by mistake' }] }));
      expect(check(r, 'revocation')?.outcome).to.equal('failed');
      expect(check(r, 'revocation')?.message).to.contain('Awarded by mistake');
    });

    it('accepts the revokedCredentials spelling and honours revoked: false', async () => {
      const plural = await withList({}, (id) => ({ revokedCredentials: [{ id, revoked: true }] }));
      const unrevoked = await withList({}, (id) => ({ revokedCredential: [{ id, revoked: false }] }));
      expect(check(plural, 'revocation')?.outcome).to.equal('failed');
      expect(check(unrevoked, 'revocation')?.outcome).to.equal('passed');
    });

    it('is not revoked when the list does not name it', async () => {
      const r = await withList({}, () => ({ revokedCredential: [{ id: 'urn:uuid:someone-else' }] }));
      expect(check(r, 'revocation')?.outcome).to.equal('passed');
      expect(r.status).to.equal('valid');
    });

    it('is unknown when the list cannot be fetched', async () => {
      const r = await withList(`${location.origin}/__test/status/500`);
      expect(check(r, 'revocation')?.outcome).to.equal('unknown');
      expect(r.status).to.equal('indeterminate');
    });
  });
});
