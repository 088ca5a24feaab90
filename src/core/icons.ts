import { nothing, svg, type SVGTemplateResult } from 'lit';

/** One icon's path data (24×24, from @tabler/icons); see `generated/icons.ts`. */
export interface IconData {
  readonly d: string;
  /** Filled icons paint the path; outline icons stroke it. */
  readonly filled?: boolean;
}

/**
 * An inline SVG icon, 1.25em square, that takes the text colour (so forced-colours mode repaints
 * it). Its size and paint are SVG presentation attributes, not a stylesheet, so that only the
 * elements that draw icons pay for them; an element's CSS can still size `.icon`. Decorative
 * unless `label` is given: icons that carry meaning on their own (no visible text beside them)
 * get a name that screen readers read as an image.
 */
export function icon(data: IconData, label?: string): SVGTemplateResult {
  const { filled } = data;
  return svg`<svg class="icon" width="1.25em" height="1.25em" viewBox="0 0 24 24" fill=${filled ? 'currentColor' : 'none'} stroke=${filled ? 'none' : 'currentColor'} stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" role=${label ? 'img' : nothing} aria-label=${label ?? nothing} aria-hidden=${label ? nothing : 'true'}><path d=${data.d}></path></svg>`;
}
