/**
 * `HttpDataSource`: the `DataSource` that talks to a Seoul Learn API (contract in
 * `api/openapi.yaml`). Every response is validated before an element sees it; progress goes
 * through a durable outbox so that no study time is lost to a flaky network or a closed tab.
 */
import { systemClock } from '../clock.js';
import * as v from 'valibot';
import { ValidationError } from '../errors.js';
import { MAX_PROGRESS_EVENTS } from '../limits.js';
import { ProgressOutbox, type RoundOutcome } from '../outbox/progress-outbox.js';
import { DEFAULT_OUTBOX_DATABASE } from '../outbox/store.js';
import type { SendOptions } from '../outbox/types.js';
import type {
  Booking,
  BookingRequest,
  CohortSummary,
  Consultant,
  ConsultationKind,
  ConsultationKindId,
  Course,
  CourseSummary,
  DataChange,
  DataSource,
  HolidayCalendar,
  LearnerSummary,
  LessonProgress,
  ProgressUpdate,
  RequestOptions,
  Slot,
  SlotQuery,
} from '../types.js';
import { InvalidResponseReporter } from './invalid-response.js';
import { invalidProgressFields } from '../progress-updates.js';
import { ChangeListeners, abortReason, nonEmpty } from '../source-kit.js';
import { isDateKey } from '../time.js';
import { HttpTransport, type ApiRequest } from './request.js';
import { readPaths } from './wire.js';
import {
  DEFAULT_HTTP_BACKOFF,
  DEFAULT_RETRIES,
  DEFAULT_TIMEOUT_MS,
  count,
  normaliseBaseUrl,
  positive,
  segment,
  type HttpDataSourceOptions,
} from './options.js';
import {
  BookingSchema,
  CohortSummarySchema,
  ConsultantSchema,
  ConsultationKindSchema,
  CourseSchema,
  CourseSummarySchema,
  HolidayCalendarSchema,
  LearnerSummarySchema,
  LessonProgressSchema,
  ProgressUpdateSchema,
  SlotSchema,
} from './schemas.js';

export type { FetchFunction, TokenSource } from './request.js';
export {
  DEFAULT_HTTP_BACKOFF,
  DEFAULT_RETRIES,
  DEFAULT_TIMEOUT_MS,
  type HttpDataSourceOptions,
  type HttpOutboxOptions,
} from './options.js';

/** Largest request body the outbox sends: under the 64 KiB budget of `fetch(…, { keepalive: true })`. */
const MAX_BODY_BYTES = 60_000;
/** Bytes that the `{"events":…}` envelope adds to the array the outbox measures. */
const ENVELOPE_BYTES = '{"events":}'.length;

const CourseSummariesSchema = v.array(CourseSummarySchema);
const LessonProgressListSchema = v.array(LessonProgressSchema);
const ConsultationKindsSchema = v.array(ConsultationKindSchema);
const ConsultantsSchema = v.array(ConsultantSchema);
const SlotsSchema = v.array(SlotSchema);
const BookingsSchema = v.array(BookingSchema);
const ProgressUpdatesSchema = v.array(ProgressUpdateSchema);

/**
 * A `DataSource` backed by a Seoul Learn API.
 *
 * - Every response body is validated at runtime; one that does not match the contract rejects
 *   with `InvalidResponseError` and logs one console warning per operation and field (the path
 *   of the field, never a value or a URL).
 * - Errors: 404 → `NotFoundError`, 409 → `SlotTakenError`, 400/422 → `ValidationError`,
 *   401 (after asking `getToken` once more) → `UnauthorizedError`, 403 → `ForbiddenError`,
 *   413 → `ContentTooLargeError`, time-out, dropped connection, 5xx and anything else →
 *   `NetworkError`. An aborted `options.signal` rejects with its reason.
 * - Network failures, time-outs, 5xx and 429 are retried with backoff (`retries` times); 4xx
 *   never. Bookings are safe to retry because they carry an `Idempotency-Key`.
 * - `saveProgress` only queues: it resolves once the updates are stored in the outbox, which
 *   sends them in batches, retries with backoff, and flushes with `keepalive` when the page is
 *   hidden or left. In a browser the outbox starts when the data source is created, so updates
 *   left by an earlier visit are sent first; elsewhere call `flushProgress()`. A batch answered
 *   400, 403, 404 or 422 is dropped with one warning (ids and counts only); one answered 413 is
 *   sent again in halves, and an update too large alone is dropped. Nothing blocks the queue.
 *   It holds at most `outbox.maxQueued` updates, none older than `outbox.maxAgeMs`.
 *
 * ```ts
 * const data = new HttpDataSource({ baseUrl: 'https://api.example.kr/seoul-learn/v1', getToken });
 * provider.dataSource = data;
 * ```
 */
