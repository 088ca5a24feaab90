// Installs the package as a partner app does, from `npm pack` of the build, and checks that it
// works there: the apps in test/consumers/ (React 19 and Vue 3, on Vite) type-check with the
// package's types, and play the demo lesson with captions, transcript and materials and no 404,
// in Vite's dev server and in a production build (`vite build` + `vite preview`). A plain page
// that loads the CDN module from the unpacked package, with no build step, is checked the same way.
//
//   node scripts/consumer-check.mjs [--build] [--keep]
//
// Builds first when `--build` is given or `dist/` has no build. Prints one PASS/FAIL line per
// check and exits non-zero when any check fails. The apps' `node_modules` (the installed tarball)
// are removed at the end unless `--keep` is given.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, NO_BROWSER_HELP, findChrome } from './find-chrome.mjs';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('..', import.meta.url));
const consumers = join(repo, 'test/consumers');
const APPS = ['react', 'vue'];
const COURSE = 'elem-math-fractions';
const started = performance.now();
const work = mkdtempSync(join(tmpdir(), 'seoul-learn-consumers-'));

let failures = 0;
let passes = 0;
function report(ok, name, detail) {
  if (ok) passes++;
  else failures++;
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}${detail ? `: ${detail}` : ''}`);
}

/** Runs a check; a thrown error fails it with its message. */
async function check(name, body) {
  try {
    report(true, name, await body());
  } catch (error) {
    report(false, name, error instanceof Error ? error.message : String(error));
  }
}

/** Runs a command; rejects with its output when it fails. */
async function sh(command, args, cwd = repo) {
  try {
    return await run(command, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, FORCE_COLOR: '0' } });
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${error.stdout ?? ''}${error.stderr ?? error.message}`, {
      cause: error,
    });
  }
}

const bin = (name) => join(repo, 'node_modules/.bin', name);
const seconds = (from) => `${((performance.now() - from) / 1000).toFixed(1)} s`;

// -- the tarball ----------------------------------------------------------------------------------

if (process.argv.includes('--build') || !existsSync(join(repo, 'dist/index.js'))) {
  const from = performance.now();
  console.log('building the package (npm run build) …');
  await sh('npm', ['run', 'build']);
  console.log(`built in ${seconds(from)}`);
}

const [packed] = JSON.parse((await sh('npm', ['pack', '--json', '--pack-destination', work])).stdout);
const tarball = join(work, packed.filename);

await check('package contents', async () => {
  const paths = packed.files.map((file) => file.path);
  const maps = paths.filter((path) => path.endsWith('.d.ts.map'));
  const sources = paths.filter((path) => path.startsWith('src/'));
  if (maps.length) throw new Error(`${maps.length} declaration maps, e.g. ${maps[0]}`);
  if (sources.length) throw new Error(`sources in the tarball, e.g. ${sources[0]}`);
  const media = paths.filter((path) => path.startsWith('dist/media/'));
  if (!media.length) throw new Error('no dist/media/ (demo media)');
  return `${paths.length} files, ${(packed.size / 1024).toFixed(0)} KB packed, ${media.length} demo media files, no declaration maps or sources`;
});

// The unpacked package, for the manifest check and the CDN page.
const unpacked = join(work, 'unpacked');
mkdirSync(unpacked);
await sh('tar', ['-xzf', tarball, '-C', unpacked]);
const pkgDir = join(unpacked, 'package');

