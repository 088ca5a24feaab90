import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';
import { liveTokens } from '../scripts/live-tokens.mjs';

const config: StorybookConfig = {
  stories: ['../stories/*.stories.ts', '../stories/playground/*.stories.ts', '../stories/reference/*.mdx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The demo data finds its media at ../../../assets/media/ from its own module: served as is by
  // `storybook dev`, and /assets/media/ from the bundled module of a built Storybook. (The library
  // build's demo media plugin in vite.config.ts leaves builds that are not library builds alone.)
  staticDirs: [{ from: '../assets/media', to: '/assets/media' }],
  docs: { defaultName: 'Docs' },
  // Under `storybook dev`, editing a token file rebuilds the themes and reloads the preview.
  viteFinal: (viteConfig) => mergeConfig(viteConfig, { plugins: [liveTokens()] }),
};

export default config;
