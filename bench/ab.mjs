// `node bench/ab.mjs <baseline> [page …]`: this checkout's build and pages against another build of
// the package (a dist folder, with this checkout's pages) or another checkout (a folder with dist/
// and bench/pages/, e.g. a worktree), on the same page, side by side in one Chromium run — the way to tell whether a change
// made a page faster on a machine whose speed drifts within the hour (bench/README.md). Each build is
// served from its own origin (so each has its own cache and demo database), the two loads of a
// pair alternate and which goes first flips every round, after one uncounted load of each; it
// prints the medians with 95 % confidence intervals and the ratio this build / baseline.
//
// Make the baseline with a build of the other commit, e.g.
//   git stash && npm run build && cp -r dist /tmp/dist-base && git stash pop && npm run build
//   node bench/ab.mjs /tmp/dist-base course progress-learner
// A page is a name in bench/pages (without `.html`); default `course`. BENCH_PAIRS (default 30);
// BENCH_COLD=1 for loads with the cache off over the cold runs' slow connection.
import { mkdtempSync, symlinkSync, existsSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { probe } from './lib/probe.mjs';
import { serve } from './lib/server.mjs';
import { SPECS } from './lib/specs.mjs';
import { comparePaired } from './lib/stats.mjs';
import { SLOW_NETWORK, launchBrowser } from './lib/browser.mjs';
import { readsProgressData, writeProgressData } from './progress/plain-build.mjs';

const [baseDist, ...names] = process.argv.slice(2);
const checkout = baseDist && existsSync(join(baseDist, 'bench/pages'));
if (!baseDist || !existsSync(join(baseDist, checkout ? 'dist/cdn/preload.json' : 'cdn/preload.json'))) {
  console.error(
    'usage: node bench/ab.mjs <baseline: a dist folder or a checkout with dist/ and bench/pages/> [page …]',
  );
  process.exit(2);
}
const pages = (names.length ? names : ['course']).map((name) => `/bench/pages/${name}.html`);
for (const path of pages) if (!SPECS[path]) throw new Error(`no entry in bench/lib/specs.mjs for ${path}`);
const pairs = Number(process.env.BENCH_PAIRS ?? 30);
const root = fileURLToPath(new URL('..', import.meta.url));

// The baseline's root: the other checkout, or the other dist with this checkout's pages.
let baseRoot = resolve(baseDist);
if (!checkout) {
  baseRoot = mkdtempSync(join(tmpdir(), 'seoul-learn-ab-'));
  symlinkSync(resolve(baseDist), join(baseRoot, 'dist'));
  symlinkSync(join(root, 'bench'), join(baseRoot, 'bench'));
}
const mounts = ['dist', 'bench/pages'];
const generated = {
  base: mkdtempSync(join(tmpdir(), 'seoul-learn-ab-')),
  head: mkdtempSync(join(tmpdir(), 'seoul-learn-ab-')),
};
const servers = {
  base: await serve({ root: baseRoot, generated: generated.base, mounts }),
  head: await serve({ root, generated: generated.head, mounts }),
};
const browser = await launchBrowser();
// The progress pages with `api-base` read the JSON that the run writes, as in run.mjs: each side's own.
if (pages.some(readsProgressData)) {
  const page = await browser.newPage();
  for (const side of ['base', 'head']) await writeProgressData(page, servers[side].origin, generated[side]);
  await page.close();
}
const fixed = (value, digits = 1) => value.toFixed(digits);
console.log(
  `load average at start ${loadavg()
    .map((v) => fixed(v, 2))
    .join(' ')}; ${pairs} pairs per page`,
);
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  let settle = () => undefined;
  await page.exposeFunction('__benchRendered', (time) => settle(time));
  // `BENCH_COLD=1`: every load with the cache off over the cold runs' slow connection, as `npm run bench` does for the course.
  const cold = process.env.BENCH_COLD === '1';
  if (cold) {
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_NETWORK);
  }
  await page.evaluateOnNewDocument(probe, SPECS, { posterFromTiming: cold });
  const loadOnce = async (side, path) => {
    await page.goto('about:blank');
    const rendered = new Promise((done) => (settle = done));
    await page.goto(`${servers[side].origin}${path}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    const time = await rendered;
    if (time < 0) throw new Error(`${path} (${side}) did not render within 60 s`);
    return time;
  };
  for (const path of pages) {
    await loadOnce('base', path);
    await loadOnce('head', path);
    const times = { base: [], head: [] };
    for (let round = 0; round < pairs; round++) {
      for (const side of round % 2 ? ['base', 'head'] : ['head', 'base']) times[side].push(await loadOnce(side, path));
    }
    const { a, b, ratio } = comparePaired(times.head, times.base);
    const ms = ({ median, low, high }) => `${fixed(median).padStart(7)} ms  [${fixed(low)}–${fixed(high)}]`;
    console.log(`\n${path}`);
    console.log(`  this build  ${ms(a)}`);
    console.log(`  baseline    ${ms(b)}`);
    console.log(
      `  ratio       ${fixed(ratio.median, 2).padStart(7)} ×   [${fixed(ratio.low, 2)}–${fixed(ratio.high, 2)}]`,
    );
  }
  console.log(
    `\nload average at end ${loadavg()
      .map((v) => fixed(v, 2))
      .join(' ')}`,
  );
} finally {
  await browser.close();
  await Promise.all(Object.values(servers).map((server) => server.close()));
}
