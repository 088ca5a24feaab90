// The playground's model of a region: its three token files (light, dark, high contrast) as DTCG
// documents in the format of themes/tokens/regions/<id>.json, and their resolution over the base
// layers in the build's order (themes/build.mjs): light = base → region; dark = base → base dark →
// region → region dark; high = base → region → base high contrast → region high contrast.
// Pure functions over plain JSON, so the tests can feed it the files and compare with the build.
import type { TokenName } from '../../src/themes/index.js';

/** A DTCG token document (a region file, or one of the base files). */
export type TokenDoc = { [key: string]: unknown };

/** The three files of a region: `<id>.json`, `<id>.dark.json`, `<id>.high-contrast.json`. */
export type Layer = 'normal' | 'dark' | 'high';
export const LAYERS: readonly Layer[] = ['normal', 'dark', 'high'];

/** The file name of a region's layer, as themes/build.mjs looks for it. */
export function fileName(id: string, layer: Layer): string {
  return `${id}${layer === 'normal' ? '' : layer === 'dark' ? '.dark' : '.high-contrast'}.json`;
}

/** What the model needs from the base tier: the base files and their values as built. */
export interface BaseTier {
  readonly docs: Readonly<Record<Layer, TokenDoc>>;
  /** Fully resolved values of base, base + dark, base + high contrast. */
  readonly resolved: Readonly<Record<Layer, Readonly<Record<string, string>>>>;
  /** Tokens the region files may not change (KRDS's mobile type scale). */
  readonly locked: ReadonlySet<string>;
  /** KRDS light primitives, `<scale>-<step>` → hex, for `{krds.color.<scale>.<step>}` references. */
  readonly palette: Readonly<Record<string, string>>;
}

/** One public token: where it lives in the files and what it is. */
export interface TokenInfo {
  readonly name: TokenName;
  readonly path: readonly string[];
  readonly type: string | undefined;
  readonly category: Category;
  readonly description: string | undefined;
}

/** Categories of the public (semantic) tier, as in themes/README.md and docs/design.md. */
export const CATEGORIES = [
  'colour',
  'scheme',
  'type',
  'space',
  'radius',
  'density',
  'elevation',
  'motion',
  'focus',
  'brand',
] as const;
export type Category = (typeof CATEGORIES)[number];

const CATEGORY_OF: Record<string, Category> = {
  color: 'colour',
  scheme: 'scheme',
  'scheme-canvas': 'scheme',
  font: 'type',
  'line-height': 'type',
  space: 'space',
  radius: 'radius',
  density: 'density',
  shadow: 'elevation',
  elevation: 'elevation',
  motion: 'motion',
  focus: 'focus',
  brand: 'brand',
};

const PREFIX = '--seoul-learn-';
const REF = /^\{([^{}]+)\}$/;

const isObject = (v: unknown): v is TokenDoc => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Flat {
  readonly value: unknown;
  readonly type: string | undefined;
  readonly description: string | undefined;
}

/** Every token of a document by dotted path, with its `$type` (inherited from groups). */
export function flatten(doc: TokenDoc): Map<string, Flat> {
  const out = new Map<string, Flat>();
  const walk = (node: TokenDoc, path: string[], type: string | undefined) => {
    const own = typeof node.$type === 'string' ? node.$type : type;
    if ('$value' in node) {
      const description = typeof node.$description === 'string' ? node.$description : undefined;
      out.set(path.join('.'), { value: node.$value, type: own, description });
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      if (!key.startsWith('$') && isObject(child)) walk(child, [...path, key], own);
    }
  };
  walk(doc, [], undefined);
  return out;
}

/** `color.on-surface` → `--seoul-learn-color-on-surface`. */
export const nameOf = (path: string) => `${PREFIX}${path.replaceAll('.', '-')}` as TokenName;

/** The public tokens, in the order of base.json. */
export function catalogue(base: BaseTier): TokenInfo[] {
  return [...flatten(base.docs.normal)].map(([path, token]) => ({
    name: nameOf(path),
    path: path.split('.'),
    type: token.type,
    category: CATEGORY_OF[path.split('.')[0]!] ?? 'brand',
    description: token.description,
  }));
}

