/**
 * Reading and checking what a request carries: the JSON body (with a size limit), the
 * `Idempotency-Key` header and the envelope of each operation's body. Checks report field
 * names, never values: bodies carry applicants' personal data.
 */
import { createHmac } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import * as v from 'valibot';
import {
  CreateBookingBodySchema,
  ProgressEventsBodySchema,
  RescheduleBodySchema,
  SentIdSchema,
  WeeklyGoalBodySchema,
} from '../../src/data/http/schemas.js';
import { MAX_ID_LENGTH, MAX_JSON_DEPTH } from '../../src/data/limits.js';
import { invalidProgressFields } from '../../src/data/progress-updates.js';
import type { ProgressUpdate } from '../../src/data/types.js';
import { HttpProblem, plain, validation } from './problems.js';

/** Largest request body accepted, in bytes (500 progress events fit several times over). */
export const MAX_BODY_BYTES = 256 * 1024;

const tooLarge = () => new HttpProblem(plain(413, 'Content Too Large'), { Connection: 'close' });

/**
 * Answers a body that is too large with a 413 once the client has finished sending it (up to four
 * times the limit): closing the connection while a browser is still uploading resets it, and some
 * browsers (Firefox) then report a network error instead of the 413. Past that, it answers at once.
 */
function refuse(request: IncomingMessage, limit: number, seen: number): Promise<never> {
  return new Promise((_, reject) => {
    const stop = () => reject(tooLarge());
    const cap = 4 * limit;
    if (Number(request.headers['content-length']) > cap || seen > cap) return stop();
    request.removeAllListeners('data');
    request.on('data', (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > cap) stop();
    });
    request.on('end', stop);
    request.resume();
  });
}

/** The raw body, rejecting with a 413 problem past `limit` bytes. */
export function readBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (declared > limit) return refuse(request, limit, 0);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      refused = true;
      refuse(request, limit, size).catch(reject);
    });
    request.on('end', () => {
      if (!refused) resolve(Buffer.concat(chunks));
    });
    request.on('error', reject);
    // The client went away mid-upload: nobody is left to answer.
    request.on('close', () => {
      if (!request.complete) reject(new HttpProblem(plain(400, 'Bad Request')));
    });
  });
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPENERS = new Set([0x5b, 0x7b]); // [ {
const CLOSERS = new Set([0x5d, 0x7d]); // ] }

/**
 * How deeply the arrays and objects of a JSON text nest, read byte by byte without recursion, so
 * that a hostile body is measured before anything walks it. Stops counting past `limit`.
 */
function jsonDepth(text: Uint8Array, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const byte = text[i]!;
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (OPENERS.has(byte)) {
      deepest = Math.max(deepest, ++depth);
      if (deepest > limit) return deepest;
    } else if (CLOSERS.has(byte)) depth--;
  }
  return deepest;
}

/**
 * The body parsed as JSON; `undefined` when empty; a 400 problem (field `body`) when it is not
 * JSON or nests deeper than `MAX_JSON_DEPTH`.
 */
export function parseJson(body: Buffer): unknown {
  if (body.length === 0) return undefined;
  if (jsonDepth(body, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) throw new HttpProblem(validation(['body']));
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpProblem(validation(['body']));
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A path parameter that must be a usable id: the same rules as an id in a body (`SentIdSchema`). */
export function requireId(value: string, field: string): string {
  if (!v.is(SentIdSchema, value)) throw new HttpProblem(validation([field]));
  return value;
}

const IDEMPOTENCY_KEY = new RegExp(`^[\\x21-\\x7e]{1,${MAX_ID_LENGTH}}$`);

/** The `Idempotency-Key` header: required, 1 to `MAX_ID_LENGTH` visible ASCII characters. */
export function idempotencyKey(request: IncomingMessage): string {
  const key = request.headers['idempotency-key'];
  if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) {
    throw new HttpProblem(validation(['Idempotency-Key']));
  }
  return key;
}

/**
 * The name of the field an issue is about, as the problem's `fields` list gives it: the path down
 * to the first named field inside a list item (`events[0].watchedSegments`, not `…[0][1]`), or
 * `body` when the body itself is wrong.
 */
function fieldOf(issue: v.BaseIssue<unknown>): string {
  let path = '';
  let inItem = false;
  for (const { key } of issue.path ?? []) {
    if (typeof key === 'number') {
      path += `[${key}]`;
      inItem = true;
      continue;
    }
    path += path ? `.${String(key)}` : String(key);
    if (inItem) break;
  }
  return path || 'body';
}

/**
 * `body` checked against the contract's schema for it (`src/data/http/schemas.ts`, the one the
 * client and `api/openapi.yaml` use); a 400 problem naming every bad field otherwise. Fields for
 * which `deferred` is true are left to the data source, whose own rules name them in full.
 */
export function parseBody<S extends v.GenericSchema>(
  schema: S,
  body: unknown,
  deferred: (field: string) => boolean = () => false,
): v.InferOutput<S> | undefined {
  const result = v.safeParse(schema, body);
  if (result.success) return result.output;
  const invalid = [...new Set(result.issues.map(fieldOf))].filter((field) => !deferred(field));
  if (invalid.length) throw new HttpProblem(validation(invalid));
  return undefined;
}

/**
 * The events of a `POST /progress-events` body, each also by the rules beside the schema: its
 * segments in order, its `at` a real moment no more than `MAX_CLOCK_AHEAD_MS` ahead of `now`.
 */
export function progressEvents(body: unknown, now: Date): ProgressUpdate[] {
  const { events } = parseBody(ProgressEventsBodySchema, body)!;
  const invalid = invalidProgressFields(events, now).map((field) => field.replace(/^updates\[/, 'events['));
  if (invalid.length) throw new HttpProblem(validation(invalid));
  return events;
}

/** `minutes` of a `PUT …/weekly-goal` body: an integer in `WEEKLY_GOAL_RANGE`. */
export function weeklyGoalMinutes(body: unknown): number {
  return parseBody(WeeklyGoalBodySchema, body)!.minutes;
}

/**
 * The body of a `POST …/bookings`. The applicant is checked by the data source: its rules
 * (`validateApplicant`, which the booking form uses too) cover `ApplicantSchema` and name every
 * bad applicant field at once.
 */
export function bookingBody(body: unknown): { slotId: string; fields: Record<string, unknown> } {
  parseBody(CreateBookingBodySchema, body, (field) => field === 'applicant' || field.startsWith('applicant.'));
  const fields = body as Record<string, unknown>;
  return { slotId: fields.slotId as string, fields };
}

/** `slotId` of a `POST …/reschedule` body. */
export function rescheduleSlotId(body: unknown): string {
  return parseBody(RescheduleBodySchema, body)!.slotId;
}

/** JSON with object keys sorted at every level: equal data, equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * A keyed hash of a request, to tell a replay from a key reused for a different request.
 * Keyed (HMAC) so that the stored value cannot be matched against guessed personal data.
 */
export function fingerprint(secret: Buffer, request: unknown): string {
  return createHmac('sha256', secret).update(canonicalJson(request)).digest('base64url');
}
