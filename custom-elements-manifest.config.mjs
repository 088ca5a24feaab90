// Custom elements manifest (custom-elements.json): feeds Storybook autodocs, editors and
// scripts/framework-types.mjs, and ships in the package. The analyzer reads `src/`; the plugins
// below turn what it finds into the manifest of the shipped package (see `shippedModulesPlugin`).
import { readFileSync, readdirSync } from 'node:fs';
import ts from 'typescript';

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

/** Every `.ts` file under `dir` (a URL ending in `/`). */
function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(new URL(`${entry.name}/`, dir))
      : entry.name.endsWith('.ts')
        ? [new URL(entry.name, dir)]
        : [],
  );
}

/**
 * The literal values behind each type alias of `src/` that names a closed list, written as TypeScript
 * literals: `type BookingView = (typeof BOOKING_VIEWS)[number]` over `const BOOKING_VIEWS = ['book',
 * 'mine'] as const`, or `type X = 'a' | 'b'`. Read from the syntax only (no type checker), so
 * that the manifest stays quick to build.
 */
function literalAliases() {
  const arrays = new Map();
  const aliases = new Map();
  const literal = (node) =>
    ts.isStringLiteral(node)
      ? `'${node.text}'`
      : ts.isNumericLiteral(node)
        ? node.text
        : ts.isLiteralTypeNode(node)
          ? literal(node.literal)
          : undefined;
  const unwrap = (node) => (ts.isParenthesizedTypeNode(node) ? unwrap(node.type) : node);
  for (const url of sourceFiles(new URL('./src/', import.meta.url))) {
    const file = ts.createSourceFile(url.pathname, readFileSync(url, 'utf8'), ts.ScriptTarget.Latest);
    const visit = (node) => {
      if (
        ts.isVariableDeclaration(node) &&
        ts.isIdentifier(node.name) &&
        node.initializer &&
        ts.isAsExpression(node.initializer) &&
        ts.isArrayLiteralExpression(node.initializer.expression)
      ) {
        const values = node.initializer.expression.elements.map(literal);
        if (values.length && values.every(Boolean)) arrays.set(node.name.text, values);
      } else if (ts.isTypeAliasDeclaration(node)) {
        const type = unwrap(node.type);
        if (
          ts.isIndexedAccessTypeNode(type) &&
          type.indexType.kind === ts.SyntaxKind.NumberKeyword &&
          ts.isTypeQueryNode(unwrap(type.objectType))
        ) {
          aliases.set(node.name.text, { array: unwrap(type.objectType).exprName.getText(file) });
        } else if (ts.isUnionTypeNode(type) && type.types.every((member) => literal(member))) {
          aliases.set(node.name.text, { values: type.types.map(literal) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  const resolved = new Map();
  for (const [name, alias] of aliases) {
    const values = alias.values ?? arrays.get(alias.array);
    if (values) resolved.set(name, values.join(' | '));
  }
  return resolved;
}

/**
 * Writes a property's or attribute's type as the values it takes (`'book' | 'mine'`) where the
 * class names an alias (`BookingView`), so that editors, Storybook controls and the framework
 * types (scripts/framework-types.mjs) see the values the class declares, from that one place.
 */
function literalTypesPlugin() {
  return {
    name: 'seoul-learn-literal-types',
    packageLinkPhase({ customElementsManifest }) {
      const aliases = literalAliases();
      const expand = (type) => {
        if (!type?.text || !/^[\w\s|'"]+$/.test(type.text)) return;
        type.text = type.text
          .split('|')
          .map((part) => aliases.get(part.trim()) ?? part.trim())
          .join(' | ');
      };
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const member of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) expand(member.type);
        }
      }
    },
  };
}

/** Normalises a module reference of the analyzer (`/src/x.js`, `./x.js`, `src/x.ts`) to `src/x.ts`. */
function sourcePath(reference, from) {
  const path = reference.startsWith('.') ? new URL(reference, `file:///${from}`).pathname.slice(1) : reference;
  return path.replace(/^\//, '').replace(/\.js$/, '.ts');
}

/**
 * The manifest of the shipped package rather than of `src/`: one `dist/index.js` module that
 * declares everything the package root exports, and one module per entry of package.json's
 * `exports` (`dist/define.js`, `dist/course.js` …) whose `custom-element-definition` exports map
 * each tag it defines to its class. Private members (`private`, `#x`, `_x`) are left out: they
 * are not API. A reference to something the package does not export keeps its name only.
 */
function shippedModulesPlugin() {
  const ROOT = 'dist/index.js';
  return {
    name: 'seoul-learn-shipped-modules',
    packageLinkPhase({ customElementsManifest }) {
      const modules = new Map(customElementsManifest.modules.map((module) => [module.path, module]));
      /** `[exported name, declaration]` pairs of a module, following re-exports and `export *`. */
      const exportsOf = (path, seen = new Set()) => {
        if (seen.has(path)) return [];
        seen.add(path);
        const module = modules.get(path);
        return (module?.exports ?? []).flatMap((entry) => {
          if (entry.kind !== 'js' || !entry.declaration?.module) return [];
          const target = sourcePath(entry.declaration.module, path);
          if (entry.name === '*') return exportsOf(target, seen);
          const declaration = modules.get(target)?.declarations?.find((d) => d.name === entry.declaration.name);
          if (declaration) return [[entry.name, declaration]];
          const further = exportsOf(target, seen).find(([name]) => name === entry.declaration.name);
          return further ? [[entry.name, further[1]]] : [];
        });
      };

      const rootExports = exportsOf('src/index.ts');
      const exported = new Set(rootExports.map(([name]) => name));
      const isPublic = (member) => member.privacy !== 'private' && !/^[#_]/.test(member.name);
      const relink = (reference) => {
        if (!reference || reference.package) return;
        if (exported.has(reference.name)) reference.module = ROOT;
        else delete reference.module;
      };
      const declarations = rootExports.map(([, declaration]) => {
        const copy = structuredClone(declaration);
        if (copy.members) copy.members = copy.members.filter(isPublic);
        for (const item of [...(copy.members ?? []), ...(copy.attributes ?? []), ...(copy.events ?? [])]) {
          relink(item.inheritedFrom);
        }
        relink(copy.superclass);
        return copy;
      });

      const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
      const entries = Object.values(pkg.exports)
        .map((target) => (typeof target === 'string' ? target : target.default))
        .map((target) => /^\.\/(dist\/([\w-]+)\.js)$/.exec(target ?? ''))
        .filter((match) => match && match[1] !== ROOT && modules.has(`src/${match[2]}.ts`));
      const defineModules = entries.map(([, path, name]) => {
        const classes = exportsOf(`src/${name}.ts`).filter(([, declaration]) => declaration.tagName);
        return {
          kind: 'javascript-module',
          path,
          declarations: [],
          exports: classes.flatMap(([exportName, declaration]) => [
            { kind: 'js', name: exportName, declaration: { name: declaration.name, module: ROOT } },
            {
              kind: 'custom-element-definition',
              name: declaration.tagName,
              declaration: { name: declaration.name, module: ROOT },
            },
          ]),
        };
      });

      customElementsManifest.modules = [
        {
          kind: 'javascript-module',
          path: ROOT,
          declarations,
          exports: rootExports.map(([name, declaration]) => ({
            kind: 'js',
            name,
            declaration: { name: declaration.name, module: ROOT },
          })),
        },
        ...defineModules,
      ];
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/themes/generated/**', 'src/core/generated/**', 'src/data/demo/fixtures/**'],
  outdir: '.',
  litelement: true,
  dev: false,
  plugins: [themeTokensPlugin(), literalTypesPlugin(), shippedModulesPlugin()],
};