export class HttpDataSource implements DataSource {
  /** The normalised base URL requests go to. */
  readonly baseUrl: string;
  /** The IndexedDB database of the progress outbox (unused with `storage: 'memory'`). */
  readonly outboxDatabaseName: string;

  private readonly transport: HttpTransport;
  private readonly outbox: ProgressOutbox;
  private readonly listeners = new ChangeListeners();

  /** @throws {TypeError} when `baseUrl` is not a URL. */
  constructor(options: HttpDataSourceOptions) {
    this.baseUrl = normaliseBaseUrl(options.baseUrl);
    const injected = options.fetch;
    const random = options.random ?? Math.random;
    const backoff = options.backoff ?? DEFAULT_HTTP_BACKOFF;
    const now = options.now ?? systemClock;
    this.transport = new HttpTransport({
      baseUrl: this.baseUrl,
      fetch: injected ? (input, init) => injected(input, init) : (input, init) => globalThis.fetch(input, init),
      getToken: options.getToken,
      timeoutMs: positive(options.timeoutMs, DEFAULT_TIMEOUT_MS),
      retries: count(options.retries, DEFAULT_RETRIES),
      backoff: { initialMs: positive(backoff.initialMs, 1), maxMs: positive(backoff.maxMs, 1) },
      random,
      now,
      reporter: new InvalidResponseReporter(),
    });
    const outboxOptions = options.outbox ?? {};
    this.outboxDatabaseName = outboxOptions.databaseName ?? `${DEFAULT_OUTBOX_DATABASE}:${this.baseUrl}`;
    this.outbox = new ProgressOutbox({
      send: (updates, sendOptions) => this.sendProgress(updates, sendOptions),
      storage: outboxOptions.storage ?? 'indexeddb',
      databaseName: this.outboxDatabaseName,
      batchIntervalMs: outboxOptions.batchIntervalMs,
      maxQueued: outboxOptions.maxQueued,
      maxAgeMs: outboxOptions.maxAgeMs,
      onlineJitterMs: outboxOptions.onlineJitterMs,
      maxBatchBytes: MAX_BODY_BYTES - ENVELOPE_BYTES,
      random,
      now,
    });
    // Send what an earlier visit left behind, and install the pagehide/hidden flush.
    if (typeof document !== 'undefined') this.outbox.start();
  }

  // ---- catalogue ----------------------------------------------------------------------------

  listCourses(options?: RequestOptions): Promise<CourseSummary[]> {
    return this.get('listCourses', '/courses', CourseSummariesSchema, 'courses', options);
  }

  async getCourse(courseId: string, options?: RequestOptions): Promise<Course> {
    return this.get('getCourse', readPaths.course(segment, courseId), CourseSchema, 'course', options);
  }

  // ---- progress -----------------------------------------------------------------------------

  async getCourseProgress(learnerId: string, courseId: string, options?: RequestOptions): Promise<LessonProgress[]> {
    const path = readPaths.courseProgress(segment, learnerId, courseId);
    return this.get('getCourseProgress', path, LessonProgressListSchema, 'course', options);
  }

  /**
   * Checks the updates and stores them in the progress outbox; resolves once they are stored
   * (durably with IndexedDB), without waiting for the network. Rejects with `ValidationError`
   * naming the bad fields (`updates[0].positionSec`) when an update is malformed; nothing is
   * queued then.
   */
  async saveProgress(updates: readonly ProgressUpdate[], options?: RequestOptions): Promise<void> {
    if (options?.signal?.aborted) throw abortReason(options.signal);
    const invalid = invalidProgressFields(updates);
    if (invalid.length) throw new ValidationError(invalid);
    await this.outbox.enqueue(v.parse(ProgressUpdatesSchema, updates));
  }

