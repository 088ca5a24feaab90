// `npm run test:visual`: photographs each element's key states in every region (light at 1280
// and 360 px, dark and high contrast at 1280 px) from the built CDN module and compares each
// shot with its baseline in test/visual/baselines. See test/visual/README.md.
//
//   npm run test:visual                       compare; a failure writes test/visual/report/index.html
//   npm run test:visual -- --update           write the baselines that changed (or are missing)
//   npm run test:visual -- --only gimpo       only the shots whose name contains "gimpo"
//   npm run test:visual -- --jobs 1           scenes photographed at once (default 2)
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, NO_BROWSER_HELP, findChrome } from '../find-chrome.mjs';
import { compact, compare } from './compare.mjs';
import { writeReport } from './report.mjs';
import { serve } from './server.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BASELINES = join(ROOT, 'test/visual/baselines');
const REPORT = join(ROOT, 'test/visual/report');

const { values: options } = parseArgs({
  options: {
    update: { type: 'boolean', default: false },
    only: { type: 'string' },
    jobs: { type: 'string', default: '2' },
  },
});

/** Every region with a token file: a region dropped into themes/tokens/regions is photographed too. */
const REGIONS = (await readdir(join(ROOT, 'themes/tokens/regions')))
  .filter((file) => /^[a-z0-9-]+\.json$/.test(file) && !/\.(dark|high-contrast)\.json$/.test(file))
  .map((file) => basename(file, '.json'))
  .sort();

const VARIANTS = [
  { id: 'light-1280', width: 1280, scheme: 'light', contrast: 'normal' },
  { id: 'light-360', width: 360, scheme: 'light', contrast: 'normal' },
  { id: 'dark-1280', width: 1280, scheme: 'dark', contrast: 'normal' },
  { id: 'high-contrast-1280', width: 1280, scheme: 'light', contrast: 'high' },
];

/** The states, in the order the scene reaches them (test/visual/page.js). */
const STATES = [
  'course-lesson',
  'course-settings',
  'booking-date-time',
  'booking-details-errors',
  'booking-confirmation',
  'progress-learner',
  'progress-cohort',
];

/** Tall enough for the tallest element in any state, so that every shot is taken without scrolling. */
const VIEWPORT_HEIGHT = 3200;

const shotName = (region, variant, state) => `${region}--${variant.id}--${state}`;
const wanted = (name) => !options.only || name.includes(options.only);

