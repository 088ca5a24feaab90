/**
 * Guards for text that `themeCss` (./index.ts) puts into a stylesheet. Token values
 * come from our own token files, but a stylesheet is code: these checks make a broken or tampered
 * token file fail loudly instead of injecting rules. Internal; not part of the public API.
 * @module
 */

/** A public theme custom property name. */
const NAME = /^--seoul-learn-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Plain value tokens only: words, numbers, units, `#hex`, `%`, commas, `+`/`-`, and double
 * quotes around simple font names, and `cubic-bezier(…)` with numbers only (easing tokens).
 * Otherwise rules out `; { } \ / @ < > ! ( )`, so no `url(`, comments, escapes or extra declarations. Keep in step with SAFE_VALUE in themes/build.mjs.
 */
const VALUE = /^(?:[\w#.%, +-]|"[\w .-]*"|cubic-bezier\([\d., -]+\))+$/;

/**
 * Characters that could end a selector early or smuggle in a rule, comment, escape or `</style>`.
 * (`>` stays allowed: it is the child combinator.)
 */
const SELECTOR_FORBIDDEN = /[{};@\\<\n\r\f]|\/\*/;

/**
 * Whether `name` is a well-formed `--seoul-learn-…` custom property name.
 * @param name - The property name.
 */
export function isSafeCssName(name: string): boolean {
  return NAME.test(name);
}

/**
 * Whether `value` is a conservative CSS value that cannot escape its declaration.
 * @param value - The property value.
 */
export function isSafeCssValue(value: string): boolean {
  return VALUE.test(value);
}

/**
 * Whether `selector` is safe to put in front of a declaration block: no braces, semicolons,
 * at-rules, escapes, comments or line breaks, and balanced quotes.
 * @param selector - A CSS selector list such as `:host` or `.theme-root`.
 */
export function isSafeSelector(selector: string): boolean {
  if (selector.trim() === '' || SELECTOR_FORBIDDEN.test(selector)) return false;
  const count = (quote: string) => selector.split(quote).length - 1;
  return count('"') % 2 === 0 && count("'") % 2 === 0;
}
