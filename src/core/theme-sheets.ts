import type { Region, Scheme } from '../themes/index.js';
import { cssFor } from '../themes/theme-css.js';
import type { Contrast } from './settings.js';

const sheets = new Map<string, CSSStyleSheet>();

/**
 * A constructable stylesheet that declares a region's tokens on `:host`; an unset contrast or
 * scheme follows the user's preference. Sheets are shared by every element that uses the same
 * region, contrast and scheme: no `<style>` element, so a strict `style-src 'self'` policy has
 * nothing to block.
 */
export function themeSheet(region: Region, contrast: Contrast | undefined, scheme?: Scheme): CSSStyleSheet {
  const key = `${region}|${contrast ?? 'auto'}|${scheme ?? 'auto'}`;
  let sheet = sheets.get(key);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(cssFor(region, contrast ?? 'auto', ':host', scheme ?? 'auto'));
    sheets.set(key, sheet);
  }
  return sheet;
}

/**
 * Puts `theme` in front of a shadow root's other stylesheets in place of `previous` (or removes
 * it). Every other sheet stays: the element's own, and those its lazily loaded parts adopted.
 */
export function adoptTheme(
  root: ShadowRoot,
  previous: CSSStyleSheet | undefined,
  theme: CSSStyleSheet | undefined,
): void {
  const rest = root.adoptedStyleSheets.filter((sheet) => sheet !== previous);
  root.adoptedStyleSheets = theme ? [theme, ...rest] : rest;
}
