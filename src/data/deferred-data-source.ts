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
} from './types.js';
import { ChangeListeners } from './source-kit.js';

/**
 * A data source that loads its implementation on first use. Elements get the built-in demo data
 * this way without putting its fixtures in their initial JavaScript. Its `subscribe` is the same
 * change feed as every other source's: each listener gets its own copy of a change, and one that
 * throws does not stop the others.
 */
export class DeferredDataSource implements DataSource {
  private loaded?: Promise<DataSource>;
  /** Whether the implementation has arrived: calls from now on go straight to it. */
  protected arrived = false;
  private readonly listeners = new ChangeListeners();

  constructor(private readonly load: () => Promise<DataSource>) {}

  /** The implementation if loading has started, without starting it. */
  protected loadedSource(): Promise<DataSource> | undefined {
    return this.loaded;
  }

  private source(): Promise<DataSource> {
    if (!this.loaded) {
      this.loaded = this.load().then((source) => {
        source.subscribe((change) => this.listeners.deliver(change));
        this.arrived = true;
        return source;
      });
      // A failed load (e.g. a chunk that did not arrive) may be retried by the next call.
      this.loaded.catch(() => {
        this.loaded = undefined;
      });
    }
    return this.loaded;
  }

  async listCourses(options?: RequestOptions): Promise<CourseSummary[]> {
    return (await this.source()).listCourses(options);
  }

  async getCourse(courseId: string, options?: RequestOptions): Promise<Course> {
    return (await this.source()).getCourse(courseId, options);
  }

  async getCourseProgress(learnerId: string, courseId: string, options?: RequestOptions): Promise<LessonProgress[]> {
    return (await this.source()).getCourseProgress(learnerId, courseId, options);
  }

  async saveProgress(updates: readonly ProgressUpdate[], options?: RequestOptions): Promise<void> {
    return (await this.source()).saveProgress(updates, options);
  }

  async getLearnerSummary(learnerId: string, options?: RequestOptions): Promise<LearnerSummary> {
    return (await this.source()).getLearnerSummary(learnerId, options);
  }

  async setWeeklyGoal(learnerId: string, minutes: number, options?: RequestOptions): Promise<void> {
    return (await this.source()).setWeeklyGoal(learnerId, minutes, options);
  }

  async getCohortSummary(region: string, options?: RequestOptions): Promise<CohortSummary> {
    return (await this.source()).getCohortSummary(region, options);
  }

  async listConsultationKinds(options?: RequestOptions): Promise<ConsultationKind[]> {
    return (await this.source()).listConsultationKinds(options);
  }

  async listConsultants(kind?: ConsultationKindId, options?: RequestOptions): Promise<Consultant[]> {
    return (await this.source()).listConsultants(kind, options);
  }

  async listSlots(query: SlotQuery, options?: RequestOptions): Promise<Slot[]> {
    return (await this.source()).listSlots(query, options);
  }

  async listHolidays(from: string, to: string, options?: RequestOptions): Promise<HolidayCalendar> {
    return (await this.source()).listHolidays(from, to, options);
  }

  async createBooking(request: BookingRequest, options?: RequestOptions): Promise<Booking> {
    return (await this.source()).createBooking(request, options);
  }

  async listBookings(learnerId: string, options?: RequestOptions): Promise<Booking[]> {
    return (await this.source()).listBookings(learnerId, options);
  }

  async cancelBooking(learnerId: string, bookingId: string, options?: RequestOptions): Promise<Booking> {
    return (await this.source()).cancelBooking(learnerId, bookingId, options);
  }

  async rescheduleBooking(
    learnerId: string,
    bookingId: string,
    newSlotId: string,
    idempotencyKey: string,
    options?: RequestOptions,
  ): Promise<Booking> {
    return (await this.source()).rescheduleBooking(learnerId, bookingId, newSlotId, idempotencyKey, options);
  }

  subscribe(listener: (change: DataChange) => void): () => void {
    return this.listeners.add(listener);
  }
}
