import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The demo data finds its media at ../../../assets/media/ from its own module: served as is by
  // `storybook dev`, and /assets/media/ from the bundled module of a built Storybook.
  staticDirs: [{ from: '../assets/media', to: '/assets/media' }],
  // The library build points the demo media at dist/media; Storybook serves the sources instead.
  viteFinal: (config) => {
    const define = { ...config.define };
    delete define.__SEOUL_LEARN_DEMO_MEDIA__;
    return { ...config, define };
  },
  docs: { defaultName: 'Docs' },
};

export default config;
