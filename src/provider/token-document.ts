/**
 * A region the package does not ship, themed at run time from a token document: the provider's
 * `tokens`, a parsed token file of the same shape as `themes/tokens/regions/<id>.json`, or the URL
 * of one (a same-origin JSON token file, or a CSS file of `--seoul-learn-*` declarations). Loaded
 * only when `tokens` is set, so a provider without a document never downloads this module.
 *
 * The document's tokens go through the same rules as the build's: only tokens that base.json
 * defines, only plain values (css-guard), no rem, and every pair of themes/contrast-pairs.json is
 * checked in light, high contrast and dark (one console warning per failing pair, with its ratio).
 * A valid document is registered as a region of its own, so the provider, the elements inside it
 * and their brand strips use it through the same theme machinery as a built-in region.
 * @module
 */
import { themeSheet } from '../core/theme-sheets.js';
import type { Contrast } from '../core/settings.js';
import { PROGRAMS } from '../themes/generated/brand.js';
import { CONTRAST_PAIRS, TOKEN_REFERENCES } from '../themes/generated/meta.js';
import { REGION_LOADERS, REGION_OVERRIDES, type Region, type TokenName } from '../themes/generated/tokens.js';
import { contrastRatio } from '../themes/contrast.js';
import { isSafeCssName, isSafeCssValue } from '../themes/css-guard.js';
import type { Scheme } from '../themes/index.js';
import { resolveTokens, type ThemeTokens } from '../themes/theme-css.js';

/** A DTCG token document: token groups, tokens with `$value` (and `$type`), and our `$extensions`. */
export type TokenDocument = { readonly [key: string]: unknown };

/** What the document code needs from the provider (its settings are protected there). */
export interface DocumentHost extends HTMLElement {
  tokens?: TokenDocument | string | undefined;
  documentRegion?: Region | undefined;
  readonly shadowRoot: ShadowRoot | null;
  addController(controller: { hostUpdated?(): void }): void;
  requestUpdate(): void;
}

interface HostSettings {
  readonly settings: { readonly region: Region; readonly contrast?: Contrast; readonly scheme?: Scheme };
}

type Layer = Partial<Record<TokenName, string>>;
type Mode = 'normal' | 'high' | 'dark';

const PREFIX = '--seoul-learn-';
const META_KEY = 'kr.seoul-learn';
const REM = /\drem\b/;
/** A reference to another token: `{color.primary}`. */
const REFERENCE = /\{([\w.-]+)\}/g;

/** A problem with the document; the message names the token path where there is one. */
class DocumentError extends Error {}

// The base tier (KRDS), as a registered region that overrides nothing: its light, high-contrast
// and dark tokens come from the same resolver the elements use, without a second copy of them.
const KRDS_BASE = '#base' as Region;
(REGION_OVERRIDES as Record<string, unknown>)[KRDS_BASE] = { normal: {}, high: {}, dark: {} };
const base = (mode: Mode): ThemeTokens =>
  resolveTokens(KRDS_BASE, mode === 'high' ? 'high' : 'normal', mode === 'dark' ? 'dark' : 'light');

/** The layer a base set adds to the light base: the values that differ, and the references it makes. */
function baseLayer(mode: 'high' | 'dark'): Layer {
  const light = base('normal');
  const own = base(mode);
  const out: Layer = {};
  for (const name of Object.keys(own) as TokenName[]) if (own[name] !== light[name]) out[name] = own[name];
  for (const [name, target] of Object.entries(TOKEN_REFERENCES[mode])) out[name as TokenName] = `{${target}}`;
  return out;
}

const tokenName = (path: readonly string[]) => `${PREFIX}${path.join('-')}`;
const pathOf = (name: string) => name.slice(PREFIX.length);

/** A DTCG value as CSS text, the way the build's transforms write it. */
function cssValue(value: unknown, type: string | undefined): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    if (type === 'cubicBezier') return `cubic-bezier(${value.join(', ')})`;
    if (type === 'fontFamily')
      return value.map((f) => (/\s/.test(String(f)) ? `"${String(f)}"` : String(f))).join(', ');
    return value.map((v) => cssValue(v, type)).join(', ');
  }
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    // DTCG 2025: colours as { colorSpace, components, hex }, dimensions as { value, unit }.
    if (typeof v.hex === 'string') return v.hex;
    if ('value' in v && typeof v.unit === 'string') return `${String(v.value)}${v.unit}`;
    if ('offsetX' in v) {
      const parts = ['offsetX', 'offsetY', 'blur', 'spread', 'color'].map((k) => cssValue(v[k] ?? '0px', undefined));
      return `${v.inset ? 'inset ' : ''}${parts.join(' ')}`;
    }
  }
  throw new DocumentError(`cannot read ${JSON.stringify(value)} as a CSS value`);
}

