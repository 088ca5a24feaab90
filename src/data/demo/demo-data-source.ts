/**
 * `LocalDemoDataSource`: the implementation behind the public, lazily loaded `DemoDataSource`. Fixture courses and
 * consultants, computed slots, and the learner's changes (progress, goals, bookings) kept in
 * IndexedDB so that they survive a reload. Applicant personal data is validated and then
 * dropped: it is never stored, logged or put into an error.
 */
import { systemClock } from '../clock.js';
import { randomHexId } from '../ids.js';
import type {
  Booking,
  BookingRequest,
  Consultant,
  ConsultationKind,
  ConsultationKindId,
  CohortSummary,
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
import { CONSULTATION_KINDS } from '../types.js';
import { NotFoundError, SlotTakenError, ValidationError } from '../errors.js';
import { MAX_STUDY_SEC_PER_DAY, MAX_STUDY_SEC_PER_EVENT, WEEKLY_GOAL_RANGE } from '../limits.js';
import { seoulDateKey } from '../time.js';
import { abortReason, abortableDelay, nonEmpty } from '../source-kit.js';
import { COURSE_SUMMARIES, COURSES_BY_ID, LESSONS_BY_ID } from './fixtures/courses.js';
import { overlaidProgress, overlaidRecords, seededProgress } from './seed.js';
import { DEFAULT_DEMO_DATABASE, IndexedDbStore, MemoryStore, type DemoStore, type StoreTx } from './store.js';
import { cohortMembers, cohortRoster } from './cohort.js';
import type { SlotTemplate } from './slots.js';
import type { LearnerRecords } from './summaries.js';
import { DemoChangeFeed } from './change-feed.js';
import type { DemoDataSourceOptions } from './options.js';
import {
  applyUpdate,
  bookingSlotFields,
  clone,
  countHolds,
  invalidDayRange,
  validInstant,
  withRemaining,
  type Hold,
  type IdempotencyRecord,
  withStatus,
} from './records.js';

export type { DemoDataSourceOptions } from './options.js';
export { DEFAULT_DEMO_DATABASE, deleteDemoDatabase } from './store.js';
export { DEMO_LEARNER_ID } from './seed.js';

export { WEEKLY_GOAL_RANGE };

const randomId = (): string => randomHexId(12);

// Each loads the first time a method needs it: the course player shows its lesson without the
// consultation calendar, the summaries or the schema checks of progress reports.
const consultations = () => import('./consultations.js');
const summaries = () => import('./summaries.js');
const progressChecks = () => import('../progress-updates.js');

/**
 * The built-in `DataSource`: realistic Korean demo content whose changes persist in the browser.
 *
 * ```ts
 * const data = new LocalDemoDataSource();                       // IndexedDB 'seoul-learn-demo'
 * const test = new LocalDemoDataSource({ storage: 'memory', now: () => new Date('2026-12-01T00:00:00Z') });
 * ```
 */
export class LocalDemoDataSource implements DataSource {
  private readonly store: DemoStore;
  private readonly clock: () => Date;
  private readonly latencyMs: number;
  private readonly feed: DemoChangeFeed;
  /** Writes under way: see `begin`. */
  private readonly writes = new Set<Promise<unknown>>();

  constructor(options: DemoDataSourceOptions = {}) {
    const storage = options.storage ?? 'indexeddb';
    const name = options.databaseName ?? DEFAULT_DEMO_DATABASE;
    this.store = options.store ?? (storage === 'memory' ? new MemoryStore() : new IndexedDbStore(name));
    this.clock = options.now ?? systemClock;
    this.latencyMs = Math.max(0, options.latencyMs ?? 0);
    // Instances sharing a database (other elements' instances, other tabs) hear about each other's changes.
    this.feed = new DemoChangeFeed(storage === 'indexeddb' && !options.store ? `seoul-learn-demo:${name}` : undefined);
  }

  // ---- catalogue ----------------------------------------------------------------------------

  async listCourses(options?: RequestOptions): Promise<CourseSummary[]> {
    await this.begin(options);
    return clone([...COURSE_SUMMARIES]);
  }

  async getCourse(courseId: string, options?: RequestOptions): Promise<Course> {
    await this.begin(options);
    const course = COURSES_BY_ID.get(courseId);
    if (!course) throw new NotFoundError('course');
    return clone(course);
  }

  // ---- progress -----------------------------------------------------------------------------

  async getCourseProgress(learnerId: string, courseId: string, options?: RequestOptions): Promise<LessonProgress[]> {
    await this.begin(options);
    const course = COURSES_BY_ID.get(courseId);
    if (!course) throw new NotFoundError('course');
    // Lesson records only: a course view needs no study history.
    const rows = await this.store.read(['progress'], (tx) => tx.list<LessonProgress>('progress', learnerId));
    const records = clone(overlaidProgress(learnerId, this.clock(), rows));
    const order = (record: LessonProgress) => LESSONS_BY_ID.get(record.lessonId)?.index ?? 0;
    return records.filter((record) => record.courseId === courseId).sort((a, b) => order(a) - order(b));
  }

  saveProgress(updates: readonly ProgressUpdate[], options?: RequestOptions): Promise<void> {
    return this.track(this.saveProgressNow(updates, options));
  }

  private async saveProgressNow(updates: readonly ProgressUpdate[], options?: RequestOptions): Promise<void> {
    await this.begin(options);
    // Check the whole batch first so that a bad report changes nothing. How far ahead `at` may
    // lie is the server's check: here the reports come from this page, whose clock a host or a
    // preview may set apart from this source's.
    const { invalidProgressFields } = await progressChecks();
    const invalid = invalidProgressFields(updates);
    if (invalid.length) throw new ValidationError(invalid);
    for (const update of updates) {
      const location = LESSONS_BY_ID.get(update.lessonId);
      if (!location || location.course.id !== update.courseId) throw new NotFoundError('lesson');
    }
    if (updates.length === 0) return;

    const now = this.clock();
    const changes = await this.store.write(['applied', 'progress', 'study'], async (tx) => {
      const changed = new Map<string, DataChange>();
      const seen = new Set<string>();
      for (const update of updates) {
        if (seen.has(update.id) || (await tx.get('applied', [update.id]))) continue;
        seen.add(update.id);
        const key = [update.learnerId, update.lessonId];
        const stored = await tx.get<LessonProgress>('progress', key);
        const base = stored ?? seededProgress(update.learnerId, now).get(update.lessonId);
        await tx.put('progress', key, applyUpdate(base, update));
        const studySec = Math.min(Math.max(0, update.studySec), MAX_STUDY_SEC_PER_EVENT);
        if (studySec > 0) {
          const dayKey = [update.learnerId, seoulDateKey(new Date(update.at))];
          const day = await tx.get<{ date: string; seconds: number }>('study', dayKey);
          // A day holds no more study than the day itself, however many reports claim it.
          const seconds = Math.min((day?.seconds ?? 0) + studySec, MAX_STUDY_SEC_PER_DAY);
          await tx.put('study', dayKey, { date: dayKey[1], seconds });
        }
        await tx.put('applied', [update.id], { appliedAt: now.toISOString() });
        // One notice per lesson, however many reports for it the batch held.
        changed.set(`${update.learnerId}\u0000${update.lessonId}`, {
          type: 'progress',
          learnerId: update.learnerId,
          courseId: update.courseId,
          lessonId: update.lessonId,
        });
      }
      return [...changed.values()];
    });
    for (const change of changes) this.notify(change);
  }

  async getLearnerSummary(learnerId: string, options?: RequestOptions): Promise<LearnerSummary> {
    await this.begin(options);
    const now = this.clock();
    const [[records], goal, { learnerSummary }] = await Promise.all([
      this.learnerRecords([learnerId], now),
      this.store.read(['goals'], (tx) => tx.get<{ minutes: number }>('goals', [learnerId])),
      summaries(),
    ]);
    return learnerSummary({ ...records!, ...(goal ? { weeklyGoalMinutes: goal.minutes } : {}) }, now);
  }

  setWeeklyGoal(learnerId: string, minutes: number, options?: RequestOptions): Promise<void> {
    return this.track(this.setWeeklyGoalNow(learnerId, minutes, options));
  }

  private async setWeeklyGoalNow(learnerId: string, minutes: number, options?: RequestOptions): Promise<void> {
    await this.begin(options);
    if (!nonEmpty(learnerId)) throw new ValidationError(['learnerId']);
    if (typeof minutes !== 'number' || !(minutes >= WEEKLY_GOAL_RANGE.min && minutes <= WEEKLY_GOAL_RANGE.max)) {
      throw new ValidationError(['minutes']);
    }
    await this.store.write(['goals'], (tx) => tx.put('goals', [learnerId], { minutes: Math.round(minutes) }));
    this.notify({ type: 'goal', learnerId });
  }

  async getCohortSummary(region: string, options?: RequestOptions): Promise<CohortSummary> {
    await this.begin(options);
    if (!nonEmpty(region)) throw new ValidationError(['region']);
    const now = this.clock();
    const roster = cohortRoster(region);
    const [records, { cohortSummary }] = await Promise.all([
      this.learnerRecords(
        roster.map((member) => member.learnerId),
        now,
      ),
      summaries(),
    ]);
    return cohortSummary(region, now, cohortMembers(roster, records));
  }

  // ---- consultations ------------------------------------------------------------------------

  async listConsultationKinds(options?: RequestOptions): Promise<ConsultationKind[]> {
    const [{ CONSULTATION_KIND_FIXTURES }] = await Promise.all([consultations(), this.begin(options)]);
    return clone([...CONSULTATION_KIND_FIXTURES]);
  }

  async listConsultants(kind?: ConsultationKindId, options?: RequestOptions): Promise<Consultant[]> {
    const [{ CONSULTANT_FIXTURES }] = await Promise.all([consultations(), this.begin(options)]);
    return clone(CONSULTANT_FIXTURES.filter((consultant) => !kind || consultant.kinds.includes(kind)));
  }

  async listSlots(query: SlotQuery, options?: RequestOptions): Promise<Slot[]> {
    const [{ windowSlots }] = await Promise.all([consultations(), this.begin(options)]);
    const invalid: string[] = [];
    if (!CONSULTATION_KINDS.includes(query?.kind)) invalid.push('kind');
    if (!validInstant(query?.from)) invalid.push('from');
    if (!validInstant(query?.to)) invalid.push('to');
    if (invalid.length) throw new ValidationError(invalid);
    const from = new Date(query.from).getTime();
    const to = new Date(query.to).getTime();
    const slots = windowSlots(this.clock(), query.kind).filter((slot) => {
      const start = new Date(slot.start).getTime();
      return start >= from && start < to && (!query.consultantId || slot.consultantId === query.consultantId);
    });
    if (slots.length === 0) return [];
    const held = await this.store.read(['holds'], async (tx) =>
      countHolds(await tx.list<Hold & { slotId: string }>('holds')),
    );
    return slots.map((slot) => withRemaining(slot, held.get(slot.id) ?? 0));
  }

  async listHolidays(from: string, to: string, options?: RequestOptions): Promise<HolidayCalendar> {
    const [{ holidayCalendar }] = await Promise.all([consultations(), this.begin(options)]);
    const invalid = invalidDayRange(from, to);
    if (invalid.length) throw new ValidationError(invalid);
    return holidayCalendar(from, to);
  }

  createBooking(request: BookingRequest, options?: RequestOptions): Promise<Booking> {
    return this.track(this.createBookingNow(request, options));
  }

  private async createBookingNow(request: BookingRequest, options?: RequestOptions): Promise<Booking> {
    const [{ findSlot, tooLate, validateApplicant }] = await Promise.all([consultations(), this.begin(options)]);
    const invalid: string[] = [];
    if (!nonEmpty(request?.slotId)) invalid.push('slotId');
    if (!nonEmpty(request?.learnerId)) invalid.push('learnerId');
    if (!nonEmpty(request?.idempotencyKey)) invalid.push('idempotencyKey');
    invalid.push(...validateApplicant(request?.applicant));
    if (invalid.length) throw new ValidationError(invalid);
    // From here on only ids are used: the applicant object goes no further.
    const { slotId, learnerId, idempotencyKey } = request;

    const now = this.clock();
    const result = await this.store.write(['bookings', 'holds', 'idempotency'], async (tx) => {
      const replay = await this.replay(tx, learnerId, idempotencyKey);
      if (replay) return { booking: replay, fresh: false };
      const slot = findSlot(slotId, now);
      if (!slot) throw new NotFoundError('slot');
      if (tooLate(slot, now)) throw new ValidationError(['slotId']);
      await this.hold(tx, slot);
      const id = randomId();
      const booking: Booking = {
        id,
        learnerId,
        ...bookingSlotFields(slot, id),
        status: 'confirmed',
        createdAt: now.toISOString(),
      };
      await tx.put('holds', [slot.id, id], { slotId: slot.id, bookingId: id });
      await tx.put('bookings', [learnerId, id], booking);
      await tx.put('idempotency', [learnerId, idempotencyKey], { bookingId: id });
      return { booking, fresh: true };
    });
    if (result.fresh) this.notify({ type: 'booking', learnerId, bookingId: result.booking.id });
    return withStatus(result.booking, now);
  }

  async listBookings(learnerId: string, options?: RequestOptions): Promise<Booking[]> {
    await this.begin(options);
    const now = this.clock();
    const bookings = await this.store.read(['bookings'], (tx) => tx.list<Booking>('bookings', learnerId));
    return bookings
      .map((booking) => withStatus(booking, now))
      .sort((a, b) => a.start.localeCompare(b.start) || a.createdAt.localeCompare(b.createdAt));
  }

  cancelBooking(learnerId: string, bookingId: string, options?: RequestOptions): Promise<Booking> {
    return this.track(this.cancelBookingNow(learnerId, bookingId, options));
  }

  private async cancelBookingNow(learnerId: string, bookingId: string, options?: RequestOptions): Promise<Booking> {
    await this.begin(options);
    const now = this.clock();
    const result = await this.store.write(['bookings', 'holds'], async (tx) => {
      const booking = await tx.get<Booking>('bookings', [learnerId, bookingId]);
      if (!booking) throw new NotFoundError('booking');
      // Cancelling twice is harmless: the second call reports the cancelled booking.
      if (booking.status === 'cancelled') return { booking, changed: false };
      if (withStatus(booking, now).status === 'completed') throw new ValidationError(['bookingId']);
      const cancelled: Booking = { ...booking, status: 'cancelled', updatedAt: now.toISOString() };
      await tx.put('bookings', [learnerId, bookingId], cancelled);
      await tx.delete('holds', [booking.slotId, bookingId]);
      return { booking: cancelled, changed: true };
    });
    if (result.changed) this.notify({ type: 'booking', learnerId, bookingId });
    return result.booking;
  }

  rescheduleBooking(...args: Parameters<DataSource['rescheduleBooking']>): Promise<Booking> {
    return this.track(this.rescheduleBookingNow(...args));
  }

  private async rescheduleBookingNow(
    learnerId: string,
    bookingId: string,
    newSlotId: string,
    idempotencyKey: string,
    options?: RequestOptions,
  ): Promise<Booking> {
    const [{ findSlot, tooLate }] = await Promise.all([consultations(), this.begin(options)]);
    const invalid: string[] = [];
    if (!nonEmpty(newSlotId)) invalid.push('newSlotId');
    if (!nonEmpty(idempotencyKey)) invalid.push('idempotencyKey');
    if (invalid.length) throw new ValidationError(invalid);
    const now = this.clock();
    const result = await this.store.write(['bookings', 'holds', 'idempotency'], async (tx) => {
      const replay = await this.replay(tx, learnerId, idempotencyKey);
      if (replay) return { booking: replay, changed: false };
      const booking = await tx.get<Booking>('bookings', [learnerId, bookingId]);
      if (!booking) throw new NotFoundError('booking');
      if (withStatus(booking, now).status !== 'confirmed') throw new ValidationError(['bookingId']);
      const slot = findSlot(newSlotId, now);
      if (!slot) throw new NotFoundError('slot');
      if (slot.kind !== booking.kind || tooLate(slot, now)) throw new ValidationError(['newSlotId']);
      let moved = booking;
      if (slot.id !== booking.slotId) {
        // Hold the new slot first; if it is full this throws and the transaction leaves the old booking untouched.
        await this.hold(tx, slot);
        await tx.put('holds', [slot.id, bookingId], { slotId: slot.id, bookingId });
        await tx.delete('holds', [booking.slotId, bookingId]);
        moved = {
          id: booking.id,
          learnerId,
          ...bookingSlotFields(slot, bookingId),
          status: 'confirmed',
          createdAt: booking.createdAt,
          updatedAt: now.toISOString(),
        };
        await tx.put('bookings', [learnerId, bookingId], moved);
      }
      await tx.put('idempotency', [learnerId, idempotencyKey], { bookingId });
      return { booking: moved, changed: moved !== booking };
    });
    if (result.changed) this.notify({ type: 'booking', learnerId, bookingId });
    return withStatus(result.booking, now);
  }

  // ---- changes ------------------------------------------------------------------------------

  subscribe(listener: (change: DataChange) => void): () => void {
    return this.feed.subscribe(listener);
  }

  /** Closes the IndexedDB connection and the change channel. The instance reopens them if used again. */
  close(): void {
    this.store.close();
    this.feed.close();
  }

  // ---- internals ----------------------------------------------------------------------------

  /**
   * Waits for the writes begun before this call, then for the simulated latency, honouring the
   * caller's abort signal. A write may first load code (the checks of progress reports, the
   * consultation calendar); without the wait, a read made right after a write the caller did not
   * await could overtake it and miss what was just written.
   */
  private begin(options?: RequestOptions): Promise<void> {
    const signal = options?.signal;
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    const earlier = this.writes.size > 0 ? Promise.allSettled([...this.writes]) : undefined;
    const latency = this.latencyMs === 0 ? undefined : abortableDelay(this.latencyMs, signal);
    return earlier || latency ? Promise.all([earlier, latency]).then(() => undefined) : Promise.resolve();
  }

  /** Keeps `write` among the writes that later calls wait for, until it settles. */
  private track<T>(write: Promise<T>): Promise<T> {
    this.writes.add(write);
    const forget = (): void => void this.writes.delete(write);
    write.then(forget, forget);
    return write;
  }

  /**
   * Each learner's lesson records and study by day: what is stored laid over the seeded history.
   * Read in one transaction, however many learners (a cohort has hundreds).
   */
  private async learnerRecords(learnerIds: readonly string[], now: Date): Promise<LearnerRecords[]> {
    const [progress, study] = await this.store.read(['progress', 'study'], (tx) =>
      Promise.all([
        tx.listEach<LessonProgress>('progress', learnerIds),
        tx.listEach<{ date: string; seconds: number }>('study', learnerIds),
      ]),
    );
    // Fresh objects, read only by the summaries, which copy what they keep: no clone needed.
    return learnerIds.map((learnerId, i) => overlaidRecords(learnerId, now, progress[i]!, study[i]!));
  }

  /** The booking an idempotency key already produced, if any. */
  private async replay(tx: StoreTx, learnerId: string, key: string): Promise<Booking | undefined> {
    const record = await tx.get<IdempotencyRecord>('idempotency', [learnerId, key]);
    return record ? tx.get<Booking>('bookings', [learnerId, record.bookingId]) : undefined;
  }

  /** Rejects with `SlotTakenError` when the slot is full. Runs inside the booking transaction. */
  private async hold(tx: StoreTx, slot: SlotTemplate): Promise<void> {
    const holds = await tx.list<Hold>('holds', slot.id);
    if (holds.length >= slot.capacity) throw new SlotTakenError(slot.id);
  }

  private notify(change: DataChange): void {
    this.feed.notify(change);
  }
}
