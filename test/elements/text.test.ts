// A plain description is drawn without the Markdown renderer (shared/text.ts), and must come out as the
// renderer would draw it: nothing may change when the renderer arrives. A description with Markdown
// syntax waits for the renderer instead.
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { renderText, textReady } from '../../src/elements/shared/text.js';
import { renderMarkdown } from '../../src/elements/shared/markdown.js';

/** What a template draws, without lit's comment markers and with whitespace runs as one space. */
function drawn(template: unknown): string {
  const box = document.createElement('div');
  render(template, box);
  return box.innerHTML
    .replace(/<!--[^]*?-->/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const PLAIN = [
  'Awarded for demonstrated skill in Accessibility.',
  'Two lines\nof one paragraph.',
  'First paragraph.\n\nSecond paragraph,\n indented line.\n\t\nThird, after a line of a tab.',
  'Windows line ends.\r\n\r\nAnd old Mac ones.\rStill the same paragraph.',
  ' Leading and trailing blanks. \n',
  'Numbers 3.5 and 2024 and a dash - inside a line, and a (parenthesis).',
];

describe('a description drawn without the Markdown renderer', () => {
  for (const source of PLAIN) {
    it(`draws ${JSON.stringify(source.slice(0, 40))} exactly as the renderer does`, () => {
      expect(textReady(source), 'plain text needs no renderer').to.equal(true);
      expect(drawn(renderText(source))).to.equal(drawn(renderMarkdown(source)));
    });
  }

  it('waits for the renderer when the text uses Markdown syntax', () => {
    for (const source of ['**bold**', '- a list', '1. first', '# Heading', 'a [link](https://x.example)', 'line with a break  \nnext', '`code`']) {
      // textReady is true only once the renderer has loaded (another test may have loaded it): then both agree.
      if (textReady(source)) expect(drawn(renderText(source))).to.equal(drawn(renderMarkdown(source)));
      else expect(textReady(source), source).to.equal(false);
    }
  });
});
