import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createEvent, dispatchFromElement } from '../core/events.js';
import type { Clock } from '../data/clock.js';
import { isComplete } from '../data/progress.js';
import type { Course, DataSource, Lesson, LessonProgress, WatchedSegment } from '../data/types.js';
import type { CourseCompletedDetail, LessonCompletedDetail, LessonStartedDetail, XapiDetail } from './course.types.js';
import { LessonSession, doneUpdate } from './lesson-session.js';
import type { MediaController } from './media-controller.js';
import type { MediaFact } from './media-state.js';
import { ProgressReporter } from './progress-reporter.js';
import { round } from './round.js';
import type * as Xapi from './xapi.js';
import type { XapiVerb } from './xapi.js';

/**
 * The xAPI statement builder: loaded with a view's first statement (its first play), never before
 * the player shows; statements made while it loads go out in order once it is there.
 */
let xapiModule: typeof Xapi | undefined;
const loadXapi = (): Promise<typeof Xapi> => import('./xapi.js').then((module) => (xapiModule = module));

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
}

type EventName = keyof GlobalEventHandlersEventMap & `seoul-learn-${string}`;

/** The course's lessons in order, across its chapters. */
export const lessonsOf = (course: Course): Lesson[] => course.chapters.flatMap((chapter) => chapter.lessons);

/** The lesson after `lesson` in `course`, if there is one. */
export function nextLesson(course: Course, lesson: Lesson): Lesson | undefined {
  const lessons = lessonsOf(course);
  return lessons[lessons.indexOf(lesson) + 1];
}

/**
 * The learner's side of the player: the records of every lesson, the view of the open one (a
 * {@link LessonSession}), what playback facts mean for them (watched segments, completion, the
 * started/completed events and xAPI statements) and the progress reports, which it hands to a
 * {@link ProgressReporter}. The media controller plays; this controller keeps the account.
 * Its events go through `dispatchFromElement`, so that those fired after a host removed the
 * element still reach the document.
 */
