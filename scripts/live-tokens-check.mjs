// Proves live token edits: starts a development server — `npm start` (scripts/start.mjs), or
// `storybook dev` with --storybook — opens a page in headless Chromium, changes Seoul's accent
// colour in themes/tokens/regions/seoul.json and waits until the page shows the new value
// without any other step; then breaks the file and waits for Vite's error overlay; then restores
// the file and waits for the original value. The token file is restored whatever happens.
//
// Run: node scripts/live-tokens-check.mjs [--storybook]
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, NO_BROWSER_HELP, findChrome } from './find-chrome.mjs';
import { freePort } from './free-port.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FILE = fileURLToPath(new URL('../themes/tokens/regions/seoul.json', import.meta.url));
const PROPERTY = '--seoul-learn-color-accent';
/** A dark magenta: far from Seoul's red, and dark enough to pass every contrast pair it is in. */
const EDITED = '#8a1c7c';
const storybook = process.argv.includes('--storybook');

const executablePath = findChrome();
if (!executablePath) {
  console.error(NO_BROWSER_HELP);
  process.exit(1);
}

const port = await freePort();
const command = storybook
  ? [
      fileURLToPath(new URL('../node_modules/storybook/dist/bin/dispatcher.js', import.meta.url)),
      ['dev', '-p', String(port), '--host', '127.0.0.1', '--no-open', '--ci'],
    ]
  : [fileURLToPath(new URL('./start.mjs', import.meta.url)), []];
const ready = storybook ? /Storybook .* started|Local:\s+http/ : /demo partner site: (\S+)/;
const pageUrl = storybook
  ? `http://127.0.0.1:${port}/iframe.html?id=elements-provider--follows-toolbar&viewMode=story`
  : undefined;

const original = await readFile(FILE, 'utf8');
const server = spawn(process.execPath, [command[0], ...command[1]], {
  cwd: ROOT,
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
});
let output = '';
server.stdout.on('data', (chunk) => (output += chunk));
server.stderr.on('data', (chunk) => (output += chunk));

let browser;
let failed = false;
try {
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), 180_000);
    const look = () => {
      const found = ready.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(pageUrl ?? found[1]);
      }
    };
    server.stdout.on('data', look);
    server.stderr.on('data', look);
    server.once('exit', (code) => reject(new Error(`the server exited with ${code}:\n${output}`)));
  });

  browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const accent = () =>
    page.evaluate((name) => {
      const provider = document.querySelector('seoul-learn-provider');
      return provider ? getComputedStyle(provider).getPropertyValue(name).trim() : '';
    }, PROPERTY);
  const waitForAccent = async (expected) => {
    const started = performance.now();
    await page.waitForFunction(
      (name, value) => {
        const provider = document.querySelector('seoul-learn-provider');
        return provider && getComputedStyle(provider).getPropertyValue(name).trim().toLowerCase() === value;
      },
      { timeout: 60_000, polling: 100 },
      PROPERTY,
      expected.toLowerCase(),
    );
    return Math.round(performance.now() - started);
  };
  await page.waitForFunction(() => document.querySelector('seoul-learn-provider'), { timeout: 60_000 });
  const before = await accent();
  const tokens = JSON.parse(original);
  if (before.toLowerCase() !== tokens.color.accent.$value.toLowerCase()) {
    throw new Error(`the page shows ${PROPERTY}: ${before}, the token file says ${tokens.color.accent.$value}`);
  }

  tokens.color.accent.$value = EDITED;
  await writeFile(FILE, `${JSON.stringify(tokens, null, 2)}\n`);
  const edited = await waitForAccent(EDITED);
  console.log(`edit:    ${PROPERTY} ${before} → ${EDITED} shown ${edited} ms after the file was saved`);

  // Not JSON any more: the build stops.
  await writeFile(FILE, original.replace(/\}\s*$/, ''));
  const started = performance.now();
  await page.waitForFunction(() => document.querySelector('vite-error-overlay'), { timeout: 60_000, polling: 100 });
  const message = await page.evaluate(() =>
    document.querySelector('vite-error-overlay').shadowRoot.querySelector('.message').textContent.trim(),
  );
  console.log(
    `broken:  error overlay after ${Math.round(performance.now() - started)} ms: ${message.split('\n').filter(Boolean).slice(0, 3).join(' / ')}`,
  );

  await writeFile(FILE, original);
  const restored = await waitForAccent(before);
  console.log(`restore: ${PROPERTY} ${EDITED} → ${before} shown ${restored} ms after the file was saved`);
  console.log(`live token edits work under ${storybook ? 'storybook dev' : 'npm start'}`);
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : error);
  console.error(`server output:\n${output}`);
} finally {
  await writeFile(FILE, original);
  await browser?.close();
  // The server and anything it started (Storybook's builder, the theme build).
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}
process.exit(failed ? 1 : 0);
