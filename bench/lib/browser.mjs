// The Chromium every benchmark script drives: Debian's (or CHROME_PATH), headless, one 1280 × 900
// window, with the project's usual flags and any `extra` ones.
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';

/** @param {string[]} [extra] more command-line flags */
export function launchBrowser(extra = []) {
  return puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    args: [...CHROME_ARGS, '--window-size=1280,900', ...extra],
    defaultViewport: { width: 1280, height: 900 },
  });
}

/** The cold runs' connection (DevTools' `Network.emulateNetworkConditions`): 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
export const SLOW_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: 1_600_000 / 8,
  uploadThroughput: 750_000 / 8,
};
