// `node bench/progress/trace.mjs <page> [runs] [cpu]`: where the time of one progress page load
// goes. Loads the page (e.g. progress-cohort, plain-cohort, progress-learner-api) warm, like
// `npm run bench` does (after one uncounted load), with a Chromium performance trace, and prints
// for the median run: the requests (start → end, ms from navigation start), the main thread's
// tasks over 4 ms, and the time by trace event until the page counted as rendered.
// Like the bench, it first writes the JSON the plain and api pages read and builds the plain page.
// `cpu` is a CPU slowdown factor (1); TRACE_FILE=<file> keeps the median run's trace events.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { serve } from '../lib/server.mjs';
import { SPECS } from '../lib/specs.mjs';
import { medianTracedLoad, printLoad, printProfile, timedLoads } from '../lib/trace.mjs';
import { prepareProgressPages } from './plain-build.mjs';
import { launchBrowser } from '../lib/browser.mjs';

const [name = 'progress-cohort', runsArg = '5', cpuArg = '1'] = process.argv.slice(2);
const runs = Number(runsArg);
const cpu = Number(cpuArg);
const root = fileURLToPath(new URL('../..', import.meta.url));
const generated = mkdtempSync(join(tmpdir(), 'seoul-learn-trace-'));
const path = `/bench/pages/${name}.html`;
const specs = { [path]: SPECS[path] };

const server = await serve({ root, generated, mounts: ['dist', 'bench/pages'] });
const browser = await launchBrowser();
try {
  // The same data and plain page as the bench (see run.mjs).
  await prepareProgressPages(browser, server.origin, generated, [path]);
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  const loadOnce = await timedLoads(page, { origin: server.origin, path, specs });
  if (process.env.PROFILE) {
    await printProfile({ cdp, load: loadOnce, origin: server.origin, root, top: Number(process.env.PROFILE) || 40 });
  }
  const { time, events } = await medianTracedLoad(loadOnce, { runs, path, cpu });
  if (process.env.TRACE_FILE) writeFileSync(process.env.TRACE_FILE, JSON.stringify(events));
  const { main, end, at } = printLoad({ events, time, path, origin: server.origin, taskMs: 4 });

  // Self-less totals by name: nested events count in their parents too, so read them as "time under".
  const totals = new Map();
  for (const e of main) {
    if (e.ph !== 'X' || e.ts > end || !e.dur) continue;
    totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur);
  }
  console.log('\ntime under each event name until rendered (ms; nested events count in their parents):');
  for (const [eventName, dur] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(`  ${(dur / 1000).toFixed(1).padStart(7)}  ${eventName}`);
  }
  const marks = main.filter((e) =>
    /^(FirstContentfulPaint|firstContentfulPaint|MarkDOMContent|MarkLoad)$/.test(e.name),
  );
  for (const mark of marks) console.log(`  mark ${mark.name} at ${at(mark.ts)}`);
} finally {
  await browser.close();
  await server.close();
}
