/**
 * The reference server's request handler, on plain `node:http`: CORS for a configured origin
 * list, optional bearer auth, routing, JSON bodies, RFC 9457 problems, the lesson media, and the
 * test faults. Request bodies are never logged: they carry applicants' personal data.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LocalDemoDataSource } from '../../src/data/demo/demo-data-source.js';
import { DEMO_MEDIA_BASE } from '../../src/data/demo/media-base.js';
import { denied } from './access.js';
import { corruptTypes, FaultQueue, htmlErrorPage, type Fault } from './faults.js';
import { TokenRejected, type Principal, type Verifier } from './identity.js';
import { MEDIA_PREFIX, serveMedia } from './media.js';
import {
  HttpProblem,
  internal,
  notFound,
  plain,
  problemForStatus,
  problemFromError,
  unauthorized,
  validation,
  type Problem,
} from './problems.js';
import { parseJson, readBody } from './request.js';
import { createRoutes, FIELD_RENAMES, matchRoute, type Method, type Route, type RouteResult } from './routes.js';
import { SqliteStore, type StoreCounts } from './sqlite-store.js';

export interface AppOptions {
  /** Origins allowed to call the API from a browser (exact match; `'*'` allows any). */
  readonly origins: readonly string[];
  /** Folder served at `/media/`. */
  readonly mediaDir: string;
  /** Absolute base URL of lesson media in course responses. Default: this server's `/media/`. */
  readonly mediaBase?: string;
  /** SQLite file; `':memory:'` (default) keeps nothing. */
  readonly database?: string;
  /** Turns the bearer token of a request into the caller (see `identity.ts`); every data route needs one. */
  readonly verify: Verifier;
  /** The clock: slots and "today" are relative to it. */
  readonly now?: () => Date;
  /** One access-log line per request (method, route template, status, ms). */
  readonly log?: boolean;
  /** This server's own base URL, for media URLs when a request has no usable Host header. */
  readonly selfUrl: () => string;
}

interface Reply {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

const JSON_TYPE = 'application/json';
const PROBLEM_TYPE = 'application/problem+json';
const ALLOW_METHODS = 'GET, POST, PUT, OPTIONS';
const ALLOW_HEADERS = 'Authorization, Content-Type, Idempotency-Key';
const EXPOSE_HEADERS = 'WWW-Authenticate, Retry-After, X-Content-Type-Options';
/** `application/json`, with or without parameters (`; charset=utf-8`). */
const isJson = (type: string | undefined) => /^application\/json\s*(;|$)/i.test(type ?? '');

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const problemReply = (problem: Problem, headers: Record<string, string> = {}): Reply => ({
  status: problem.status,
  headers: { 'Content-Type': PROBLEM_TYPE, ...headers },
  body: JSON.stringify(problem),
});

export class ApiApp {
  /** Test faults; see `Fault`. */
  readonly faults = new FaultQueue();
  private readonly store: SqliteStore;
  private readonly data: LocalDemoDataSource;
  private readonly routes: Route[];
  private closed = false;

  constructor(private readonly options: AppOptions) {
    this.store = new SqliteStore(options.database ?? ':memory:');
    const now = options.now ?? (() => new Date());
    this.data = new LocalDemoDataSource({ store: this.store, now });
    this.routes = createRoutes({
      data: this.data,
      store: this.store,
      now,
      mediaMarker: DEMO_MEDIA_BASE,
      secret: this.store.secret('idempotency-fingerprint-key'),
    });
  }

  /** The `node:http` request listener. */
  readonly handle = (request: IncomingMessage, response: ServerResponse): void => {
    const started = performance.now();
    response.on('error', () => undefined);
    void this.respond(request, response).then(
      ({ template, status }) => this.logLine(request.method ?? '?', template, status, started),
      (error: unknown) => {
        console.error('[seoul-learn-api] unexpected error:', error instanceof Error ? error.stack : error);
        if (!response.headersSent && !response.destroyed) {
          const reply = problemReply(internal());
          response.writeHead(reply.status, reply.headers).end(reply.body);
        } else response.destroy();
      },
    );
  };

  /** Empties the database and the fault queue. */
  async reset(): Promise<void> {
    this.faults.clear();
    await this.store.clear();
  }

