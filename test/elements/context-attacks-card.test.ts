// <badge-card> in Chromium on the context attacks (scripts/make-context-attacks.mjs): an expired badge
// whose validUntil is renamed through an inline context, with the issuer's genuine RDFC signature
// kept, shows as not valid, and so does each other family's expiry alias.

import { expect } from '@open-wc/testing';
import { BadgeCardElement as CardClass } from '../../src/elements/badge-card.js';
import { configure } from '../../src/elements/shared/config.js';
import type { BadgeCardElement, BadgeVerifiedEvent } from '../../src/index.js';
import type { VerificationReport } from '../../src/core/model.js';
import { fixtureProxy } from '../helpers/hosts.js';

const NOW = new Date('2026-11-28T00:00:00Z');
configure({ now: () => NOW });
if (!customElements.get('badge-card')) customElements.define('badge-card', CardClass);

const { cases } = (await (await fetch('/test/fixtures/context-attacks.json')).json()) as { cases: { name: string; url: string; term: string }[] };
const attack = (name: string) => {
  const c = cases.find((x) => x.name === name);
  if (!c) throw new Error(`no context attack ${name}`);
  return c;
};

async function mount(src: string): Promise<{ el: BadgeCardElement; report: VerificationReport }> {
  const el = document.createElement('badge-card');
  el.proxy = fixtureProxy;
  el.src = src;
  const done = new Promise<VerificationReport>((resolve) =>
    el.addEventListener('badge-verified', (e) => resolve((e as BadgeVerifiedEvent).report), { once: true }),
  );
  document.body.append(el);
  const report = await done;
  await el.updateComplete;
  return { el, report };
}

const statusText = (el: BadgeCardElement) => el.shadowRoot!.querySelector('[part~="status"]')!.textContent!.replace(/\s+/g, ' ').trim();

describe('<badge-card> and context attacks', () => {
  afterEach(() => document.querySelectorAll('badge-card').forEach((el) => el.remove()));

  for (const name of [
    'rdfc-genuine-inline-validUntil',
    'ed2020-genuine-inline-expirationDate',
    'jcs-issuer-inline-validUntil',
    'jwt-attacker-inline-validUntil',
    'rdfc-genuine-vocab-validUntil',
    'rdfc-genuine-keyword-validUntil',
    'jcs-attacker-protected-name',
  ]) {
    it(`shows ${name} as not valid`, async () => {
      const c = attack(name);
      const { el, report } = await mount(c.url);
      expect(report.status).to.equal('invalid');
      expect(report.checks.find((k) => k.id === 'format')?.message).to.contain(`\`${c.term}\``);
      expect(el.matches(':state(invalid)')).to.equal(true);
      expect(el.matches(':state(valid)')).to.equal(false);
      expect(statusText(el)).to.equal('✕Not valid: it is not a well-formed badge');
    });
  }
});
