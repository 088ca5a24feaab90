import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { CHROME_ARGS, NO_BROWSER_HELP, findChrome } from './scripts/find-chrome.mjs';
import { countsReporter } from './scripts/counts-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { apiServerPlugin } from './server/test-plugin.mjs';
import { embeddingMiddleware, embeddingPlugin } from './scripts/wtr-embedding.mjs';
import { examplesPlugin } from './scripts/wtr-examples.mjs';

/**
 * `executeServerCommand('emulate-media-features', [{ name: 'prefers-contrast', value: 'more' }])`:
 * user preferences that @web/test-runner-commands cannot emulate, through the page's DevTools.
 */
function emulateMediaFeaturesPlugin() {
  // Emulation lasts as long as the DevTools session that set it, so keep one per page.
  const sessions = new WeakMap();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: payload });
      return true;
    },
  };
}

const executablePath = findChrome();
if (!executablePath) {
  console.error(NO_BROWSER_HELP);
  process.exit(1);
}

/**
 * The browser runs in a time zone far from Seoul so that every test proves dates and times are
 * computed in Asia/Seoul, not in the machine's zone.
 */
export const BROWSER_TIME_ZONE = 'America/Los_Angeles';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  rootDir: '.',
  // One test page at a time: Chromium treats every other page as a hidden tab and defers its media.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  // Every test page loads the shipped Pretendard GOV stylesheet, as the demo and Storybook do, so
  // that what the tests measure (reflow, target sizes) is measured in the typeface partners use.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><link rel="stylesheet" href="/dist/themes/fonts.css"></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  // The strict Content-Security-Policy header of the CSP test page.
  middleware: [embeddingMiddleware()],
  plugins: [
    emulateMediaFeaturesPlugin(),
    // The CDN bundle and a second copy of the library, built once per run for the embedding pages.
    embeddingPlugin(),
    // The reference API server on a free loopback port, for the HttpDataSource and outbox tests.
    apiServerPlugin(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    // After esbuild: serves the built example apps exactly as built.
    examplesPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: CHROME_ARGS,
        env: { ...process.env, TZ: BROWSER_TIME_ZONE },
      },
    }),
  ],
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.d.ts'],
    reportDir: 'coverage',
    report: true,
  },
  reporters: [defaultReporter(), countsReporter()],
};
