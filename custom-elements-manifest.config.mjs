// Custom elements manifest (custom-elements.json): feeds Storybook autodocs and editors.
import { readFileSync } from 'node:fs';

/** Every public theme token, read from the base token file, with its description. */
function themeTokens() {
  const base = JSON.parse(readFileSync(new URL('./themes/tokens/base.json', import.meta.url), 'utf8'));
  const tokens = [];
  const walk = (node, path, inherited) => {
    const description = node.$description ?? inherited;
    if ('$value' in node) {
      tokens.push({ name: `--seoul-learn-${path.join('-')}`, description, default: String(node.$value) });
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      if (!key.startsWith('$') && child && typeof child === 'object') walk(child, [...path, key], description);
    }
  };
  for (const [group, node] of Object.entries(base)) {
    if (!group.startsWith('$') && group !== 'palette') walk(node, [group], undefined);
  }
  return tokens;
}

/** Documents the theme tokens on the provider, the element on which a host sets or overrides them. */
function themeTokensPlugin() {
  return {
    name: 'seoul-learn-theme-tokens',
    packageLinkPhase({ customElementsManifest }) {
      const tokens = themeTokens().map(({ name, description }) => ({
        name,
        description: `${description ?? 'Theme token.'} Set by the region theme; override it on the provider.`,
      }));
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.tagName !== 'seoul-learn-provider') continue;
          const own = declaration.cssProperties ?? [];
          declaration.cssProperties = [...own, ...tokens.filter((token) => !own.some((p) => p.name === token.name))];
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/themes/generated/**', 'src/data/demo/fixtures/**'],
  outdir: '.',
  litelement: true,
  dev: false,
  plugins: [themeTokensPlugin()],
};
