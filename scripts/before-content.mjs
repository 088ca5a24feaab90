// What a page downloads before an element shows its content, measured in a browser rather than
// worked out from the imports: the CDN build is served as it is, a page holds one element (the
// way the embedding guide's snippet puts it, with the module-preload list the build writes) on the
// default (demo) data, and every script, stylesheet and JSON file the browser fetches until the
// element's content is on screen is counted, each brotli-compressed (quality 11) on its own.
// Media (posters, video, captions) and fonts are listed apart: they are not code, and the
// element's layout does not wait for them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { serveStatic, within } from './static-server.mjs';

/** The pages measured: one element each, as a partner page would hold it. */
export const PAGES = [
  {
    tag: 'seoul-learn-course',
    entry: 'course.js',
    markup: '<seoul-learn-course course-id="elem-math-fractions"></seoul-learn-course>',
  },
  { tag: 'seoul-learn-progress', entry: 'progress.js', markup: '<seoul-learn-progress></seoul-learn-progress>' },
  { tag: 'seoul-learn-booking', entry: 'booking.js', markup: '<seoul-learn-booking></seoul-learn-booking>' },
];

const brotli = (buffer) => brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The `<link rel="modulepreload">` lines the build wrote for an entry, if any. */
function preloads(dist, entry) {
  try {
    const list = JSON.parse(readFileSync(join(dist, 'cdn/preload.json'), 'utf8'))[entry] ?? [];
    return list.map((file) => `<link rel="modulepreload" href="/cdn/${file}">`).join('\n');
  } catch {
    return '';
  }
}

/**
 * Serves `dist` and, under `/measure/<tag>.html`, a page with that element.
 * @param {string} dist
 */
function serve(dist) {
  return serveStatic({
    resolve: (pathname) => within(dist, pathname),
    page(pathname) {
      const page = PAGES.find((p) => pathname === `/measure/${p.tag}.html`);
      return (
        page &&
        `<!doctype html><html lang="ko"><head><meta charset="utf-8">` +
          `<meta name="viewport" content="width=device-width, initial-scale=1">` +
          `<script type="module" src="/cdn/${page.entry}"></script>\n${preloads(dist, page.entry)}</head>` +
          `<body>${page.markup}</body></html>`
      );
    },
  });
}

/**
 * Checks in every animation frame from the page's start whether `tag`'s content is on screen
 * (see contentShown) and keeps the first moment it is in `window.__contentShownAt`: what the page
 * asks for after that (a part loaded once the content is on screen) is not fetched before
 * content. Runs in the page, before its scripts.
 */
function watchContent(tag) {
  const frame = () => {
    if (contentShown(tag)) window.__contentShownAt = performance.now();
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  /** Whether `tag`'s content is on screen: rendered, nothing busy, no skeleton. */
  function contentShown(tag) {
    const root = document.querySelector(tag)?.shadowRoot;
    if (!root || root.querySelector('[aria-busy="true"], .skeleton')) return false;
    if (tag === 'seoul-learn-course' && !root.querySelector('video')) return false;
    if (tag === 'seoul-learn-booking' && !root.querySelector('button')) return false;
    return (root.textContent ?? '').trim().length > 0;
  }
}

/**
 * Loads each page in the system Chromium and returns what it fetched before its content showed.
 * @param {string} dist - The `dist` folder of a build (with `cdn/` and `media/`).
 * @returns {Promise<{ tag: string, files: { name: string, brotli: number, kind: 'code' | 'other' }[], code: number } []> | undefined}
 *   `undefined` when there is no Chromium on this machine.
 */
export async function measureBeforeContent(dist) {
  const executablePath = findChrome();
  if (!executablePath) return undefined;
  const server = await serve(dist);
  const browser = await puppeteer.launch({ executablePath, args: CHROME_ARGS, headless: true });
  const results = [];
  try {
    for (const page of PAGES) {
      const tab = await browser.newPage();
      const fetched = new Set();
      tab.on('requestfinished', (request) => {
        const path = new URL(request.url()).pathname;
        if (!path.startsWith('/measure/') && request.response()?.ok()) fetched.add(path);
      });
      const watch = await tab.evaluateOnNewDocument(watchContent, page.tag);
      await tab.goto(`${server.origin}/measure/${page.tag}.html`);
      await tab.waitForFunction(() => window.__contentShownAt !== undefined, { timeout: 20_000, polling: 'raf' });
      await tab.removeScriptToEvaluateOnNewDocument(watch.identifier);
      // A request the page made before the content showed may still be finishing.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const askedBefore = new Set(
        await tab.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .filter((entry) => entry.startTime <= window.__contentShownAt)
            .map((entry) => new URL(entry.name).pathname),
        ),
      );
      const files = [...fetched]
        .filter((path) => askedBefore.has(path))
        .map((path) => {
          const kind = /\.(m?js|css|json)$/.test(path) ? 'code' : 'other';
          return { name: path.replace(/^\/+/, ''), brotli: brotli(readFileSync(join(dist, path))), kind };
        });
      results.push({
        tag: page.tag,
        files,
        code: files.filter((f) => f.kind === 'code').reduce((s, f) => s + f.brotli, 0),
      });
      await tab.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}
