// `npm run bench`: bundles the benchmark page, serves it, runs it in the Debian Chromium and
// prints median render times of <seoul-learn-progress> beside a plain-DOM baseline, with the
// ratio, the spread over rounds and the longest task. BENCH_ROUNDS and BENCH_SAMPLES (renders
// per round and view) tune the run.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import process from 'node:process';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, NO_BROWSER_HELP, findChrome } from '../../scripts/find-chrome.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(NO_BROWSER_HELP);
  process.exit(1);
}

const out = mkdtempSync(join(tmpdir(), 'seoul-learn-bench-'));
await build({
  entryPoints: [fileURLToPath(new URL('./page.ts', import.meta.url))],
  bundle: true,
  minify: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  outdir: out,
  tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)),
  logLevel: 'warning',
});

const html = '<!doctype html><meta charset="utf-8"><body><script type="module" src="page.js"></script>';
const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path === '/') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    return;
  }
  try {
    const body = readFileSync(join(out, path.replace(/^\/+/, '').replaceAll('..', '')));
    response.writeHead(200, {
      'content-type': extname(path) === '.js' ? 'text/javascript' : 'application/octet-stream',
    });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const samplesPerRound = Number(process.env.BENCH_SAMPLES ?? 9);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fixed = (value, digits = 1) => value.toFixed(digits);

const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
let failed = false;
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  page.on('console', (message) => {
    if (['warn', 'warning', 'error'].includes(message.type())) console.error('page:', message.text());
  });
  await page.goto(`http://127.0.0.1:${port}/?rounds=${rounds}&samples=${samplesPerRound}`);
  const { samples, checks } = await page.evaluate(() => window.benchResult, { timeout: 0 });
  console.log(
    `\n<seoul-learn-progress> vs hand-written plain DOM, Lit production build, ${rounds} rounds × ${samplesPerRound} renders each, interleaved`,
  );
  console.log('(time: create → content in the DOM → layout; median of all renders, [min–max of the round medians])\n');
  const labels = {
    cohort: 'cohort: 2,000 learners, 20-row page',
    learner: 'learner: 50 courses / 2,000 lessons, 1,000 recent (10 shown)',
  };
  for (const view of ['cohort', 'learner']) {
    const of = (kind) => samples.filter((s) => s.view === view && s.kind === kind);
    const roundMedians = (kind) =>
      Array.from({ length: rounds }, (_, r) =>
        median(
          of(kind)
            .filter((s) => s.round === r)
            .map((s) => s.time),
        ),
      );
    const element = median(of('element').map((s) => s.time));
    const plain = median(of('plain').map((s) => s.time));
    const er = roundMedians('element');
    const pr = roundMedians('plain');
    const ratios = er.map((e, i) => e / pr[i]);
    const longest = (kind) => Math.max(0, ...of(kind).map((s) => s.longestTask));
    const over = (kind) => of(kind).filter((s) => s.longestTask > 50).length;
    const check = checks[view];
    console.log(`  ${labels[view]}`);
    console.log(
      `    element   ${fixed(element).padStart(6)} ms [${fixed(Math.min(...er))}–${fixed(Math.max(...er))}]   longest task ${fixed(longest('element'), 0)} ms (${over('element')}/${of('element').length} renders had one over 50 ms)`,
    );
    console.log(
      `    plain DOM ${fixed(plain).padStart(6)} ms [${fixed(Math.min(...pr))}–${fixed(Math.max(...pr))}]   longest task ${fixed(longest('plain'), 0)} ms (${over('plain')}/${of('plain').length} renders had one over 50 ms)`,
    );
    console.log(
      `    ratio     ${fixed(element / plain, 2)}× [round ratios ${fixed(Math.min(...ratios), 2)}–${fixed(Math.max(...ratios), 2)}×]   same text: ${check.sameText ? 'yes' : 'NO'}, same elements: ${check.sameTags ? 'yes' : 'NO'}`,
    );
    if (!check.sameTags) console.log(`      element: ${check.element}\n      plain:   ${check.plain}`);
    if (!check.sameText || !check.sameTags) failed = true;
  }
  console.log(
    '\n  goals: ratio ≤ 1.3×, no task over 50 ms (a task over 50 ms in the plain DOM too points at the machine)\n',
  );
} finally {
  await browser.close();
  server.close();
}
if (failed) {
  console.error('The element and the baseline do not show the same content: the comparison is not like with like.');
  process.exitCode = 1;
}
