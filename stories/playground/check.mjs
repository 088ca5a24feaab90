// Checks the built Storybook's design pages in the system Chromium, as a designer would use them:
//   the playground: create "suwon", break a contrast pair, apply the suggested colour by keyboard,
//   export, start over, import the exported files (the tokens and files must round-trip), axe in
//   every state (the editor; the preview shows whatever theme is being tried);
//   the token and element reference pages: every category and element rendered, axe;
//   the toolbar: viewport width and text size in the iframe view.
// Run after `npm run build-storybook`: node stories/playground/check.mjs [storybook-static] [--shots=<dir>]
import { createServer } from 'node:http';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import puppeteer from 'puppeteer-core';
import { buildThemes } from '../../themes/build.mjs';
import { CHROME_ARGS, NO_BROWSER_HELP, findChrome } from '../../scripts/find-chrome.mjs';

const args = process.argv.slice(2);
const root = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'storybook-static');
const shots = args.find((a) => a.startsWith('--shots='))?.slice('--shots='.length);
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

const server = createServer(async (req, res) => {
  const file = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!file.startsWith(root)) return res.writeHead(403).end();
  try {
    const body = await readFile(file.endsWith(path.sep) ? path.join(file, 'index.html') : file);
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const executablePath = findChrome();
if (!executablePath) {
  console.error(NO_BROWSER_HELP);
  process.exit(1);
}
const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
const results = [];
const check = (name, ok, detail = '') => {
  results.push(ok);
  console.log(`${ok ? '✓' : '✗'} ${name}${detail ? ` — ${detail}` : ''}`);
};
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

async function open(id, { viewMode = 'story', globals = '', width = 1280 } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  const url = `${base}/iframe.html?id=${id}&viewMode=${viewMode}${globals ? `&globals=${globals}` : ''}`;
  await page.goto(url, { waitUntil: 'load', timeout: 120000 });
  await page.addScriptTag({ content: axeSource });
  return page;
}

/**
 * axe violations inside `selector`, leaving out nodes in the elements that preview a theme. The
 * accessibility addon runs axe on the story by itself, and one page runs one axe at a time: a run
 * that meets the addon's waits for it to finish and tries again.
 */
const axe = (page, selector, skipPreview = false) =>
  page.evaluate(
    async (selector, skipPreview) => {
      const run = async (attempt = 0) => {
        try {
          return await window.axe.run(document.querySelector(selector), { resultTypes: ['violations'] });
        } catch (error) {
          if (attempt >= 40 || !/already running/i.test(String(error))) throw error;
          await new Promise((resolve) => setTimeout(resolve, 250));
          return run(attempt + 1);
        }
      };
      const { violations } = await run();
      return violations
        .map((v) => ({
          id: v.id,
          targets: v.nodes
            .map((n) => JSON.stringify(n.target))
            .filter((t) => !skipPreview || !t.includes('seoul-learn-')),
        }))
        .filter((v) => v.targets.length)
        .map((v) => `${v.id}: ${v.targets.slice(0, 3).join(' ')}`);
    },
    selector,
    skipPreview,
  );

try {
  // The playground.
  const page = await open('design-theme-playground--playground');
  await page.waitForFunction(
    () => document.querySelector('sl-theme-playground')?.shadowRoot?.querySelector('seoul-learn-booking'),
    { timeout: 60000 },
  );
  await pause(1500);
  const pg = await page.$('sl-theme-playground');
  const inShadow = (sel) => pg.evaluateHandle((el, s) => el.shadowRoot.querySelector(s), sel);
  const summary = () => pg.evaluate((el) => el.shadowRoot.querySelector('.summary').textContent.replace(/\s+/g, ' '));
  const type = async (sel, text) => {
    await (await inShadow(sel)).click({ count: 3 });
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await pause(200);
  };
  if (shots) await mkdir(shots, { recursive: true });
  if (shots) await page.screenshot({ path: path.join(shots, 'playground-1280.png') });
  let violations = await axe(page, '#storybook-root');
  check('playground passes axe (whole story, Seoul light)', !violations.length, violations.join('; '));
  check(
    'every contrast pair passes at the start',
    /Light: all pass.*Dark: all pass.*High contrast: all pass/.test(await summary()),
  );

  await type('#region-id', 'suwon');
  await pg.evaluate((el) => {
    const [ko, en] = el.shadowRoot.querySelectorAll('.names input');
    for (const [input, value] of [
      [ko, '수원런'],
      [en, 'Suwon Learn'],
    ]) {
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
  });
  const branded = await page
    .waitForFunction(
      (el) => el.shadowRoot.querySelector('seoul-learn-progress')?.shadowRoot?.textContent.includes('수원런'),
      { timeout: 5000 },
      pg,
    )
    .then(
      () => true,
      () => false,
    );
  check("the preview's brand strips show the new programme's name", branded);
  await type('#t-color-on-surface-muted', '#a0a4a8');
  const applied = await pg.evaluate((el) =>
    getComputedStyle(el.shadowRoot.querySelector('seoul-learn-provider')).getPropertyValue(
      '--seoul-learn-color-on-surface-muted',
    ),
  );
  check('an edit applies live to the elements', applied.trim() === '#a0a4a8', applied);
  check('the pair it breaks fails', /Light: 2 failing/.test(await summary()), await summary());
  await pg.evaluate((el) => el.shadowRoot.querySelectorAll('details').forEach((d) => (d.open = true)));
  violations = await axe(page, 'sl-theme-playground', true);
  check('the editor passes axe with failing pairs and every group open', !violations.length, violations.join('; '));
  if (shots) await page.screenshot({ path: path.join(shots, 'playground-failing.png') });
  const fix = await pg.evaluate((el) => el.shadowRoot.querySelector('button.primary')?.getAttribute('aria-label'));
  await pg.evaluate((el) => el.shadowRoot.querySelector('button.primary').focus());
  await page.keyboard.press('Enter');
  await pause(300);
  check(
    'the suggested colour (Enter) makes light pass',
    /Light: all pass/.test(await summary()),
    `${fix}; ${await summary()}`,
  );

  // The dark scheme, by keyboard; fix what the light edit broke there.
  await pg.evaluate((el) => el.shadowRoot.querySelector('input[name=layer]').focus());
  await page.keyboard.press('ArrowRight');
  await pause(300);
  const scheme = await pg.evaluate((el) => el.shadowRoot.querySelector('seoul-learn-provider').getAttribute('scheme'));
  check('arrow keys switch the scheme shown and edited', scheme === 'dark', scheme);
  for (let i = 0; i < 10 && (await pg.evaluate((el) => !!el.shadowRoot.querySelector('button.primary'))); i++) {
    await pg.evaluate((el) => el.shadowRoot.querySelector('button.primary').focus());
    await page.keyboard.press('Enter');
    await pause(200);
  }
  check('every scheme passes after the suggestions', !/failing/.test(await summary()), await summary());

  const before = await pg.evaluate((el) => JSON.stringify(el.resolved()));
  const files = await pg.evaluate((el) => el.exportFiles());
  check(
    'export names the files after the region',
    'suwon.json' in files && 'suwon.css' in files,
    Object.keys(files).join(', '),
  );
  const dir = await mkdtemp(path.join(tmpdir(), 'playground-export-'));
  const json = Object.keys(files).filter((n) => n.endsWith('.json'));
  for (const name of json) await writeFile(path.join(dir, name), files[name]);
  // The designer's next step: the exported files, dropped into themes/tokens/regions/ (here of a
  // copy of themes/), build as a seventh region with no other change.
  const project = await mkdtemp(path.join(tmpdir(), 'playground-region-'));
  await cp(path.resolve(import.meta.dirname, '../../themes'), path.join(project, 'themes'), {
    recursive: true,
    filter: (from) => !from.includes(`${path.sep}dist`),
  });
  for (const name of json) await writeFile(path.join(project, 'themes/tokens/regions', name), files[name]);
  let built;
  try {
    built = await buildThemes({ root: project, fonts: false, log: () => {} });
  } catch (error) {
    built = { regions: [], error: String(error) };
  }
  const generated = await readFile(path.join(project, 'src/themes/generated/tokens.ts'), 'utf8').catch(() => '');
  check(
    'the export, dropped into themes/tokens/regions/, builds as a new region',
    built.regions?.includes('suwon') && /'suwon'/.test(generated),
    built.error ?? (built.regions ?? []).join(', '),
  );
  await pg.evaluate((el) => (el.shadowRoot.getElementById('start').value = 'taebaek'));
  await (await inShadow('#start + button')).click();
  await pause(300);
  check('start over changes the theme', (await pg.evaluate((el) => JSON.stringify(el.resolved()))) !== before);
  await (await inShadow('#import')).uploadFile(...json.map((n) => path.join(dir, n)));
  await page.waitForFunction(
    (el) => /Loaded|Not loaded/.test(el.shadowRoot.querySelector('p[role=status]').textContent),
    {},
    pg,
  );
  const after = await pg.evaluate((el) => JSON.stringify(el.resolved()));
  const again = await pg.evaluate((el) => el.exportFiles());
  check('import of the exported files round-trips the tokens', after === before);
  check('…and the files', JSON.stringify(again) === JSON.stringify(files));
  check('no page errors in the playground', !page.errors.length, page.errors.join('; '));
  await page.close();

  // The mobile preset stacks the editor above the preview, in the iframe view too.
  const mobile = await open('design-theme-playground--playground', { globals: 'viewport:mobile' });
  await mobile.waitForFunction(() =>
    document.querySelector('sl-theme-playground')?.shadowRoot?.querySelector('.preview'),
  );
  const stacked = await mobile.evaluate(() => {
    const root = document.querySelector('sl-theme-playground').shadowRoot;
    const [editor, preview] = [root.querySelector('.editor'), root.querySelector('.preview')].map((e) =>
      e.getBoundingClientRect(),
    );
    return { stacked: preview.top >= editor.bottom, width: Math.round(editor.width) };
  });
  check('the playground stacks at the mobile preset', stacked.stacked && stacked.width <= 390, JSON.stringify(stacked));
  violations = await axe(mobile, '#storybook-root');
  check('the playground passes axe at the mobile preset', !violations.length, violations.join('; '));
  await mobile.close();

  // Reference pages.
  for (const [id, selector, expected] of [
    ['design-token-reference--docs', 'sl-token-reference', 10],
    ['design-element-reference--docs', 'sl-element-reference', 3],
  ]) {
    const doc = await open(id, { viewMode: 'docs' });
    await doc.waitForSelector(selector, { timeout: 60000 });
    await pause(2000);
    const rendered = await doc.evaluate(
      (s) => [...document.querySelectorAll(s)].filter((e) => e.shadowRoot?.querySelector('tbody tr')).length,
      selector,
    );
    check(`${id}: every section renders`, rendered === expected, `${rendered} of ${expected}`);
    violations = await axe(doc, '#storybook-docs');
    check(`${id}: axe`, !violations.length, violations.join('; '));
    await doc.close();
  }

  // Toolbar globals in the iframe view.
  for (const [globals, expect] of [
    ['viewport:mobile', { width: 390, font: '16px' }],
    ['viewport:tablet;textSize:200', { width: 768, font: '32px' }],
  ]) {
    const story = await open('design-theme-gallery--current-region', { globals });
    await story.waitForSelector('sl-theme-gallery');
    await pause(500);
    const got = await story.evaluate(() => ({
      width: document.querySelector('#storybook-root seoul-learn-provider').getBoundingClientRect().width,
      font: getComputedStyle(document.querySelector('sl-theme-gallery')).fontSize,
    }));
    check(
      `toolbar ${globals} applies in the iframe`,
      got.width === expect.width && got.font === expect.font,
      JSON.stringify(got),
    );
    await story.close();
  }
} finally {
  await browser.close();
  server.close();
}
const failed = results.filter((ok) => !ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
