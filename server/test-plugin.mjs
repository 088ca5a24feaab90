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
 * | `{ action: 'set-token', token }` | `true`; bearer token required from now on (`token` absent or null: none) |
 *
 * The browser page's origin (`http://localhost:<port>` or `http://127.0.0.1:<port>`) is allowed by CORS.
 */
import process from 'node:process';
import { buildServer } from './run.mjs';

export const API_COMMAND = 'seoul-learn-api';

/**
 * @param {{ log?: boolean }} [options] `log`: print the server's access log (default: env `SEOUL_LEARN_API_LOG=1`)
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function apiServerPlugin({ log = process.env.SEOUL_LEARN_API_LOG === '1' } = {}) {
  /** @type {import('./src/index.ts').ApiServer | undefined} */
  let api;

  return {
    name: 'seoul-learn-api',

    async serverStart({ config }) {
      const { startApiServer } = await buildServer();
      api = await startApiServer({
        port: 0,
        host: '127.0.0.1',
        origins: [`http://localhost:${config.port}`, `http://127.0.0.1:${config.port}`],
        log,
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
        case 'set-token':
          api.setToken(payload.token ?? undefined);
          return true;
        default:
          throw new Error(`unknown ${API_COMMAND} action ${JSON.stringify(action)}`);
      }
    },
  };
}
