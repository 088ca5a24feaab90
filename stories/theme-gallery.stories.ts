import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './theme-gallery/theme-gallery.define.js';
import { sixRegions } from './theme-gallery/six-regions.js';

/**
 * Every region's tokens for designers: colour swatches, the contrast ratio of every pair the
 * themes promise (checked against WCAG 2.2 AA), and the type scale; and every element in every
 * region side by side. The gallery follows the toolbar: region (shown first, or alone), scheme
 * (light, dark, high contrast) and locale. Tokens live in `themes/tokens/` as W3C Design Tokens
 * JSON; the Token reference pages show every token rendered, the Theme playground edits them.
 */
const meta: Meta = {
  title: 'Design/Theme gallery',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;

/** The toolbar's region in the toolbar's scheme and contrast: switch them to compare. */
export const CurrentRegion: StoryObj = {
  render: () => html`<sl-theme-gallery current-only></sl-theme-gallery>`,
};

/** Every region, the toolbar's first, in the toolbar's scheme and contrast. */
export const AllRegions: StoryObj = {
  render: () => html`<sl-theme-gallery></sl-theme-gallery>`,
};

/**
 * The course player, the dashboard and the booking in every region, with the brand strip:
 * the regions should be told apart by colour, shape, density and type before reading a name.
 */
export const SixRegions: StoryObj = {
  name: 'Every region, every element',
  parameters: {
    layout: 'fullscreen',
    // A copy of each element per region on one page repeats each element's landmark names
    // ("상담 예약" …); a real page has one of each. Every other rule still applies.
    a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
  },
  render: (_args, { globals }) => sixRegions(globals.locale === 'en' ? 'en' : 'ko', globals.region),
};
