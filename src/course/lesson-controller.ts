import type { ReactiveControllerHost } from 'lit';
import { warnOnce } from '../core/warn.js';
import type { Clock } from '../data/clock.js';
import type { Course, DataSource, Lesson, LessonProgress, WatchedSegment } from '../data/types.js';
import type * as Account from './lesson-account.js';
import type { LessonAccount } from './lesson-account.js';
import type { MediaController } from './media-controller.js';
import type { MediaFact } from './media-state.js';

/** What the player knows about a lesson's progress. */
export interface LessonRecord {
  readonly positionSec: number;
  readonly watchedSegments: readonly WatchedSegment[];
  readonly completed: boolean;
}

/** The lesson a view is opened on, and the data source and learner its reports belong to. */
export interface LessonTarget {
  readonly course: Course;
  readonly lesson: Lesson;
  readonly source: DataSource;
  readonly learnerId: string;
}

/** What the lesson controller asks of its host. */
export interface LessonOptions {
  /** Where the video stands and how it plays. */
  readonly media: Pick<MediaController, 'state' | 'media'>;
  /** Share of a video that must be watched for its lesson to count as completed. */
  readonly threshold: () => number;
  /** The host's clock, for reports and statements. */
  readonly clock: Clock;
  /** A lesson was completed; `courseDone` when it was the last one left. */
  readonly completed: (lesson: Lesson, courseDone: boolean) => void;
  /** Loads the account's module (a test may hold it back or fail it). */
  readonly loadAccount?: () => Promise<typeof Account>;
}

/** The course's lessons in order, across its chapters. */
export const lessonsOf = (course: Course): Lesson[] => course.chapters.flatMap((chapter) => chapter.lessons);

/** The lesson after `lesson` in `course`, if there is one. */
export function nextLesson(course: Course, lesson: Lesson): Lesson | undefined {
  const lessons = lessonsOf(course);
  return lessons[lessons.indexOf(lesson) + 1];
}

const loadAccount = (): Promise<typeof Account> => import('./lesson-account.js');

/** The first wait before loading the account's code again after it failed; it doubles up to a minute. */
const RETRY_MS = 1000;

/** Something that happened to the open lesson, waiting for the account, and when (`performance.now`). */
interface Waiting {
  readonly at: number;
  readonly handle: (account: LessonAccount) => void;
}

/**
 * The learner's records in the player: each lesson's progress, where a lesson resumes, and
 * whether the course is done, which the player needs to show its first lesson. What playback
 * means for them (the lesson views, watched segments, completion, events, xAPI and progress
 * reports) is a {@link LessonAccount}, whose code loads once the player has shown
 * ({@link start}): what happens before it is there waits, in order, and is handed to it with the
 * time it happened, so that nothing a learner watched is lost. If its code cannot load, it is
 * tried again while something waits, after 1, 2, 4 … up to 60 seconds.
 */
export class LessonController {
  /** Each lesson's progress, as loaded and as saved since. */
  records: ReadonlyMap<string, LessonRecord> = new Map();
  private account: LessonAccount | undefined;
  private readonly waiting: Waiting[] = [];
  private loading = false;
  private wanted = false;
  private retryMs = RETRY_MS;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: LessonOptions,
  ) {}

  /** The view of the open video lesson, once the account is there. */
  get session(): LessonAccount['session'] {
    return this.account?.session;
  }

  /** Loads the account's code, unless it is there or on its way; the view calls it once the player has shown. */
  start(): void {
    this.wanted = true;
    if (this.account || this.loading) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.loading = true;
    (this.options.loadAccount ?? loadAccount)().then(
      ({ LessonAccount }) => {
        this.loading = false;
        const account = new LessonAccount(this.host, {
          ...this.options,
          records: () => this.records,
          remember: (lessonId, record) => this.remember(lessonId, record),
          allDone: (course) => this.allDone(course),
          // Through this chunk's import: the account's own would put the warnings in a chunk of their own.
          warn: (key, message) => warnOnce(this.host, key, message),
        });
        this.account = account;
        for (const { at, handle } of this.waiting.splice(0)) account.replay(at, () => handle(account));
      },
      () => {
        this.loading = false;
        warnOnce(this.host, 'account-failed', 'The code that saves progress could not load; it is tried again.');
        if (!this.waiting.length) return;
        this.retryTimer = setTimeout(() => this.start(), this.retryMs);
        this.retryMs = Math.min(this.retryMs * 2, 60_000);
      },
    );
  }

  /** Hands `handle` to the account now, or once it is there. */
  private run(handle: (account: LessonAccount) => void): void {
    if (this.account) return handle(this.account);
    this.waiting.push({ at: performance.now(), handle });
    // After a failure with nothing waiting, no retry was planned: this is the next try.
    if (this.wanted && !this.loading && this.retryTimer === undefined) this.start();
  }

  /** Takes the learner's stored progress in a freshly loaded course. */
  load(progress: readonly LessonProgress[]): void {
    this.records = new Map(progress.map((record) => [record.lessonId, record]));
    this.host.requestUpdate();
  }

  /**
   * Closes the open view and opens one on `target`.
   * @returns where the learner stopped, to resume from (0: from the start).
   */
  open(target: LessonTarget): number {
    this.run((account) => account.open(target));
    const { lesson } = target;
    const record = this.records.get(lesson.id);
    const position = record?.positionSec ?? 0;
    return record && !record.completed && position >= 1 && position < lesson.durationSec - 1 ? position : 0;
  }

  /** Saves and ends the open view, if any. */
  end(): void {
    this.run((account) => account.end());
  }

  /** Sends what still waits for `source`, before the host lets go of it. */
  flush(source: DataSource): void {
    this.run((account) => account.progress.flush(source));
  }

  /** Whether every lesson of `course` is completed. */
  allDone(course: Course): boolean {
    return lessonsOf(course).every((lesson) => this.records.get(lesson.id)?.completed);
  }

  /**
   * A lesson's record as the outline shows it: the stored one, and for the lesson playing, what
   * was watched since it opened, so that it shows as in progress from its first second.
   */
  recordOf(lessonId: string): LessonRecord | undefined {
    return this.account ? this.account.recordOf(lessonId) : this.records.get(lessonId);
  }

  /**
   * What a playback fact means for the open view. Playback means the player is in use: the
   * account's code is wanted from now on, even if the frame that was to ask for it ({@link start})
   * has not come (a tab in the background gets no frames, a busy one gets them late).
   */
  fact(fact: MediaFact): void {
    this.wanted = true;
    this.run((account) => account.fact(fact));
  }

  /** The learner opened the open external lesson's link: that view has started. */
  openedExternal(): void {
    this.run((account) => account.openedExternal());
  }

  /** The learner marked the open external lesson as done: it shows as done at once. */
  markDone(lesson: Lesson): void {
    this.remember(lesson.id, { positionSec: 0, watchedSegments: [], completed: true });
    this.run((account) => account.markDone());
  }

  private remember(lessonId: string, record: LessonRecord): void {
    this.records = new Map(this.records).set(lessonId, record);
    this.host.requestUpdate();
  }
}
