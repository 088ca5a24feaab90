/**
 * `LocalDemoDataSource`: the implementation behind the public, lazily loaded `DemoDataSource`. Fixture courses and
 * consultants, computed slots, and the learner's changes (progress, goals, bookings) kept in
 * IndexedDB so that they survive a reload. Applicant personal data is validated and then
 * dropped: it is never stored, logged or put into an error.
 */
import { systemClock } from '../clock.js';
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
import { NotFoundError, ValidationError } from '../errors.js';
import { WEEKLY_GOAL_RANGE } from '../limits.js';
import { abortReason, abortableDelay, nonEmpty } from '../source-kit.js';
import { demoCourse, lessonsOf } from './fixtures/catalogue.js';
import { overlaidProgress, seededProgress } from './seed.js';
import { DEFAULT_DEMO_DATABASE, IndexedDbStore, memoryStore, type DemoStore } from './store.js';
import type { BookingContext } from './bookings.js';
import { DemoChangeFeed } from './change-feed.js';
import type { DemoDataSourceOptions } from './options.js';
import { clone } from './records.js';

export type { DemoDataSourceOptions } from './options.js';
export { DEFAULT_DEMO_DATABASE, deleteDemoDatabase } from './store.js';
export { DEMO_LEARNER_ID } from './seed.js';

export { WEEKLY_GOAL_RANGE };

