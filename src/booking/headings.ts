/**
 * Headings at the level the host page needs (`heading-level`), so that the element's headings
 * continue the host's outline instead of always starting at `<h2>`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { HeadingLevel } from './booking.types.js';

/** What a heading carries, in short names so that each level's template stays on one line. */
interface Heading {
  /** Class: `title` for a step heading, `subtitle` below it. */
  readonly c: 'title' | 'subtitle';
  readonly id: string | typeof nothing;
  /** `-1` on a step heading: focus moves to it, but it is not in the tab order. */
  readonly t: '-1' | typeof nothing;
  readonly live: 'polite' | typeof nothing;
  readonly text: string;
}

// One fixed template per level: Lit cannot bind a tag name, and the tag never comes from text.
const TAGS: Readonly<Record<HeadingLevel, (h: Heading) => TemplateResult>> = {
  2: (h) => html`<h2 class=${h.c} id=${h.id} tabindex=${h.t} aria-live=${h.live}>${h.text}</h2>`,
  3: (h) => html`<h3 class=${h.c} id=${h.id} tabindex=${h.t} aria-live=${h.live}>${h.text}</h3>`,
  4: (h) => html`<h4 class=${h.c} id=${h.id} tabindex=${h.t} aria-live=${h.live}>${h.text}</h4>`,
  5: (h) => html`<h5 class=${h.c} id=${h.id} tabindex=${h.t} aria-live=${h.live}>${h.text}</h5>`,
  6: (h) => html`<h6 class=${h.c} id=${h.id} tabindex=${h.t} aria-live=${h.live}>${h.text}</h6>`,
};

/** The level of headings inside a section headed at `level` (HTML has no `<h7>`). */
export const subLevel = (level: HeadingLevel): HeadingLevel => Math.min(level + 1, 6) as HeadingLevel;

/** The heading of a step or view (`.title`): focus moves to it whenever the step changes. */
export const mainHeading = (level: HeadingLevel, text: string, id?: string): TemplateResult =>
  TAGS[level]({ c: 'title', id: id ?? nothing, t: '-1', live: nothing, text });

/** A heading one level below the main heading (`.subtitle`). */
export const subHeading = (
  level: HeadingLevel,
  text: string,
  options: { id?: string; live?: 'polite' } = {},
): TemplateResult =>
  TAGS[subLevel(level)]({ c: 'subtitle', id: options.id ?? nothing, t: nothing, live: options.live ?? nothing, text });
