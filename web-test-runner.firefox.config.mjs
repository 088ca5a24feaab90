// The whole suite in a second engine: Debian's firefox-esr, driven by puppeteer-core over
// WebDriver BiDi through @web/test-runner-chrome's launcher (it takes a `puppeteer` instance and a
// `browser: 'firefox'` launch option). No browser download, no extra package.
//
//   wtr --config web-test-runner.firefox.config.mjs          (or scripts/ci-firefox.sh)
//
// Everything but the browser comes from the main config: files, plugins, reporters, time zone.
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import main, { BROWSER_TIME_ZONE } from './web-test-runner.config.mjs';
import { FIREFOX_PREFS, NO_FIREFOX_HELP, findFirefox } from './scripts/find-firefox.mjs';

const executablePath = findFirefox();
if (!executablePath) {
  console.error(NO_FIREFOX_HELP);
  process.exit(1);
}

/**
 * Firefox has no DevTools protocol, and WebDriver BiDi (Firefox 153, puppeteer-core 24) cannot
 * emulate media features. The main config's `emulate-media-features` command is replaced: asked
 * with an empty list (test/helpers/media-emulation.ts, "can you emulate?") it answers `false`, so
 * those suites skip themselves; asked to emulate anything, it fails with a clear message instead
 * of puppeteer's empty one.
 */
function emulateMediaFeaturesUnsupported() {
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload }) {
      if (command !== 'emulate-media-features') return undefined;
      if (Array.isArray(payload) && payload.length === 0) return false;
      throw new Error(
        'emulate-media-features needs the Chrome DevTools Protocol; Firefox over WebDriver BiDi cannot emulate media features. Call needsMediaEmulation() (test/helpers/media-emulation.ts) in the describe.',
      );
    },
  };
}

export default {
  ...main,
  plugins: main.plugins.map((plugin) =>
    plugin.name === 'emulate-media-features' ? emulateMediaFeaturesUnsupported() : plugin,
  ),
  // Firefox over BiDi takes ~8 s to start on 2 cores.
  browserStartTimeout: 120000,
  browsers: [
    chromeLauncher({
      puppeteer,
      concurrency: 1,
      launchOptions: {
        browser: 'firefox',
        executablePath,
        headless: true,
        env: { ...process.env, TZ: BROWSER_TIME_ZONE },
        extraPrefsFirefox: FIREFOX_PREFS,
      },
    }),
  ],
  // V8 coverage is Chromium's; the Chromium run measures it.
  coverage: false,
};
