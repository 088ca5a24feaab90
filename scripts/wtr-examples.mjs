/**
 * Test-run support for the example host apps (examples/): `examplesPlugin()` (a @web/test-runner
 * plugin) builds the React, Vue and jQuery examples once per run, with Vite's JS API and each
 * example's own config, into `node_modules/.cache/seoul-learn-examples/<name>/` (base `./`).
 * Requests for them wait until the builds are done, so a run that never loads them never waits.
 *
 * The test server would otherwise rewrite those files: esbuildPlugin recompiles every `.js` it serves
 * (adding an inline source map) and the dev server injects its web-socket script into HTML. The
 * plugin's `transform` hands back each built text file exactly as Vite wrote it, so it must come
 * after esbuildPlugin in `plugins` (transforms run in that order; the import rewriting that
 * runs after it leaves these bundles alone, as they import nothing bare).
 *
 * | URL | what |
 * |---|---|
 * | `/node_modules/.cache/seoul-learn-examples/react/index.html` | examples/react, built |
 * | `/node_modules/.cache/seoul-learn-examples/vue/index.html` | examples/vue, built |
 * | `/node_modules/.cache/seoul-learn-examples/jquery/index.html` | examples/jquery, built |
 */
import { existsSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));

/** The cache folder, relative to the repository (and the dev server's root). */
export const EXAMPLES_CACHE = 'node_modules/.cache/seoul-learn-examples';
const cacheUrl = `/${EXAMPLES_CACHE}/`;
const cacheDir = join(repo, EXAMPLES_CACHE);

/** The examples, each a folder under examples/ with its own Vite config. */
export const EXAMPLES = ['react', 'vue', 'jquery'];

function configFile(name) {
  for (const file of ['vite.config.ts', 'vite.config.mjs', 'vite.config.js']) {
    const path = join(repo, 'examples', name, file);
    if (existsSync(path)) return path;
  }
  throw new Error(`examples/${name} has no vite.config`);
}

/** Builds every example, one after the other; resolves with the time each took, in ms. */
export async function buildExamples() {
  const { build } = await import('vite');
  rmSync(cacheDir, { recursive: true, force: true });
  /** @type {Record<string, number>} */
  const times = {};
  // Vite sets NODE_ENV for its build; the rest of the test run must not see that.
  const nodeEnv = process.env.NODE_ENV;
  try {
    for (const name of EXAMPLES) {
      const started = performance.now();
      await build({
        root: join(repo, 'examples', name),
        configFile: configFile(name),
        base: './',
        logLevel: 'warn',
        build: { outDir: join(cacheDir, name), emptyOutDir: true },
      });
      times[name] = performance.now() - started;
    }
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return times;
}

/**
 * @param {{ log?: (message: string) => void }} [options] `log`: where the build times go (default: stdout)
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function examplesPlugin({ log = (message) => console.log(message) } = {}) {
  /** @type {Promise<unknown> | undefined} */
  let built;
  return {
    name: 'seoul-learn-examples',

    serverStart() {
      built = buildExamples().then(
        (times) =>
          log(
            `[examples] built ${Object.entries(times)
              .map(([name, ms]) => `${name} in ${(ms / 1000).toFixed(1)} s`)
              .join(', ')}`,
          ),
        (error) => {
          // Requests for the examples then 404 and the example tests fail, saying why.
          console.error('[examples] building the examples failed:', error);
        },
      );
    },

    async serve(context) {
      // Falls through to the dev server's static files once they exist.
      if (context.path.startsWith(cacheUrl)) await built;
      return undefined;
    },

    async transform(context) {
      if (!context.path.startsWith(cacheUrl) || !/\.(html|js|css|json)$/.test(context.path)) return undefined;
      const body = await readFile(join(repo, decodeURIComponent(context.path)), 'utf8');
      return { body, transformCache: false };
    },
  };
}
