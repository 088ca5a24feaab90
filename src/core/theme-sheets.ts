import { themeCss, type Region, type Scheme } from '../themes/index.js';
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
    sheet.replaceSync(themeCss(region, contrast ?? 'auto', ':host', scheme ?? 'auto'));
    sheets.set(key, sheet);
  }
  return sheet;
}

/** Puts `theme` in front of a shadow root's own (Lit) stylesheets, or removes it. */
export function adoptTheme(root: ShadowRoot, own: readonly CSSStyleSheet[], theme: CSSStyleSheet | undefined): void {
  root.adoptedStyleSheets = theme ? [theme, ...own] : [...own];
}
