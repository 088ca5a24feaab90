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
 *
 * The browser page's origin (`http://localhost:<port>` or `http://127.0.0.1:<port>`) is allowed by CORS.
 */
import process from 'node:process';
import { buildServer } from './run.mjs';

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
  const started = performance.now();
  const now = () => new Date(Date.parse(TEST_EPOCH) + (performance.now() - started));

  return {
    name: 'seoul-learn-api',

    async serverStart({ config }) {
      const { startApiServer } = await buildServer();
      api = await startApiServer({
        port: 0,
        host: '127.0.0.1',
        origins: [`http://localhost:${config.port}`, `http://127.0.0.1:${config.port}`],
        log,
        now,
      });
    },

    async serverStop() {
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
        default:
          throw new Error(`unknown ${API_COMMAND} action ${JSON.stringify(action)}`);
      }
    },
  };
}