export class LessonController implements ReactiveController {
  /** Each lesson's progress, as loaded and as saved since. */
  records: ReadonlyMap<string, LessonRecord> = new Map();
  /** The view of the open video lesson, if one is open. */
  session: LessonSession | undefined;
  private target: LessonTarget | undefined;
  /** Whether the learner opened the current external lesson's link in this view. */
  private externalOpened = false;
  /** Statements waiting for the xAPI builder to load, chained in the order they were made. */
  private xapiPending: Promise<void> | undefined;
  /** Sends the progress reports. */
  readonly progress: ProgressReporter;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: LessonOptions,
  ) {
    host.addController(this);
    this.progress = new ProgressReporter(host, {
      subject: () => {
        const { session, target } = this;
        if (!session || !target) return undefined;
        const video = options.media.media;
        return {
          session,
          positionSec: video ? video.currentTime : (this.records.get(target.lesson.id)?.positionSec ?? 0),
          durationSec: this.durationOf(target.lesson),
        };
      },
      saved: (update, session) =>
        this.remember(update.lessonId, {
          positionSec: update.positionSec,
          watchedSegments: session.tracker.watched,
          completed: update.completed,
        }),
      pageHidden: () => this.terminate(),
    });
  }

  hostConnected(): void {
    window.addEventListener('pageshow', this.onPageShow);
  }

  hostDisconnected(): void {
    window.removeEventListener('pageshow', this.onPageShow);
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
    this.end();
    const { course, lesson, source, learnerId } = target;
    this.target = target;
    this.externalOpened = false;
    const record = this.records.get(lesson.id);
    if (lesson.kind === 'video') {
      this.session = new LessonSession(source, learnerId, course.id, lesson.id, record, this.options.clock);
    }
    const position = record?.positionSec ?? 0;
    return record && !record.completed && position >= 1 && position < lesson.durationSec - 1 ? position : 0;
  }

  /** Saves and ends the open view, if any. */
  end(): void {
    if (this.session) {
      this.progress.save();
      this.terminate();
    }
    this.session = undefined;
    this.target = undefined;
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
    const stored = this.records.get(lessonId);
    const { session, target } = this;
    if (!session?.started || target?.lesson.id !== lessonId || stored?.completed) return stored;
    const { currentTime } = this.options.media.state;
    return { positionSec: currentTime, watchedSegments: session.tracker.watched, completed: session.completed };
  }

  /** What a playback fact means for the open view. */
  fact(fact: MediaFact): void {
    const { session, target } = this;
    if (!session || !target) return;
    const tracker = session.tracker;
    switch (fact.type) {
      case 'play':
        tracker.restart(fact.time);
        if (!session.started) {
          session.started = true;
          this.emit<LessonStartedDetail>('seoul-learn-lesson-started', {
            courseId: session.courseId,
            lessonId: session.lessonId,
            positionSec: round(fact.time),
          });
        }
        this.xapi('played');
        break;
      case 'time':
        this.progress.played(fact.time, fact.rate);
        this.checkCompletion();
        break;
      case 'pause':
        tracker.tick(fact.time, fact.rate);
        tracker.restart(undefined);
        this.checkCompletion();
        this.xapi('paused');
        this.progress.save();
        break;
      case 'seeking':
        tracker.tick(fact.from, this.options.media.state.rate);
        tracker.restart(undefined);
        break;
      case 'seeked':
        tracker.restart(fact.playing ? fact.to : undefined);
        this.xapi('seeked', { from: fact.from, to: fact.to });
        this.progress.save();
        break;
    }
  }

  /** The learner opened the open external lesson's link: that view has started. */
  openedExternal(): void {
    const target = this.target;
    if (!target || this.externalOpened) return;
    this.externalOpened = true;
    this.emit<LessonStartedDetail>('seoul-learn-lesson-started', {
      courseId: target.course.id,
      lessonId: target.lesson.id,
      positionSec: 0,
    });
  }

  /** The learner marked the open external lesson as done. */
  markDone(): void {
    const target = this.target;
    if (!target) return;
    const { lesson, course } = target;
    this.remember(lesson.id, { positionSec: 0, watchedSegments: [], completed: true });
    this.progress.send(doneUpdate(target.learnerId, course.id, lesson, this.options.clock()), target.source);
    this.completed(lesson, 1);
  }

  private durationOf(lesson: Lesson): number {
    const duration = this.options.media.media?.duration;
    return duration && Number.isFinite(duration) ? duration : lesson.durationSec;
  }

  /** Completes the lesson once enough of it was actually watched. */
  private checkCompletion(): void {
    const { session, target } = this;
    if (!session || !target || session.completed) return;
    const duration = this.durationOf(target.lesson);
    if (!isComplete(session.tracker.watched, duration, this.options.threshold())) return;
    session.completed = true;
    this.progress.save();
    this.completed(target.lesson, session.tracker.coverage(duration));
    this.xapi('completed');
  }

  private completed(lesson: Lesson, progress: number): void {
    const course = this.target!.course;
    this.emit<LessonCompletedDetail>('seoul-learn-lesson-completed', {
      courseId: course.id,
      lessonId: lesson.id,
      progress: round(progress),
    });
    const courseDone = this.allDone(course);
    if (courseDone) {
      this.emit<CourseCompletedDetail>('seoul-learn-course-completed', {
        courseId: course.id,
        totalLessons: lessonsOf(course).length,
      });
    }
    this.options.completed(lesson, courseDone);
  }

  private remember(lessonId: string, record: LessonRecord): void {
    this.records = new Map(this.records).set(lessonId, record);
    this.host.requestUpdate();
  }

  private xapi(verb: XapiVerb, seek?: { from: number; to: number }): void {
    const { session, target } = this;
    // A terminated view says nothing more: a page hidden, then left or closed, must not report twice.
    if (!session || !target || session.terminated) return;
    if (verb !== 'initialized' && !session.initialized) {
      session.initialized = true;
      this.xapi('initialized');
    }
    const { state, media } = this.options.media;
    const lengthSec = this.durationOf(target.lesson);
    // What the statement says is taken now; it is built now too, unless the builder is still loading.
    const args: Parameters<typeof Xapi.xapiStatement> = [
      verb,
      {
        id: session.id,
        learnerId: session.learnerId,
        courseId: session.courseId,
        lessonId: session.lessonId,
        studySec: session.studySec,
        watched: session.tracker.watched,
        progress: session.tracker.coverage(lengthSec),
      },
      {
        title: target.lesson.title,
        lengthSec,
        speed: state.rate,
        captionLang: state.captionLang,
        timeSec: media?.currentTime ?? state.currentTime,
      },
      this.options.clock(),
      seek,
    ];
    if (verb === 'terminated') session.terminated = true;
    const send = (module: typeof Xapi) =>
      this.emit<XapiDetail>('seoul-learn-xapi', { statement: module.xapiStatement(...args) });
    // In order: statements made while the builder loads go out, in turn, once it is there (a
    // builder that cannot load, offline, drops them; the next statement tries again).
    if (xapiModule && !this.xapiPending) return send(xapiModule);
    const pending = (this.xapiPending ?? Promise.resolve())
      .then(loadXapi)
      .then(send)
      .catch(() => undefined)
      .finally(() => {
        if (this.xapiPending === pending) this.xapiPending = undefined;
      });
    this.xapiPending = pending;
  }

  private emit<D>(name: EventName, detail: D): void {
    dispatchFromElement(this.host, createEvent(name, detail));
  }

  /** Ends the view's xAPI session; a view reports `terminated` once (see {@link xapi}). */
  private terminate(): void {
    if (this.session?.initialized) this.xapi('terminated');
  }

  /** Back from the back/forward cache after `terminated`: the learner goes on in a new view. */
  private readonly onPageShow = (event: PageTransitionEvent): void => {
    const old = this.session;
    if (!event.persisted || !old?.terminated) return;
    const session = new LessonSession(
      old.dataSource,
      old.learnerId,
      old.courseId,
      old.lessonId,
      this.records.get(old.lessonId),
      this.options.clock,
    );
    session.started = old.started;
    this.session = session;
  };
}
