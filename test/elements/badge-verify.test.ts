import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { BadgeCardElement as CardClass } from '../../src/elements/badge-card.js';
import { BadgeVerifyElement as VerifyClass } from '../../src/elements/badge-verify.js';
import type { BadgeVerifiedEvent, BadgeVerifyElement } from '../../src/index.js';
import type { VerificationReport } from '../../src/core/model.js';

import { fixtureManifest, fixtureProxy, type FixtureCase } from '../helpers/hosts.js';
import { configure } from '../../src/elements/shared/config.js';
import { testNow } from '../helpers/clock.mjs';

// Every badge this file verifies is judged on the suite's clock (test/helpers/clock.mjs), not the machine's.
configure({ now: testNow });

// Register only the elements under test (the class modules have no side effects).
if (!customElements.get('badge-card')) customElements.define('badge-card', CardClass);
if (!customElements.get('badge-verify')) customElements.define('badge-verify', VerifyClass);

let cases: FixtureCase[] = [];
const urlOf = (name: string): string => cases.find((f) => f.name === name)!.url;
const bytesOf = async (name: string) => new Uint8Array(await (await fetch(fixtureProxy(urlOf(name))!)).arrayBuffer());

const $ = <T extends Element = HTMLElement>(el: BadgeVerifyElement, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;

async function verifier(src = ''): Promise<BadgeVerifyElement> {
  return fixture<BadgeVerifyElement>(html`<badge-verify .proxy=${fixtureProxy} src=${src}></badge-verify>`);
}

/** The next report the verifier shows (the inner card's badge-verified or badge-error, retargeted to the verifier). */
async function nextReport(el: BadgeVerifyElement): Promise<VerificationReport> {
  const report = await new Promise<VerificationReport>((resolve) => {
    el.addEventListener('badge-verified', (e) => resolve(e.report), { once: true });
    el.addEventListener('badge-error', (e) => resolve(e.report!), { once: true });
  });
  await el.updateComplete;
  return report;
}

function steps(el: BadgeVerifyElement): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part="steps"] [data-check]')].map((c) => `${c.getAttribute('data-check')}:${c.getAttribute('data-outcome')}`);
}

