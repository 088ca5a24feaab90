// `npm run bench`: loads each element's page and its comparison page side by side in the Debian
// Chromium (puppeteer-core), interleaved, and prints the medians with 95 % confidence intervals,
// the ratio with its interval, the goal and a verdict; then times the booking's step changes at
// 4× CPU slowdown. What each comparison measures and how to read it: bench/README.md.
//
// Environment: BENCH_PAIRS (warm pairs per comparison, default 30), BENCH_COLD_PAIRS (default 12),
// BENCH_STEP_RUNS (booking flows at 4× slowdown, default 3), BENCH_ONLY (comma-separated names of
// comparisons to run: course, booking, calendar, cohort, learner, steps), BENCH_STRICT=1 (exit 1
// when a ratio misses its goal, not only when a comparison is not like with like).
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { NO_BROWSER_HELP, findChrome } from '../scripts/find-chrome.mjs';
import { probe } from './lib/probe.mjs';
import { SPECS } from './lib/specs.mjs';
import { prepareProgressPages } from './progress/plain-build.mjs';
import { serve } from './lib/server.mjs';
import { comparePaired, median } from './lib/stats.mjs';
import { runSteps } from './lib/steps.mjs';
import { SLOW_NETWORK, launchBrowser } from './lib/browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const count = (name, fallback) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number ≥ 1`);
  return value;
};
const PAIRS = count('BENCH_PAIRS', 30);
const COLD_PAIRS = count('BENCH_COLD_PAIRS', 12);
const STEP_RUNS = count('BENCH_STEP_RUNS', 3);
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((s) => s.trim())) : undefined;
const wanted = (name) => !ONLY || ONLY.has(name);

const executablePath = findChrome();
if (!executablePath) {
  console.error(NO_BROWSER_HELP);
  process.exit(1);
}
const cdnEntry = join(root, 'dist/cdn/course.js');
if (!existsSync(cdnEntry)) {
  console.error('No CDN build: run `npm run build` first (the pages load dist/cdn/*.js and dist/media/).');
  process.exit(1);
}

const fixed = (value, digits = 1) => value.toFixed(digits);
const load = () =>
  loadavg()
    .map((value) => fixed(value, 2))
    .join(' ');
console.log(
  `Chromium ${executablePath}; CDN build of ${statSync(cdnEntry).mtime.toISOString()}; load average at start ${load()}`,
);

const generated = mkdtempSync(join(tmpdir(), 'seoul-learn-bench-'));
const server = await serve({
  root,
  generated,
  mounts: ['dist', 'bench/pages', 'node_modules/media-chrome/dist', 'node_modules/@shoelace-style/shoelace/cdn'],
});
const browser = await launchBrowser();

