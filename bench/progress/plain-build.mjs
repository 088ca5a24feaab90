// What the progress comparisons and bench/progress/trace.mjs both prepare before they time
// anything: the JSON the plain pages and the HTTP pages read, and each plain page's script.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Whether the page at `path` is a progress page with `api-base`, which reads what {@link writeProgressData} writes. */
export const readsProgressData = (path) => /progress-.*-api/.test(path);

/**
 * Writes what the element's demo data source answers on the pinned day (read through
 * `bench/pages/dump.html`) as `<view>.json` for the plain pages and at the API's paths for the
 * pages whose element reads over HTTP (`api/regions/seoul/cohort`, `api/learners/demo-learner/summary`).
 *
 * @param {import('puppeteer-core').Page} page
 * @param {string} origin the bench server's origin
 * @param {string} generated the folder served as `/out/`
 */
export async function writeProgressData(page, origin, generated) {
  await page.goto(`${origin}/bench/pages/dump.html`);
  const data = await page.evaluate(() => window.benchData);
  mkdirSync(join(generated, 'api/regions/seoul'), { recursive: true });
  mkdirSync(join(generated, 'api/learners/demo-learner'), { recursive: true });
  writeFileSync(join(generated, 'api/regions/seoul/cohort'), JSON.stringify(data.cohort));
  writeFileSync(join(generated, 'api/learners/demo-learner/summary'), JSON.stringify(data.learner));
  for (const view of ['cohort', 'learner']) writeFileSync(join(generated, `${view}.json`), JSON.stringify(data[view]));
}

/**
 * Builds `plain-<view>.js` (from `plain-page.ts`) into `generated`, with the style sheets of the
 * `<seoul-learn-progress>` that `page` shows now, so that the plain page is styled by the
 * element's own rules.
 *
 * @param {import('puppeteer-core').Page} page a page that shows the element's `view`
 * @param {'cohort' | 'learner'} view
 * @param {string} generated the folder served as `/out/`
 */
export async function buildPlainPage(page, view, generated) {
  const css = await page.evaluate(() => {
    const text = (sheets) => sheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'));
    return {
      shadow: text(document.querySelector('seoul-learn-progress').shadowRoot.adoptedStyleSheets),
      document: text(document.adoptedStyleSheets),
    };
  });
  await build({
    entryPoints: [fileURLToPath(new URL('./plain-page.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outfile: join(generated, `plain-${view}.js`),
    define: { __BENCH_VIEW__: JSON.stringify(view), __BENCH_CSS__: JSON.stringify(css) },
    tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)),
    logLevel: 'warning',
  });
}

/**
 * Makes what the progress pages among `paths` read before they can be timed: the JSON (for the
 * plain pages and the `-api` pages) and each plain page's script, built from the element's page
 * of the same view. Pages that are not progress pages need nothing.
 *
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} origin the bench server's origin
 * @param {string} generated the folder served as `/out/`
 * @param {string[]} paths page paths or names (`/bench/pages/plain-cohort.html`, `progress-learner-api`)
 */
export async function prepareProgressPages(browser, origin, generated, paths) {
  const views = paths.map((path) => /(?:plain|progress)-(cohort|learner)/.exec(path)?.[1]).filter(Boolean);
  if (!views.length) return;
  const page = await browser.newPage();
  await writeProgressData(page, origin, generated);
  for (const view of new Set(views)) {
    await page.goto(`${origin}/bench/pages/progress-${view}.html`);
    // The view itself, not its skeleton: the view's style sheets are adopted when it renders.
    await page.waitForFunction(() =>
      document
        .querySelector('seoul-learn-progress')
        ?.shadowRoot?.querySelector('section.root[aria-busy="false"] section'),
    );
    await buildPlainPage(page, view, generated);
  }
  await page.close();
}
