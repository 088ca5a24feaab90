/**
 * Test-run support for the embedding pages (test/embedding/): builds what a partner page loads and
 * serves one page under a strict Content-Security-Policy.
 *
 * - `embeddingPlugin()` (a @web/test-runner plugin) starts, once per run, the CDN build
 *   (`vite build --mode cdn` through Vite's JS API) and a second, separately bundled copy of the
 *   library (esbuild, Lit included) into `node_modules/.cache/seoul-learn-embedding/`, with the demo
 *   media copied beside them. Requests for those files wait until the build is done, so a run
 *   that never loads them never waits, and `npm test` works on a fresh clone without `npm run build`.
 * - `embeddingMiddleware()` (koa) adds the strict CSP header to the CSP page's response only.
 *
 * | URL | what |
 * |---|---|
 * | `/node_modules/.cache/seoul-learn-embedding/cdn/seoul-learn.js` | the CDN module (`dist/cdn/seoul-learn.js`) |
 * | `/node_modules/.cache/seoul-learn-embedding/cdn/seoul-learn.css` | the host stylesheet (`dist/cdn/seoul-learn.css`) |
 * | `/node_modules/.cache/seoul-learn-embedding/second/seoul-learn.js` | a second copy of `src/define.ts` |
 * | `/node_modules/.cache/seoul-learn-embedding/media/` | the demo media both copies play |
 * | `/node_modules/.cache/seoul-learn-embedding/late/<n>/…` | the same files, each 300 ms late (the layout-shift pages) |
 */
import { copyFileSync, cpSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));

/** The cache folder, relative to the repository (and the dev server's root). */
export const EMBEDDING_CACHE = 'node_modules/.cache/seoul-learn-embedding';
const cacheUrl = `/${EMBEDDING_CACHE}/`;
const cacheDir = join(repo, EMBEDDING_CACHE);

/**
 * `/node_modules/.cache/seoul-learn-embedding/late/<n>/cdn/seoul-learn.js` and everything under
 * it: the cache folder's files, each LATE_MS late, so that a page paints before its elements are
 * defined and again before their data is there (the layout-shift pages). `<n>` is new for every
 * page load (see `embeddingPlugin`'s transform), so no copy from an earlier page arrives at once.
 */
const LATE = /^\/node_modules\/\.cache\/seoul-learn-embedding\/late\/\d+\/(.*)$/;
const LATE_MS = 300;
/** The pages whose `late/0/` becomes `late/<n>/`. */
const LATE_PAGES = /^\/test\/embedding\/pages\/layout-shift\.html$/;
/**
 * The layout-shift page's element, by its `?element=`: the markup the server writes in place of
 * the page's `<!-- element -->`, so that the element is parsed with the page, as in the guide's
 * snippet, and the page exists once for the three.
 */
const LAYOUT_SHIFT_ELEMENTS = {
  course: '<seoul-learn-course course-id="elem-math-fractions"></seoul-learn-course>',
  progress: '<seoul-learn-progress></seoul-learn-progress>',
  booking: '<seoul-learn-booking heading-level="3"></seoul-learn-booking>',
};

/** The page served with `STRICT_CSP`. */
export const CSP_PAGE = '/test/embedding/pages/csp.html';

/** What issue 7 asks the elements to work under, with no violation. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types seoul-learn lit-html dompurify',
].join('; ');

/** Builds the CDN module and the second copy; resolves with the time each took, in ms. */
export async function buildEmbeddingBundles() {
  const { build } = await import('vite');
  const esbuild = await import('esbuild');
  rmSync(cacheDir, { recursive: true, force: true });
  const skip = new Set(['make-media.sh', 'README.md']);
  cpSync(join(repo, 'assets/media'), join(cacheDir, 'media'), {
    recursive: true,
    filter: (source) => !skip.has(basename(source)),
  });

  // Vite sets NODE_ENV for its build; the rest of the test run must not see that.
  const nodeEnv = process.env.NODE_ENV;
  const started = performance.now();
  try {
    await build({
      root: repo,
      configFile: join(repo, 'vite.config.ts'),
      mode: 'cdn',
      logLevel: 'warn',
      build: { outDir: join(cacheDir, 'cdn'), emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  // The host stylesheet sits beside the module, as `npm run build` puts it (scripts/copy-assets.mjs).
  copyFileSync(join(repo, 'src/seoul-learn.css'), join(cacheDir, 'cdn/seoul-learn.css'));
  const cdnMs = performance.now() - started;

  const secondStarted = performance.now();
  await esbuild.build({
    absWorkingDir: repo,
    entryPoints: [join(repo, 'src/define.ts')],
    outfile: join(cacheDir, 'second/seoul-learn.js'),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    tsconfig: join(repo, 'tsconfig.json'),
    // Its own media path, as the CDN build defines one: `second/` sits beside `media/`.
    define: { __SEOUL_LEARN_DEMO_MEDIA__: JSON.stringify('../media/') },
    logLevel: 'warning',
  });
  return { cdnMs, secondMs: performance.now() - secondStarted };
}

/**
 * @param {{ log?: (message: string) => void }} [options] `log`: where the build time goes (default: stdout)
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function embeddingPlugin({ log = (message) => console.log(message) } = {}) {
  /** @type {Promise<unknown> | undefined} */
  let built;
  let lateLoads = 0;
  return {
    name: 'seoul-learn-embedding',

    serverStart() {
      built = buildEmbeddingBundles().then(
        ({ cdnMs, secondMs }) =>
          log(
            `[embedding] CDN bundle built in ${(cdnMs / 1000).toFixed(1)} s, second copy in ${(secondMs / 1000).toFixed(1)} s`,
          ),
        (error) => {
          // Requests for the bundle then 404 and the embedding tests fail, saying why.
          console.error('[embedding] building the bundles failed:', error);
        },
      );
    },

    // A new `late/<n>/` for every load of a layout-shift page: never a transformed copy.
    transformCacheKey(context) {
      return LATE_PAGES.test(context.path) ? String(Math.random()) : undefined;
    },

    transform(context) {
      if (!LATE_PAGES.test(context.path) || typeof context.body !== 'string') return undefined;
      lateLoads += 1;
      const name = context.URL.searchParams.get('element') ?? '';
      const markup = Object.hasOwn(LAYOUT_SHIFT_ELEMENTS, name) ? LAYOUT_SHIFT_ELEMENTS[name] : undefined;
      if (!markup) {
        context.status = 400;
        return { body: `?element= must be one of ${Object.keys(LAYOUT_SHIFT_ELEMENTS).join(', ')}` };
      }
      return {
        body: context.body
          .replaceAll(`${cacheUrl}late/0/`, `${cacheUrl}late/${lateLoads}/`)
          .replace('<!-- element -->', markup),
      };
    },

    async serve(context) {
      // Falls through to the dev server's static files once they exist.
      if (context.path.startsWith(cacheUrl)) await built;
      return undefined;
    },
  };
}

/** @returns {import('koa').Middleware} */
export function embeddingMiddleware() {
  return async (context, next) => {
    // `late/<n>/…`: a file of the cache folder, LATE_MS late, as over a slow network (see LATE).
    const late = LATE.exec(context.path);
    if (late) {
      await new Promise((resolve) => setTimeout(resolve, LATE_MS));
      context.path = `${cacheUrl}${late[1]}`;
    }
    await next();
    if (context.path === CSP_PAGE) context.set('Content-Security-Policy', STRICT_CSP);
  };
}