/**
 * The tokens of one group tree, as `--seoul-learn-…` names with unresolved `{…}` references.
 * `where` prefixes the paths in messages (a layer inside `$extensions`).
 */
function readTokens(node: unknown, where = '', path: string[] = [], type?: string, out: Layer = {}): Layer {
  const label = (at: readonly string[]) => where + at.join('.');
  if (!node || typeof node !== 'object' || Array.isArray(node)) {
    throw new DocumentError(`${label(path) || 'document'}: expected a group of tokens`);
  }
  const group = node as Record<string, unknown>;
  const groupType = typeof group.$type === 'string' ? group.$type : type;
  for (const [key, child] of Object.entries(group)) {
    if (key.startsWith('$')) continue;
    const at = [...path, key];
    if (child && typeof child === 'object' && '$value' in child) {
      const token = child as { $value: unknown; $type?: unknown };
      const name = tokenName(at);
      if (!isSafeCssName(name) || !(name in base('normal'))) {
        throw new DocumentError(`${label(at)}: unknown token, the theme defines no such token`);
      }
      try {
        out[name as TokenName] = cssValue(token.$value, typeof token.$type === 'string' ? token.$type : groupType);
      } catch (err) {
        throw new DocumentError(`${label(at)}: ${(err as Error).message}`);
      }
    } else {
      readTokens(child, where, at, groupType, out);
    }
  }
  return out;
}

/**
 * Resolves `{group.token}` references against the theme itself (`krds.*` primitives are the
 * build's alone), then checks every value as the build and css-guard do.
 */
function resolve(layers: readonly Layer[]): ThemeTokens {
  const raw: Record<string, string> = Object.assign({}, ...layers);
  const get = (name: string, seen: readonly string[]): string => {
    return raw[name]!.replace(REFERENCE, (_, ref: string) => {
      const at = `${pathOf(name).replace('-', '.')}: {${ref}}`;
      if (ref.startsWith('krds.')) throw new DocumentError(`${at} is a KRDS primitive, which only the build resolves`);
      const target = ref.startsWith(PREFIX) ? ref : tokenName(ref.split('.'));
      if (raw[target] === undefined) throw new DocumentError(`${at} refers to no token`);
      if (seen.includes(target)) throw new DocumentError(`${at} refers to itself`);
      return get(target, [...seen, target]);
    });
  };
  const out: Record<string, string> = {};
  for (const name of Object.keys(raw)) {
    const value = get(name, [name]);
    const at = pathOf(name).replace('-', '.');
    if (!isSafeCssValue(value)) throw new DocumentError(`${at}: ${JSON.stringify(value)} is not a plain CSS value`);
    if (REM.test(value))
      throw new DocumentError(`${at}: ${JSON.stringify(value)} uses rem; use px, or em for font sizes`);
    out[name] = value;
  }
  return out as ThemeTokens;
}

/** The three resolved themes of a document, from its light, high-contrast and dark layers. */
interface Theme {
  readonly id: string;
  readonly normal: ThemeTokens;
  readonly high: ThemeTokens;
  readonly dark: ThemeTokens;
  readonly program?: readonly [string, string] | undefined;
}

/**
 * A JSON document, layered as the build layers a region's files: light = base → region;
 * high contrast = base → region → base high contrast → the region's high contrast (without one:
 * base → base high contrast → region); dark = base → base dark → region → the region's dark. The
 * region's own dark and high-contrast layers go in `$extensions["kr.seoul-learn"].dark` and
 * `["high-contrast"]`, in the same shape as the document.
 */
