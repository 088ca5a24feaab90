import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './theme-gallery/theme-gallery.define.js';
import { sixRegions } from './theme-gallery/six-regions.js';

/**
 * Every region's tokens for designers: colour swatches, the contrast ratio of every pair the
 * themes promise (checked against WCAG 2.2 AA), and the type scale; and every element in every
 * region side by side. Switch locale, contrast and scheme from the toolbar. Tokens live in
 * `themes/tokens/` as W3C Design Tokens JSON.
 */
const meta: Meta = {
  title: 'Design/Theme gallery',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;

export const AllRegions: StoryObj = {
  render: () => html`<sl-theme-gallery></sl-theme-gallery>`,
};

/**
 * The course player, the dashboard and the booking in all six regions, with the brand strip:
 * the regions should be told apart by colour, shape, density and type before reading a name.
 */
export const SixRegions: StoryObj = {
  name: 'Six regions, every element',
  parameters: { layout: 'fullscreen' },
  render: (_args, { globals }) => sixRegions(globals.locale === 'en' ? 'en' : 'ko'),
};
