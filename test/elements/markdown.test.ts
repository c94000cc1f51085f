import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { renderMarkdown } from '../../src/elements/shared/markdown.js';
import { safeImageUrl, safeLinkUrl } from '../../src/elements/shared/safe-url.js';

function md(source: unknown, headingLevel?: number): HTMLElement {
  const el = document.createElement('div');
  render(renderMarkdown(source, { headingLevel }), el);
  return el;
}

/** The rendered element tree without lit's comment markers. */
function tree(el: Element): string {
  return el.innerHTML.replace(/<!--[^>]*-->/g, '');
}

describe('markdown (safe renderer)', () => {
  it('renders paragraphs separated by blank lines', () => {
    const el = md('First line\ncontinues.\n\nSecond paragraph.');
    const ps = el.querySelectorAll('p');
    expect(ps).to.have.length(2);
    expect(ps[0]!.textContent).to.equal('First line continues.');
  });

  it('renders emphasis, strong and code', () => {
    const el = md('Use *care*, **bold** and `x < y`.');
    expect(el.querySelector('em')!.textContent).to.equal('care');
    expect(el.querySelector('strong')!.textContent).to.equal('bold');
    expect(el.querySelector('code')!.textContent).to.equal('x < y');
  });

  it('renders bullet and numbered lists', () => {
    const el = md('- one\n- two\n\n1. first\n2. second');
    expect(el.querySelectorAll('ul > li')).to.have.length(2);
    expect(el.querySelectorAll('ol > li')).to.have.length(2);
    expect(el.querySelector('ol li')!.textContent).to.equal('first');
  });

  it('maps headings onto the given level so they fit the page outline', () => {
    const el = md('# Title\n## Sub', 4);
    expect(el.querySelector('h4')!.textContent).to.equal('Title');
    expect(el.querySelector('h5')!.textContent).to.equal('Sub');
  });

  it('renders fenced code as text', () => {
    const el = md('```\n<b>not bold</b>\n```');
    expect(el.querySelector('pre code')!.textContent).to.equal('<b>not bold</b>');
    expect(el.querySelector('b') === null, 'no b').to.equal(true);
  });

  it('renders http, https and mailto links with rel=noopener', () => {
    const el = md('[site](https://example.org/a?b=1) and [mail](mailto:a@example.org) <http://example.org/x>');
    const links = [...el.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/a?b=1', 'mailto:a@example.org', 'http://example.org/x']);
    expect(links[0]!.rel).to.contain('noopener');
  });

  it('shows raw HTML as text, never as elements', () => {
    const el = md('<img src=x onerror="window.pwned=1"><script>window.pwned=1</script> **ok**');
    expect(el.querySelector('img, script') === null, 'no img or script').to.equal(true);
    expect(el.textContent).to.contain('<img src=x onerror="window.pwned=1">');
    expect(el.querySelector('strong')!.textContent).to.equal('ok');
  });

  for (const href of [
    'javascript:window.__xss=1',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>1</script>',
    'vbscript:x',
    '/relative',
    '//evil.example/x',
  ]) {
    it(`drops the href of a ${JSON.stringify(href.slice(0, 16))} link and keeps its text`, () => {
      const el = md(`[click me](${href})`);
      expect(el.querySelector('a') === null, 'no a').to.equal(true);
      expect(el.textContent).to.contain('click me');
    });
  }

  it('renders nothing for non-strings and blank text', () => {
    expect(tree(md(undefined))).to.equal('');
    expect(tree(md({ evil: true }))).to.equal('');
    expect(tree(md('   \n  '))).to.equal('');
  });

  it('survives deeply nested emphasis without blowing the stack', () => {
    const el = md('*'.repeat(5000) + 'x' + '*'.repeat(5000));
    expect(el.textContent).to.contain('x');
  });
});

describe('safe-url (the one allow-list)', () => {
  it('keeps https, http, blob and raster data: images', () => {
    expect(safeImageUrl('https://example.org/a.png')).to.equal('https://example.org/a.png');
    expect(safeImageUrl('http://example.org/a.png')).to.equal('http://example.org/a.png');
    expect(safeImageUrl('data:image/png;base64,iVBORw0KGgo=')).to.equal('data:image/png;base64,iVBORw0KGgo=');
    expect(safeImageUrl('data:image/webp;base64,AAAA')).to.be.a('string');
    expect(safeImageUrl('blob:http://localhost/1234')).to.be.a('string');
  });

  it('drops javascript:, svg and html data: URLs and relative paths for images', () => {
    for (const bad of ['javascript:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>', 'data:text/html,x', '/a.png', 'file:///etc/passwd', '', 42, null]) {
      expect(safeImageUrl(bad), String(bad)).to.equal(undefined);
    }
  });

  it('keeps https, http and mailto links and drops everything else', () => {
    expect(safeLinkUrl('mailto:a@example.org')).to.equal('mailto:a@example.org');
    expect(safeLinkUrl(' https://example.org ')).to.equal('https://example.org/');
    for (const bad of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,x',
      'blob:http://x/1',
      'ftp://x',
      'relative/path',
    ]) {
      expect(safeLinkUrl(bad), bad).to.equal(undefined);
    }
  });
});
