import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './playground.define.js';

/**
 * Edit a region's theme live: every element in the region and scheme you choose, beside a token
 * editor grouped by tier and category. Every contrast pair is re-checked as you type; a failing
 * colour offers the nearest passing one. Export the region's token files (drop them into
 * `themes/tokens/regions/`) and CSS, or import token files to preview them. The toolbar's region
 * and scheme pick where the playground starts. How-to: `stories/playground/README.md`.
 */
const meta: Meta = {
  title: 'Design/Theme playground',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
};
export default meta;

export const Playground: StoryObj = {
  render: (_args, { globals }) =>
    html`<sl-theme-playground
      region=${globals.region ?? 'seoul'}
      layer=${globals.scheme === 'high' || globals.contrast === 'high' ? 'high' : globals.scheme === 'dark' ? 'dark' : 'normal'}
    ></sl-theme-playground>`,
};
