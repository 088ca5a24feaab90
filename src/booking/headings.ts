/**
 * The booking's two kinds of heading, at the level the host page needs (`heading-level`), built
 * on the shared heading templates.
 */
import type { TemplateResult } from 'lit';
import { below, heading, type HeadingLevel } from '../core/headings.js';

/** The heading of a step or view (`.title`): focus moves to it whenever the step changes. */
export const mainHeading = (level: HeadingLevel, text: string, id?: string): TemplateResult =>
  heading(level, 'title', text, { id, tabindex: '-1' });

/** A heading one level below the main heading (`.subtitle`). */
export const subHeading = (
  level: HeadingLevel,
  text: string,
  options: { id?: string; live?: 'polite'; tabindex?: '-1' } = {},
): TemplateResult => heading(below(level), 'subtitle', text, options);