function fromJson(doc: unknown, fallbackId: string): Theme {
  const light = readTokens(doc);
  const ext = ((doc as TokenDocument).$extensions as Record<string, Record<string, unknown>> | undefined)?.[META_KEY];
  const layer = (key: string): Layer =>
    ext?.[key] === undefined ? {} : readTokens(ext[key], `$extensions["${META_KEY}"]["${key}"].`);
  const high = ext?.['high-contrast'] === undefined ? undefined : layer('high-contrast');
  const dark = layer('dark');
  const name = ext?.programName as { ko?: unknown; en?: unknown } | undefined;
  if (typeof name?.ko !== 'string' || typeof name.en !== 'string' || !name.ko || !name.en) {
    throw new DocumentError(`$extensions["${META_KEY}"].programName: missing; needs { "ko": "…", "en": "…" }`);
  }
  const refs = (mode: Mode) =>
    Object.fromEntries(Object.entries(TOKEN_REFERENCES[mode]).map(([n, target]) => [n, `{${target}}`])) as Layer;
  const light0 = { ...base('normal'), ...refs('normal') };
  return {
    id: typeof ext?.id === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(ext.id) ? ext.id : fallbackId,
    normal: resolve([light0, light]),
    high: resolve(high ? [light0, light, baseLayer('high'), high] : [light0, baseLayer('high'), light]),
    dark: resolve([light0, baseLayer('dark'), light, dark]),
    program: [name.ko, name.en],
  };
}

/**
 * A CSS document: `--seoul-learn-*` declarations only, in plain rules. A rule whose selector
 * names `contrast-high` holds the high-contrast values, one that names `scheme-dark` the dark
 * ones, any other the light ones (so a region stylesheet from dist/themes reads back whole); the
 * `@media` blocks repeat those and are skipped. Anything else is refused: nothing of the file is
 * ever put in a stylesheet as written.
 */
function fromCss(text: string, id: string): Theme {
  const layers: Record<Mode, Layer> = { normal: {}, high: {}, dark: {} };
  const css = text.replace(/\/\*[^]*?\*\//g, '');
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) {
      if (css.slice(i).trim())
        throw new DocumentError(`unexpected ${JSON.stringify(css.slice(i).trim().slice(0, 40))}`);
      break;
    }
    const prelude = css.slice(i, open).trim();
    if (prelude.startsWith('@')) {
      if (!prelude.startsWith('@media'))
        throw new DocumentError(`${prelude.split(/\s/)[0]}: only @media blocks may appear`);
      let depth = 1;
      let j = open + 1;
      for (; j < css.length && depth; j++) depth += css[j] === '{' ? 1 : css[j] === '}' ? -1 : 0;
      i = j;
      continue;
    }
    const close = css.indexOf('}', open);
    const body = css.slice(open + 1, close < 0 ? undefined : close);
    if (close < 0 || body.includes('{')) throw new DocumentError(`${prelude}: unbalanced braces`);
    const mode: Mode = /contrast-high/.test(prelude) ? 'high' : /scheme-dark/.test(prelude) ? 'dark' : 'normal';
    for (const declaration of body.split(';')) {
      if (!declaration.trim()) continue;
      const colon = declaration.indexOf(':');
      const name = declaration.slice(0, colon).trim();
      const value = declaration.slice(colon + 1).trim();
      if (colon < 0 || !isSafeCssName(name)) {
        throw new DocumentError(
          `${JSON.stringify(declaration.trim().slice(0, 40))}: only --seoul-learn-* declarations may appear`,
        );
      }
      if (!(name in base('normal'))) throw new DocumentError(`${name}: unknown token, the theme defines no such token`);
      layers[mode][name as TokenName] = value;
    }
    i = close + 1;
  }
  // A declared value wins in its mode; KRDS's high-contrast and dark changes fill in the rest.
  return {
    id,
    normal: resolve([base('normal'), layers.normal]),
    high: resolve([base('normal'), baseLayer('high'), layers.normal, layers.high]),
    dark: resolve([base('normal'), baseLayer('dark'), layers.normal, layers.dark]),
  };
}

/** One console warning per pair of themes/contrast-pairs.json below AA, per mode. */
function checkContrast(host: HTMLElement, theme: Theme): void {
  const modes = { normal: 'light', high: 'high contrast', dark: 'dark' } as const;
  for (const mode of ['normal', 'high', 'dark'] as const) {
    for (const { fg, bg, kind } of CONTRAST_PAIRS) {
      const [a, b] = [theme[mode][fg], theme[mode][bg]];
      const need = kind === 'text' ? 4.5 : 3;
      const pair = `${pathOf(fg).replace('-', '.')} ${a} on ${pathOf(bg).replace('-', '.')} ${b}`;
      let ratio: number;
      try {
        ratio = contrastRatio(a, b);
      } catch {
        warn(
          host,
          `token document "${theme.id}" (${modes[mode]}): ${pair} cannot be checked (not #rgb or #rrggbb colours).`,
        );
        continue;
      }
      if (ratio < need) {
        warn(
          host,
          `token document "${theme.id}" (${modes[mode]}): ${pair} is ${ratio.toFixed(2)}:1; ${kind} needs ${need}:1.`,
        );
      }
    }
  }
}

