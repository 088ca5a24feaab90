/**
 * The Seoul Learn reference API server: the HTTP contract of `api/openapi.yaml` on SQLite, seeded
 * from the same fixtures as `DemoDataSource`. A reference for partner teams and a test double for
 * our own tests — not the production backend.
 *
 * ```js
 * const api = await startApiServer({ port: 0, origins: ['http://localhost:8000'] });
 * const token = await api.issueToken({ sub: 'learner-1' }); // development key: see `identity`
 * api.faults.push({ kind: 'status', status: 500, match: { path: '/courses' } });
 * await api.close();
 * ```
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApiApp } from './app.js';
import type { Fault } from './faults.js';
import {
  createVerifier,
  DEV_AUDIENCE,
  DEV_ISSUER,
  devKeyFor,
  issueDevToken,
  type IdentityOptions,
  type TokenClaims,
} from './identity.js';
import type { StoreCounts } from './sqlite-store.js';

export type { Fault, FaultKind, FaultMatch } from './faults.js';
export type { StoreCounts } from './sqlite-store.js';
export type { IdentityOptions, Principal, TokenClaims } from './identity.js';
export { DEV_AUDIENCE, DEV_ISSUER, devKeyFor, issueDevToken } from './identity.js';
export { PROBLEM_TYPES, type Problem } from './problems.js';

/** The repository root, set by the bundler (`server/run.mjs`); the working directory otherwise. */
declare const __SEOUL_LEARN_ROOT__: string | undefined;
const ROOT = typeof __SEOUL_LEARN_ROOT__ === 'string' ? __SEOUL_LEARN_ROOT__ : process.cwd();

export interface ApiServerOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  readonly port?: number;
  /** Interface to listen on. Default `'127.0.0.1'`. */
  readonly host?: string;
  /** Origins allowed to call the API from a browser (exact match; `'*'` allows any). Default none. */
  readonly origins?: readonly string[];
  /** SQLite database file. Default `':memory:'`. */
  readonly database?: string;
  /** Absolute base URL of lesson media in course responses. Default: this server's `/media/`. */
  readonly mediaBase?: string;
  /** Folder served at `/media/`. Default: the repository's `assets/media/`. */
  readonly mediaDir?: string;
  /**
   * How bearer tokens are verified (JWKS, issuer, audience, clock skew). Every data route needs
   * one (preflights and media excepted). Without it the server signs and accepts development
   * tokens with a key kept beside the database (`<database>.dev-key.json`, made on first start;
   * in memory for `':memory:'`), which `issueToken` and `npm run api -- token` use.
   */
  readonly identity?: IdentityOptions;
  /** The clock: slots, seeded history and "today" are relative to it. */
  readonly now?: () => Date;
  /** Most connections open at once; more are refused. Default 1,000. */
  readonly maxConnections?: number;
  /** Print one access-log line per request. Default false. */
  readonly log?: boolean;
}

export interface ApiServer {
  /** Base URL of the API, e.g. `http://127.0.0.1:8787` (no trailing slash). */
  readonly url: string;
  readonly port: number;
  /** Test faults, applied to the next matching requests. Not reachable over HTTP. */
  readonly faults: { push(fault: Fault): void; clear(): void };
  /** Stops listening and drops every open connection (the server "goes down"); data is kept. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
  /** Empties the database and the fault queue. */
  reset(): Promise<void>;
  /** Row counts: progress receipts, applied events, bookings. */
  counts(): Promise<StoreCounts>;
  /**
   * A token this server accepts, signed with its development key; rejects when the server
   * verifies tokens from an `identity` key set, whose private keys it never holds.
   */
  issueToken(claims: TokenClaims): Promise<string>;
  /** Where the development key is kept; undefined with `identity` or an in-memory database. */
  readonly devKeyFile: string | undefined;
  /** Stops the server and closes the database. */
  close(): Promise<void>;
}

const urlHost = (host: string) => (host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host);

export async function startApiServer(options: ApiServerOptions = {}): Promise<ApiServer> {
  const host = options.host ?? '127.0.0.1';
  let port = options.port ?? 0;
  let url = '';
  const now = options.now ?? (() => new Date());
  const database = options.database ?? ':memory:';
  const devKey = options.identity ? undefined : await devKeyFor(database);
  const verify = createVerifier({
    now,
    ...(options.identity ?? { jwks: devKey!.publicJwks, issuer: DEV_ISSUER, audience: DEV_AUDIENCE }),
  });
  const app = new ApiApp({
    origins: options.origins ?? [],
    mediaDir: options.mediaDir ?? join(ROOT, 'assets', 'media'),
    database,
    ...(options.mediaBase
      ? { mediaBase: options.mediaBase.endsWith('/') ? options.mediaBase : `${options.mediaBase}/` }
      : {}),
    verify,
    ...(options.now ? { now: options.now } : {}),
    log: options.log ?? false,
    selfUrl: () => url,
  });

  let server: Server | undefined;
  let closed = false;

  const listen = async () => {
    // A client may take 10 s to send its headers and 30 s for the whole request; slower ones are
    // cut off rather than holding a connection. At most `maxConnections` connections at once.
    const next = createServer({ headersTimeout: 10_000, requestTimeout: 30_000 }, app.handle);
    next.maxConnections = options.maxConnections ?? 1_000;
    await new Promise<void>((resolve, reject) => {
      next.once('error', reject);
      next.listen(port, host, () => {
        next.off('error', reject);
        resolve();
      });
    });
    port = (next.address() as AddressInfo).port;
    url = `http://${urlHost(host)}:${port}`;
    server = next;
  };

  const stop = async () => {
    const current = server;
    if (!current) return;
    server = undefined;
    const done = new Promise<void>((resolve) => current.close(() => resolve()));
    current.closeAllConnections();
    await done;
  };

  try {
    await listen();
  } catch (error) {
    app.close();
    throw error;
  }

  return {
    get url() {
      return url;
    },
    get port() {
      return port;
    },
    faults: {
      push: (fault) => app.faults.push(fault),
      clear: () => app.faults.clear(),
    },
    stop,
    start: async () => {
      if (closed) throw new Error('the API server is closed');
      if (!server) await listen();
    },
    reset: () => app.reset(),
    counts: () => app.counts(),
    issueToken: async (claims) => {
      if (!devKey) throw new Error('this server verifies tokens from its identity key set; it cannot issue them');
      return issueDevToken(devKey, claims, now);
    },
    devKeyFile: devKey && 'file' in devKey ? devKey.file : undefined,
    close: async () => {
      if (closed) return;
      closed = true;
      await stop();
      app.close();
    },
  };
}
