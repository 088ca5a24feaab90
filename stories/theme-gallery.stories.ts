import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './theme-gallery/theme-gallery.define.js';

/**
 * Every region's tokens for designers: colour swatches, the contrast ratio of every pair the
 * themes promise (checked against WCAG 2.2 AA), and the type scale. Switch locale and contrast
 * from the toolbar. Tokens live in `themes/tokens/` as W3C Design Tokens JSON.
 */
const meta: Meta = {
  title: 'Design/Theme gallery',
  tags: ['!autodocs'],
  render: () => html`<sl-theme-gallery></sl-theme-gallery>`,
  parameters: { layout: 'padded' },
};
export default meta;

export const AllRegions: StoryObj = {};
