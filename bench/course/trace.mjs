// `node bench/course/trace.mjs [runs] [cpu]`: where the time of one course page load goes. Loads
// bench/pages/course.html warm, as `npm run bench` does (after one uncounted load), with a
// Chromium performance trace, and prints for the median run: the requests (start → end, ms from
// navigation start), the main thread's tasks over 4 ms until rendered, and the time by trace
// event. `PROFILE=<n>` also prints a JavaScript CPU profile (self time by source function) of one
// load. `PLAY=1` then plays the video for 5 s and prints every task over 50 ms while it plays.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { probe } from '../lib/probe.mjs';
import { serve } from '../lib/server.mjs';

const [runsArg = '5', cpuArg = '1'] = process.argv.slice(2);
const runs = Number(runsArg);
const cpu = Number(cpuArg);
const root = fileURLToPath(new URL('../..', import.meta.url));
const generated = mkdtempSync(join(tmpdir(), 'seoul-learn-trace-'));
const path = '/bench/pages/course.html';
// The same "rendered" as run.mjs's SPECS for this page.
const specs = {
  [path]: {
    video: 'video.main',
    parts: [
      ['.controls .play', 1],
      ['.controls .seek', 1],
      ['.controls .time', 1],
      ['.controls .mute', 1],
      ['.controls .bar > button:last-of-type', 1],
    ],
  },
};
const categories = [
  'devtools.timeline',
  'v8.execute',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'loading',
  'v8',
];

const server = await serve({ root, generated, mounts: ['dist', 'bench/pages'] });
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: [...CHROME_ARGS, '--window-size=1280,900', '--autoplay-policy=no-user-gesture-required'],
  defaultViewport: { width: 1280, height: 900 },
});
try {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  let settle = () => undefined;
  await page.exposeFunction('__benchRendered', (time) => settle(time));
  await page.evaluateOnNewDocument(probe, specs, { posterFromTiming: false });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  const loadOnce = async (trace) => {
    await page.goto('about:blank');
    const rendered = new Promise((resolve) => (settle = resolve));
    if (trace) await page.tracing.start({ categories });
    await page.goto(`${server.origin}${path}`, { waitUntil: 'domcontentloaded' });
    const time = await rendered;
    await new Promise((done) => setTimeout(done, 300));
    const buffer = trace ? await page.tracing.stop() : undefined;
    return { time, events: buffer ? JSON.parse(new TextDecoder().decode(buffer)).traceEvents : [] };
  };
  const maps = new Map();
  const source = (url, line, column) => {
    const file = url.startsWith(server.origin) ? join(root, new URL(url).pathname) : undefined;
    if (!file || !existsSync(`${file}.map`)) return undefined;
    if (!maps.has(file)) maps.set(file, new TraceMap(readFileSync(`${file}.map`, 'utf8')));
    const found = originalPositionFor(maps.get(file), { line: line + 1, column });
    return found.source ? `${found.name ?? ''} ${found.source.split('/src/').pop()}:${found.line}` : undefined;
  };
  if (process.env.PROFILE) {
    await loadOnce(false);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await page.goto('about:blank');
    await cdp.send('Profiler.start');
    const rendered = new Promise((resolve) => (settle = resolve));
    await page.goto(`${server.origin}${path}`, { waitUntil: 'domcontentloaded' });
    console.log(`profiled load rendered at ${(await rendered).toFixed(1)} ms`);
    const { profile } = await cdp.send('Profiler.stop');
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const self = new Map();
    const gaps = profile.timeDeltas;
    profile.samples.forEach((id, i) => {
      const { functionName, url, lineNumber, columnNumber } = byId.get(id).callFrame;
      const key =
        source(url, lineNumber, columnNumber) ??
        `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}:${columnNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + (gaps[i + 1] ?? 0));
    });
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    console.log(`self time by function (ms, of ${(total / 1000).toFixed(1)}):`);
    for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE) || 40)) {
      console.log(`  ${(us / 1000).toFixed(1).padStart(6)}  ${key}`);
    }
  }
  await loadOnce(false);
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await loadOnce(true));
  samples.sort((a, b) => a.time - b.time);
  console.log(`${path}: rendered at ${samples.map((s) => s.time.toFixed(1)).join(', ')} ms (cpu ×${cpu})`);
  const { time, events } = samples[Math.floor(samples.length / 2)];
  const navs = events.filter((e) => e.name === 'navigationStart');
  if (process.env.DEBUG) console.log(JSON.stringify(navs.map((e) => e.args)));
  const nav = navs.find((e) => JSON.stringify(e.args ?? {}).includes(path)) ?? navs.at(-1);
  const t0 = nav.ts;
  const main = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid);
  const at = (ts) => ((ts - t0) / 1000).toFixed(1);
  const end = t0 + time * 1000;
  console.log(`\nrequests (median run, rendered at ${time.toFixed(1)} ms):`);
  for (const send of events.filter((e) => e.name === 'ResourceSendRequest')) {
    const id = send.args.data.requestId;
    const finish = events.find((e) => e.name === 'ResourceFinish' && e.args.data.requestId === id);
    const url = send.args.data.url.replace(server.origin, '');
    console.log(`  ${at(send.ts).padStart(7)} → ${finish ? at(finish.ts).padStart(7) : '      ?'}  ${url}`);
  }
  console.log('\nmain-thread tasks over 2 ms until rendered (start, duration, what):');
  const inside = (e, task) => e.ts >= task.ts && e.ts < task.ts + task.dur;
  for (const task of main.filter((e) => e.name === 'RunTask' && e.dur > 2000 && e.ts < end)) {
    const top = main
      .filter((e) => e.ph === 'X' && e.name !== 'RunTask' && inside(e, task) && e.dur > 500)
      .slice(0, 8)
      .map(
        (e) =>
          `${e.name}${e.args?.data?.url ? `(${e.args.data.url.split('/').pop()})` : ''} ${(e.dur / 1000).toFixed(1)}`,
      );
    console.log(`  ${at(task.ts).padStart(7)} ${(task.dur / 1000).toFixed(1).padStart(6)} ms  ${top.join(' | ')}`);
  }
  const after = main.filter((e) => e.name === 'RunTask' && e.ts >= end);
  const longestAfter = Math.max(0, ...after.map((e) => e.dur)) / 1000;
  console.log(
    `\nafter rendered (300 ms, the details included): ${after.filter((e) => e.dur > 50000).length} task(s) over 50 ms; longest ${longestAfter.toFixed(1)} ms`,
  );
  if (process.env.PLAY) {
    await page.tracing.start({ categories });
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
