/**
 * What the elements use to theme themselves: the tokens of a region's theme and the CSS that
 * declares them. Unchecked: the elements pass only values they validated, and selectors of their
 * own. The public API (./index.ts) checks its arguments, then calls these.
 * @module
 */
import {
  BASE,
  BASE_DARK,
  BASE_HIGH,
  DEFAULT_REGION,
  MOBILE,
  REGION_LOADERS,
  REGION_OVERRIDES,
  decodeRegion,
  type Region,
  type TokenName,
} from './generated/tokens.js';

/** Every token of one theme, fully resolved (`#rrggbb` colours, px/em sizes, ms durations). */
export type ThemeTokens = Readonly<Record<TokenName, string>>;

const cache = new Map<string, ThemeTokens>();
const loading = new Map<Region, Promise<void>>();

/** Whether a region's layers are here: the default region's always are; others once loaded. */
export const regionLoaded = (region: Region): boolean => !!REGION_OVERRIDES[region];

/**
 * Loads a region's layers, the first time an element shows it (one small module per region, so
 * a page pays only for the regions it shows). `undefined` when they are already here. The
 * promise never rejects: if the module cannot be loaded, elements keep the default region's
 * look, and the next update asks again.
 */
export function regionReady(region: Region): Promise<void> | undefined {
  const load = !regionLoaded(region) && REGION_LOADERS[region];
  if (!load) return undefined;
  let pending = loading.get(region);
  if (!pending) {
    pending = load().then(
      (module) => {
        REGION_OVERRIDES[region] ??= decodeRegion(module.default);
        loading.delete(region);
      },
      (err: unknown) => {
        loading.delete(region);
        console.warn(
          `[seoul-learn] The "${region}" theme could not be loaded (${String(err)}); showing "${DEFAULT_REGION}" until it can.`,
        );
      },
    );
    loading.set(region, pending);
  }
  return pending;
}

/** The resolved tokens of one region's theme, whose layers are loaded: see `themeTokens` in ./index.ts. */
export function resolveTokens(
  region: Region,
  contrast: 'normal' | 'high',
  scheme: 'light' | 'dark' = 'light',
): ThemeTokens {
  const layer = contrast === 'high' ? 'high' : scheme === 'dark' ? 'dark' : 'normal';
  const key = `${region}:${layer}`;
  let tokens = cache.get(key);
  if (!tokens) {
    const own = REGION_OVERRIDES[region]!;
    tokens = Object.freeze({
      ...BASE,
      ...(layer === 'high' ? BASE_HIGH : layer === 'dark' ? BASE_DARK : {}),
      ...own.normal,
      ...(layer === 'normal' ? {} : own[layer]),
    }) as ThemeTokens;
    cache.set(key, tokens);
  }
  return tokens;
}

/** Tokens that differ between `a` and `b`, with `b`'s values; `also` adds more names to copy from `b`. */
function changes(a: ThemeTokens, b: ThemeTokens, also: readonly string[] = []): Partial<ThemeTokens> {
  const out: Partial<Record<TokenName, string>> = {};
  for (const name of Object.keys(b) as TokenName[]) {
    if (b[name] !== a[name] || also.includes(name)) out[name] = b[name];
  }
  return out;
}

/** A rule, written compactly: the text goes into constructable stylesheets, not in front of a reader. */
function block(selector: string, tokens: Partial<ThemeTokens>): string {
  let css = `${selector}{`;
  // Names and values come from the generated token module, which themes/build.mjs writes only
  // after refusing anything that could end a declaration or a rule (or from a token document
  // that passed the same checks, ../provider/token-document.ts).
  for (const [name, value] of Object.entries(tokens)) css += `${name}:${value};`;
  return `${css}}`;
}

/** CSS text that declares a loaded region's tokens on `selector`: see `themeCss` in ./index.ts. */
export function cssFor(
  region: Region,
  contrast: 'normal' | 'high' | 'auto',
  selector: string,
  scheme: 'light' | 'dark' | 'auto',
): string {
  const media = (query: string, tokens: Partial<ThemeTokens>) => `@media ${query}{${block(selector, tokens)}}`;
  const first = resolveTokens(region, contrast === 'high' ? 'high' : 'normal', scheme === 'dark' ? 'dark' : 'light');
  let css = block(selector, first) + media('(max-width: 767px)', MOBILE);
  if (contrast === 'high') return css;
  const light = resolveTokens(region, 'normal');
  const dark = resolveTokens(region, 'normal', 'dark');
  const darkChanges = changes(light, dark);
  if (scheme === 'auto') css += media('(prefers-color-scheme: dark)', darkChanges);
  if (contrast === 'auto') {
    const undo = scheme === 'light' ? [] : Object.keys(darkChanges);
    css += media('(prefers-contrast: more)', changes(first, resolveTokens(region, 'high'), undo));
  }
  return css;
}
