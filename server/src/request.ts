/**
 * Reading and checking what a request carries: the JSON body (with a size limit), the
 * `Idempotency-Key` header and the envelope of each operation's body. Checks report field
 * names, never values: bodies carry applicants' personal data.
 */
import { createHmac } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { WEEKLY_GOAL_RANGE } from '../../src/data/demo/demo-data-source.js';
import type { ProgressUpdate } from '../../src/data/types.js';
import { HttpProblem, plain, validation } from './problems.js';

/** Largest request body accepted, in bytes (500 progress events fit several times over). */
export const MAX_BODY_BYTES = 256 * 1024;
/** Most progress events one `POST /progress-events` may carry. */
export const MAX_EVENTS = 500;
/** Longest id (learner, course, lesson, event, booking, idempotency key) accepted. */
export const MAX_ID_LENGTH = 200;

const tooLarge = () => new HttpProblem(plain(413, 'Content Too Large'), { Connection: 'close' });

/** The raw body, rejecting with a 413 problem past `limit` bytes. */
export function readBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (declared > limit) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners('data');
        request.resume();
        reject(tooLarge());
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
    // The client went away mid-upload: nobody is left to answer.
    request.on('close', () => {
      if (!request.complete) reject(new HttpProblem(plain(400, 'Bad Request')));
    });
  });
}

/** The body parsed as JSON; `undefined` when empty; a 400 problem (field `body`) when it is not JSON. */
export function parseJson(body: Buffer): unknown {
  if (body.length === 0) return undefined;
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpProblem(validation(['body']));
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '' && value.length <= MAX_ID_LENGTH;

/** The body as an object, or a 400 problem naming `body`. */
export function requireObject(body: unknown): Record<string, unknown> {
  if (!isRecord(body)) throw new HttpProblem(validation(['body']));
  return body;
}

/** A path parameter that must be a usable id. */
export function requireId(value: string, field: string): string {
  if (!isId(value)) throw new HttpProblem(validation([field]));
  return value;
}

/** The `Idempotency-Key` header: required, 1..200 visible ASCII characters. */
export function idempotencyKey(request: IncomingMessage): string {
  const key = request.headers['idempotency-key'];
  if (typeof key !== 'string' || !/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw new HttpProblem(validation(['Idempotency-Key']));
  }
  return key;
}

const finiteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const instant = (value: unknown) => typeof value === 'string' && !Number.isNaN(new Date(value).getTime());

/** The events of a `POST /progress-events` body, checked field by field. */
export function progressEvents(body: unknown): ProgressUpdate[] {
  const events = requireObject(body).events;
  if (!Array.isArray(events) || events.length < 1 || events.length > MAX_EVENTS) {
    throw new HttpProblem(validation(['events']));
  }
  const invalid: string[] = [];
  events.forEach((event: unknown, i) => {
    const at = (field: string) => invalid.push(`events[${i}].${field}`);
    if (!isRecord(event)) {
      invalid.push(`events[${i}]`);
      return;
    }
    for (const field of ['id', 'learnerId', 'courseId', 'lessonId']) if (!isId(event[field])) at(field);
    for (const field of ['positionSec', 'durationSec', 'studySec']) {
      const value = event[field];
      if (!finiteNumber(value) || value < 0) at(field);
    }
    const segments = event.watchedSegments;
    const segment = (value: unknown) =>
      Array.isArray(value) && value.length === 2 && value.every((n) => finiteNumber(n) && n >= 0);
    if (!Array.isArray(segments) || !segments.every(segment)) at('watchedSegments');
    if (typeof event.completed !== 'boolean') at('completed');
    if (!instant(event.at)) at('at');
  });
  if (invalid.length) throw new HttpProblem(validation(invalid));
  return events as ProgressUpdate[];
}

/** `minutes` of a `PUT …/weekly-goal` body: an integer in `WEEKLY_GOAL_RANGE` (10..3000). */
export function weeklyGoalMinutes(body: unknown): number {
  const minutes = requireObject(body).minutes;
  const { min, max } = WEEKLY_GOAL_RANGE;
  if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < min || minutes > max) {
    throw new HttpProblem(validation(['minutes']));
  }
  return minutes;
}

/** `slotId` of a booking body. */
export function slotId(body: Record<string, unknown>): string {
  if (!isId(body.slotId)) throw new HttpProblem(validation(['slotId']));
  return body.slotId;
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
