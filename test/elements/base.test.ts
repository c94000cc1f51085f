import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { BadgeElement } from '../../src/elements/shared/base.js';
import { configure, pageSettings, resolveSettings, type BadgeSettings } from '../../src/elements/shared/config.js';

// The one element base: settings precedence, custom states and the wait for a language's strings.
class TestHost extends BadgeElement {
  context?: Partial<BadgeSettings>;
  own: Partial<BadgeSettings> = {};
  protected override contextSettings() {
    return this.context;
  }
  protected override ownSettings() {
    return this.own;
  }
  /** What the base translates with, for the test. */
  say(): string {
    return this.translator().t('status.valid');
  }
  state(name: string, on: boolean): void {
    this.setState(name, on);
  }
  override render() {
    return html`<p>${this.say()}</p>`;
  }
}
customElements.define('test-badge-element', TestHost);

describe('BadgeElement (shared/base.ts)', () => {
  it('resolves settings: configure() ← the nearest wall ← the element, unset values not overriding', () => {
    const before = pageSettings().proxy;
    configure({ proxy: 'https://page.example/?u=' });
    try {
      const el = new TestHost();
      expect(el.settings.proxy).to.equal('https://page.example/?u=');
      el.context = { proxy: 'https://wall.example/?u=', timeout: 5 };
      expect(el.settings).to.include({ proxy: 'https://wall.example/?u=', timeout: 5 });
      el.own = { proxy: 'https://own.example/?u=', timeout: undefined };
      expect(el.settings).to.include({ proxy: 'https://own.example/?u=', timeout: 5 });
      el.own = { proxy: '' }; // an empty attribute is not a setting
      expect(el.settings.proxy).to.equal('https://wall.example/?u=');
      expect(resolveSettings(undefined, {}).cache).to.equal(pageSettings().cache);
    } finally {
      configure({ proxy: before });
    }
  });

  it('sets and clears custom states', async () => {
    const el = new TestHost();
    document.body.append(el);
    try {
      el.state('valid', true);
      expect(el.matches(':state(valid)')).to.equal(true);
      el.state('valid', false);
      expect(el.matches(':state(valid)')).to.equal(false);
    } finally {
      el.remove();
    }
  });

  it('holds its first render until its language is loaded (no English flash)', async () => {
    const el = new TestHost();
    el.setAttribute('lang', 'es');
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Verificada');
    } finally {
      el.remove();
    }
  });
});

describe('Inputs (shared/inputs.ts)', () => {
  it('says changed on the first call and when any declared input differs, not otherwise', async () => {
    const { Inputs } = await import('../../src/elements/shared/inputs.js');
    const state = { src: 'a', list: [1] as number[] | undefined };
    const inputs = new Inputs(() => [state.src, state.list] as const);
    expect(inputs.changed()).to.equal(true);
    expect(inputs.changed()).to.equal(false);
    state.list = [1]; // a new array with the same items is a new input (as lit compares properties)
    expect(inputs.changed()).to.equal(true);
    state.src = 'b';
    expect(inputs.changed()).to.equal(true);
    expect(inputs.changed()).to.equal(false);
  });
});
