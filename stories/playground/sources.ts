// The token files as Storybook's Vite build sees them: the base tier and every region file in
// themes/tokens/regions (a new <id>.json there shows up here with no change to this file).
import manifest from '../../custom-elements.json';
import baseDoc from '../../themes/tokens/base.json';
import baseDarkDoc from '../../themes/tokens/base.dark.json';
import baseHighDoc from '../../themes/tokens/base.high-contrast.json';
import { KRDS_PALETTE } from '../../src/themes/generated/meta.js';
import { BASE, BASE_DARK, BASE_HIGH, MOBILE } from '../../src/themes/generated/tokens.js';
import { LAYERS, parseFileName, type BaseTier, type Layer, type TokenDoc } from './token-model.js';

export const BASE_TIER: BaseTier = {
  docs: { normal: baseDoc, dark: baseDarkDoc, high: baseHighDoc },
  resolved: { normal: BASE, dark: { ...BASE, ...BASE_DARK }, high: { ...BASE, ...BASE_HIGH } },
  locked: new Set(Object.keys(MOBILE)),
  palette: KRDS_PALETTE,
};

export { MOBILE };

const files = import.meta.glob<TokenDoc>('../../themes/tokens/regions/*.json', { eager: true, import: 'default' });

/** Every region's files by id, `{}` for a layer the region has no file for. */
export const REGION_FILES: Readonly<Record<string, Record<Layer, TokenDoc>>> = (() => {
  const out: Record<string, Record<Layer, TokenDoc>> = {};
  for (const [path, doc] of Object.entries(files)) {
    const parsed = parseFileName(path.split('/').at(-1)!);
    if (!parsed) continue;
    out[parsed.id] ??= Object.fromEntries(LAYERS.map((l) => [l, {}])) as Record<Layer, TokenDoc>;
    out[parsed.id]![parsed.layer] = doc;
  }
  return out;
})();

interface ManifestDeclaration {
  tagName?: string;
  cssProperties?: { name: string; description?: string }[];
}

/**
 * The component tier: custom properties the elements document (custom-elements.json), other than
 * the theme tokens the provider lists. Not part of a region file; the CSS export carries them.
 */
export const COMPONENT_PROPERTIES: readonly { name: string; description: string; elements: string[] }[] = (() => {
  const byName = new Map<string, { name: string; description: string; elements: string[] }>();
  for (const module of (manifest as { modules?: { declarations?: ManifestDeclaration[] }[] }).modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName || declaration.tagName === 'seoul-learn-provider') continue;
      for (const { name, description = '' } of declaration.cssProperties ?? []) {
        const entry = byName.get(name) ?? { name, description, elements: [] };
        entry.elements.push(declaration.tagName);
        byName.set(name, entry);
      }
    }
  }
  return [...byName.values()];
})();