function fontFamilyCss(list: unknown): string {
  const names = Array.isArray(list) ? list.map(String) : String(list).split(',');
  return names.map((f) => (/\s/.test(f.trim()) ? `"${f.trim()}"` : f.trim())).join(', ');
}

interface ShadowValue {
  color?: string;
  offsetX?: string;
  offsetY?: string;
  blur?: string;
  spread?: string;
}

const shadowCss = (s: ShadowValue) =>
  `${s.offsetX ?? 0} ${s.offsetY ?? 0} ${s.blur ?? 0} ${s.spread ? `${s.spread} ` : ''}${s.color ?? '#000000'}`;

/** A literal DTCG value as the CSS text the build writes for it (Style Dictionary's CSS transforms). */
export function toCss(value: unknown, type: string | undefined): string {
  if (type === 'fontFamily') return fontFamilyCss(value);
  if (type === 'shadow' && typeof value === 'object' && value !== null) {
    return Array.isArray(value) ? value.map((s: ShadowValue) => shadowCss(s)).join(', ') : shadowCss(value);
  }
  if (type === 'cubicBezier' && Array.isArray(value)) return `cubic-bezier(${value.join(', ')})`;
  if (type === 'color' && typeof value === 'string') return value.toLowerCase();
  return String(value);
}

/** The DTCG value for CSS text typed into the editor, shaped as the files write it. */
export function toDtcg(css: string, type: string | undefined): unknown {
  const text = css.trim();
  if (REF.test(text)) return text;
  if (type === 'fontWeight' || (type === 'number' && /^-?[\d.]+$/.test(text))) return Number(text);
  if (type === undefined && /^-?\d+(?:\.\d+)?$/.test(text)) return Number(text);
  if (type === 'fontFamily') return text.split(',').map((f) => f.trim().replace(/^"(.*)"$/, '$1'));
  if (type === 'cubicBezier') {
    const m = /^cubic-bezier\(([^)]*)\)$/.exec(text);
    if (m) return m[1]!.split(',').map(Number);
  }
  if (type === 'shadow') {
    const shadows = text.split(/,(?![^(]*\))/).map((part) => {
      const bits = part.trim().split(/\s+/);
      const color = bits.pop();
      const [offsetX = '0px', offsetY = '0px', blur = '0px', spread = '0px'] = bits;
      return { color, offsetX, offsetY, blur, spread };
    });
    return shadows.length === 1 ? shadows[0] : shadows;
  }
  return text;
}