  async getLearnerSummary(learnerId: string, options?: RequestOptions): Promise<LearnerSummary> {
    const path = readPaths.learnerSummary(segment, learnerId);
    return this.get('getLearnerSummary', path, LearnerSummarySchema, 'learner', options);
  }

  async setWeeklyGoal(learnerId: string, minutes: number, options?: RequestOptions): Promise<void> {
    const path = `/learners/${segment('learnerId', learnerId)}/weekly-goal`;
    if (typeof minutes !== 'number' || !Number.isFinite(minutes)) throw new ValidationError(['minutes']);
    await this.transport.send<void>({
      operation: 'setWeeklyGoal',
      method: 'PUT',
      path,
      body: { minutes: Math.round(minutes) },
      retry: true,
      resource: 'learner',
      signal: options?.signal,
    });
    this.notify({ type: 'goal', learnerId });
  }

  async getCohortSummary(region: string, options?: RequestOptions): Promise<CohortSummary> {
    const path = readPaths.cohort(segment, region);
    return this.get('getCohortSummary', path, CohortSummarySchema, 'region', options);
  }

  // ---- consultations ------------------------------------------------------------------------

  listConsultationKinds(options?: RequestOptions): Promise<ConsultationKind[]> {
    return this.get('listConsultationKinds', readPaths.consultationKinds(), ConsultationKindsSchema, 'kinds', options);
  }

  listConsultants(kind?: ConsultationKindId, options?: RequestOptions): Promise<Consultant[]> {
    const query = new URLSearchParams();
    if (kind) query.set('kind', kind);
    return this.get('listConsultants', '/consultants', ConsultantsSchema, 'consultants', options, query);
  }

  async listSlots(query: SlotQuery, options?: RequestOptions): Promise<Slot[]> {
    const invalid = (['kind', 'from', 'to'] as const).filter((field) => !nonEmpty(query?.[field]));
    if (invalid.length > 0) throw new ValidationError(invalid);
    const params = new URLSearchParams({ kind: query.kind });
    if (query.consultantId) params.set('consultantId', query.consultantId);
    params.set('from', query.from);
    params.set('to', query.to);
    return this.get('listSlots', '/slots', SlotsSchema, 'slots', options, params);
  }

  /** Rejects with `ValidationError` before any request when `from` or `to` is not a `YYYY-MM-DD` day. */
  async listHolidays(from: string, to: string, options?: RequestOptions): Promise<HolidayCalendar> {
    const invalid = (['from', 'to'] as const).filter((field) => {
      const day = field === 'from' ? from : to;
      return typeof day !== 'string' || !isDateKey(day);
    });
    if (invalid.length > 0) throw new ValidationError(invalid);
    const params = new URLSearchParams({ from, to });
    return this.get('listHolidays', '/holidays', HolidayCalendarSchema, 'holidays', options, params);
  }

  /**
   * Books a slot. The applicant's personal data travels only in the request body; the
   * `Idempotency-Key` header makes a retry (or a second click) return the same booking.
   */
  async createBooking(request: BookingRequest, options?: RequestOptions): Promise<Booking> {
    const path = readPaths.bookings(segment, request?.learnerId);
    if (!nonEmpty(request.idempotencyKey)) throw new ValidationError(['idempotencyKey']);
    if (!nonEmpty(request.slotId)) throw new ValidationError(['slotId']);
    const booking = await this.transport.send({
      operation: 'createBooking',
      method: 'POST',
      path,
      headers: { 'Idempotency-Key': request.idempotencyKey },
      body: { slotId: request.slotId, applicant: request.applicant },
      schema: BookingSchema,
      retry: true,
      resource: 'slot',
      slotId: request.slotId,
      signal: options?.signal,
    });
    this.notify({ type: 'booking', learnerId: request.learnerId, bookingId: booking.id });
    return booking;
  }

  async listBookings(learnerId: string, options?: RequestOptions): Promise<Booking[]> {
    const path = readPaths.bookings(segment, learnerId);
    return this.get('listBookings', path, BookingsSchema, 'learner', options);
  }

