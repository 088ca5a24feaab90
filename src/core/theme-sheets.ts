import type { Region, Scheme } from '../themes/index.js';
import { DEFAULT_REGION } from '../themes/generated/tokens.js';
import { cssFor, regionLoaded } from '../themes/theme-css.js';
import type { Contrast } from './settings.js';

const sheets = new Map<string, CSSStyleSheet>();

/**
 * A constructable stylesheet that declares a region's tokens on `:host` (the default region's
 * until the region's own have loaded: elements await `regionReady` first); an unset contrast or
 * scheme follows the user's preference. Sheets are shared by every element that uses the same
 * region, contrast and scheme: no `<style>` element, so a strict `style-src 'self'` policy has
 * nothing to block.
 */
export function themeSheet(region: Region, contrast: Contrast | undefined, scheme?: Scheme): CSSStyleSheet {
  // A region whose layers could not be loaded (yet: see regionReady) looks like the default one.
  if (!regionLoaded(region)) region = DEFAULT_REGION;
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
