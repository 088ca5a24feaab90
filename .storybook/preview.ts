import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
// Pretendard GOV, the KRDS typeface, as a partner page would load it (the package's themes/fonts.css).
import '../dist/themes/fonts.css';
import '../src/define.js';
import { REGIONS, REGION_META } from '../src/themes/index.js';
import { publicManifest } from './manifest.js';

setCustomElementsManifest(publicManifest(manifest));

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    region: {
      description: 'Partner region theme',
      toolbar: {
        title: 'Region',
        icon: 'globe',
        items: REGIONS.map((region) => ({ value: region, title: `${REGION_META[region].programName.ko} (${region})` })),
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Interface language',
      toolbar: {
        title: 'Locale',
        icon: 'transfer',
        items: [
          { value: 'ko', title: '한국어' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    contrast: {
      description: 'Contrast mode (KRDS 선명한 화면 모드)',
      toolbar: {
        title: 'Contrast',
        icon: 'contrast',
        items: [
          { value: 'normal', title: 'Normal contrast' },
          { value: 'high', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Scheme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { region: 'seoul', locale: 'ko', contrast: 'normal', scheme: 'light' },
  decorators: [
    (story, context) => html`
      <seoul-learn-provider
        region=${context.globals.region ?? 'seoul'}
        locale=${context.globals.locale ?? 'ko'}
        contrast=${context.globals.contrast ?? 'normal'}
        scheme=${context.globals.scheme ?? 'light'}
      >
        ${story()}
      </seoul-learn-provider>
    `,
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
