// `node bench/timeline.mjs [page …]`: where a warm page load spends its time, without a trace's
// overhead. Loads each page (a name in bench/pages, without `.html`; default `course`) as
// `npm run bench` does (one uncounted load, then BENCH_LOADS warm ones, default 15) and prints,
// ordered by time, the medians over the loads of: every file's request start → response end
// (resource timing), the first paint and first contentful paint, every `performance.mark` the
// page's code made (the first of each name in a load), and the time the page counted as rendered
// (bench/lib/probe.mjs). Gaps between a file's arrival and the next step are main-thread work or
// waiting; add `performance.mark('…')` calls to a build to split them (bench/README.md).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { serve } from './lib/server.mjs';
import { SPECS } from './lib/specs.mjs';
import { median } from './lib/stats.mjs';
import { timedLoads } from './lib/trace.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { prepareProgressPages } from './progress/plain-build.mjs';

const names = process.argv.slice(2);
const loads = Number(process.env.BENCH_LOADS ?? 15);
const root = fileURLToPath(new URL('..', import.meta.url));
const generated = mkdtempSync(join(tmpdir(), 'seoul-learn-timeline-'));
const server = await serve({
  root,
  generated,
  mounts: ['dist', 'bench/pages', 'node_modules'],
});
const browser = await launchBrowser();
try {
  // The plain progress pages and the `-api` pages read JSON and a script that the run makes, as in run.mjs.
  await prepareProgressPages(browser, server.origin, generated, names);
  for (const name of names.length ? names : ['course']) {
    const path = `/bench/pages/${name}.html`;
    if (!SPECS[path]) throw new Error(`no entry in bench/lib/specs.mjs for ${path}`);
    const page = await browser.newPage();
    const load = await timedLoads(page, { origin: server.origin, path, specs: SPECS });
    await load(false);
    /** @type {Map<string, { start: number[], end: number[] }>} */
    const rows = new Map();
    const add = (label, start, end) => {
      const row = rows.get(label) ?? { start: [], end: [] };
      row.start.push(start);
      row.end.push(end);
      rows.set(label, row);
    };
    for (let i = 0; i < loads; i++) {
      const { time } = await load(false);
      add('rendered (the probe)', time, time);
      const entries = await page.evaluate(() => [
        ...performance
          .getEntriesByType('resource')
          .map((e) => [e.name.replace(location.origin, ''), e.startTime, e.responseEnd]),
        ...performance.getEntriesByType('paint').map((e) => [e.name, e.startTime, e.startTime]),
        ...performance.getEntriesByType('mark').map((e) => [`mark ${e.name}`, e.startTime, e.startTime]),
      ]);
      const seen = new Set();
      for (const [label, start, end] of entries) {
        if (seen.has(label)) continue;
        seen.add(label);
        add(label, start, end);
      }
    }
    await page.close();
    console.log(`\n${path}: medians of ${loads} warm loads (ms from navigation start; in how many loads)`);
    const lines = [...rows].map(([label, row]) => ({
      label,
      start: median(row.start),
      end: median(row.end),
      n: row.start.length,
    }));
    for (const { label, start, end, n } of lines.sort((a, b) => a.start - b.start || a.end - b.end)) {
      const span =
        end > start
          ? `${start.toFixed(0).padStart(5)} → ${end.toFixed(0).padStart(5)}`
          : `${start.toFixed(0).padStart(5)}         `;
      console.log(`  ${span}  ${label}${n < loads ? ` (${n})` : ''}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
