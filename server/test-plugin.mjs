/**
 * @web/test-runner plugin: starts the reference API server on a free loopback port for the test
 * run and lets tests drive it through `executeServerCommand('seoul-learn-api', payload)`:
 *
 * | payload | result |
 * |---|---|
 * | `{ action: 'url' }` | the API base URL, e.g. `'http://127.0.0.1:40123'` |
 * | `{ action: 'reset' }` | `true`; empty database, no queued faults |
 * | `{ action: 'fault', fault }` | `true`; queues a fault (see `Fault` in `server/src/faults.ts`; use `match.pathPattern`, not a RegExp) |
 * | `{ action: 'clear-faults' }` | `true` |
 * | `{ action: 'stop' }` / `{ action: 'start' }` | `true`; the server goes down / comes back on the same port |
 * | `{ action: 'counts' }` | `{ receipts, distinctReceipts, applied, bookings, confirmedBookingsBySlot }` |
 * | `{ action: 'token', sub, regions? }` | a bearer token the server accepts for learner `sub` (with `regions`: a manager of those regions) |
 * | `{ action: 'now' }` | the server clock's current instant (ISO string); see `TEST_EPOCH` |
 * | `{ action: 'processes', count }` | the base URLs of `count` more server processes (`npm run api`) on one new database file, on the same pinned calendar |
 * | `{ action: 'processes-token', sub }` | a token those processes accept for learner `sub` |
 * | `{ action: 'processes-stop' }` | `true`; the processes are stopped and their database removed |
 *
 * The browser page's origin (`http://localhost:<port>` or `http://127.0.0.1:<port>`) is allowed by CORS.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { buildServer } from './run.mjs';

const RUN = fileURLToPath(new URL('./run.mjs', import.meta.url));

/** Starts `node server/run.mjs …` and resolves with the child and the base URL it prints. */
function startProcess(args) {
  const child = spawn(process.execPath, [RUN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no server start in 30 s:\n${output}`)), 30_000);
    const read = (chunk) => {
      output += chunk;
      const url = /reference API on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`server process exited with ${code}:\n${output}`)));
  });
}

export const API_COMMAND = 'seoul-learn-api';

/**
 * Where the test server's clock starts: Tuesday 2026-12-01 09:00 KST. It runs on with real time
 * from there, so that tests see the same calendar (slots, holidays, "today") on any day they run.
 */
export const TEST_EPOCH = '2026-12-01T00:00:00.000Z';

/**
 * @param {{ log?: boolean }} [options] `log`: print the server's access log (default: env `SEOUL_LEARN_API_LOG=1`)
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function apiServerPlugin({ log = process.env.SEOUL_LEARN_API_LOG === '1' } = {}) {
  /** @type {import('./src/index.ts').ApiServer | undefined} */
  let api;
  /** More server processes on one database file: `{ children, dir, database }`. */
  let processes;
  let origins = [];
  /** The bundled server module, built once. */
  let serverModule;
  const started = performance.now();
  const now = () => new Date(Date.parse(TEST_EPOCH) + (performance.now() - started));

  async function stopProcesses() {
    if (!processes) return;
    const { children, dir } = processes;
    processes = undefined;
    await Promise.all(
      children.map(
        (child) =>
          new Promise((resolve) => {
            if (child.exitCode !== null) return resolve(undefined);
            child.once('exit', resolve);
            child.kill('SIGTERM');
          }),
      ),
    );
    await rm(dir, { recursive: true, force: true });
  }

  return {
    name: 'seoul-learn-api',

    async serverStart({ config }) {
      serverModule = await buildServer();
      const { startApiServer } = serverModule;
      origins = [`http://localhost:${config.port}`, `http://127.0.0.1:${config.port}`];
      api = await startApiServer({
        port: 0,
        host: '127.0.0.1',
        origins,
        log,
        now,
      });
    },

    async serverStop() {
      await stopProcesses();
      await api?.close();
      api = undefined;
    },

    async executeCommand({ command, payload }) {
      if (command !== API_COMMAND) return undefined;
      if (!api) throw new Error('the Seoul Learn API server is not running');
      const action = payload?.action;
      switch (action) {
        case 'url':
          return api.url;
        case 'reset':
          await api.reset();
          return true;
        case 'fault':
          api.faults.push(payload.fault);
          return true;
        case 'clear-faults':
          api.faults.clear();
          return true;
        case 'stop':
          await api.stop();
          return true;
        case 'start':
          await api.start();
          return true;
        case 'counts':
          return api.counts();
        case 'now':
          return now().toISOString();
        case 'token':
          return api.issueToken({
            sub: payload.sub,
            ...(payload.regions ? { role: 'manager', regions: payload.regions } : {}),
            ...(payload.ttlSec ? { ttlSec: payload.ttlSec } : {}),
          });
        case 'processes': {
          await stopProcesses();
          const dir = await mkdtemp(join(tmpdir(), 'seoul-learn-api-'));
          const database = join(dir, 'api.sqlite');
          const args = ['--port', '0', '--db', database, '--clock', now().toISOString(), '--quiet'];
          for (const origin of origins) args.push('--origin', origin);
          processes = { children: [], dir, database };
          const urls = [];
          // One after another: the first makes the database and the development key, the rest open them.
          for (let i = 0; i < (payload.count ?? 2); i++) {
            const { child, url } = await startProcess(args);
            processes.children.push(child);
            urls.push(url);
          }
          return urls;
        }
        case 'processes-token': {
          if (!processes) throw new Error('no server processes: run { action: "processes" } first');
          const { devKeyFor, issueDevToken } = serverModule;
          return issueDevToken(await devKeyFor(processes.database), { sub: payload.sub }, now);
        }
        case 'processes-stop':
          await stopProcesses();
          return true;
        default:
          throw new Error(`unknown ${API_COMMAND} action ${JSON.stringify(action)}`);
      }
    },
  };
}
