import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/*.stories.ts'],
  addons: ['@storybook/addon-docs'], // autodocs pages from custom-elements.json
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The signed fixtures (made by scripts/make-fixtures.mjs) are the stories' data: every https URL
  // they name is served from /fixtures/hosts/<host>/<path> through the stories' proxy function.
  staticDirs: [{ from: '../test/fixtures', to: '/fixtures' }],
  // no network beyond npm here: never phone home (STORYBOOK_DISABLE_TELEMETRY=1 does the same)
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook ignores vite.config.ts's `build` block (all but build.target); plugins/resolve still apply.
  viteFinal: (viteConfig) => {
    viteConfig.build = { ...viteConfig.build, chunkSizeWarningLimit: 2500 }; // the preview iframe is large; silence the warning
    return viteConfig;
  },
};
export default config;
