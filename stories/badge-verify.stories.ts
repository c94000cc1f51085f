import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { fixtures, storyProxy } from './fixtures.js';

interface Args {
  src: string;
  theme: 'auto' | 'light' | 'dark';
  lang: string;
}

/**
 * The visitor's verifier: paste a link, paste JSON or a JWT, or drop a baked PNG/SVG. Stories
 * with `src` run at once against real signed fixtures.
 */
const meta: Meta<Args> = {
  title: 'Elements/badge-verify',
  component: 'badge-verify',
  tags: ['autodocs'],
  render: (a) => html`<badge-verify src=${a.src} theme=${a.theme} lang=${a.lang} .proxy=${storyProxy}></badge-verify>`,
  args: { src: '', theme: 'auto', lang: 'en' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'select', options: ['en', 'es', 'fr', 'de', 'ar'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const Valid: Story = { args: { src: fixtures.valid } };
export const Tampered: Story = { args: { src: fixtures.tampered } };
export const Revoked: Story = { args: { src: fixtures.revoked } };
export const CouldNotCheck: Story = { args: { src: fixtures.statusUnreachable } };
export const LoadError: Story = { args: { src: fixtures.missing } };
export const German: Story = { args: { src: fixtures.expired, lang: 'de' } };
export const ArabicDark: Story = { args: { src: fixtures.valid, lang: 'ar', theme: 'dark' } };
