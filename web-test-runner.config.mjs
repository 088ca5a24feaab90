import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { CHROME_ARGS, NO_BROWSER_HELP, findChrome } from './scripts/find-chrome.mjs';
import { countsReporter } from './scripts/counts-reporter.mjs';
import { defaultReporter } from '@web/test-runner';

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
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
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
