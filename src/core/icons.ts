import { css, nothing, svg, type SVGTemplateResult } from 'lit';

/** One icon's path data (24×24, from @tabler/icons); see `generated/icons.ts`. */
export interface IconData {
  readonly d: string;
  /** Filled icons paint the path; outline icons stroke it. */
  readonly filled?: boolean;
}

/**
 * An inline SVG icon that takes the text colour (so forced-colours mode repaints it). Decorative
 * unless `label` is given: icons that carry meaning on their own (no visible text beside them)
 * get a name that screen readers read as an image.
 */
export function icon(data: IconData, label?: string): SVGTemplateResult {
  return svg`<svg class=${data.filled ? 'icon filled' : 'icon'} viewBox="0 0 24 24" focusable="false" role=${label ? 'img' : nothing} aria-label=${label ?? nothing} aria-hidden=${label ? nothing : 'true'}><path d=${data.d}></path></svg>`;
}

/** Sizing and painting for {@link icon}; part of every element's base styles. */
export const iconStyles = css`
  .icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: none;
    vertical-align: -0.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .icon.filled {
    fill: currentColor;
    stroke: none;
  }
`;
