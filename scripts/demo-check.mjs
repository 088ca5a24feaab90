// CI: the README's first command, as a new user meets it. Starts `npm start`'s server
// (scripts/start.mjs) on a free port, opens the demo page in headless Chromium, waits until every
// element shows its demo data, and fails on anything the terminal or the page complains about:
// a warning or error line from the server, a console warning or error on the page (Lit's
// "dev mode" notice aside, which any dev server prints), a failed request or an HTTP error.
// Then the same for `npm start -- --api`: the demo through the reference API server, with the
// development tokens of a learner and of a manager, down to the cohort view.
import { spawn } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, NO_BROWSER_HELP, findChrome } from './find-chrome.mjs';
import { freePort } from './free-port.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(NO_BROWSER_HELP);
  process.exit(1);
}

/** Runs `npm start` (with `args`) and returns what went wrong, if anything. */
async function check(args) {
  const port = await freePort();
  const server = spawn(process.execPath, ['scripts/start.mjs', ...args], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', SEOUL_LEARN_API_PORT: String(await freePort()) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));

  const problems = [];
  let browser;
  try {
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the demo server did not start:\n${output}`)), 60_000);
      const look = () => {
        const found = /demo partner site: (\S+)/.exec(output);
        if (found) {
          clearTimeout(timer);
          resolve(found[1]);
        }
      };
      server.stdout.on('data', look);
      server.once('exit', (code) => reject(new Error(`the demo server exited with ${code}:\n${output}`)));
    });

    browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    page.on('console', (message) => {
      const type = message.type();
      if ((type === 'warn' || type === 'warning' || type === 'error') && !/Lit is in dev mode/.test(message.text())) {
        problems.push(`console ${type}: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => {
      const reason = request.failure()?.errorText ?? '?';
      // A video with a poster stops downloading once it has its metadata: Chromium aborts the
      // rest of the response by design (preload="metadata"), which is not a failure.
      if (request.resourceType() === 'media' && reason === 'net::ERR_ABORTED') return;
      problems.push(`request failed: ${request.url()} (${reason})`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      () => {
        const shadow = (tag) => document.querySelector(tag)?.shadowRoot;
        return (
          shadow('seoul-learn-course')?.querySelector('.lesson-item') &&
          shadow('seoul-learn-progress')?.querySelector('[part="bar"]') &&
          shadow('seoul-learn-booking')?.querySelector('.choice') &&
          shadow('seoul-learn-progress[view="cohort"]')?.querySelector('[part="cohort"] tbody tr')
        );
      },
      { timeout: 30_000 },
    );
    // Late requests (media metadata, lazily loaded chunks) get a moment to fail too.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  } finally {
    await browser?.close();
    server.kill('SIGTERM');
  }

  const noisy = output
    .split('\n')
    .filter((line) => /warn|error|fail/i.test(line))
    .map((line) => `server: ${line.trim()}`);
  problems.push(...noisy);
  return problems;
}

let failed = false;
for (const args of [[], ['--api']]) {
  const command = ['npm start', ...(args.length ? ['--', ...args] : [])].join(' ');
  const problems = await check(args);
  if (problems.length > 0) {
    failed = true;
    console.error(`demo-check: ${command}: FAIL\n${problems.map((p) => `  ${p}`).join('\n')}`);
  } else {
    console.log(`demo-check: ${command} served the demo; every element rendered; no warning, error or failed request`);
  }
}
if (failed) process.exit(1);
