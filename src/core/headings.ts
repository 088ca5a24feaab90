/**
 * Headings at the level the host page needs (`heading-level`), so that an element's headings
 * continue the host's outline instead of starting at a fixed level.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { checkedEnum } from './enum-attribute.js';

/** Levels an element's top heading may take (`heading-level`); headings inside it go below. */
export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

type Attr = string | typeof nothing;

/** What a heading may carry besides its class and content. */
export interface HeadingOptions {
  readonly id?: string | undefined;
  readonly lang?: Attr | undefined;
  /** `-1` on a heading that focus moves to (not in the tab order). */
  readonly tabindex?: '-1' | undefined;
  readonly live?: 'polite' | undefined;
}

/** class, id, lang, tabindex, aria-live, content: short names so that each level stays on one line. */
type Tag = (c: string, i: Attr, l: Attr, t: Attr, a: Attr, x: unknown) => TemplateResult;

// One fixed template per level: Lit cannot bind a tag name, and the tag never comes from text.
const TAGS: Readonly<Record<HeadingLevel, Tag>> = {
  2: (c, i, l, t, a, x) => html`<h2 class=${c} id=${i} lang=${l} tabindex=${t} aria-live=${a}>${x}</h2>`,
  3: (c, i, l, t, a, x) => html`<h3 class=${c} id=${i} lang=${l} tabindex=${t} aria-live=${a}>${x}</h3>`,
  4: (c, i, l, t, a, x) => html`<h4 class=${c} id=${i} lang=${l} tabindex=${t} aria-live=${a}>${x}</h4>`,
  5: (c, i, l, t, a, x) => html`<h5 class=${c} id=${i} lang=${l} tabindex=${t} aria-live=${a}>${x}</h5>`,
  6: (c, i, l, t, a, x) => html`<h6 class=${c} id=${i} lang=${l} tabindex=${t} aria-live=${a}>${x}</h6>`,
};

/** The level `steps` below `level` (HTML has no `<h7>`: it stops at 6). */
export const below = (level: HeadingLevel, steps = 1): HeadingLevel => Math.min(level + steps, 6) as HeadingLevel;

/** A heading at `level` with class `c`, and whatever of `o` is given. */
export const heading = (level: HeadingLevel, c: string, content: unknown, o: HeadingOptions = {}): TemplateResult =>
  TAGS[level](c, o.id ?? nothing, o.lang ?? nothing, o.tabindex ?? nothing, o.live ?? nothing, content);

/**
 * `value` when it is a valid level, else `fallback` with one console warning naming the valid
 * values (`heading-level` is a number attribute: `"x"` arrives as `NaN`).
 */
export function headingLevel(host: HTMLElement, value: number, fallback: HeadingLevel): HeadingLevel {
  if ((HEADING_LEVELS as readonly number[]).includes(value)) return value as HeadingLevel;
  const shown = host.getAttribute('heading-level') ?? String(value);
  checkedEnum(host, 'heading-level', shown, HEADING_LEVELS.map(String), `Using ${fallback}.`);
  return fallback;
}