  /** Cancels a booking; cancelling a cancelled booking resolves with it again. */
  async cancelBooking(learnerId: string, bookingId: string, options?: RequestOptions): Promise<Booking> {
    const path = `/learners/${segment('learnerId', learnerId)}/bookings/${segment('bookingId', bookingId)}/cancel`;
    const booking = await this.transport.send({
      operation: 'cancelBooking',
      method: 'POST',
      path,
      // A JSON body, as every write has: the API takes writes only as JSON (no simple cross-origin posts).
      body: {},
      schema: BookingSchema,
      retry: true,
      resource: 'booking',
      signal: options?.signal,
    });
    this.notify({ type: 'booking', learnerId, bookingId });
    return booking;
  }

  async rescheduleBooking(
    learnerId: string,
    bookingId: string,
    newSlotId: string,
    idempotencyKey: string,
    options?: RequestOptions,
  ): Promise<Booking> {
    const path = `/learners/${segment('learnerId', learnerId)}/bookings/${segment('bookingId', bookingId)}/reschedule`;
    if (!nonEmpty(newSlotId)) throw new ValidationError(['slotId']);
    if (!nonEmpty(idempotencyKey)) throw new ValidationError(['idempotencyKey']);
    const booking = await this.transport.send({
      operation: 'rescheduleBooking',
      method: 'POST',
      path,
      headers: { 'Idempotency-Key': idempotencyKey },
      body: { slotId: newSlotId },
      schema: BookingSchema,
      retry: true,
      resource: 'booking',
      slotId: newSlotId,
      signal: options?.signal,
    });
    this.notify({ type: 'booking', learnerId, bookingId });
    return booking;
  }

  // ---- changes and the outbox ---------------------------------------------------------------

  /**
   * Calls `listener` after a change this data source made: `progress` once per lesson after a
   * batch of progress was delivered to the server, `goal` after `setWeeklyGoal`, `booking` after
   * a booking was created, cancelled or rescheduled. Returns an unsubscribe function.
   */
  subscribe(listener: (change: DataChange) => void): () => void {
    return this.listeners.add(listener);
  }

  /**
   * Sends every queued progress update now (after a round already running). Pass
   * `keepalive: true` when the page is going away. Resolves with what the round did: `'sent'`,
   * `'failed'` (retried later with backoff) or `'busy'` (another tab is sending); never rejects.
   */
  flushProgress(options: { keepalive?: boolean } = {}): Promise<RoundOutcome> {
    return this.outbox.flush(options);
  }

  /** How many progress updates wait in the outbox (in every tab, with IndexedDB). */
  pendingProgress(): Promise<number> {
    return this.outbox.pending();
  }

  /**
   * Stops the outbox's timers and page listeners and closes its database. Updates still queued
   * stay stored for the next visit. Do not use the instance afterwards.
   */
  close(): void {
    this.outbox.close();
    this.listeners.clear();
  }

  // ---- internals ----------------------------------------------------------------------------

  private get<T>(
    operation: string,
    path: string,
    schema: v.GenericSchema<unknown, T>,
    resource: string,
    options: RequestOptions | undefined,
    query?: URLSearchParams,
  ): Promise<T> {
    const request: ApiRequest<T> = { operation, method: 'GET', path, query, schema, retry: true, resource };
    return this.transport.send({ ...request, signal: options?.signal });
  }

  /**
   * The outbox's sender: one POST per ≤500 events, with `keepalive` when the page is going away.
   * It does not retry (the outbox does), so a failure rejects at once.
   */
  private async sendProgress(updates: ProgressUpdate[], { keepalive }: SendOptions): Promise<void> {
    for (let start = 0; start < updates.length; start += MAX_PROGRESS_EVENTS) {
      await this.transport.send<void>({
        operation: 'saveProgress',
        method: 'POST',
        path: '/progress-events',
        body: { events: updates.slice(start, start + MAX_PROGRESS_EVENTS) },
        retry: false,
        keepalive,
        resource: 'lesson',
      });
    }
    const lessons = new Map<string, DataChange>();
    for (const { learnerId, courseId, lessonId } of updates) {
      lessons.set(JSON.stringify([learnerId, courseId, lessonId]), { type: 'progress', learnerId, courseId, lessonId });
    }
    for (const change of lessons.values()) this.notify(change);
  }

  private notify(change: DataChange): void {
    this.listeners.deliver(change);
  }
}