// Same rule as themes/build.mjs: values end up in stylesheets, so only plain tokens pass.
const SAFE_VALUE = /^(?:[\w#.%, +-]|"[\w .-]*"|cubic-bezier\([\d., -]+\))+$/;
const COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** Why CSS text is not a valid value for a token of `type`, or `undefined` if it is. */
export function invalidReason(css: string, type: string | undefined): string | undefined {
  const text = css.trim();
  if (!text) return 'empty';
  if (REF.test(text)) return undefined;
  if (!SAFE_VALUE.test(text)) return 'only plain CSS tokens are allowed (no ; { } url( …)';
  if (/\drem\b/.test(text)) return 'no rem: use px, or em for font sizes';
  if (type === 'color' && !COLOUR.test(text)) return 'a hex colour: #rgb, #rrggbb or #rrggbbaa';
  if (type === 'dimension' && !/^-?\d+(?:\.\d+)?(?:px|em|%)$|^0$/.test(text)) return 'a length in px, em or %';
  if (type === 'fontWeight' && !/^[1-9]00$/.test(text)) return 'a weight from 100 to 900';
  if (type === 'duration' && !/^\d+(?:\.\d+)?ms$/.test(text)) return 'a duration in ms';
  if (type === 'cubicBezier' && !/^cubic-bezier\(\s*[\d.]+\s*,\s*-?[\d.]+\s*,\s*[\d.]+\s*,\s*-?[\d.]+\s*\)$/.test(text))
    return 'cubic-bezier(x1, y1, x2, y2)';
  return undefined;
}

interface StackLayer {
  readonly raw: Map<string, Flat>;
  /** Resolved values for a base layer; region layers are resolved from their raw values. */
  readonly resolved?: Readonly<Record<string, string>>;
}

/** The layers of one scheme, bottom to top, in the build's order. */
function stack(base: BaseTier, docs: Readonly<Record<Layer, TokenDoc>>, layer: Layer): StackLayer[] {
  const b = (l: Layer): StackLayer => ({ raw: flatten(base.docs[l]), resolved: base.resolved[l] });
  const r = (l: Layer): StackLayer => ({ raw: flatten(docs[l]) });
  if (layer === 'normal') return [b('normal'), r('normal')];
  if (layer === 'dark') return [b('normal'), b('dark'), r('normal'), r('dark')];
  return [b('normal'), r('normal'), b('high'), r('high')];
}

/** Resolves references to public tokens and literals; throws on a reference it cannot follow. */
function valueOf(path: string, layers: readonly StackLayer[], base: BaseTier, seen: string[] = []): string {
  if (seen.includes(path)) throw new Error(`circular reference: ${[...seen, path].join(' → ')}`);
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i]!;
    const token = layer.raw.get(path);
    if (!token) continue;
    const ref = typeof token.value === 'string' ? REF.exec(token.value)?.[1] : undefined;
    if (ref && !ref.startsWith('krds.')) return valueOf(ref, layers, base, [...seen, path]);
    if (layer.resolved) return layer.resolved[nameOf(path)]!;
    if (ref) {
      const m = /^krds\.color\.([\w-]+)\.(\d+)$/.exec(ref);
      const hex = m ? base.palette[`${m[1]}-${m[2]}`] : undefined;
      if (!hex) throw new Error(`${path}: the playground resolves only {krds.color.<scale>.<step>} references`);
      return hex;
    }
    return toCss(token.value, token.type);
  }
  throw new Error(`unknown token ${path}`);
}

/** Every public token of a region's layer, resolved as the build resolves it. */
export function resolveRegion(
  base: BaseTier,
  docs: Readonly<Record<Layer, TokenDoc>>,
  layer: Layer,
): Record<TokenName, string> {
  const layers = stack(base, docs, layer);
  const out = {} as Record<TokenName, string>;
  for (const path of flatten(base.docs.normal).keys()) out[nameOf(path)] = valueOf(path, layers, base);
  return out;
}

/** Problems a region document has: unknown tokens and locked ones, by path. */
export function documentProblems(base: BaseTier, doc: TokenDoc): string[] {
  const known = flatten(base.docs.normal);
  const problems: string[] = [];
  for (const [path, token] of flatten(doc)) {
    if (!known.has(path)) problems.push(`${path}: not a token of base.json`);
    else if (base.locked.has(nameOf(path))) problems.push(`${path}: set by KRDS's mobile type scale`);
    else {
      const reason = invalidReason(toCss(token.value, token.type ?? known.get(path)!.type), known.get(path)!.type);
      if (reason && !(typeof token.value === 'string' && REF.test(token.value))) problems.push(`${path}: ${reason}`);
    }
  }
  return problems;
}

const clone = <T>(v: T): T => structuredClone(v);

/** A copy of `doc` with the token at `path` set to `css` (as DTCG), or removed when `css` is undefined. */
export function withToken(doc: TokenDoc, info: TokenInfo, css: string | undefined): TokenDoc {
  const out = clone(doc);
  const groups: TokenDoc[] = [out];
  for (const key of info.path.slice(0, -1)) {
    const parent = groups.at(-1)!;
    if (!isObject(parent[key])) {
      if (css === undefined) return out;
      parent[key] = info.path.length === 2 && info.type ? { $type: info.type } : {};
    }
    groups.push(parent[key] as TokenDoc);
  }
  const leaf = info.path.at(-1)!;
  const group = groups.at(-1)!;
  if (css === undefined) {
    delete group[leaf];
    // Prune groups left with nothing but $-keys.
    for (let i = groups.length - 1; i > 0; i--) {
      if (Object.keys(groups[i]!).some((k) => !k.startsWith('$'))) break;
      delete groups[i - 1]![info.path[i - 1]!];
    }
    return out;
  }
  const existing = isObject(group[leaf]) ? (group[leaf] as TokenDoc) : {};
  const inheritsType = groups.some((g) => g.$type === info.type);
  group[leaf] = {
    ...(inheritsType || !info.type ? {} : { $type: info.type }),
    ...existing,
    $value: toDtcg(css, info.type),
  };
  return out;
}

