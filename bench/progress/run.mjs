// `npm run bench`: bundles the benchmark page, serves it, runs it in the Debian Chromium and
// prints median render times of <seoul-learn-progress> beside a plain-DOM baseline, with the ratio.
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

const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`http://127.0.0.1:${port}/`);
  const { results, longestTaskMs } = await page.evaluate(() => window.benchResult);
  console.log('\n<seoul-learn-progress> vs plain DOM (median of 15 renders, Lit production build):');
  const labels = { cohort: 'cohort, 2,000 learners', learner: 'learner, 50 courses, 1,000 recent' };
  for (const [view, r] of Object.entries(results)) {
    console.log(
      `  ${labels[view].padEnd(38)} element ${r.element.toFixed(1).padStart(6)} ms   plain DOM ${r.plain.toFixed(1).padStart(6)} ms   ratio ${r.ratio.toFixed(2)}×`,
    );
  }
  const tasks = Object.entries(longestTaskMs).map(([label, ms]) => `${label} ${ms.toFixed(0)} ms`);
  console.log(`  longest task over 50 ms in the measured renders (after a warm-up): ${tasks.join(', ') || 'none'}`);
  console.log('  goals: ratio ≤ 1.3×, no task over 50 ms\n');
} finally {
  await browser.close();
  server.close();
}
