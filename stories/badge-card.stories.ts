import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { ContextProvider } from '@lit/context';
import { html } from 'lit';
import { badgeSettingsContext, pageSettings } from '../src/elements/shared/config.js';
import type { BadgeCardElement } from '../src/elements/badge-card.js';
import { fixtures, storyProxy, testRegistry } from './fixtures.js';
import { verify } from '../src/core/index.js';

interface Args {
  src: string;
  layout: BadgeCardElement['layout'];
  theme: BadgeCardElement['theme'];
  lang: string;
  noShare: boolean;
}

const card = (a: Args) =>
  html`<badge-card src=${a.src} layout=${a.layout} theme=${a.theme} lang=${a.lang} ?no-share=${a.noShare} .proxy=${storyProxy}>
    <a href=${a.src}>View this badge</a>
  </badge-card>`;

/**
 * One badge, verified in the browser. Every story uses a real signed fixture
 * (scripts/make-fixtures.mjs) served from /fixtures: the states are real verification results.
 */
const meta: Meta<Args> = {
  title: 'Elements/badge-card',
  component: 'badge-card',
  tags: ['autodocs'],
  render: card,
  args: { src: fixtures.valid, layout: 'card', theme: 'auto', lang: 'en', noShare: false },
  argTypes: {
    layout: { control: 'inline-radio', options: ['card', 'compact', 'full'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'select', options: ['en', 'es', 'fr', 'de', 'ar'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Valid: Story = {};
export const Compact: Story = { args: { layout: 'compact' } };
export const Full: Story = { args: { layout: 'full', src: fixtures.endorsed } };
export const JwtCredential: Story = { args: { src: fixtures.validJwt } };
export const OpenBadges2Hosted: Story = { args: { src: fixtures.ob2Hosted } };
export const BakedPng: Story = { args: { src: fixtures.baked } };
export const Multilingual: Story = { args: { src: fixtures.multilingual, lang: 'fr' } };
export const Arabic: Story = { args: { lang: 'ar' } };
export const Tampered: Story = { args: { src: fixtures.tampered } };
export const Expired: Story = { args: { src: fixtures.expired } };
export const Revoked: Story = { args: { src: fixtures.revoked } };
export const WrongIssuerKey: Story = { args: { src: fixtures.wrongKey } };
export const NotYetValid: Story = { args: { src: fixtures.notYetValid } };
export const CouldNotCheck: Story = { args: { src: fixtures.statusUnreachable } };
export const LoadError: Story = { args: { src: fixtures.missing } };

/**
 * Issue 15: a did:key anyone can make, claiming "Harvard University" and linking harvard.edu. The
 * signature is valid, but nothing ties the key to Harvard: the line says "Signature valid · issuer
 * not confirmed" in the caution colour, and the byline marks the name as claimed, without its link.
 * (No registry is asked here, so the story makes no request outside Storybook.)
 */
export const UnconfirmedIssuer: Story = {
  args: { src: fixtures.spoofedIssuer },
  render: (a) =>
    html`<badge-card src=${a.src} layout=${a.layout} theme=${a.theme} lang=${a.lang} ?no-share=${a.noShare} .proxy=${storyProxy} .registries=${[]}></badge-card>`,
};

/** The same kind of key, listed in a (test) issuer registry: the registry's name for the issuer, "listed in Test Registry (test registry …)". */
export const IssuerInRegistry: Story = {
  args: { src: fixtures.guildDidKey },
  render: (a) =>
    html`<badge-card src=${a.src} layout=${a.layout} theme=${a.theme} lang=${a.lang} ?no-share=${a.noShare} .proxy=${storyProxy} .registries=${[testRegistry]}></badge-card>`,
};

/**
 * Issue 19: a badge 40 days from its expiry on the test clock (2030-01-01). Stories run on today's
 * clock, so the window is widened to reach it: "Valid until 10 February 2030 (in … years)" in the
 * caution colour, `:state(expiring)`.
 */
export const ExpiringSoon: Story = {
  args: { src: fixtures.expiringSoon },
  render: (a) =>
    html`<badge-card src=${a.src} layout=${a.layout} theme=${a.theme} lang=${a.lang} ?no-share=${a.noShare} .proxy=${storyProxy} expiring-days="36500"></badge-card>`,
};

/**
 * Issue 19: the 2025 issue of a certification first earned in 2019 and renewed in 2022, given its
 * earlier issues (verified here with core's verify(); a <badge-wall> passes them itself):
 * "Renewed on 1 February 2025, first earned 1 March 2019", `:state(renewed)`.
 */
export const Renewed: Story = {
  args: { src: 'https://issuer.example/org/renewals/cloud-2025.json' },
  render: (a) => {
    const el = document.createElement('badge-card');
    Object.assign(el, { src: a.src, layout: a.layout, theme: a.theme, noShare: a.noShare, proxy: storyProxy });
    el.setAttribute('lang', a.lang);
    const earlier = ['https://issuer.example/org/renewals/cloud-2019.json', 'https://issuer.example/org/renewals/cloud-2022.json'];
    void Promise.all(earlier.map((u) => verify(u, { proxy: storyProxy, registries: [] }))).then((history) => (el.history = history));
    return el;
  },
};

/** The skeleton: a fetch that never answers, provided through the same context a <badge-wall> uses. */
export const Loading: Story = {
  render: (a) => {
    const scope = document.createElement('div');
    new ContextProvider(scope, { context: badgeSettingsContext, initialValue: { ...pageSettings(), fetch: () => new Promise<Response>(() => {}) } });
    const el = document.createElement('badge-card');
    el.src = a.src;
    el.layout = a.layout;
    scope.append(el);
    return scope;
  },
};

/**
 * Checking: the badge is drawn as its credential claims it while its checks run (here they never end:
 * the issuer's key document is never answered). The verdict line, the claimed issuer and the disabled
 * share button are what a visitor sees for a moment on a slow network.
 */
export const Checking: Story = {
  render: (a) => {
    const scope = document.createElement('div');
    const fetchNoKey = (input: RequestInfo | URL, init?: RequestInit) =>
      /did\.json|issuer\.json/.test(String(input instanceof Request ? input.url : input)) ? new Promise<Response>(() => {}) : fetch(input, init);
    new ContextProvider(scope, {
      context: badgeSettingsContext,
      initialValue: { ...pageSettings(), fetch: fetchNoKey, proxy: storyProxy, registries: [] },
    });
    const el = document.createElement('badge-card');
    el.src = a.src;
    el.layout = a.layout;
    scope.append(el);
    return scope;
  },
};

/** A minimal blog: no box, the page's serif font, a quiet accent, compact share. */
export const ThemeMinimalBlog: Story = {
  render: (a) => html`<style>
      .blog {
        max-width: 38rem;
        font-family: Georgia, 'Times New Roman', serif;
        color: #222;
        background: #fffdf8;
        padding: 2rem;
      }
      .blog badge-card {
        --badge-font: inherit;
        --badge-bg: transparent;
        --badge-border: transparent;
        --badge-shadow: none;
        --badge-accent: #8a3b12;
        --badge-image-size: 72px;
      }
      .blog badge-card::part(card) {
        padding-inline: 0;
        border-block: 1px solid #e8e2d4;
        border-radius: 0;
      }
    </style>
    <article class="blog">
      <h2>What I learned this spring</h2>
      <p>I finally finished the accessibility course:</p>
      ${card({ ...a, theme: 'light' })}
    </article>`,
};

/** A dark portfolio: dark theme, neon accent, big image, rounded. */
export const ThemeDarkPortfolio: Story = {
  render: (a) => html`<style>
      .portfolio {
        background: #0b0f19;
        padding: 2rem;
        font-family: 'Inter', system-ui, sans-serif;
      }
      .portfolio badge-card {
        --badge-card-bg: #131a2a;
        --badge-card-border: #24304a;
        --badge-accent: #7dd3fc;
        --badge-valid: #4ade80;
        --badge-radius: 20px;
        --badge-image-size: 120px;
        --badge-shadow: 0 10px 30px rgb(0 0 0 / 0.45);
      }
      .portfolio badge-card::part(name) {
        letter-spacing: 0.02em;
      }
    </style>
    <section class="portfolio">${card({ ...a, theme: 'dark', layout: 'full' })}</section>`,
};

/** A corporate CV: square corners, brand blue, compact rows in a list, no share menu. */
export const ThemeCorporateCv: Story = {
  render: (a) => html`<style>
      .cv {
        font-family: 'Helvetica Neue', Arial, sans-serif;
        max-width: 44rem;
        background: #fff;
        padding: 1.5rem 2rem;
        color: #1a1a1a;
      }
      .cv h3 {
        text-transform: uppercase;
        font-size: 0.8rem;
        letter-spacing: 0.12em;
        color: #0a3d91;
        border-bottom: 2px solid #0a3d91;
      }
      .cv badge-card {
        --badge-radius: 0;
        --badge-accent: #0a3d91;
        --badge-shadow: none;
        --badge-border: #d6dbe4;
        --badge-image-size: 40px;
        margin-block: 0.25rem;
      }
    </style>
    <div class="cv">
      <h3>Certifications</h3>
      ${card({ ...a, theme: 'light', layout: 'compact', noShare: true })}
      ${card({ ...a, src: fixtures.validJwt, theme: 'light', layout: 'compact', noShare: true })}
      ${card({ ...a, src: fixtures.expiringSoon, theme: 'light', layout: 'compact', noShare: true })}
    </div>`,
};
