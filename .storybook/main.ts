import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The demo data points at ../../../assets/media/ from its module; in a built Storybook that
  // resolves to /assets/media/.
  staticDirs: [{ from: '../assets/media', to: '/assets/media' }],
  docs: { defaultName: 'Docs' },
};

export default config;
