/**
 * Test-double switches: faults that tests queue through the JS API (never over HTTP) to make the
 * next matching request fail in one of the ways a real network or backend does.
 */
import { STATUS_CODES } from 'node:http';

/** Which requests a fault applies to. Every given condition must hold. */
export interface FaultMatch {
  /** HTTP method, e.g. `'POST'` (any case). */
  readonly method?: string;
  /** A path prefix (`'/progress-events'`) or a regular expression tested against the path. */
  readonly path?: string | RegExp;
  /** The source of a regular expression tested against the path (for callers that can only send JSON). */
  readonly pathPattern?: string;
}

interface FaultBase {
  readonly match?: FaultMatch;
  /** How many matching requests the fault applies to. Default 1. */
  readonly times?: number;
}

/**
 * One fault:
 * - `status`: answers `status` (e.g. 500) with a problem+json body (type `internal` for 5xx) without
 *   handling the request.
 * - `html`: answers `status` (default 502) with a `text/html` error page, as a proxy in front of a
 *   dead backend does, without handling the request. `status: 200` imitates a captive portal.
 * - `malformed-json`: handles the request, then answers 200 (201 when that was the status) with
 *   `application/json` and the first half of the real body (`{"` when it had none).
 * - `wrong-types`: handles the request and sends the real status and body with one field's type
 *   changed: the first number in depth-first, property order becomes its string form
 *   (`"grades":[1,2]` → `"grades":["1",2]`); without a number, the first string becomes `0`; an
 *   empty array becomes `{}`. A response without a body is sent unchanged.
 * - `slow`: waits `ms` milliseconds, then handles the request and answers normally (even if the
 *   client gave up: a slow server may still apply a write).
 * - `drop`: destroys the connection without an answer; before handling the request, or after
 *   it when `after` is true (the write happened, the answer was lost).
 *
 * Faults never apply to CORS preflights, and apply to `/media/` only when `match.path` names it.
 */
export type Fault = FaultBase &
  (
    | { readonly kind: 'status'; readonly status: number }
    | { readonly kind: 'html'; readonly status?: number }
    | { readonly kind: 'malformed-json' }
    | { readonly kind: 'wrong-types' }
    | { readonly kind: 'slow'; readonly ms: number }
    | { readonly kind: 'drop'; readonly after?: boolean }
  );

export type FaultKind = Fault['kind'];

const KINDS: readonly FaultKind[] = ['status', 'html', 'malformed-json', 'wrong-types', 'slow', 'drop'];

interface Pending {
  readonly fault: Fault;
  left: number;
}

/** Faults waiting for a matching request, first pushed first applied. */
export class FaultQueue {
  private pending: Pending[] = [];

  /** Queues a fault. Throws a `TypeError` for a malformed one. */
  push(fault: Fault): void {
    if (!fault || !KINDS.includes(fault.kind)) throw new TypeError(`unknown fault kind ${String(fault?.kind)}`);
    const times = fault.times ?? 1;
    if (!Number.isInteger(times) || times < 1) throw new TypeError('fault times must be a positive integer');
    if (fault.kind === 'status' && !(Number.isInteger(fault.status) && fault.status >= 400 && fault.status <= 599)) {
      throw new TypeError('a status fault needs a status 400..599');
    }
    const html = fault.kind === 'html' ? (fault.status ?? 502) : 502;
    if (!(Number.isInteger(html) && html >= 200 && html <= 599))
      throw new TypeError('an html fault needs a status 200..599');
    if (fault.kind === 'slow' && !(typeof fault.ms === 'number' && fault.ms >= 0)) {
      throw new TypeError('a slow fault needs ms >= 0');
    }
    if (fault.match?.pathPattern !== undefined) new RegExp(fault.match.pathPattern);
    this.pending.push({ fault, left: times });
  }

  clear(): void {
    this.pending = [];
  }

  /** The faults still queued, with how many requests each has left. */
  list(): { fault: Fault; left: number }[] {
    return this.pending.map(({ fault, left }) => ({ fault, left }));
  }

  /** Takes the first fault that matches this request, if any. */
  take(method: string, path: string): Fault | undefined {
    if (method === 'OPTIONS') return undefined;
    const index = this.pending.findIndex(({ fault }) => matches(fault.match, method, path));
    if (index < 0) return undefined;
    const entry = this.pending[index]!;
    entry.left -= 1;
    if (entry.left === 0) this.pending.splice(index, 1);
    return entry.fault;
  }
}

function matches(match: FaultMatch | undefined, method: string, path: string): boolean {
  const media = path.startsWith('/media/');
  if (!match) return !media;
  if (match.method && match.method.toUpperCase() !== method) return false;
  const { path: wanted, pathPattern } = match;
  if (media && typeof wanted !== 'string' && !(wanted instanceof RegExp)) return false;
  if (typeof wanted === 'string' && !path.startsWith(wanted)) return false;
  if (wanted instanceof RegExp && !wanted.test(path)) return false;
  if (pathPattern !== undefined && !new RegExp(pathPattern).test(path)) return false;
  return true;
}

/** The `wrong-types` corruption of a JSON value (see `Fault`); returns a changed copy. */
export function corruptTypes(value: unknown): unknown {
  const copy = structuredClone(value);
  const visit = (node: unknown, want: 'number' | 'string', replace: (next: unknown) => void): boolean => {
    if (typeof node === want) {
      replace(want === 'number' ? String(node) : 0);
      return true;
    }
    if (Array.isArray(node)) return node.some((item, i) => visit(item, want, (next) => (node[i] = next)));
    if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      return Object.keys(record).some((key) => visit(record[key], want, (next) => (record[key] = next)));
    }
    return false;
  };
  let result = copy;
  const set = (next: unknown) => (result = next);
  if (visit(copy, 'number', set) || visit(copy, 'string', set)) return result;
  return Array.isArray(copy) ? {} : result;
}

/** A proxy-style HTML error page. */
export function htmlErrorPage(status: number): string {
  const title = `${status} ${STATUS_CODES[status] ?? 'Error'}`;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${title}</title></head>
<body><h1>${title}</h1><p>The upstream server did not answer.</p><hr><address>nginx</address></body>
</html>
`;
}
