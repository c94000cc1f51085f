import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { BadgeWallElement } from '../src/elements/badge-wall.js';
import { fixtures, storyProxy } from './fixtures.js';

interface Args {
  src: string;
  layout: BadgeWallElement['layout'];
  sort: BadgeWallElement['sort'];
  group: BadgeWallElement['group'];
  theme: BadgeWallElement['theme'];
  lang: string;
  eager: boolean;
  noControls: boolean;
  columns: number;
}

const PORTFOLIO = 'https://badges.example/portfolio.json';

const wall = (a: Args) =>
  html`<badge-wall
    src=${a.src}
    layout=${a.layout}
    sort=${a.sort}
    group=${a.group}
    theme=${a.theme}
    lang=${a.lang}
    ?eager=${a.eager}
    ?no-controls=${a.noControls}
    style="--badge-wall-columns: ${a.columns}"
    .proxy=${storyProxy}
  >
    <a href=${a.src}>Badge list</a>
  </badge-wall>`;

/**
 * A portfolio of badges, every one verified in the browser, with a header, a competency summary,
 * filters, sorting and grouping. Stories use the signed portfolio fixture (57 badges from six
 * issuers, three of them not valid on purpose), served from /fixtures.
 */
const meta: Meta<Args> = {
  title: 'Elements/badge-wall',
  component: 'badge-wall',
  tags: ['autodocs'],
  render: wall,
  args: { src: PORTFOLIO, layout: 'grid', sort: 'date', group: 'none', theme: 'auto', lang: 'en', eager: false, noControls: false, columns: 3 },
  argTypes: {
    layout: { control: 'inline-radio', options: ['grid', 'list', 'compact'] },
    sort: { control: 'inline-radio', options: ['date', 'date-asc', 'name', 'source'] },
    group: { control: 'inline-radio', options: ['none', 'issuer', 'year', 'skill'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'select', options: ['en', 'fr', 'es', 'de', 'ar'] },
    columns: { control: { type: 'range', min: 1, max: 6 } },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Grid: Story = {};
export const List: Story = { args: { layout: 'list' } };
export const CompactCv: Story = { args: { layout: 'compact', eager: true, noControls: true } };
export const GroupedByIssuer: Story = { args: { group: 'issuer', eager: true } };
export const GroupedBySkill: Story = { args: { group: 'skill', eager: true } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Presentation: Story = { args: { src: 'https://badges.example/presentation.json', eager: true } };
export const ClrTranscript: Story = { args: { src: 'https://badges.example/clr.json', eager: true } };
export const SourceNotFound: Story = { args: { src: 'https://badges.example/missing-portfolio.json' } };

/** `<badge-card>` children share the wall's settings and its one cache. */
export const CardChildren: Story = {
  render: (a) => html`<badge-wall layout=${a.layout} .proxy=${storyProxy}>
    <badge-card src=${fixtures.valid}></badge-card>
    <badge-card src=${fixtures.validJwt}></badge-card>
    <badge-card src=${fixtures.expired}></badge-card>
    <badge-card src=${fixtures.missing}></badge-card>
  </badge-wall>`,
};

/** A framework hands the list in as a property. */
export const CredentialsProperty: Story = {
  render: () =>
    html`<badge-wall .credentials=${[fixtures.valid, fixtures.validJwt, fixtures.ob2Hosted, fixtures.tampered]} .proxy=${storyProxy} eager></badge-wall>`,
};
