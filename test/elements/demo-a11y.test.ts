import { expect } from '@open-wc/testing';

// The demo page (`npm start`) as a visitor gets it: every badge verified, then axe over the whole page
// (the elements' shadow roots included). The page sets its featured card's heading level, keeps its
// content in landmarks, and names its links by their text.

type AxeWindow = Window & {
  axe?: { run(context: Document, options: unknown): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> };
};
type Finishing = HTMLElement & { state?: string; verifyAll?: () => Promise<unknown>; updateComplete: Promise<unknown> };

describe('the demo page', () => {
  it('has no axe violation (WCAG 2 A/AA and best practices) once its badges are verified', async function () {
    this.timeout(60000);
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1280px; height: 900px';
    frame.src = '/demo/index.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow as AxeWindow;
      const doc = frame.contentDocument!;
      await win.customElements.whenDefined('badge-card');
      for (const card of doc.querySelectorAll<Finishing>('badge-card')) {
        if (card.state === 'complete' || card.state === 'error') continue;
        await new Promise((resolve) => {
          card.addEventListener('badge-verified', resolve, { once: true });
          card.addEventListener('badge-error', resolve, { once: true });
        });
      }
      await win.customElements.whenDefined('badge-wall');
      const wall = doc.querySelector<Finishing>('badge-wall')!;
      await wall.verifyAll!();
      await wall.updateComplete;
      const script = doc.createElement('script');
      script.textContent = await (await fetch('/node_modules/axe-core/axe.min.js')).text();
      doc.head.append(script);
      const { violations } = await win.axe!.run(doc, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'best-practice'] } });
      expect(violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`)).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