/** Names of a region, in `$extensions["kr.seoul-learn"]` as the build reads them. */
export interface RegionNames {
  regionName: { ko: string; en: string };
  programName: { ko: string; en: string };
}

export const META_KEY = 'kr.seoul-learn';

export function namesOf(doc: TokenDoc): RegionNames | undefined {
  const ext = isObject(doc.$extensions) ? doc.$extensions[META_KEY] : undefined;
  if (!isObject(ext) || !isObject(ext.regionName) || !isObject(ext.programName)) return undefined;
  const text = (t: TokenDoc) => ({ ko: String(t.ko ?? ''), en: String(t.en ?? '') });
  return { regionName: text(ext.regionName), programName: text(ext.programName) };
}

/** `doc` with its names set; `$description` and `$extensions` first, as in the shipped files. */
export function withNames(doc: TokenDoc, names: RegionNames, description?: string): TokenDoc {
  const { $description, $extensions, ...rest } = clone(doc);
  const ext = isObject($extensions) ? $extensions : {};
  return {
    ...(description !== undefined ? { $description: description } : $description ? { $description } : {}),
    $extensions: { ...ext, [META_KEY]: names },
    ...rest,
  };
}

/** The file text, as the shipped files are written (two spaces, final newline). */
export const fileText = (doc: TokenDoc) => `${JSON.stringify(doc, null, 2)}\n`;

/** A region file's layer from its file name; `undefined` if it does not look like one. */
export function parseFileName(name: string): { id: string; layer: Layer } | undefined {
  const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)(\.dark|\.high-contrast)?\.json$/.exec(name);
  if (!m) return undefined;
  return { id: m[1]!, layer: m[2] === '.dark' ? 'dark' : m[2] === '.high-contrast' ? 'high' : 'normal' };
}

/** Tokens of `next` whose value differs from `prev`. */
function changed(next: Record<string, string>, prev: Record<string, string>): [string, string][] {
  return Object.entries(next).filter(([k, v]) => prev[k] !== v);
}

/**
 * A partner stylesheet in the shape of dist/themes/<region>.css: light on `:root` and the region's
 * theme class, KRDS's mobile type, dark by class and by preference, high contrast by class and by
 * preference (high contrast also sets back what dark changed, so it wins over dark).
 */
export function regionCss(
  id: string,
  tokens: Readonly<Record<Layer, Record<string, string>>>,
  mobile: Readonly<Record<string, string>>,
): string {
  const theme = `.seoul-learn-theme-${id}`;
  const decls = (entries: [string, string][], indent: string) =>
    entries.map(([k, v]) => `${indent}${k}: ${v};`).join('\n');
  const dark = changed(tokens.dark, tokens.normal);
  const highKeys = new Set([...changed(tokens.high, tokens.normal), ...dark].map(([k]) => k));
  const high = [...highKeys].map((k): [string, string] => [k, tokens.high[k]!]);
  return `/* ${id} theme, exported from the Seoul Learn theme playground. */
:root,
${theme} {
${decls(Object.entries(tokens.normal), '  ')}
}

@media (max-width: 767px) {
  :root,
  ${theme} {
${decls(Object.entries(mobile), '    ')}
  }
}

.seoul-learn-scheme-dark,
${theme}.seoul-learn-scheme-dark {
${decls(dark, '  ')}
}

@media (prefers-color-scheme: dark) {
  :root:not(.seoul-learn-scheme-light),
  ${theme}:not(.seoul-learn-scheme-light) {
${decls(dark, '    ')}
  }
}

.seoul-learn-contrast-high,
:root.seoul-learn-contrast-high,
${theme}.seoul-learn-contrast-high {
${decls(high, '  ')}
}

@media (prefers-contrast: more) {
  :root:not(.seoul-learn-contrast-normal),
  ${theme}:not(.seoul-learn-contrast-normal) {
${decls(high, '    ')}
  }
}
`;
}