let failed = false;
const misses = [];
const problems = [];
try {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  page.on('pageerror', (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error on ${page.url()}: ${message.text()}`);
  });
  let settle = () => undefined;
  await page.exposeFunction('__benchRendered', (time) => settle(time));
  let probeScript;
  const installProbe = async (options) => {
    if (probeScript) await page.removeScriptToEvaluateOnNewDocument(probeScript.identifier);
    probeScript = await page.evaluateOnNewDocument(probe, SPECS, options);
  };
  await installProbe({ posterFromTiming: false });

  /** One navigation from a blank page; resolves with navigation start → rendered, in ms. */
  async function loadOnce(path) {
    await page.goto('about:blank');
    const rendered = new Promise((resolve) => (settle = resolve));
    await page.goto(`${server.origin}${path}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    const time = await rendered;
    if (time < 0) throw new Error(`${path} did not render within 60 s`);
    return time;
  }

  async function setCold(cold) {
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: cold });
    await cdp.send(
      'Network.emulateNetworkConditions',
      cold ? SLOW_NETWORK : { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 },
    );
    // The probe's poster check must not add a request of its own when nothing is cached.
    await installProbe({ posterFromTiming: cold });
  }

  /**
   * Loads `a` and `b` in turn, `pairs` times, flipping which goes first every round, after a
   * warm-up load of each; prints the comparison.
   */
  async function compare({ title, a, b, labels, goal, pairs, cold = false, check }) {
    await setCold(cold);
    await loadOnce(a);
    await loadOnce(b);
    let like = true;
    if (check) like = await check();
    const times = { a: [], b: [] };
    for (let round = 0; round < pairs; round++) {
      const order = round % 2 ? ['b', 'a'] : ['a', 'b'];
      for (const side of order) times[side].push(await loadOnce(side === 'a' ? a : b));
    }
    await setCold(false);
    const result = comparePaired(times.a, times.b);
    const verdict =
      result.ratio.high <= goal
        ? 'meets the goal'
        : result.ratio.low > goal
          ? 'MISSES the goal'
          : 'unclear: the interval spans the goal';
    const ms = ({ median: m, low, high }) => `${fixed(m).padStart(7)} ms  [${fixed(low)}–${fixed(high)}]`;
    const width = Math.max(...labels.map((label) => label.length));
    console.log(
      `\n${title}  (${pairs} interleaved pairs${cold ? ', cache off, 150 ms RTT, 1.6 Mbit/s' : ', cache warm'})`,
    );
    console.log(`  ${labels[0].padEnd(width)}  ${ms(result.a)}`);
    console.log(`  ${labels[1].padEnd(width)}  ${ms(result.b)}`);
    console.log(
      `  ${'ratio'.padEnd(width)}  ${fixed(result.ratio.median, 2).padStart(7)} ×   [${fixed(result.ratio.low, 2)}–${fixed(result.ratio.high, 2)}]   goal ≤ ${fixed(goal, 1)}×: ${verdict}`,
    );
    if (!like) {
      console.log(
        '  NOT LIKE WITH LIKE: the two pages do not show the same content (see above); the ratio means nothing',
      );
      failed = true;
    }
    if (result.ratio.low > goal) misses.push(title);
    return { title, times, result };
  }

  if (wanted('course')) {
    const pair = {
      title: 'course view vs bare media-chrome player',
      a: '/bench/pages/course.html',
      b: '/bench/pages/media-chrome.html',
      labels: ['<seoul-learn-course>', 'media-chrome'],
      goal: 1,
    };
    await compare({ ...pair, title: `${pair.title}, warm`, pairs: PAIRS });
    await compare({ ...pair, title: `${pair.title}, cold`, pairs: COLD_PAIRS, cold: true });
  }
  const shoelace = '/bench/pages/shoelace.html';
  if (wanted('booking'))
    await compare({
      title: 'booking first view vs Shoelace 5-control form, warm',
      a: '/bench/pages/booking.html',
      b: shoelace,
      labels: ['<seoul-learn-booking>', 'Shoelace form'],
      goal: 1,
      pairs: PAIRS,
    });
  if (wanted('calendar'))
    await compare({
      title: 'booking calendar step vs Shoelace 5-control form, warm',
      a: '/bench/pages/booking-calendar.html',
      b: shoelace,
      labels: ['<seoul-learn-booking kind consultant-id>', 'Shoelace form'],
      goal: 1,
      pairs: PAIRS,
    });

  if (wanted('cohort') || wanted('learner')) {
    // The plain pages' JSON is what the element's demo data source answers on the pinned day,
    // and their style sheets are the element's own, read from a rendered element.
    const views = ['cohort', 'learner'].filter(wanted);
    await prepareProgressPages(
      browser,
      server.origin,
      generated,
      views.map((view) => `progress-${view}`),
    );
    for (const view of views) {
      await compare({
        title: `progress ${view} view vs plain page (same JSON, same DOM), warm`,
        a: `/bench/pages/progress-${view}.html`,
        b: `/bench/pages/plain-${view}.html`,
        labels: ['<seoul-learn-progress>', 'plain page'],
        goal: 1.3,
        pairs: PAIRS,
        check: () => sameContent(`/bench/pages/progress-${view}.html`, view),
      });
      await compare({
        title: `progress ${view} view reading the same JSON over HTTP (api-base) vs plain page, warm`,
        a: `/bench/pages/progress-${view}-api.html`,
        b: `/bench/pages/plain-${view}.html`,
        labels: ['<seoul-learn-progress api-base>', 'plain page'],
        goal: 1.3,
        pairs: PAIRS,
        check: () => sameContent(`/bench/pages/progress-${view}-api.html`, view),
      });
    }
  }

  /** Loads an element page and its plain page once more and compares what they show: text and element counts. */
  async function sameContent(elementPage, view) {
    const fingerprint = () =>
      page.evaluate(() => {
        const shadow = document.querySelector('seoul-learn-progress, #host').shadowRoot;
        const counts = new Map();
        for (const node of shadow.querySelectorAll('*'))
          counts.set(node.localName, (counts.get(node.localName) ?? 0) + 1);
        return {
          text: (shadow.textContent ?? '').replace(/\s+/g, ''),
          tags: [...counts]
            .sort()
            .map(([tag, n]) => `${tag}:${n}`)
            .join(' '),
        };
      });
    await loadOnce(elementPage);
    const element = await fingerprint();
    await loadOnce(`/bench/pages/plain-${view}.html`);
    const plain = await fingerprint();
    const same = element.text === plain.text && element.tags === plain.tags;
    if (!same) {
      console.log(`\n${view}: the element and the plain page differ`);
      if (element.tags !== plain.tags) console.log(`  element: ${element.tags}\n  plain:   ${plain.tags}`);
      if (element.text !== plain.text) console.log(`  element text: ${element.text}\n  plain text:   ${plain.text}`);
    }
    return same;
  }

  if (wanted('steps')) {
    const { booking, shoelace } = await runSteps({ browser, origin: server.origin, runs: STEP_RUNS });
    console.log(
      `\nstep changes at 4× CPU slowdown, cache warm (${STEP_RUNS} runs of each flow, alternating; goal: no booking task over 50 ms)`,
    );
    const line = (step) =>
      `  ${step.name.padEnd(34)} longest task ${fixed(median(step.longest), 0).padStart(4)} ms (median; runs ${step.longest.map((t) => fixed(t, 0)).join(', ')})   tasks over 50 ms: ${step.over.join(', ')}`;
    // The reference: the same measure of another library's step, in the same minutes. When it is
    // slow too, the machine is; the booking's figures are then read against it.
    const reference = Math.max(...shoelace.map((step) => median(step.longest)));
    for (const step of shoelace) console.log(`${line(step)}   (reference)`);
    for (const step of booking) {
      console.log(`${line(step)}   ${fixed(median(step.longest) / reference, 2)} × the reference's slower step`);
      if (step.over.some((n) => n > 0)) misses.push(`booking step: ${step.name}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(generated, { recursive: true, force: true });
}
for (const problem of new Set(problems)) console.log(`! ${problem}`);
console.log(`\nload average at end ${load()}`);
if (misses.length) console.log(`${misses.length} result(s) miss their goal: ${misses.join('; ')}`);
if (failed) {
  console.error('A comparison is not like with like (see above).');
  process.exitCode = 1;
} else if (misses.length && process.env.BENCH_STRICT === '1') process.exitCode = 1;
