/**
 * Runs the reference API server on Node 20, which cannot run TypeScript: esbuild bundles
 * `server/src/*.ts` (with the shared data logic from `src/`) into `node_modules/.cache/seoul-learn-api/`
 * and this script imports the result. Packages (better-sqlite3, idb) stay external.
 *
 *   node server/run.mjs [--port 8787] [--origin http://localhost:5173] …   (`npm run api -- --help`)
 *
 * `buildServer()` gives the module of `server/src/index.ts` (`startApiServer`) to other scripts,
 * e.g. the test runner plugin in `server/test-plugin.mjs`.
 */
import { createHash } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import process from 'node:process';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = fileURLToPath(new URL('../node_modules/.cache/seoul-learn-api/', import.meta.url));

/** Lesson media URLs come out of the shared fixtures with this prefix; the server rewrites it per request. */
export const MEDIA_MARKER = 'seoul-learn-media:/';

/** Bundles one entry of `server/src/` and imports it. */
async function bundle(entry) {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`./src/${entry}.ts`, import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    write: false,
    logLevel: 'warning',
    define: {
      __SEOUL_LEARN_DEMO_MEDIA__: JSON.stringify(MEDIA_MARKER),
      __SEOUL_LEARN_ROOT__: JSON.stringify(root),
    },
  });
  const code = result.outputFiles[0].contents;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 12);
  // Written next to node_modules so that external packages resolve; renamed into place so that two
  // builds running at once never import a half-written file.
  await mkdir(outdir, { recursive: true });
  const file = `${outdir}${entry}.mjs`;
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, code);
  await rename(temporary, file);
  // The query makes a rebuilt bundle a new module for Node's module cache.
  return import(`${pathToFileURL(file).href}?v=${hash}`);
}

/** The module of `server/src/index.ts`: `{ startApiServer, PROBLEM_TYPES }`. */
export function buildServer() {
  return bundle('index');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.setSourceMapsEnabled(true);
  await bundle('main');
}
