import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json' with { type: 'json' };
import '../src/define.js';
import { configure } from '../src/index.js';

// Stories work offline: DCC's production registries (the library's default) are not asked from
// Storybook. The stories that show a registry listing pass the fixtures' test registry themselves.
configure({ registries: [] });

// Controls, argTypes and the autodocs tables (attributes, properties, parts, CSS properties, events)
// come from the analyzer's manifest: `npm run analyze` writes it (the storybook scripts run it first).
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
  },
};
export default preview;
