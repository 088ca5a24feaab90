/**
 * Drives the reference API server that the test run starts (server/test-plugin.mjs) on a free
 * loopback port: its address, a fresh database, injected faults, stopping and starting it, and
 * row counts read straight from its SQLite database.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { deleteOutboxDatabase } from '../../../src/data/outbox/index.js';
import { HttpDataSource, type HttpDataSourceOptions } from '../../../src/data/http/index.js';
import type { Clock } from '../../../src/data/clock.js';
import { runningClock } from '../../helpers/running-clock.js';

export type Fault =
  | { kind: 'status'; status: number }
  | { kind: 'html' }
  | { kind: 'malformed-json' }
  | { kind: 'wrong-types' }
  | { kind: 'slow'; ms: number }
  | { kind: 'drop' };

export interface FaultMatch {
  readonly method?: string;
  readonly path?: string;
}

export interface Counts {
  readonly receipts: number;
  readonly distinctReceipts: number;
  readonly applied: number;
  readonly bookings: number;
}

const command = <T>(action: string, extra: Record<string, unknown> = {}): Promise<T> =>
  executeServerCommand<T, Record<string, unknown>>('seoul-learn-api', { action, ...extra });

export const api = {
  url: () => command<string>('url'),
  reset: () => command<unknown>('reset'),
  fault: (fault: Fault, options: { match?: FaultMatch; times?: number } = {}) =>
    command<unknown>('fault', { fault: { ...fault, ...options } }),
  clearFaults: () => command<unknown>('clear-faults'),
  stop: () => command<unknown>('stop'),
  start: () => command<unknown>('start'),
  counts: () => command<Counts>('counts'),
  /** A token the server accepts for learner `sub`; with `regions`, for a manager of those regions. */
  token: (sub: string, options: { regions?: readonly string[]; ttlSec?: number } = {}) =>
    command<string>('token', { sub, ...options }),
  /** The server clock's current instant (it starts at a pinned date; see `TEST_EPOCH` in server/test-plugin.mjs). */
  now: () => command<string>('now'),
};

/** A clock in step with the test server's pinned clock, running on with real time. */
export async function serverClock(): Promise<Clock> {
  return runningClock(Date.parse(await api.now()));
}

const opened: HttpDataSource[] = [];

/** A `getToken` for the test server that signs in as learner `sub`. */
export const tokenFor =
  (sub: string): (() => Promise<string>) =>
  () =>
    api.token(sub);

/**
 * An `HttpDataSource` on the test server, signed in as `as` (default `'learner'`), whose outbox
 * queue starts empty; closed by `closeSources`.
 */
export async function httpSource(
  options: Partial<HttpDataSourceOptions> & { readonly as?: string } = {},
): Promise<HttpDataSource> {
  const { as = 'learner', ...rest } = options;
  const baseUrl = await api.url();
  const source = new HttpDataSource({
    baseUrl,
    getToken: tokenFor(as),
    timeoutMs: 3_000,
    backoff: { initialMs: 20, maxMs: 100 },
    now: await serverClock(),
    ...rest,
  });
  opened.push(source);
  return source;
}

/** Closes every source `httpSource` opened and deletes their outbox databases. */
export async function closeSources(): Promise<void> {
  const sources = opened.splice(0);
  for (const source of sources) source.close();
  await Promise.all([...new Set(sources.map((source) => source.outboxDatabaseName))].map(deleteOutboxDatabase));
}

/** A fresh server and no leftover outbox queue from an earlier test. */
export async function freshServer(): Promise<string> {
  await api.clearFaults();
  await api.start();
  await api.reset();
  const baseUrl = await api.url();
  await deleteOutboxDatabase(`seoul-learn-outbox:${baseUrl}`);
  return baseUrl;
}