for (const file of ['dist/cdn/seoul-learn.js', 'dist/themes/fonts.css', 'dist/media']) {
  if (!existsSync(join(ROOT, file))) {
    console.error(`test:visual: ${file} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
}
const executablePath = findChrome();
if (!executablePath) {
  console.error(NO_BROWSER_HELP);
  process.exit(1);
}

const started = performance.now();
const server = await serve(ROOT);
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: [
    ...CHROME_ARGS,
    // Text and colour rendered the same on every machine and display.
    '--font-render-hinting=none',
    '--force-color-profile=srgb',
    '--force-device-scale-factor=1',
    '--hide-scrollbars',
    '--lang=ko-KR',
  ],
});

/**
 * A screenshot of `element` once two in a row are the same: whatever was still moving (a late
 * layout, a font swap, a poster being painted) has stopped.
 */
async function steadyShot(page, element) {
  const box = await element.boundingBox();
  if (!box || box.y + box.height > VIEWPORT_HEIGHT) {
    throw new Error(`the element does not fit the ${VIEWPORT_HEIGHT} px tall viewport: raise VIEWPORT_HEIGHT`);
  }
  let last;
  for (let attempt = 0; attempt < 6; attempt += 1) {
    // Inside the viewport as it is: scrolling, or capturing beyond the viewport (which resizes
    // it for the capture), moved the picture by a pixel or two from one screenshot to the next.
    const png = Buffer.from(
      await element.screenshot({ type: 'png', scrollIntoView: false, captureBeyondViewport: false }),
    );
    if (last?.equals(png)) return png;
    last = png;
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  throw new Error('the picture never settled: six screenshots in a row differed');
}

/** Photographs one region in one variant: one fresh incognito context and page for all its states. */
async function photograph(region, variant) {
  const context = await browser.createBrowserContext();
  const problems = [];
  const shots = [];
  let step = 'loading the page';
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') problems.push(`console: ${message.text()}`);
    });
    page.on('requestfailed', (request) => {
      // The media element cancels its own requests once it has what it needs (preload="metadata").
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()}`);
    });
    await page.setViewport({ width: variant.width, height: VIEWPORT_HEIGHT, deviceScaleFactor: 1 });
    await page.emulateTimezone('Asia/Seoul');
    await page.emulateMediaFeatures([
      { name: 'prefers-reduced-motion', value: 'reduce' },
      { name: 'prefers-color-scheme', value: 'light' },
    ]);
    const query = new URLSearchParams({ region, scheme: variant.scheme, contrast: variant.contrast });
    await page.goto(`${server.origin}/test/visual/page.html?${query}`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', { timeout: 30_000 });
    for (const state of STATES) {
      step = state;
      if (state === 'course-settings') {
        // Opened as a keyboard user opens it.
        await page.evaluate(() => window.visual.focusSettings());
        await page.keyboard.press('Enter');
      }
      const element = await page.evaluateHandle((name) => window.visual.reach(name), state);
      const name = shotName(region, variant, state);
      if (wanted(name)) shots.push({ name, png: await steadyShot(page, element) });
      await element.dispose();
    }
  } catch (error) {
    problems.push(`${step}: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
  } finally {
    await context.close();
  }
  return { scene: `${region}--${variant.id}`, shots, problems };
}

const scenes = REGIONS.flatMap((region) => VARIANTS.map((variant) => ({ region, variant })))
  .filter(({ region, variant }) => STATES.some((state) => wanted(shotName(region, variant, state))))
  .map(
    ({ region, variant }) =>
      () =>
        photograph(region, variant),
  );

const results = [];
const jobs = Math.max(1, Number(options.jobs) || 1);
const queue = [...scenes];
await Promise.all(
  Array.from({ length: Math.min(jobs, queue.length) }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) results.push(await next());
  }),
);
await browser.close();
await server.close();

const failures = [];
let passed = 0;
let written = 0;
/** Shots that passed with some pixels different: the rendering noise the tolerance absorbs. */
const noisy = [];
if (options.update) await mkdir(BASELINES, { recursive: true });
for (const { scene, shots, problems } of results) {
  if (problems.length > 0) {
    const reason = `the scene ${scene} failed: ${problems.join('; ')}`;
    for (const state of STATES) {
      const name = `${scene}--${state}`;
      if (wanted(name)) failures.push({ name, reason });
    }
    continue;
  }
  for (const { name, png } of shots) {
    const file = join(BASELINES, `${name}.png`);
    const baseline = existsSync(file) ? await readFile(file) : undefined;
    const result = baseline && compare(baseline, png);
    if (options.update) {
      // Unchanged baselines stay byte for byte, so an update commits only what changed.
      if (!result || result.pixels > 0 || result.sizeChanged) {
        await writeFile(file, compact(png));
        written += 1;
      }
      passed += 1;
    } else if (!result) {
      failures.push({
        name,
        reason: `no baseline (${relative(ROOT, file)}); run \`npm run test:visual -- --update\` to create it`,
        actual: png,
      });
    } else if (result.passed) {
      passed += 1;
      if (result.pixels > 0) noisy.push(`${name} (${result.pixels} px)`);
    } else {
      const share = `${(result.ratio * 100).toFixed(2)} % of pixels differ (${result.pixels.toLocaleString('en')} px)`;
      failures.push({
        name,
        reason: result.sizeChanged ? `size changed from ${result.before} to ${result.after}; ${share}` : share,
        baseline,
        actual: png,
        diff: result.diffPng(),
      });
    }
  }
}

if (options.update && !options.only) {
  const current = new Set(results.flatMap(({ shots }) => shots.map(({ name }) => `${name}.png`)));
  const failedScenes = results.some(({ problems }) => problems.length > 0);
  for (const file of failedScenes ? [] : await readdir(BASELINES)) {
    if (file.endsWith('.png') && !current.has(file)) {
      await unlink(join(BASELINES, file));
      console.log(`removed the baseline of a shot that no longer exists: ${file}`);
    }
  }
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (noisy.length > 0) {
  console.log(`${noisy.length} shot(s) passed with a few pixels different, within the tolerance: ${noisy.join(', ')}`);
}
for (const failure of failures) console.error(`✗ ${failure.name}: ${failure.reason}`);
if (options.update) console.log(`${written} baseline(s) written, ${passed - written} unchanged, in ${seconds} s`);
if (failures.length > 0) {
  const summary = `${passed} passed, ${failures.length} failed`;
  const index = await writeReport(REPORT, failures, summary);
  console.error(`\nReport: ${relative(process.cwd(), index)}`);
  console.log(`visual suite: ${seconds} s\n${summary}`);
  process.exit(1);
}
await rm(REPORT, { recursive: true, force: true });
console.log(`visual suite: ${seconds} s\n${passed} passed, 0 failed`);
