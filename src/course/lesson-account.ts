import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createEvent, dispatchFromElement } from '../core/events.js';
import { isComplete } from '../data/progress.js';
import type { Course, Lesson } from '../data/types.js';
import type { CourseCompletedDetail, LessonCompletedDetail, LessonStartedDetail, XapiDetail } from './course.types.js';
import { LessonSession, doneUpdate } from './lesson-session.js';
import type { MediaFact } from './media-state.js';
import { ProgressReporter } from './progress-reporter.js';
import type { LessonOptions, LessonRecord, LessonTarget } from './lesson-controller.js';
import { round } from './round.js';
import type * as Xapi from './xapi.js';
import type { XapiVerb } from './xapi.js';

/**
 * The xAPI statement builder: loaded with a view's first statement (its first play), never before
 * the player shows; statements made while it loads go out in order once it is there.
 */
let xapiModule: typeof Xapi | undefined;
const loadXapi = (): Promise<typeof Xapi> => import('./xapi.js').then((module) => (xapiModule = module));

type EventName = keyof GlobalEventHandlersEventMap & `seoul-learn-${string}`;

/** What the account asks of the {@link LessonController} that made it, beyond the lesson options. */
export interface AccountOptions extends LessonOptions {
  /** Each lesson's progress, as loaded and as saved since (the controller keeps them). */
  readonly records: () => ReadonlyMap<string, LessonRecord>;
  /** Keeps a lesson's new record. */
  readonly remember: (lessonId: string, record: LessonRecord) => void;
  /** Says a message on the console once per key for the element. */
  readonly warn: (key: string, message: string) => void;
  /** Whether every lesson of a course is completed, by the records. */
  readonly allDone: (course: Course) => boolean;
}

/**
 * The learner's side of the player, behind a {@link LessonController}: the view of the open
 * lesson (a {@link LessonSession}), what playback facts mean for it (watched segments,
 * completion, the started/completed events and xAPI statements) and the progress reports, which
 * it hands to a {@link ProgressReporter}. The media controller plays; this keeps the account. Its
 * code loads once the player has shown; what happened before is handed to it in order, each at
 * the time it happened (see {@link replay}). Its events go through `dispatchFromElement`, so that
 * those fired after a host removed the element still reach the document.
 */
export class LessonAccount implements ReactiveController {
  /** The view of the open video lesson, if one is open. */
  session: LessonSession | undefined;
  private target: LessonTarget | undefined;
  /** Whether the learner opened the current external lesson's link in this view. */
  private externalOpened = false;
  /** Statements waiting for the xAPI builder to load, chained in the order they were made. */
  private xapiPending: Promise<void> | undefined;
  /** The media time of the fact being handled, for its statements. */
  private factTime: number | undefined;
  /** Sends the progress reports. */
  readonly progress: ProgressReporter;
  /** While a fact that waited for this code is handed over: when it happened (see {@link replay}). */
  private replayAt: number | undefined;
  /** The watch trackers' clock: when the fact being handled happened. */
  private readonly now = (): number => this.replayAt ?? performance.now();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: AccountOptions,
  ) {
    host.addController(this);
    this.progress = new ProgressReporter(host, {
      subject: () => {
        const { session, target } = this;
        if (!session || !target) return undefined;
        const video = options.media.media;
        return {
          session,
          positionSec: video ? video.currentTime : (options.records().get(target.lesson.id)?.positionSec ?? 0),
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
      warn: options.warn,
    });
  }

  hostConnected(): void {
    window.addEventListener('pageshow', this.onPageShow);
  }

  hostDisconnected(): void {
    window.removeEventListener('pageshow', this.onPageShow);
  }

  /**
   * Runs `handle` as at `at` (on `performance.now`): a fact that waited for this code counts as
   * far as real time had passed when it happened, not when it is handed over.
   */
  replay(at: number, handle: () => void): void {
    this.replayAt = at;
    try {
      handle();
    } finally {
      this.replayAt = undefined;
    }
  }

  /** Closes the open view and opens one on `target`. */
  open(target: LessonTarget): void {
    this.end();
    const { course, lesson, source, learnerId } = target;
    this.target = target;
    this.externalOpened = false;
    if (lesson.kind === 'video') {
      const record = this.options.records().get(lesson.id);
      this.session = new LessonSession(source, learnerId, course.id, lesson.id, record, this.options.clock, this.now);
    }
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

  /**
   * A lesson's record as the outline shows it: the stored one, and for the lesson playing, what
   * was watched since it opened, so that it shows as in progress from its first second.
   */
  recordOf(lessonId: string): LessonRecord | undefined {
    const stored = this.options.records().get(lessonId);
    const { session, target } = this;
    if (!session?.started || target?.lesson.id !== lessonId || stored?.completed) return stored;
    const { currentTime } = this.options.media.state;
    return { positionSec: currentTime, watchedSegments: session.tracker.watched, completed: session.completed };
  }

  /** What a playback fact means for the open view. */
  fact(fact: MediaFact): void {
    const { session, target } = this;
    if (!session || !target) return;
    // Statements say where the video was when this happened: a fact handed over late (see
    // LessonController) finds the video elsewhere by then.
    this.factTime = 'to' in fact ? fact.to : 'time' in fact ? fact.time : 'from' in fact ? fact.from : undefined;
    try {
      this.handle(fact, session);
    } finally {
      this.factTime = undefined;
    }
  }

  private handle(fact: MediaFact, session: LessonSession): void {
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
    const courseDone = this.options.allDone(course);
    if (courseDone) {
      this.emit<CourseCompletedDetail>('seoul-learn-course-completed', {
        courseId: course.id,
        // Counted here, not with lesson-controller's lessonsOf: importing a value back from the
        // course view's chunk makes the bundler split core/warn.ts into a file of its own, which
        // puts every element over its size budget.
        totalLessons: course.chapters.reduce((sum, chapter) => sum + chapter.lessons.length, 0),
      });
    }
    this.options.completed(lesson, courseDone);
  }

  private remember(lessonId: string, record: LessonRecord): void {
    this.options.remember(lessonId, record);
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
        timeSec: this.factTime ?? media?.currentTime ?? state.currentTime,
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
      this.options.records().get(old.lessonId),
      this.options.clock,
      this.now,
    );
    session.started = old.started;
    this.session = session;
  };
}