await check('custom-elements.json', async () => {
  const manifest = JSON.parse(readFileSync(join(pkgDir, 'custom-elements.json'), 'utf8'));
  const missing = manifest.modules.map((module) => module.path).filter((path) => !existsSync(join(pkgDir, path)));
  if (missing.length) throw new Error(`modules not in the package: ${missing.join(', ')}`);
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  const tags = declarations.filter((declaration) => declaration.tagName).map((declaration) => declaration.tagName);
  const defined = new Map();
  for (const module of manifest.modules) {
    for (const entry of module.exports ?? []) {
      if (entry.kind === 'custom-element-definition') defined.set(entry.name, module.path);
    }
  }
  const undefinedTags = tags.filter((tag) => !defined.has(tag));
  if (!tags.length || undefinedTags.length) throw new Error(`tags without a definition: ${undefinedTags.join(', ')}`);
  const privateMembers = declarations
    .flatMap((declaration) => declaration.members ?? [])
    .filter((member) => member.privacy === 'private' || /^[#_]/.test(member.name));
  if (privateMembers.length) throw new Error(`private members listed, e.g. ${privateMembers[0].name}`);
  return `${manifest.modules.length} shipped modules, ${tags.map((tag) => `${tag} → ${defined.get(tag)}`).join(', ')}`;
});

// -- installing it into the apps ------------------------------------------------------------------

await Promise.all(
  APPS.map(async (app) => {
    const dir = join(consumers, app);
    await check(`${app}: npm install <tarball>`, async () => {
      const from = performance.now();
      rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
      await sh(
        'npm',
        ['install', '--no-save', '--no-package-lock', '--prefer-offline', '--no-audit', '--no-fund', tarball],
        dir,
      );
      if (!existsSync(join(dir, 'node_modules/@seoul-learn/elements/package.json')))
        throw new Error('the package did not land in node_modules');
      return `installed in ${seconds(from)}`;
    });
  }),
);

// -- types ----------------------------------------------------------------------------------------

const typeChecks = [
  ['react', 'tsc'],
  ['vue', 'vue-tsc'],
  ['vue', 'tsc'],
];
for (const [app, compiler] of typeChecks) {
  await check(`${app}: ${compiler} --noEmit`, async () => {
    const from = performance.now();
    await sh(bin(compiler), ['--noEmit', '--pretty', 'false', '-p', join(consumers, app, 'tsconfig.json')]);
    return `no errors, and \`kind="bogus"\` rejected (@ts-expect-error), in ${seconds(from)}`;
  });
}

// -- in the browser -------------------------------------------------------------------------------

const executablePath = findChrome();
if (!executablePath) {
  report(false, 'browser', NO_BROWSER_HELP);
} else {
  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
  try {
    const { build, createServer, preview } = await import('vite');
    const host = '127.0.0.1';
    for (const app of APPS) {
      const root = join(consumers, app);
      const configFile = join(root, 'vite.config.ts');
      const common = { root, configFile, logLevel: 'warn', clearScreen: false };

      await check(`${app}: vite (dev) plays the demo lesson`, async () => {
        const server = await createServer({ ...common, server: { host, port: 0, strictPort: false } });
        try {
          await server.listen();
          return await playDemoLesson(browser, server.resolvedUrls.local[0]);
        } finally {
          await server.close();
        }
      });

      await check(`${app}: vite build + vite preview plays the demo lesson`, async () => {
        const outDir = join(work, `${app}-dist`);
        // Vite sets NODE_ENV for its build; the dev server of the next app must not see that.
        const nodeEnv = process.env.NODE_ENV;
        try {
          await build({ ...common, build: { outDir, emptyOutDir: true } });
        } finally {
          if (nodeEnv === undefined) delete process.env.NODE_ENV;
          else process.env.NODE_ENV = nodeEnv;
        }
        const server = await preview({ ...common, build: { outDir }, preview: { host, port: 0 } });
        try {
          return await playDemoLesson(browser, server.resolvedUrls.local[0]);
        } finally {
          await server.close();
        }
      });
    }

    await check('no build: the CDN module from the unpacked package plays the demo lesson', async () => {
      // As a partner hosts it: dist/cdn/ beside dist/media/, one page with one module script.
      writeFileSync(
        join(pkgDir, 'page.html'),
        `<!doctype html><html lang="ko"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="./dist/cdn/seoul-learn.js"></script></head>
<body><seoul-learn-course course-id="${COURSE}"></seoul-learn-course></body></html>`,
      );
      const server = await preview({
        root: unpacked,
        configFile: false,
        appType: 'mpa',
        logLevel: 'warn',
        build: { outDir: pkgDir },
        preview: { host, port: 0 },
      });
      try {
        return await playDemoLesson(browser, new URL('page.html', server.resolvedUrls.local[0]).href);
      } finally {
        await server.close();
      }
    });
  } finally {
    await browser.close();
  }
}

/** Waits for an element in `<seoul-learn-course>`'s shadow root (polling: puppeteer's own wait watches the document only). */
async function inCourse(page, selector) {
  const handle = await page.waitForFunction(
    (inner) => document.querySelector('seoul-learn-course')?.shadowRoot?.querySelector(inner),
    { timeout: 20000, polling: 100 },
    selector,
  );
  return handle.asElement();
}

/**
 * Opens `url`, clicks play in `<seoul-learn-course>` and checks what a learner gets: the video
 * plays, captions load (a text track with cues), the transcript shows, every material link serves
 * its file, and no request fails (an SPA fallback's HTML in place of a media file counts as a failure).
 */
async function playDemoLesson(browser, url) {
  const page = await browser.newPage();
  const problems = [];
  page.on('response', (response) => {
    const type = response.headers()['content-type'] ?? '';
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    else if (/\.(webm|mp4|vtt|txt|pdf|m3u8|m4s)(\?|$)/.test(response.url()) && type.includes('html'))
      problems.push(`HTML instead of media: ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    // Media elements cancel requests they no longer need (a source switch, preload): not a failure.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.push(`${request.failure()?.errorText} ${request.url()}`);
  });
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || /\[seoul-learn\]|Multiple versions of Lit/.test(text))
      problems.push(`console ${message.type()}: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  try {
    await page.goto(url, { waitUntil: 'load' });
    const video = await inCourse(page, 'video.main');
    await video.evaluate(
      (v) =>
        new Promise((resolve, reject) => {
          const settle = () => (v.error ? reject(new Error(`video error ${v.error.code}`)) : resolve(undefined));
          if (v.readyState >= 1 || v.error) settle();
          v.addEventListener('loadedmetadata', settle, { once: true });
          v.addEventListener('error', settle, { once: true });
          setTimeout(() => reject(new Error(`no video metadata from ${v.currentSrc || 'no source'}`)), 15000);
        }),
    );
    const from = await video.evaluate((v) => v.currentTime);
    const play = await inCourse(page, 'button.control.play:not([disabled])');
    await play.click();
    await page.waitForFunction((v, t) => v.currentTime > t + 1, { timeout: 15000 }, video, from);
    const to = await video.evaluate((v) => v.currentTime);
    const source = await video.evaluate((v) => new URL(v.currentSrc).pathname.split('/').pop());
    const cues = await page
      .waitForFunction(
        (v) => {
          const track = [...v.textTracks].find((t) => t.mode === 'showing' && t.cues?.length);
          return track && `${track.language} ${track.cues.length} cues`;
        },
        { timeout: 10000 },
        video,
      )
      .then((handle) => handle.jsonValue())
      .catch(() => {
        throw new Error('no caption track with cues');
      });
    const transcriptCues = await page.$$eval('seoul-learn-course >>> [part="transcript"] .cue', (cues) => cues.length);
    if (!transcriptCues) throw new Error('no transcript');
    const materials = await page.$$eval('seoul-learn-course >>> .material-list a', (links) => links.map((a) => a.href));
    if (!materials.length) throw new Error('no materials');
    for (const href of materials) {
      const status = await page.evaluate(async (link) => {
        const response = await fetch(link);
        return `${response.status} ${response.headers.get('content-type')}`;
      }, href);
      if (!status.startsWith('200') || status.includes('html')) problems.push(`material ${href}: ${status}`);
    }
    if (problems.length) throw new Error(problems.join('; '));
    return `${source} ${from.toFixed(1)} → ${to.toFixed(1)} s, captions ${cues}, transcript ${transcriptCues} cues, ${materials.length} materials, no failed request`;
  } catch (error) {
    // The first line: an error thrown inside the page carries the page's stack after it.
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new Error(problems.length ? `${message} (${problems.join('; ')})` : message, { cause: error });
  } finally {
    await page.close();
  }
}

rmSync(work, { recursive: true, force: true });
if (!process.argv.includes('--keep')) {
  for (const app of APPS) rmSync(join(consumers, app, 'node_modules'), { recursive: true, force: true });
}
console.log(`\nconsumer-check: ${passes} passed, ${failures} failed in ${seconds(started)}`);
process.exit(failures ? 1 : 0);
