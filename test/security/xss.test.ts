// Malicious content: a hostile credential author puts script, event handlers, dangerous URLs,
// CSS, Unicode tricks and Markdown tricks in every field a card renders. Proved here, per payload
// and per credential shape: the sentinel window.__xss stays unset (dialogs are trapped to set it),
// no clickable javascript:/data:/vbscript: link or unsafe image source exists anywhere in the
// shadow DOM, no event-handler attribute, no script/iframe/object/embed, no injected style, no
// uncaught error, and the payload shows up as plain text.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { configure } from '../../src/index.js';
import { fixtureProxy } from '../helpers/hosts.js';
import { ob2Carrying, ob3Carrying, xssPayloads } from './corpus/xss.js';
import { allElements, composedTextAndAttributes, hazards, installSentinel, recordPageErrors, render, settleImages } from './corpus/inspect.js';
import { testNow } from '../helpers/clock.mjs';

// Every badge this file verifies is judged on the suite's clock (test/helpers/clock.mjs), not the machine's.
configure({ now: testNow });

// Bidi controls, zero-width characters and C0 controls may be stripped or kept by the card;
// whitespace may be collapsed. Compare what is left.
const visible = (s: string) =>
  s
    .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const tally = { tried: 0, safe: 0 };

/** Opens everything a visitor could open without leaving the page: <details>, disclosure buttons. */
async function expandAll(el: HTMLElement): Promise<void> {
  for (const node of allElements(el)) {
    if (node.localName === 'details') (node as HTMLDetailsElement).open = true;
    else if (node.getAttribute('aria-expanded') === 'false' && node.localName === 'button') (node as HTMLButtonElement).click();
  }
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  for (const node of allElements(el)) if (node.localName === 'details') (node as HTMLDetailsElement).open = true;
}

describe('hostile content is rendered as inert text', () => {
  let container: HTMLElement;
  before(() => {
    configure({ proxy: fixtureProxy });
    container = document.createElement('div');
    document.body.append(container);
  });
  after(() => {
    container.remove();
    console.log(`[security] XSS payloads: ${xssPayloads.length} payloads x 2 shapes = ${tally.tried} renders tried, ${tally.safe} safe`);
  });

  it('the corpus has at least 50 payloads', () => {
    expect(xssPayloads.length).to.be.at.least(50);
  });

  for (const shape of ['ob3', 'ob2'] as const) {
    for (const p of xssPayloads) {
      it(`${shape} ${p.id}: ${JSON.stringify(p.text).slice(0, 70)}`, async () => {
        tally.tried++;
        installSentinel();
        const errors = recordPageErrors();
        const credential = shape === 'ob3' ? ob3Carrying(p.text, p.id) : ob2Carrying(p.text);
        const r = await render('badge-card', { props: { credential, openDetails: true } }, container);
        await expandAll(r.el);
        await settleImages(r.el);
        errors.stop();

        expect(r.report?.status, 'an unsigned credential is never valid').to.not.equal('valid');
        expect(window.__xss, 'window.__xss sentinel').to.equal(undefined);
        expect(hazards(r.el), 'hazards in the rendered card').to.deep.equal([]);
        expect(errors.errors, 'uncaught errors').to.deep.equal([]);
        if (shape === 'ob3') {
          // The credential is understood even though unsigned: the name must be on screen, as text.
          expect(r.report?.badge, `the card rendered the badge (${r.report?.status} ${r.report?.error?.code ?? ''})`).to.exist;
          expect(visible(composedTextAndAttributes(r.el)), 'the payload is shown as text').to.include(visible(p.text));
        }
        r.el.remove();
        tally.safe++;
      });
    }
  }

  it('a baked SVG dropped on <badge-verify> is never inlined', async () => {
    installSentinel();
    const errors = recordPageErrors();
    const marker = 'hostile-svg-marker-7f3a';
    const json = JSON.stringify(ob3Carrying('<b>baked</b>', 'svg'));
    const svg =
      `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://openbadges.org" id="${marker}" ` +
      `onload="window.__xss='svg-onload'" width="80" height="80"><script>window.__xss='svg-script'</script>` +
      `<foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:window.__xss=1"></iframe></foreignObject>` +
      `<openbadges:assertion><![CDATA[${json}]]></openbadges:assertion><circle class="${marker}" r="40" cx="40" cy="40"/></svg>`;
    const file = new File([svg], 'hostile.svg', { type: 'image/svg+xml' });
    const el = document.createElement('badge-verify') as HTMLElement & { updateComplete: Promise<unknown> };
    container.append(el);
    await el.updateComplete;
    const ended = new Promise<Event>((ok) => {
      el.addEventListener('badge-verified', ok, { once: true });
      el.addEventListener('badge-error', ok, { once: true });
    });
    const dt = new DataTransfer();
    dt.items.add(file);
    // Drop it where a visitor would: on the element (the drop zone listens on the host or inside its shadow root).
    const zone = allElements(el).find((n) => n.getAttribute('part')?.split(' ').includes('drop')) ?? el;
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, composed: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, composed: true, cancelable: true }));
    await ended;
    await el.updateComplete;
    await settleImages(el);
    errors.stop();
    const all = allElements(document.body);
    expect(
      all.filter((n) => n.id === marker || n.classList.contains(marker)),
      'elements from the dropped SVG',
    ).to.deep.equal([]);
    expect(all.filter((n) => n.localName === 'foreignobject' || n.localName === 'foreignObject')).to.deep.equal([]);
    expect(window.__xss).to.equal(undefined);
    expect(hazards(el)).to.deep.equal([]);
    expect(errors.errors).to.deep.equal([]);
    el.remove();
  });
});
