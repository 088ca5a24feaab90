/**
 * Headings at the level the host page needs (`heading-level`), so that an element's headings
 * continue the host's outline instead of starting at a fixed level.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { warnOnce } from './warn.js';

/** Levels an element's top heading may take (`heading-level`); headings inside it go below. */
export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

type Attr = string | typeof nothing;

// One fixed template per level: Lit cannot bind a tag name, and the tag never comes from text.
const TAGS: Readonly<Record<HeadingLevel, (c: Attr, id: Attr, lang: Attr, content: unknown) => TemplateResult>> = {
  2: (c, id, lang, content) => html`<h2 class=${c} id=${id} lang=${lang}>${content}</h2>`,
  3: (c, id, lang, content) => html`<h3 class=${c} id=${id} lang=${lang}>${content}</h3>`,
  4: (c, id, lang, content) => html`<h4 class=${c} id=${id} lang=${lang}>${content}</h4>`,
  5: (c, id, lang, content) => html`<h5 class=${c} id=${id} lang=${lang}>${content}</h5>`,
  6: (c, id, lang, content) => html`<h6 class=${c} id=${id} lang=${lang}>${content}</h6>`,
};

/** The level `steps` below `level` (HTML has no `<h7>`: it stops at 6). */
export const below = (level: HeadingLevel, steps = 1): HeadingLevel => Math.min(level + steps, 6) as HeadingLevel;

/** A heading at `level` with the given class, and `id` and `lang` when given. */
export const heading = (
  level: HeadingLevel,
  c: string,
  content: unknown,
  options: { id?: string; lang?: Attr } = {},
): TemplateResult => TAGS[level](c, options.id ?? nothing, options.lang ?? nothing, content);

/**
 * `value` when it is a valid level, else `fallback` with one console warning naming the valid
 * values (`heading-level` is a number attribute: `"x"` arrives as `NaN`).
 */
export function headingLevel(host: HTMLElement, value: number, fallback: HeadingLevel): HeadingLevel {
  if ((HEADING_LEVELS as readonly number[]).includes(value)) return value as HeadingLevel;
  const shown = host.getAttribute('heading-level') ?? String(value);
  warnOnce(
    host,
    `heading-level=${shown}`,
    `<${host.localName}> heading-level="${shown}" is not valid; use one of ${HEADING_LEVELS.join(', ')}. Using ${fallback}.`,
  );
  return fallback;
}
