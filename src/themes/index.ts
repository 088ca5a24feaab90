/**
 * Region themes: the design tokens built from `themes/tokens` (KRDS base plus one override set per
 * region, each with a dark scheme and a KRDS 선명한 화면 모드 high-contrast variant) and helpers to apply them.
 * High contrast wins over dark: with `high`, the scheme does not matter.
 *
 * Token values come from `./generated/tokens.js`, which `node themes/build.mjs` writes.
 * @module
 */
import { isSafeSelector } from './css-guard.js';
import { loadAllRegions } from './generated/all-regions.js';
import { CONTRAST_MODES, SCHEMES, type ContrastMode, type Scheme } from './modes.js';
import { REGIONS, type Region } from './generated/tokens.js';
import { cssFor, resolveTokens, type ThemeTokens } from './theme-css.js';

export {
  /** Region and programme names in Korean and English, per region. */
  REGION_META,
  /** Every foreground/background pair the themes are meant for; text needs 4.5:1, ui 3:1. */
  CONTRAST_PAIRS,
} from './generated/meta.js';
export {
  /** Regions with a built-in theme, in display order. */
  REGIONS,
  /** A region with a built-in theme. */
  type Region,
  /** A public theme custom property, `--seoul-learn-<category>-<role>`. */
  type TokenName,
} from './generated/tokens.js';
/** Every token of one theme, fully resolved (`#rrggbb` colours, px/em sizes, ms durations). */
export type { ThemeTokens } from './theme-css.js';

export { CONTRAST_MODES, SCHEMES, type ContrastMode, type Scheme } from './modes.js';

/**
 * Whether `value` names a region with a built-in theme.
 * @param value - Anything, e.g. an attribute value.
 * @returns `true` if `value` is one of {@link REGIONS}.
 */
export function isRegion(value: unknown): value is Region {
  return typeof value === 'string' && (REGIONS as readonly string[]).includes(value);
}

/**
 * Whether `value` is a contrast mode.
 * @param value - Anything, e.g. an attribute value.
 * @returns `true` if `value` is one of {@link CONTRAST_MODES}.
 */
export function isContrastMode(value: unknown): value is ContrastMode {
  return typeof value === 'string' && (CONTRAST_MODES as readonly string[]).includes(value);
}

/** Refuses a region, contrast mode or scheme that callers from plain JS may pass. */
function check(region: Region, contrast: ContrastMode, scheme: Scheme): void {
  if (!isRegion(region)) throw new RangeError(`Unknown Seoul Learn region: ${String(region)}`);
  if (!isContrastMode(contrast)) throw new RangeError(`Unknown contrast mode: ${String(contrast)}`);
  if (!SCHEMES.includes(scheme)) throw new RangeError(`Unknown colour scheme: ${String(scheme)}`);
}

/**
 * The resolved tokens of one region's theme (wide screens; {@link themeCss} adds KRDS's mobile type
 * scale under 768px): base, then base high contrast (if `high`) or base dark (if `dark`), then the
 * region's overrides, then the region's high-contrast or dark overrides. High contrast wins over
 * dark. The result is frozen and memoised, so repeated calls return the same object.
 * @param region - The region.
 * @param contrast - The contrast mode.
 * @param scheme - The colour scheme; `light` by default.
 * @returns Every token, by custom property name.
 * @throws RangeError for an unknown region, contrast mode or scheme (callers from plain JS).
 */
export function themeTokens(region: Region, contrast: ContrastMode, scheme: Scheme = 'light'): ThemeTokens {
  check(region, contrast, scheme);
  loadAllRegions();
  return resolveTokens(region, contrast, scheme);
}

/**
 * CSS text that declares a region's tokens on `selector`, for a constructable stylesheet
 * (`sheet.replaceSync(themeCss(…))`, then `shadowRoot.adoptedStyleSheets`), so it works under
 * `style-src 'self'`. It always adds KRDS's mobile type scale under `(max-width: 767px)`. With
 * scheme `auto` it adds the dark changes inside `@media (prefers-color-scheme: dark)`; with
 * contrast `auto` it adds, inside `@media (prefers-contrast: more)` and after the dark block, the
 * tokens that high contrast changes and those that dark changed, so high contrast wins over dark.
 * @param region - The region.
 * @param contrast - `normal`, `high`, or `auto` to follow the user's `prefers-contrast` setting.
 * @param selector - Where to declare the tokens; `:host` for an element's shadow root.
 * @param scheme - `light` (the default), `dark`, or `auto` to follow `prefers-color-scheme`.
 * @returns CSS text.
 * @throws TypeError if `selector` or a token could break out of its rule; RangeError for an
 *   unknown region, contrast mode or scheme.
 */
export function themeCss(
  region: Region,
  contrast: ContrastMode | 'auto',
  selector = ':host',
  scheme: Scheme | 'auto' = 'light',
): string {
  if (!isSafeSelector(selector)) {
    throw new TypeError(`Refusing unsafe selector for theme CSS: ${JSON.stringify(selector)}`);
  }
  check(region, contrast === 'auto' ? 'normal' : contrast, scheme === 'auto' ? 'light' : scheme);
  loadAllRegions();
  return cssFor(region, contrast, selector, scheme);
}

export { contrastRatio } from './contrast.js';
