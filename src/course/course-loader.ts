import type { ReactiveController, ReactiveElement } from 'lit';
import { RequestController } from '../core/request-controller.js';
import type { Course, DataSource, Lesson, LessonProgress } from '../data/types.js';
import type { LoadState } from './course.types.js';

/** The error state each failure code shows; any other failure may pass on a retry. */
const REASONS: Readonly<Record<string, 'notFound' | 'signedOut' | 'forbidden'>> = {
  'not-found': 'notFound',
  unauthorized: 'signedOut',
  forbidden: 'forbidden',
};

/** What the course loader asks of its host. */
export interface CourseLoaderOptions {
  /** The course to show, the learner and the data source, as the host resolves them now. */
  readonly target: () => { courseId: string | undefined; learnerId: string; source: DataSource };
  /** Waited for together with the data (the view's code): the course is ready when both are. */
  readonly prepare?: () => Promise<unknown>;
  /** A load begins: the previous lesson view ends. */
  readonly starting: (previous: LoadState) => void;
  /** The course and the learner's progress in it arrived, perhaps before what `prepare` waits for. */
  readonly arrived?: (course: Course, progress: readonly LessonProgress[]) => void;
  /** The course and the learner's progress in it arrived, and what `prepare` waits for is there. */
  readonly loaded: (course: Course, progress: readonly LessonProgress[]) => void;
}

/**
 * The lesson a freshly loaded course opens on: `lessonId` if the course has it, else the first
 * lesson the learner has not completed, else the first.
 */
export function openingLesson(
  course: Course,
  progress: readonly LessonProgress[],
  lessonId: string | undefined,
): Lesson | undefined {
  const lessons = course.chapters.flatMap((chapter) => chapter.lessons);
  const done = new Set(progress.filter((record) => record.completed).map((record) => record.lessonId));
  return (
    lessons.find((lesson) => lesson.id === lessonId) ?? lessons.find((lesson) => !done.has(lesson.id)) ?? lessons[0]
  );
}

/**
 * The course and the learner's progress in it, loaded again whenever the course, the learner or
 * the data source changes, through the shared {@link RequestController}: a newer load aborts and
 * replaces a stale one, and failures are told apart by their code.
 */
export class CourseLoader implements ReactiveController {
  state: LoadState = { status: 'loading' };
  private readonly requests: RequestController<'course'>;
  private source: DataSource | undefined;
  private key: string | undefined;

  constructor(
    host: ReactiveElement,
    private readonly options: CourseLoaderOptions,
  ) {
    host.addController(this);
    this.requests = new RequestController(host);
  }

  hostConnected(): void {
    // The read starts now, not at the first update, which may wait for the region's theme or the
    // English text: the data, the view's code and those load side by side.
    this.sync();
  }

  hostDisconnected(): void {
    // Reconnecting loads again, with a fresh session.
    this.key = undefined;
  }

  /** Loads if the course, the learner or the data source changed; returns whether it did. */
  sync(): boolean {
    const { courseId, learnerId, source } = this.options.target();
    const key = `${courseId ?? ''}\n${learnerId}`;
    if (source === this.source && key === this.key) return false;
    this.source = source;
    this.key = key;
    void this.load();
    return true;
  }

  /** Loads the course and the learner's progress in it. */
  load(): Promise<void> {
    this.options.starting(this.state);
    const { courseId, learnerId, source } = this.options.target();
    if (!courseId) {
      // Nothing to ask a data source for; an answer for an earlier course must not land either.
      this.requests.cancel();
      this.state = { status: 'error', reason: 'notFound' };
      return Promise.resolve();
    }
    this.state = { status: 'loading' };
    return this.requests.run(
      'course',
      (signal) => {
        const data = Promise.all([
          source.getCourse(courseId, { signal }),
          source.getCourseProgress(learnerId, courseId, { signal }),
        ]);
        // A failure is the whole load's to report.
        data.then(([course, progress]) => signal.aborted || this.options.arrived?.(course, progress)).catch(() => {});
        return Promise.all([data, this.options.prepare?.()]).then(
          ([[course, progress]]) => [course, progress] as const,
        );
      },
      {
        done: ([course, progress]) => {
          this.state = { status: 'ready', course, source, learnerId };
          this.options.loaded(course, progress);
        },
        failed: (_error, code) => {
          this.state = {
            status: 'error',
            reason: REASONS[code ?? ''] ?? 'network',
          };
          return true;
        },
      },
    );
  }
}