  counts(): Promise<StoreCounts> {
    return this.store.counts();
  }

  close(): void {
    this.closed = true;
    this.data.close();
  }

  // ---- one request --------------------------------------------------------------------------

  private async respond(
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<{ template: string; status: number }> {
    const method = request.method ?? 'GET';
    let url: URL;
    try {
      // Appended to a fixed origin rather than resolved against it: a path that starts with `//`
      // would otherwise be read as another host, and route as something else.
      url = new URL(`http://localhost${(request.url ?? '/').startsWith('/') ? '' : '/'}${request.url ?? ''}`);
    } catch {
      this.send(response, problemReply(validation(['url'])));
      return { template: '(bad url)', status: 400 };
    }
    const path = url.pathname;
    const cors = this.corsHeaders(request);
    const matched = matchRoute(this.routes, path);
    const template = path.startsWith(MEDIA_PREFIX) ? `${MEDIA_PREFIX}*` : (matched?.route.template ?? '(unknown)');

    if (method === 'OPTIONS' && !path.startsWith(MEDIA_PREFIX)) {
      const headers: Record<string, string> = { ...cors };
      if (cors['Access-Control-Allow-Origin']) {
        Object.assign(headers, {
          'Access-Control-Allow-Methods': ALLOW_METHODS,
          'Access-Control-Allow-Headers': ALLOW_HEADERS,
          'Access-Control-Max-Age': '600',
        });
      }
      this.send(response, { status: 204, headers });
      return { template, status: 204 };
    }

    // Read as it arrives, so that a slow answer still has the whole request when the client gives up.
    const body =
      (method === 'POST' || method === 'PUT') && !path.startsWith(MEDIA_PREFIX)
        ? readBody(request).then(
            (raw) => ({ raw }),
            (error: unknown) => ({ error }),
          )
        : Promise.resolve({ raw: Buffer.alloc(0) });
    const fault = this.faults.take(method, path);
    if (fault?.kind === 'slow') await sleep(fault.ms);
    if (this.closed) {
      request.socket.destroy();
      return { template, status: 0 };
    }
    if (fault?.kind === 'drop' && !fault.after) {
      request.socket.destroy();
      return { template, status: 0 };
    }
    if (fault?.kind === 'status') {
      this.send(response, withHeaders(problemReply(problemForStatus(fault.status)), cors));
      return { template, status: fault.status };
    }
    if (fault?.kind === 'html') {
      const status = fault.status ?? 502;
      this.send(response, {
        status,
        headers: { ...cors, 'Content-Type': 'text/html; charset=utf-8' },
        body: htmlErrorPage(status),
      });
      return { template, status };
    }

    if (path.startsWith(MEDIA_PREFIX)) {
      const status = await serveMedia(request, response, path, this.options.mediaDir);
      return { template, status };
    }

    let reply = await this.api(request, method, url, matched, cors, body);
    if (fault) reply = applyAfterFault(fault, reply);
    if (fault?.kind === 'drop') {
      request.socket.destroy();
      return { template, status: 0 };
    }
    this.send(response, reply);
    return { template, status: reply.status };
  }

  private async api(
    request: IncomingMessage,
    method: string,
    url: URL,
    matched: ReturnType<typeof matchRoute>,
    cors: Record<string, string>,
    received: Promise<{ raw: Buffer } | { error: unknown }>,
  ): Promise<Reply> {
    const headers = { ...cors, 'Cache-Control': 'no-store' };
    try {
      const who = await this.authenticate(request);
      if (!who) return withHeaders(problemReply(unauthorized(), { 'WWW-Authenticate': 'Bearer' }), headers);
      if (!matched) return withHeaders(problemReply(notFound('no such route')), headers);
      const handler = matched.route.methods[(method === 'HEAD' ? 'GET' : method) as Method];
      if (!handler) {
        const methods = Object.keys(matched.route.methods);
        const allow = [...methods, ...(methods.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', ');
        return withHeaders(problemReply(plain(405, 'Method Not Allowed'), { Allow: allow }), headers);
      }
      if ((method === 'POST' || method === 'PUT') && !isJson(request.headers['content-type'])) {
        // Browsers send only form and text types across origins without a preflight: asking for
        // JSON keeps another site's page from writing here with a `no-cors` request (CSRF).
        return withHeaders(problemReply(plain(415, 'Unsupported Media Type')), headers);
      }
      const read = await received;
      if ('error' in read) {
        if (request.destroyed && !(read.error instanceof HttpProblem)) {
          // The client left mid-upload: nobody to answer, nothing broken on this side.
          this.logLine(method, `${matched.route.template} (client aborted)`, 0, performance.now());
          return withHeaders(problemReply(plain(400, 'Bad Request')), headers);
        }
        throw read.error;
      }
      const body = parseJson(read.raw);
      const refused = denied(matched.route.template, matched.params, body, who);
      if (refused) return withHeaders(problemReply(refused), headers);
      let result: RouteResult;
      try {
        result = await handler({
          request,
          params: matched.params,
          query: url.searchParams,
          body,
          mediaBase: this.mediaBase(),
        });
      } catch (error) {
        if (error instanceof HttpProblem) throw error;
        const problem = problemFromError(error, FIELD_RENAMES.get(matched.route.template));
        if (problem.status >= 500) throw error;
        return withHeaders(problemReply(problem), headers);
      }
      if (result.status === 204 || result.body === undefined) return { status: result.status, headers };
      return {
        status: result.status,
        headers: { ...headers, 'Content-Type': JSON_TYPE },
        body: JSON.stringify(result.body),
      };
    } catch (error) {
      if (error instanceof HttpProblem) return withHeaders(problemReply(error.problem, error.headers), headers);
      console.error('[seoul-learn-api] internal error:', error instanceof Error ? error.stack : error);
      return withHeaders(problemReply(internal()), headers);
    }
  }

  /** The caller, from a valid bearer token; undefined when there is none or it does not verify. */
  private async authenticate(request: IncomingMessage): Promise<Principal | undefined> {
    const given = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
    if (!given) return undefined;
    try {
      return await this.options.verify(given);
    } catch (error) {
      if (error instanceof TokenRejected) return undefined;
      throw error;
    }
  }

  private corsHeaders(request: IncomingMessage): Record<string, string> {
    const origin = request.headers.origin;
    const headers: Record<string, string> = { Vary: 'Origin' };
    if (origin && (this.options.origins.includes(origin) || this.options.origins.includes('*'))) {
      headers['Access-Control-Allow-Origin'] = origin;
      headers['Access-Control-Expose-Headers'] = EXPOSE_HEADERS;
    }
    return headers;
  }

  /** Where lesson media are: the configured public base, else this server's own address — never the request's Host header. */
  private mediaBase(): string {
    return this.options.mediaBase ?? `${this.options.selfUrl()}${MEDIA_PREFIX}`;
  }

  private send(response: ServerResponse, reply: Reply): void {
    if (response.headersSent || response.destroyed) return;
    const headers: Record<string, string> = { ...reply.headers, 'X-Content-Type-Options': 'nosniff' };
    if (reply.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(reply.body));
    response.writeHead(reply.status, headers);
    // A HEAD is answered with the headers of the GET, and no body.
    response.end(response.req.method === 'HEAD' ? undefined : reply.body);
  }

  private logLine(method: string, template: string, status: number, started: number): void {
    if (!this.options.log) return;
    const ms = Math.round(performance.now() - started);
    console.log(`${method} ${template} ${status === 0 ? 'dropped' : status} ${ms}ms`);
  }
}

const withHeaders = (reply: Reply, headers: Record<string, string>): Reply => ({
  ...reply,
  headers: { ...headers, ...reply.headers },
});

/** The faults that change an answer the server did produce. */
function applyAfterFault(fault: Fault, reply: Reply): Reply {
  if (fault.kind === 'malformed-json') {
    const body = reply.body && reply.body.length > 2 ? reply.body.slice(0, Math.floor(reply.body.length / 2)) : '{"';
    return {
      status: reply.status === 201 ? 201 : 200,
      headers: { ...reply.headers, 'Content-Type': JSON_TYPE },
      body,
    };
  }
  if (fault.kind === 'wrong-types' && reply.status < 300 && reply.body !== undefined) {
    return { ...reply, body: JSON.stringify(corruptTypes(JSON.parse(reply.body))) };
  }
  return reply;
}
