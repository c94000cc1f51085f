// What is this? detect() over JSON, JWS text and URLs.
import { expect } from '@open-wc/testing';
import { detect } from '../../src/core/detect.js';
import { loadInput } from '../../src/core/load.js';
import { createVerifyContext } from '../../src/core/read.js';
import { isBadgeError } from '../../src/core/errors.js';
import type { Detected } from '../../src/core/options.js';

const ctx = () => createVerifyContext({});
const b64url = (s: string) => btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const jws = (payload: unknown) => `${b64url('{"alg":"RS256"}')}.${b64url(JSON.stringify(payload))}.c2ln`;

async function classify(input: unknown): Promise<Detected | string> {
  try {
    const c = ctx();
    return await detect(await loadInput(input, c), c);
  } catch (e) {
    if (isBadgeError(e)) return `error:${e.code}`;
    throw e;
  }
}

const OB2 = 'https://w3id.org/openbadges/v2';
const assertion = {
  '@context': OB2,
  type: 'Assertion',
  id: 'https://x.example/a',
  recipient: { identity: 'a@b.c' },
  badge: 'https://x.example/b',
  verification: { type: 'hosted' },
  issuedOn: '2020-01-01',
};

const table: Array<[string, unknown, string]> = [
  ['an OB 2.0 Assertion (object)', assertion, 'ob2/json'],
  ['an OB 2.0 Assertion (JSON text)', JSON.stringify(assertion), 'ob2/json'],
  ['an OB 2.0 Assertion with a wrong type (format check decides)', { ...assertion, type: 'OtherAssertion' }, 'ob2/json'],
  ['an OB 2.0 Assertion with an unknown openbadges context', { ...assertion, '@context': 'https://w3id.org/openbadges/invalid' }, 'ob2/json'],
  [
    'an OB 1.0 hosted assertion (verify.url)',
    { verify: { type: 'hosted', url: 'https://x.example/a.json' }, recipient: 'sha256$00', badge: 'https://x.example/b' },
    'ob2/json',
  ],
  ['an OB 2.0 BadgeClass', { '@context': OB2, type: 'BadgeClass', id: 'https://x.example/b', name: 'B' }, 'error:not-a-credential'],
  ['an OB 2.0 Issuer', { '@context': OB2, type: 'Issuer', id: 'https://x.example/i' }, 'error:not-a-credential'],
  ['a VC 2.0 OpenBadgeCredential', { '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiableCredential', 'OpenBadgeCredential'] }, 'vc/json'],
  ['a VC 1.1 credential', { '@context': ['https://www.w3.org/2018/credentials/v1'], type: ['VerifiableCredential'] }, 'vc/json'],
  ['a presentation by type only', { type: 'VerifiablePresentation' }, 'vc/json'],
  [
    'a Blockcerts credential',
    { '@context': ['https://www.w3.org/2018/credentials/v1', 'https://w3id.org/blockcerts/v3'], type: ['VerifiableCredential', 'BlockcertsCredential'] },
    'blockcerts/json',
  ],
  [
    'a MerkleProof2019 credential',
    { '@context': ['https://www.w3.org/2018/credentials/v1'], type: ['VerifiableCredential'], proof: { type: 'MerkleProof2019' } },
    'blockcerts/json',
  ],
  ['random JSON', { hello: 'world' }, 'error:not-a-credential'],
  ['broken JSON', '{"a":', 'error:malformed'],
  ['a JSON array', '[1,2]', 'error:not-a-credential'],
  ['an empty object', {}, 'error:not-a-credential'],
  ['an OB 2.0 signed JWS', jws(assertion), 'ob2/jwt'],
  ['a VC-JWT', jws({ iss: 'did:example:1', vc: { type: ['VerifiableCredential'] } }), 'vc/jwt'],
  ['a JWS whose payload is not JSON', `${b64url('{}')}.${b64url('not json')}.c2ln`, 'error:malformed'],
];

describe('detect', () => {
  for (const [name, input, want] of table) {
    it(`${name} → ${want}`, async () => {
      const d = await classify(input);
      expect(typeof d === 'string' ? d : `${d.family}/${d.encoding}`).to.equal(want);
    });
  }

  it('keeps the raw text and the JWS', async () => {
    const token = jws(assertion);
    const d = (await classify(token)) as Detected;
    expect(d.jwt).to.equal(token);
    expect(d.raw).to.equal(token);
    expect(d.document).to.deep.equal(assertion);
  });

  it('keeps the URL a credential was loaded from', async () => {
    const url = `${location.origin}/__test/echo?type=application/json&body=${encodeURIComponent(JSON.stringify(assertion))}`;
    const d = (await classify(url)) as Detected;
    expect(d.url).to.equal(url);
    expect(d.family).to.equal('ob2');
  });

  it('reads JSON bytes with a BOM', async () => {
    const bytes = new TextEncoder().encode(`\uFEFF${JSON.stringify(assertion)}`);
    const d = (await classify(bytes)) as Detected;
    expect(d.family).to.equal('ob2');
  });

  it('non-text bytes that are not PNG are malformed; a JPEG is not a credential', async () => {
    expect(await classify(new Uint8Array([0xff, 0xfe, 0x00, 0xc3, 0x28]))).to.equal('error:malformed');
    const c = ctx();
    try {
      await detect({ bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0xc3, 0x28]), contentType: 'image/jpeg' }, c);
      expect.fail('should throw');
    } catch (e) {
      expect(isBadgeError(e) && e.code).to.equal('not-a-credential');
    }
  });
});
