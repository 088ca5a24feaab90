// What the bench's trace scripts (bench/course/trace.mjs, bench/progress/trace.mjs) share: a warm
// page load timed by the bench's probe, with or without a Chromium performance trace; a JavaScript
// CPU profile of one load, mapped to the sources; and a report of the median traced load.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { probe } from './probe.mjs';

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'v8.execute',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'loading',
  'v8',
];

/**
 * Prepares `page` to time loads of `path` as `npm run bench` does (the probe, with `specs` saying
 * what "rendered" means), and returns `load(trace)`: one navigation from `about:blank`, resolving
 * with the time the page counted as rendered and, with `trace`, the events of a performance trace
 * that runs until 300 ms after that.
 *
 * @param {import('puppeteer-core').Page} page
 * @param {{ origin: string, path: string, specs: object }} options
 * @returns {Promise<(trace: boolean) => Promise<{ time: number, events: any[] }>>}
 */
export async function timedLoads(page, { origin, path, specs }) {
  let settle = () => undefined;
  await page.exposeFunction('__benchRendered', (time) => settle(time));
  await page.evaluateOnNewDocument(probe, specs, { posterFromTiming: false });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  return async (trace) => {
    await page.goto('about:blank');
    const rendered = new Promise((resolve) => (settle = resolve));
    if (trace) await page.tracing.start({ categories: TRACE_CATEGORIES });
    await page.goto(`${origin}${path}`, { waitUntil: 'domcontentloaded' });
    const time = await rendered;
    await new Promise((done) => setTimeout(done, 300));
    const buffer = trace ? await page.tracing.stop() : undefined;
    return { time, events: buffer ? JSON.parse(new TextDecoder().decode(buffer)).traceEvents : [] };
  };
}

/**
 * Prints a JavaScript CPU profile of one load (`load` from {@link timedLoads}, after one to warm
 * up): self time by function, the hottest `top` first, minified positions mapped back to `src/`
 * through the build's source maps.
 *
 * @param {{ cdp: import('puppeteer-core').CDPSession, load: (trace: boolean) => Promise<{ time: number }>, origin: string, root: string, top: number }} options
 */
export async function printProfile({ cdp, load, origin, root, top }) {
  await load(false);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const { time } = await load(false);
  console.log(`profiled load rendered at ${time.toFixed(1)} ms`);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const maps = new Map();
  const source = (url, line, column) => {
    const file = url.startsWith(origin) ? join(root, new URL(url).pathname) : undefined;
    if (!file || !existsSync(`${file}.map`)) return undefined;
    if (!maps.has(file)) maps.set(file, new TraceMap(readFileSync(`${file}.map`, 'utf8')));
    const found = originalPositionFor(maps.get(file), { line: line + 1, column });
    return found.source ? `${found.name ?? ''} ${found.source.split('/src/').pop()}:${found.line}` : undefined;
  };
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
  for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`  ${(us / 1000).toFixed(1).padStart(6)}  ${key}`);
  }
}

/**
 * Prints, for a traced load of `path` rendered at `time` ms: every request (start → end, ms from
 * navigation start) and the page's main-thread tasks over `taskMs` until rendered, each with its
 * largest events.
 *
 * @param {{ events: any[], time: number, path: string, origin: string, taskMs: number }} load
 * @returns {{ main: any[], t0: number, end: number, at: (ts: number) => string }} the page's
 *   main-thread events, the navigation's start and the rendered time (trace µs), and a formatter
 *   of trace times as ms from the navigation
 */
export function printLoad({ events, time, path, origin, taskMs }) {
  // The renderer's main thread of the page: the one that navigated to it.
  const navs = events.filter((e) => e.name === 'navigationStart');
  const nav = navs.find((e) => JSON.stringify(e.args ?? {}).includes(path)) ?? navs.at(-1);
  const t0 = nav.ts;
  const main = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid);
  const at = (ts) => ((ts - t0) / 1000).toFixed(1);
  const end = t0 + time * 1000;
  console.log(`\nrequests (median run, rendered at ${time.toFixed(1)} ms):`);
  for (const send of events.filter((e) => e.name === 'ResourceSendRequest')) {
    const id = send.args.data.requestId;
    const finish = events.find((e) => e.name === 'ResourceFinish' && e.args.data.requestId === id);
    const url = send.args.data.url.replace(origin, '');
    console.log(`  ${at(send.ts).padStart(7)} → ${finish ? at(finish.ts).padStart(7) : '      ?'}  ${url}`);
  }
  console.log(`\nmain-thread tasks over ${taskMs} ms until rendered (start, duration, what):`);
  const inside = (e, task) => e.ts >= task.ts && e.ts < task.ts + task.dur;
  for (const task of main.filter((e) => e.name === 'RunTask' && e.dur > taskMs * 1000 && e.ts < end)) {
    const top = main
      .filter((e) => e.ph === 'X' && e.name !== 'RunTask' && inside(e, task) && e.dur > 500)
      .slice(0, 8)
      .map(
        (e) =>
          `${e.name}${e.args?.data?.url ? `(${e.args.data.url.split('/').pop()})` : ''} ${(e.dur / 1000).toFixed(1)}`,
      );
    console.log(`  ${at(task.ts).padStart(7)} ${(task.dur / 1000).toFixed(1).padStart(6)} ms  ${top.join(' | ')}`);
  }
  return { main, t0, end, at };
}

/**
 * One uncounted load, then `runs` traced loads: prints when each rendered and returns the median
 * one (its render time and trace events).
 *
 * @param {(trace: boolean) => Promise<{ time: number, events: any[] }>} load from {@link timedLoads}
 * @param {{ runs: number, path: string, cpu: number }} options
 */
export async function medianTracedLoad(load, { runs, path, cpu }) {
  await load(false);
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await load(true));
  samples.sort((a, b) => a.time - b.time);
  console.log(`${path}: rendered at ${samples.map((s) => s.time.toFixed(1)).join(', ')} ms (cpu ×${cpu})`);
  return samples[Math.floor(samples.length / 2)];
}