describe('<badge-verify>', () => {
  before(async () => {
    cases = await fixtureManifest();
  });

  it('offers a URL field, a JSON/JWT field and a real file input, all labelled, and is accessible empty', async () => {
    const el = await verifier();
    expect($<HTMLInputElement>(el, '#url').labels![0]!.textContent).to.contain('URL');
    expect($<HTMLTextAreaElement>(el, '#text').labels![0]!.textContent).to.contain('JWT');
    expect($<HTMLInputElement>(el, 'input[type=file]').labels![0]!.textContent).to.contain('PNG');
    await expect(el).to.be.accessible();
  });

  it('fits a phone-width column: nothing inside is wider than the element', async () => {
    const el = await fixture<BadgeVerifyElement>(html`<badge-verify style="display:block;inline-size:300px"></badge-verify>`);
    const right = el.getBoundingClientRect().right;
    for (const inner of el.shadowRoot!.querySelectorAll('*'))
      expect(inner.getBoundingClientRect().right, inner.localName + '.' + inner.className).to.be.at.most(right + 0.5);
  });

  it('asks for something when submitted empty', async () => {
    const el = await verifier();
    $<HTMLButtonElement>(el, '[part=submit]').click();
    await el.updateComplete;
    expect($(el, '[part=summary]').textContent).to.contain('first');
  });

  it('runs a pre-filled src and shows the badge as a full card and every step explained', async () => {
    const el = document.createElement('badge-verify');
    el.proxy = fixtureProxy;
    el.src = urlOf('valid-ob3-rdfc-didweb');
    const done = oneEvent(el, 'badge-verified');
    await fixture(html`${el}`);
    const { report } = (await done) as unknown as BadgeVerifiedEvent;
    await el.updateComplete;
    expect(report.status).to.equal('valid');
    expect(el.matches(':state(valid)')).to.be.true;
    expect($<HTMLInputElement>(el, '#url').value).to.equal(urlOf('valid-ob3-rdfc-didweb'));
    expect($(el, 'badge-card').getAttribute('layout')).to.equal('full');
    // "Who issued it" first, right after the verdict; then every other step in the order it ran.
    const identity = report.checks.filter((c) => c.id === 'identity');
    expect(identity.length).to.equal(1);
    expect(steps(el)).to.deep.equal([...identity, ...report.checks.filter((c) => c.id !== 'identity')].map((c) => `${c.id}:${c.outcome}`));
    const proof = $(el, '[part="steps"] [data-check="proof"]');
    expect(proof.querySelector('.check-explain')!.textContent).to.contain('signature');
    expect(proof.querySelector('.check-meaning')!.textContent).to.contain('You can rely on this');
    expect($(el, '[part=summary]').getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
  });

  it('checks a pasted JWT, keyboard only', async () => {
    const el = await verifier();
    const jwt = new TextDecoder().decode(await bytesOf('valid-ob3-jwt-eddsa-didkey'));
    $<HTMLTextAreaElement>(el, '#text').focus();
    await sendKeys({ type: jwt.trim() });
    await sendKeys({ press: 'Tab' }); // the file input
    await sendKeys({ press: 'Tab' }); // the Check button
    expect(el.shadowRoot!.activeElement === $(el, '[part=submit]'), 'focus on the submit button').to.equal(true);
    const result = nextReport(el);
    await sendKeys({ press: 'Enter' });
    const report = await result;
    expect(report.status).to.equal('valid');
    expect(steps(el)[0]).to.match(/^identity:/);
    expect(steps(el)[1]).to.match(/^format:/);
  });

  it('checks a URL typed and submitted with Enter', async () => {
    const el = await verifier();
    $<HTMLInputElement>(el, '#url').focus();
    await sendKeys({ type: urlOf('tampered-jcs') });
    const result = nextReport(el);
    await sendKeys({ press: 'Enter' });
    expect((await result).status).to.equal('invalid');
    expect(el.matches(':state(invalid)')).to.be.true;
    expect(steps(el)).to.include('proof:failed');
    expect($(el, '[part="steps"] [data-check="proof"] .check-meaning').textContent).to.contain('Do not trust');
    expect($(el, '[part=summary]').textContent).to.contain('tampered');
    await expect(el).to.be.accessible();
  });

  it('checks a baked PNG chosen with the file input', async () => {
    const el = await verifier();
    const file = new File([await bytesOf('valid-baked-png-json')], 'my-badge.png', { type: 'image/png' });
    const input = $<HTMLInputElement>(el, 'input[type=file]');
    const dt = new DataTransfer();
    dt.items.add(file);
    input.files = dt.files;
    const result = nextReport(el);
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const report = await result;
    expect(report.status).to.equal('valid');
    expect(report.badge!.baked?.type).to.equal('png');
    expect($(el, '[part=drop]').textContent).to.contain('my-badge.png');
  });

  it('checks a baked SVG dropped on the drop zone', async () => {
    const el = await verifier();
    const dt = new DataTransfer();
    dt.items.add(new File([await bytesOf('valid-baked-svg-jwt')], 'badge.svg', { type: 'image/svg+xml' }));
    const result = nextReport(el);
    $(el, '[part=drop]').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    const report = await result;
    expect(report.status).to.equal('valid');
    expect(report.badge!.baked?.type).to.equal('svg');
  });

  it('shows "could not check" steps for an unreachable status list', async () => {
    const el = await verifier();
    const result = nextReport(el);
    await el.check(urlOf('indeterminate-status-unreachable'));
    expect((await result).status).to.equal('indeterminate');
    expect(steps(el).some((s) => s.endsWith(':unknown'))).to.be.true;
    expect($(el, '[part="steps"] .check.unknown .check-meaning').textContent).to.contain('treat the badge with care');
    await expect(el).to.be.accessible();
  });

  it('shows the error of what could not be loaded', async () => {
    const el = await verifier();
    const result = oneEvent(el, 'badge-error');
    await el.check(`${location.origin}/__test/status/404`);
    await result;
    await el.updateComplete;
    expect(el.matches(':state(error)')).to.be.true;
    expect($(el, '[part=summary]').textContent).to.contain('Could not load');
    await expect(el).to.be.accessible();
  });

  it('speaks Arabic right-to-left', async () => {
    const el = await fixture<BadgeVerifyElement>(html`<badge-verify lang="ar"></badge-verify>`);
    expect($(el, '.verifier').getAttribute('dir')).to.equal('rtl');
    expect($(el, 'h2').textContent).to.equal('التحقق من شارة');
    await expect(el).to.be.accessible();
  });

  it('clears the form and the result', async () => {
    const el = await verifier();
    const result = nextReport(el);
    await el.check(urlOf('valid-ob3-jwt-eddsa-didkey'));
    await result;
    $<HTMLButtonElement>(el, '[part=clear]').click();
    await el.updateComplete;
    expect(el.report).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('badge-card') === null, 'no badge-card').to.equal(true);
  });
});
