// A Vite plugin for development servers (`npm start`, `npm run storybook`): editing a token file
// under themes/tokens (or themes/contrast-pairs.json) rebuilds the themes with themes/build.mjs
// and reloads the page, so a designer sees the change without a manual step. A token file the
// build rejects leaves the page as it was and shows the build's message in Vite's error overlay.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TOKENS = path.join(ROOT, 'themes/tokens');
const PAIRS = path.join(ROOT, 'themes/contrast-pairs.json');
const BUILD = path.join(ROOT, 'themes/build.mjs');
/** What the build writes that the elements import. */
const GENERATED = path.join(ROOT, 'src/themes/generated');
const NAME = 'seoul-learn-live-tokens';

const isSource = (file) => (file.startsWith(TOKENS + path.sep) && file.endsWith('.json')) || file === PAIRS;
const isGenerated = (file) => path.normalize(file).startsWith(GENERATED + path.sep);

/** Runs themes/build.mjs in a child process; resolves with its output, rejects with it on failure. */
function runBuild() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUILD], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(output.trim() || `exit ${code}`))));
  });
}

/** @returns {import('vite').Plugin} */
export function liveTokens() {
  return {
    name: NAME,
    apply: 'serve',
    // The build rewrites the generated modules; a hot update of one would re-run element modules
    // whose classes are already defined (and keep their old styles), so the page reloads instead,
    // once, when the whole build has finished.
    hotUpdate({ file }) {
      if (isGenerated(file)) return [];
    },
    configureServer(server) {
      const { logger } = server.config;
      server.watcher.add([TOKENS, PAIRS]);
      let running = false;
      /** Token files changed since the last build started (an editor's save may report one twice). */
      const changed = new Set();

      const invalidateGenerated = () => {
        for (const environment of Object.values(server.environments)) {
          const graph = environment.moduleGraph;
          for (const [id, module] of graph.idToModuleMap) {
            if (isGenerated(id)) graph.invalidateModule(module);
          }
        }
      };

      const rebuild = async () => {
        if (running) return;
        running = true;
        try {
          while (changed.size) {
            const files = [...changed].map((file) => path.relative(ROOT, file)).join(', ');
            changed.clear();
            const started = performance.now();
            try {
              await runBuild();
              invalidateGenerated();
              // Not through Vite's logger, which `npm start` keeps to warnings.
              console.log(`themes rebuilt after ${files} (${Math.round(performance.now() - started)} ms)`);
              server.ws.send({ type: 'full-reload', path: '*' });
            } catch (error) {
              logger.error(`themes not rebuilt after ${files}:\n${error.message}`, { timestamp: true });
              server.ws.send({
                type: 'error',
                err: { message: `Theme build failed after ${files}\n\n${error.message}`, stack: '', plugin: NAME },
              });
            }
          }
        } finally {
          running = false;
        }
      };

      const onFile = (file) => {
        if (!isSource(path.normalize(file))) return;
        changed.add(file);
        void rebuild();
      };
      server.watcher.on('change', onFile);
      server.watcher.on('add', onFile);
      server.watcher.on('unlink', onFile);
    },
  };
}
