import { systemClock, type Clock } from './clock.js';
import { DeferredDataSource } from './deferred-data-source.js';
import type { CohortSummary, Course, DataSource, LearnerSummary, LessonProgress, RequestOptions } from './types.js';
import type { DemoDataSourceOptions } from './demo/demo-data-source.js';
import { COURSE_ROWS } from './demo/fixtures/generated/row-loaders.js';

export type { DemoDataSourceOptions } from './demo/demo-data-source.js';

const loadDemo = () => import('./demo/demo-data-source.js');

/**
 * Each demo course's module by id, in catalogue order. Here rather than in the demo data, so that
 * a course player fetches its course's module side by side with the demo data instead of after it.
 */
export { COURSE_ROWS };

/** Starts fetching a course's module (the demo data loads the same module when it needs it). */
const prefetchCourse = (courseId: string): void =>
  void (Object.hasOwn(COURSE_ROWS, courseId) && COURSE_ROWS[courseId]!().catch(() => undefined));

/** Starts fetching the summaries' module, which the demo data would only ask for once it has loaded. */
const prefetchSummaries = (): void => void import('./demo/learners.js').catch(() => undefined);

/**
 * The built-in data source: realistic Korean demo courses, consultants and slots, with the
 * learner's progress, goals and bookings kept in IndexedDB so that they survive a reload. The
 * fixtures load on first use, so constructing one costs nothing until an element asks for data.
 *
 * ```ts
 * provider.dataSource = new DemoDataSource({ storage: 'memory' });
 * ```
 */
export class DemoDataSource extends DeferredDataSource {
  constructor(options: DemoDataSourceOptions = {}) {
    super(() => loadDemo().then(({ LocalDemoDataSource }) => new LocalDemoDataSource(options)));
  }

  override getCourse(courseId: string, options?: RequestOptions): Promise<Course> {
    prefetchCourse(courseId);
    return super.getCourse(courseId, options);
  }

  override getCourseProgress(learnerId: string, courseId: string, options?: RequestOptions): Promise<LessonProgress[]> {
    prefetchCourse(courseId);
    return super.getCourseProgress(learnerId, courseId, options);
  }

  override getLearnerSummary(learnerId: string, options?: RequestOptions): Promise<LearnerSummary> {
    prefetchSummaries();
    return super.getLearnerSummary(learnerId, options);
  }

  override getCohortSummary(region: string, options?: RequestOptions): Promise<CohortSummary> {
    prefetchSummaries();
    return super.getCohortSummary(region, options);
  }

  /** Closes the IndexedDB connection; the next call opens it again. */
  async close(): Promise<void> {
    const source = (await this.loadedSource()) as (DataSource & { close(): Promise<void> | void }) | undefined;
    await source?.close();
  }
}

/** Deletes a demo database (default `seoul-learn-demo`): every stored progress, goal and booking. */
export async function deleteDemoDatabase(name?: string): Promise<void> {
  const { deleteDemoDatabase: remove } = await loadDemo();
  await remove(name);
}

const shared = new WeakMap<Clock, DataSource>();

/**
 * The page-wide built-in demo data source, used by every element that has neither its own
 * `dataSource` nor a provider's: one instance per clock, so that elements on a page see each
 * other's changes, and an element or provider whose `clock` is pinned gets demo data (slots,
 * seeded history, "today") on that clock. Keep passing the same clock function to share one.
 */
export function defaultDataSource(clock: Clock = systemClock): DataSource {
  let source = shared.get(clock);
  if (!source) {
    source = new DemoDataSource(clock === systemClock ? {} : { now: clock });
    shared.set(clock, source);
  }
  return source;
}
