import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Viewport } from 'storybook/viewport';
import manifest from '../custom-elements.json';
// Pretendard GOV, the KRDS typeface, as a partner page would load it (the package's themes/fonts.css).
import '../dist/themes/fonts.css';
import '../src/define.js';
import { REGIONS, REGION_META } from '../src/themes/index.js';
import { publicManifest } from './manifest.js';

setCustomElementsManifest(publicManifest(manifest));

/**
 * The three presets designers check, plus Storybook's small-mobile (320px) that stories pin.
 * The decorator applies the width in the iframe view too (iframe.html?globals=viewport:mobile).
 */
const VIEWPORTS: Record<string, Viewport> = {
  mobile: { name: 'Mobile (390)', styles: { width: '390px', height: '844px' }, type: 'mobile' },
  tablet: { name: 'Tablet (768)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
  desktop: { name: 'Desktop (1280)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
  mobile1: { name: 'Small mobile (320)', styles: { width: '320px', height: '568px' }, type: 'mobile' },
};

/** The width of a viewport global (`'mobile'` or `{ value: 'mobile', isRotated }`), if it names a preset. */
function viewportWidth(global: unknown): string | undefined {
  const value = typeof global === 'object' && global ? (global as { value?: unknown }).value : global;
  const preset = typeof value === 'string' ? VIEWPORTS[value] : undefined;
  if (!preset) return undefined;
  const rotated = typeof global === 'object' && global && (global as { isRotated?: boolean }).isRotated;
  return rotated ? preset.styles.height : preset.styles.width;
}

let mediumPx: number | undefined;
/**
 * The browser's `medium` font size in px (16 unless the reader changed it). Text size 200% doubles
 * it, as the reader's browser setting would: the elements size themselves from
 * `var(--seoul-learn-font-size-base, medium)`, so the knob gets an absolute length that every
 * element inside inherits unchanged (an `em` would compound from element to element).
 */
function medium(): number {
  if (mediumPx === undefined) {
    const probe = document.createElement('div');
    probe.style.fontSize = 'medium';
    document.body.append(probe);
    mediumPx = parseFloat(getComputedStyle(probe).fontSize) || 16;
    probe.remove();
  }
  return mediumPx;
}

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
    scheme: {
      description: 'Colour scheme: light, dark, or high contrast (KRDS 선명한 화면 모드, which wins over dark)',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'high', title: 'High contrast', icon: 'contrast' },
        ],
        dynamicTitle: true,
      },
    },
    // Kept for links that set it (globals=contrast:high); the Scheme menu offers high contrast.
    contrast: { description: 'Contrast mode (normal or high)' },
    textSize: {
      description: "Text size, as the reader's browser setting would scale it",
      toolbar: {
        title: 'Text size',
        icon: 'paragraph',
        items: [
          { value: '100', title: 'Text 100%' },
          { value: '200', title: 'Text 200%' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { region: 'seoul', locale: 'ko', contrast: 'normal', scheme: 'light', textSize: '100' },
  decorators: [
    (story, context) => {
      const { globals } = context;
      const high = globals.scheme === 'high' || globals.contrast === 'high';
      const width = viewportWidth(globals.viewport);
      const scale = Number(globals.textSize) || 100;
      const style = {
        ...(width ? { maxWidth: width, marginInline: 'auto' } : {}),
        ...(scale !== 100 ? { '--seoul-learn-font-size-base': `${(medium() * scale) / 100}px` } : {}),
      };
      return html`
        <seoul-learn-provider
          region=${globals.region ?? 'seoul'}
          locale=${globals.locale ?? 'ko'}
          contrast=${high ? 'high' : 'normal'}
          scheme=${globals.scheme === 'dark' ? 'dark' : 'light'}
          style=${styleMap(style)}
        >
          ${story()}
        </seoul-learn-provider>
      `;
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    viewport: { options: VIEWPORTS },
  },
};

export default preview;
