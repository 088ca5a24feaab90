// Finds a Chromium or Chrome binary for the test runner, Storybook tests and benchmarks.
import { existsSync } from 'node:fs';

export const NO_BROWSER_HELP =
  'No Chromium found. Install one (Debian/Ubuntu: `apt-get install -y chromium`) or set CHROME_PATH to a Chromium or Chrome binary.';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** @returns {string | undefined} */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/** Flags that let Chromium start as root on a machine with no network but the registries. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--autoplay-policy=no-user-gesture-required',
];