// Each loads the first time a method needs it: the course player shows its lesson without the
// consultation calendar, the summaries, the other courses or the progress writes and their checks.
const bookings = () => import('./bookings.js');
const learners = () => import('./learners.js');
const progressWrites = () => import('./progress-writes.js');

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
    this.store = options.store ?? (storage === 'memory' ? memoryStore() : new IndexedDbStore(name));
    this.clock = options.now ?? systemClock;
    this.latencyMs = Math.max(0, options.latencyMs ?? 0);
    // Instances sharing a database (other elements' instances, other tabs) hear about each other's changes.
    this.feed = new DemoChangeFeed(storage === 'indexeddb' && !options.store ? `seoul-learn-demo:${name}` : undefined);
  }

  // ---- catalogue ----------------------------------------------------------------------------

  async listCourses(options?: RequestOptions): Promise<CourseSummary[]> {
    const [{ courseSummaries }] = await Promise.all([learners(), this.begin(options)]);
    return clone(courseSummaries());
  }

  async getCourse(courseId: string, options?: RequestOptions): Promise<Course> {
    const [course] = await Promise.all([demoCourse(courseId), this.begin(options)]);
    if (!course) throw new NotFoundError('course');
    return clone(course);
  }

  // ---- progress -----------------------------------------------------------------------------

  async getCourseProgress(learnerId: string, courseId: string, options?: RequestOptions): Promise<LessonProgress[]> {
    const [course] = await Promise.all([demoCourse(courseId), this.begin(options)]);
    if (!course) throw new NotFoundError('course');
    // Lesson records only: a course view needs no study history.
    const [rows, seeded] = await Promise.all([
      this.store.read(['progress'], (tx) => tx.list<LessonProgress>('progress', learnerId)),
      seededProgress(learnerId, this.clock(), courseId),
    ]);
    const order = new Map(lessonsOf(course).map((lesson, index) => [lesson.id, index]));
    return clone(overlaidProgress(seeded, rows))
      .filter((record) => record.courseId === courseId)
      .sort((a, b) => (order.get(a.lessonId) ?? 0) - (order.get(b.lessonId) ?? 0));
  }

  saveProgress(updates: readonly ProgressUpdate[], options?: RequestOptions): Promise<void> {
    return this.track(this.saveProgressNow(updates, options));
  }

  private async saveProgressNow(updates: readonly ProgressUpdate[], options?: RequestOptions): Promise<void> {
    const [{ saveDemoProgress }] = await Promise.all([progressWrites(), this.begin(options)]);
    const changes = await saveDemoProgress(this.store, updates, this.clock());
    for (const change of changes) this.notify(change);
  }

  async getLearnerSummary(learnerId: string, options?: RequestOptions): Promise<LearnerSummary> {
    const [{ demoLearnerSummary }] = await Promise.all([learners(), this.begin(options)]);
    return demoLearnerSummary(this.store, learnerId, this.clock());
  }

  setWeeklyGoal(learnerId: string, minutes: number, options?: RequestOptions): Promise<void> {
    return this.track(this.setWeeklyGoalNow(learnerId, minutes, options));
  }

  private async setWeeklyGoalNow(learnerId: string, minutes: number, options?: RequestOptions): Promise<void> {
    const [{ saveDemoGoal }] = await Promise.all([progressWrites(), this.begin(options)]);
    await saveDemoGoal(this.store, learnerId, minutes);
    this.notify({ type: 'goal', learnerId });
  }

  async getCohortSummary(region: string, options?: RequestOptions): Promise<CohortSummary> {
    const [{ demoCohortSummary }] = await Promise.all([learners(), this.begin(options)]);
    if (!nonEmpty(region)) throw new ValidationError(['region']);
    return demoCohortSummary(this.store, region, this.clock());
  }

  // ---- consultations ------------------------------------------------------------------------

  async listConsultationKinds(options?: RequestOptions): Promise<ConsultationKind[]> {
    const [{ CONSULTATION_KIND_FIXTURES }] = await Promise.all([bookings(), this.begin(options)]);
    return clone([...CONSULTATION_KIND_FIXTURES]);
  }

  async listConsultants(kind?: ConsultationKindId, options?: RequestOptions): Promise<Consultant[]> {
    const [{ CONSULTANT_FIXTURES }] = await Promise.all([bookings(), this.begin(options)]);
    return clone(CONSULTANT_FIXTURES.filter((consultant) => !kind || consultant.kinds.includes(kind)));
  }

  async listSlots(query: SlotQuery, options?: RequestOptions): Promise<Slot[]> {
    const [{ listSlots }] = await Promise.all([bookings(), this.begin(options)]);
    return listSlots(this.context(), query);
  }

  async listHolidays(from: string, to: string, options?: RequestOptions): Promise<HolidayCalendar> {
    const [{ listHolidays }] = await Promise.all([bookings(), this.begin(options)]);
    return listHolidays(from, to);
  }

  createBooking(request: BookingRequest, options?: RequestOptions): Promise<Booking> {
    return this.track(
      Promise.all([bookings(), this.begin(options)]).then(([{ createBooking }]) =>
        createBooking(this.context(), request),
      ),
    );
  }

  async listBookings(learnerId: string, options?: RequestOptions): Promise<Booking[]> {
    const [{ listBookings }] = await Promise.all([bookings(), this.begin(options)]);
    return listBookings(this.context(), learnerId);
  }

  cancelBooking(learnerId: string, bookingId: string, options?: RequestOptions): Promise<Booking> {
    return this.track(
      Promise.all([bookings(), this.begin(options)]).then(([{ cancelBooking }]) =>
        cancelBooking(this.context(), learnerId, bookingId),
      ),
    );
  }

  rescheduleBooking(
    learnerId: string,
    bookingId: string,
    newSlotId: string,
    idempotencyKey: string,
    options?: RequestOptions,
  ): Promise<Booking> {
    return this.track(
      Promise.all([bookings(), this.begin(options)]).then(([{ rescheduleBooking }]) =>
        rescheduleBooking(this.context(), learnerId, bookingId, newSlotId, idempotencyKey),
      ),
    );
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

  /** What the booking methods use: the store, the time now, the change feed. */
  private context(): BookingContext {
    return { store: this.store, now: this.clock(), notify: (change) => this.notify(change) };
  }

  private notify(change: DataChange): void {
    this.feed.notify(change);
  }
}
