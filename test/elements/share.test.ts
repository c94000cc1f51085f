import { expect } from '@open-wc/testing';
import {
  certificationOf,
  facebookShareUrl,
  fileNameOf,
  linkedInAddToProfileUrl,
  linkedInShareUrl,
  shareableUrl,
  xShareUrl,
} from '../../src/elements/shared/share.js';
import type { Badge } from '../../src/core/model.js';

// A Badge object built by hand: these are pure URL builders, no verification involved.
const badge: Badge = {
  id: 'https://issuer.example/assertions/42',
  name: 'Rust & Safety: 101',
  issuer: { name: 'Acme Üniversity' },
  issued: '2025-03-14T10:00:00Z',
  validUntil: '2027-11-30T00:00:00Z',
  alignments: [],
  tags: [],
  evidence: [],
  results: [],
  endorsements: [],
  format: 'ob3',
  formatLabel: 'Open Badges 3.0',
  url: 'https://issuer.example/badges/42.json',
  credential: {},
};

describe('share URLs (hand-built badge, pure functions)', () => {
  it('builds the LinkedIn "Add to profile" URL with every field URL-encoded', () => {
    const url = new URL(linkedInAddToProfileUrl(certificationOf(badge, badge.url, 'Acme Üniversity')));
    expect(url.origin + url.pathname).to.equal('https://www.linkedin.com/profile/add');
    const p = Object.fromEntries(url.searchParams);
    expect(p).to.deep.equal({
      startTask: 'CERTIFICATION_NAME',
      name: 'Rust & Safety: 101',
      organizationName: 'Acme Üniversity',
      issueYear: '2025',
      issueMonth: '3',
      expirationYear: '2027',
      expirationMonth: '11',
      certUrl: 'https://issuer.example/badges/42.json',
      certId: 'https://issuer.example/assertions/42',
    });
    expect(url.search).to.contain('name=Rust+%26+Safety%3A+101');
  });

  it('leaves the organisation out when nothing vouches for the issuer (a name only the badge claims)', () => {
    const p = new URL(linkedInAddToProfileUrl(certificationOf(badge, badge.url, undefined))).searchParams;
    expect(p.get('name')).to.equal('Rust & Safety: 101');
    expect(p.has('organizationName')).to.equal(false);
  });

  it('leaves out what the badge does not say', () => {
    const url = new URL(linkedInAddToProfileUrl({ name: 'X' }));
    expect([...url.searchParams.keys()]).to.deep.equal(['startTask', 'name']);
  });

  it('builds the LinkedIn, X and Facebook share URLs', () => {
    const u = 'https://issuer.example/badges/42.json?a=1&b=2';
    expect(linkedInShareUrl(u)).to.equal(`https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(u)}`);
    expect(facebookShareUrl(u)).to.equal(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(u)}`);
    const x = new URL(xShareUrl(u, 'I earned "it" #1'));
    expect(x.origin + x.pathname).to.equal('https://twitter.com/intent/tweet');
    expect(x.searchParams.get('text')).to.equal('I earned "it" #1');
    expect(x.searchParams.get('url')).to.equal(u);
  });

  it('shares only http(s) URLs: the badge URL, its id, or the src', () => {
    expect(shareableUrl(badge)).to.equal('https://issuer.example/badges/42.json');
    expect(shareableUrl({ ...badge, url: undefined })).to.equal('https://issuer.example/assertions/42');
    expect(shareableUrl({ ...badge, url: undefined, id: 'urn:uuid:1' }, 'https://x.example/b')).to.equal('https://x.example/b');
    expect(shareableUrl({ ...badge, url: 'javascript:alert(1)', id: 'urn:uuid:1' })).to.equal(undefined);
  });

  it('makes download file names from badge names', () => {
    expect(fileNameOf('Rust & Safety: 101')).to.equal('rust-safety-101');
    expect(fileNameOf('Éducation')).to.equal('education');
    expect(fileNameOf('../../etc/passwd')).to.equal('etc-passwd');
    expect(fileNameOf('日本語')).to.equal('badge');
  });
});
