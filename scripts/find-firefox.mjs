// Finds a Firefox binary for the second-engine test run (web-test-runner.firefox.config.mjs).
// puppeteer-core drives it over WebDriver BiDi: no browser download, no geckodriver.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NO_FIREFOX_HELP =
  'No Firefox found. Install one (Debian/Ubuntu: `apt-get install -y firefox-esr`) or set FIREFOX_PATH to a Firefox binary (128 or newer, for WebDriver BiDi).';

const CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/lib/firefox/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

/** @returns {string | undefined} */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/**
 * Preferences for a test profile: media may play without a gesture (as Chromium's
 * `--autoplay-policy=no-user-gesture-required`), and nothing reaches for the network.
 * puppeteer adds its own automation defaults on top (no first-run pages, no updates).
 */
export const FIREFOX_PREFS = {
  // A download (the booking's .ics) is saved quietly, as in headless Chromium. Firefox's downloads
  // panel would otherwise open and take the keyboard focus from the page: later tests' keys then
  // still fire keydown, but Enter no longer opens a <details> and `f` is refused full screen.
  'browser.download.alwaysOpenPanel': false,
  'browser.download.panel.shown': true,
  'browser.download.always_ask_before_handling_new_types': false,
  'browser.download.useDownloadDir': true,
  'browser.download.folderList': 2,
  'browser.download.dir': join(tmpdir(), 'seoul-learn-firefox-downloads'),
  'browser.helperApps.neverAsk.saveToDisk': 'text/calendar',
  'media.autoplay.default': 0,
  'media.autoplay.blocking_policy': 0,
  'media.block-autoplay-until-in-foreground': false,
  // Full screen at once, with no transition and no notice, as in headless Chromium.
  'full-screen-api.transition-duration.enter': '0 0',
  'full-screen-api.transition-duration.leave': '0 0',
  'full-screen-api.warning.timeout': 0,
  'app.update.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
};