const warn = (host: HTMLElement, message: string) => console.warn(`[seoul-learn] <${host.localName}> ${message}`);

const same = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Adds a theme to the region tables under its id (what the elements inside, such as the cohort
 * view, then call the region). Themes are cached by region, so a different theme under an id
 * already taken (a built-in region's, or an earlier document's) gets a key of its own, `<id>~<n>`.
 */
function register(theme: Theme, fallback: Region): Region {
  const overrides = REGION_OVERRIDES as Record<string, { normal: object; high: object; dark: object }>;
  const programs = PROGRAMS as Record<string, readonly [string, string]>;
  const entry = { normal: theme.normal, high: theme.high, dark: theme.dark };
  const program = theme.program ?? PROGRAMS[fallback];
  // A built-in region's id is taken even before its layers have loaded (they would replace these).
  const taken = (key: string) =>
    overrides[key] ? !(same(overrides[key], entry) && same(programs[key]!, program)) : key in REGION_LOADERS;
  let key = theme.id;
  for (let n = 2; taken(key); n++) key = `${theme.id}~${n}`;
  overrides[key] = entry;
  programs[key] = program;
  return key as Region;
}

/** Reads the document at `src`: same origin only, with the page's cookies and nobody else's. */
async function fetchDocument(src: string, id: () => string): Promise<Theme> {
  const url = new URL(src, document.baseURI);
  if (url.origin !== location.origin) {
    throw new DocumentError(`refused: ${url.origin} is not this page's origin (${location.origin})`);
  }
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new DocumentError(`HTTP ${response.status}`);
  const text = await response.text();
  const isCss = /\bcss\b/.test(response.headers.get('content-type') ?? '') || url.pathname.endsWith('.css');
  if (isCss) return fromCss(text, id());
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new DocumentError(`not valid JSON: ${(err as Error).message}`);
  }
  return fromJson(json, id());
}

/** The document state of one provider: its theme's registered region and sheet, and the latest load. */
class DocumentTheme {
  region?: Region;
  private sheet?: CSSStyleSheet;
  private load = 0;

  constructor(private readonly host: DocumentHost & HostSettings) {
    host.addController(this);
  }

  /** Loads the host's current document (or drops the last one when neither is set). */
  async update(): Promise<void> {
    const { host } = this;
    const load = ++this.load;
    const { tokens } = host;
    let theme: Theme | undefined;
    try {
      if (typeof tokens === 'string') {
        const fileId = () => /([\w-]+)\.(?:json|css)$/i.exec(tokens)?.[1]?.toLowerCase() ?? 'custom';
        if (tokens) theme = await fetchDocument(tokens, fileId);
      } else if (tokens) theme = fromJson(tokens, 'custom');
    } catch (err) {
      if (load !== this.load) return;
      const what = typeof tokens === 'string' ? `tokens="${tokens}"` : 'tokens';
      const reason = err instanceof DocumentError ? err.message : String(err);
      warn(host, `${what}: ${reason}. Using the "${host.settings.region}" theme.`);
    }
    if (load !== this.load) return;
    if (theme) checkContrast(host, theme);
    this.region = theme && register(theme, host.settings.region);
    host.documentRegion = this.region;
    host.requestUpdate();
  }

  /** Keeps the document's sheet last among the provider's, so it wins over the built-in region's. */
  hostUpdated(): void {
    const root = this.host.shadowRoot;
    if (!root) return;
    const { contrast, scheme } = this.host.settings;
    const sheet = this.region && themeSheet(this.region, contrast, scheme);
    if (sheet === this.sheet) return;
    const rest = root.adoptedStyleSheets.filter((s) => s !== this.sheet);
    root.adoptedStyleSheets = sheet ? [...rest, sheet] : rest;
    this.sheet = sheet;
  }
}

const themes = new WeakMap<HTMLElement, DocumentTheme>();

/**
 * Applies the provider's `tokens`, or removes the theme of a document that is no longer set. A
 * broken or unreachable document leaves the provider's own region (Seoul by default) with one
 * console warning that says why.
 * @param host - The provider.
 */
export default function applyDocument(host: DocumentHost): Promise<void> {
  let theme = themes.get(host);
  if (!theme) {
    theme = new DocumentTheme(host as DocumentHost & HostSettings);
    themes.set(host, theme);
  }
  return theme.update();
}
