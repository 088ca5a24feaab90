import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { realpathSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { CHROME_ARGS, NO_BROWSER_HELP, findChrome } from './scripts/find-chrome.mjs';

const executablePath = findChrome();
if (!executablePath) throw new Error(NO_BROWSER_HELP);

/**
 * `npm run test:stories`: every story renders in headless Chromium (the system's; Playwright's own
 * browsers are never downloaded), its play function runs, and the a11y addon checks the result.
 */
export default defineConfig({
  plugins: [storybookTest({ configDir: '.storybook' })],
  server: {
    // node_modules may be a link to a shared install outside this folder (a git worktree's).
    fs: { allow: ['.', realpathSync('node_modules')] },
  },
  optimizeDeps: {
    // One copy of Lit for the stories and the elements ("Multiple versions of Lit loaded").
    include: ['lit', 'lit/decorators.js', 'lit/directives/if-defined.js', '@lit/context'],
  },
  test: {
    name: 'storybook',
    reporters: ['default', './scripts/storybook-counts-reporter.mjs'],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: { executablePath, args: CHROME_ARGS },
        // Far from Seoul, as in the unit tests: dates and times must be computed in Asia/Seoul.
        contextOptions: { timezoneId: 'America/Los_Angeles' },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
