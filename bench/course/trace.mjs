// `node bench/course/trace.mjs [runs] [cpu]` (`PAGE=/bench/pages/<name>.html` for another page): where the time of one course page load goes. Loads
// bench/pages/course.html warm, as `npm run bench` does (after one uncounted load), with a
// Chromium performance trace, and prints for the median run: the requests (start → end, ms from
// navigation start), the main thread's tasks over 4 ms until rendered, and the time by trace
// event. `PROFILE=<n>` also prints a JavaScript CPU profile (self time by source function) of one
// load. `PLAY=1` then plays the video for 5 s and prints every task over 50 ms while it plays.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { serve } from '../lib/server.mjs';
import { SPECS } from '../lib/specs.mjs';
import { TRACE_CATEGORIES, medianTracedLoad, printLoad, printProfile, timedLoads } from '../lib/trace.mjs';
import { launchBrowser } from '../lib/browser.mjs';
import { prepareProgressPages } from '../progress/plain-build.mjs';

const [runsArg = '5', cpuArg = '1'] = process.argv.slice(2);
const runs = Number(runsArg);
const cpu = Number(cpuArg);
const root = fileURLToPath(new URL('../..', import.meta.url));
const generated = mkdtempSync(join(tmpdir(), 'seoul-learn-trace-'));
const path = process.env.PAGE ?? '/bench/pages/course.html';
const specs = { [path]: SPECS[path] };

const server = await serve({ root, generated, mounts: ['dist', 'bench/pages'] });
const browser = await launchBrowser(['--autoplay-policy=no-user-gesture-required']);
try {
  // The progress pages read the JSON (and the plain pages the script) that the run makes, as in run.mjs.
  await prepareProgressPages(browser, server.origin, generated, [path]);
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  const loadOnce = await timedLoads(page, { origin: server.origin, path, specs });
  if (process.env.PROFILE) {
    await printProfile({ cdp, load: loadOnce, origin: server.origin, root, top: Number(process.env.PROFILE) || 40 });
  }
  const { time, events } = await medianTracedLoad(loadOnce, { runs, path, cpu });
  const { main, end } = printLoad({ events, time, path, origin: server.origin, taskMs: 2 });
  const after = main.filter((e) => e.name === 'RunTask' && e.ts >= end);
  const longestAfter = Math.max(0, ...after.map((e) => e.dur)) / 1000;
  console.log(
    `\nafter rendered (300 ms, the details included): ${after.filter((e) => e.dur > 50000).length} task(s) over 50 ms; longest ${longestAfter.toFixed(1)} ms`,
  );
  if (process.env.PLAY) {
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    await page.evaluate(() => {
      const find = (root) => root.querySelector('seoul-learn-course')?.shadowRoot?.querySelector('.controls .play');
      find(document).click();
    });
    await new Promise((done) => setTimeout(done, 5000));
    const playEvents = JSON.parse(new TextDecoder().decode(await page.tracing.stop())).traceEvents;
    // The page's main thread: the renderer thread named CrRendererMain that ran the most.
    const threads = playEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const tasksOf = (t) => playEvents.filter((e) => e.pid === t.pid && e.tid === t.tid && e.name === 'RunTask');
    const mainPlay = threads.map(tasksOf).sort((a, b) => b.length - a.length)[0] ?? [];
    const long = mainPlay.filter((e) => e.dur > 50000);
    const longest = Math.max(0, ...mainPlay.map((e) => e.dur)) / 1000;
    const playing = await page.evaluate(
      () => !document.querySelector('seoul-learn-course').shadowRoot.querySelector('video.main').paused,
    );
    console.log(
      `\nwhile playing 5 s (playing: ${playing}): ${long.length} task(s) over 50 ms; longest ${longest.toFixed(1)} ms`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
