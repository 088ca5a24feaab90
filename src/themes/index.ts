/**
 * Region themes: the design tokens built from `themes/tokens` (KRDS base plus one override set per
 * region, each with a KRDS 선명한 화면 모드 high-contrast variant) and helpers to apply them.
 *
 * Token values come from `./generated/tokens.js`, which `node themes/build.mjs` writes.
 * @module
 */
import { isSafeCssName, isSafeCssValue, isSafeSelector } from './css-guard.js';
import { BASE, BASE_HIGH, REGION_OVERRIDES, REGIONS, type Region, type TokenName } from './generated/tokens.js';

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

/** Contrast modes: `normal`, or `high` for KRDS 선명한 화면 모드. */
export const CONTRAST_MODES = ['normal', 'high'] as const;

/** A contrast mode: `normal`, or `high` for KRDS 선명한 화면 모드. */
export type ContrastMode = (typeof CONTRAST_MODES)[number];

/** Every token of one theme, fully resolved (`#rrggbb` colours, px/em sizes, ms durations). */
export type ThemeTokens = Readonly<Record<TokenName, string>>;

const cache = new Map<string, ThemeTokens>();

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

/**
 * The resolved tokens of one region's theme: base, then base high contrast (if `high`), then the
 * region's overrides, then the region's high-contrast overrides (if `high`). The result is frozen
 * and memoised, so repeated calls return the same object.
 * @param region - The region.
 * @param contrast - The contrast mode.
 * @returns Every token, by custom property name.
 * @throws RangeError for an unknown region or contrast mode (callers from plain JS).
 */
export function themeTokens(region: Region, contrast: ContrastMode): ThemeTokens {
  if (!isRegion(region)) throw new RangeError(`Unknown Seoul Learn region: ${String(region)}`);
  if (!isContrastMode(contrast)) throw new RangeError(`Unknown contrast mode: ${String(contrast)}`);
  const key = `${region}:${contrast}`;
  let tokens = cache.get(key);
  if (!tokens) {
    const high = contrast === 'high';
    const own = REGION_OVERRIDES[region];
    tokens = Object.freeze({
      ...BASE,
      ...(high ? BASE_HIGH : {}),
      ...own.normal,
      ...(high ? own.high : {}),
    }) as ThemeTokens;
    cache.set(key, tokens);
  }
  return tokens;
}

function block(selector: string, tokens: Partial<ThemeTokens>, indent: string): string {
  let css = `${indent}${selector} {\n`;
  for (const [name, value] of Object.entries(tokens)) {
    // Refuse to emit anything that could end the declaration or the rule.
    if (!isSafeCssName(name) || !isSafeCssValue(value)) {
      throw new TypeError(`Refusing unsafe theme token ${JSON.stringify(name)}: ${JSON.stringify(value)}`);
    }
    css += `${indent}  ${name}: ${value};\n`;
  }
  return `${css}${indent}}\n`;
}

/**
 * CSS text that declares a region's tokens on `selector`, for a constructable stylesheet
 * (`sheet.replaceSync(themeCss(…))`, then `shadowRoot.adoptedStyleSheets`), so it works under
 * `style-src 'self'`. With `'auto'` it declares the normal tokens and, inside
 * `@media (prefers-contrast: more)`, only the tokens that high contrast changes.
 * @param region - The region.
 * @param contrast - `normal`, `high`, or `auto` to follow the user's `prefers-contrast` setting.
 * @param selector - Where to declare the tokens; `:host` for an element's shadow root.
 * @returns CSS text.
 * @throws TypeError if `selector` or a token could break out of its rule; RangeError for an
 *   unknown region or contrast mode.
 */
export function themeCss(region: Region, contrast: ContrastMode | 'auto', selector = ':host'): string {
  if (!isSafeSelector(selector)) {
    throw new TypeError(`Refusing unsafe selector for theme CSS: ${JSON.stringify(selector)}`);
  }
  if (contrast !== 'auto') return block(selector, themeTokens(region, contrast), '');
  const normal = themeTokens(region, 'normal');
  const high = themeTokens(region, 'high');
  const changed: Partial<Record<TokenName, string>> = {};
  for (const name of Object.keys(high) as TokenName[]) {
    if (high[name] !== normal[name]) changed[name] = high[name];
  }
  return `${block(selector, normal, '')}@media (prefers-contrast: more) {\n${block(selector, changed, '  ')}}\n`;
}

export { contrastRatio } from './contrast.js';
