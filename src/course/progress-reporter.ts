import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createEvent, dispatchFromElement } from '../core/events.js';
import { isPermanentFailure } from '../data/failures.js';
import type { DataSource, ProgressUpdate } from '../data/types.js';
import type { LessonProgressedDetail } from './course.types.js';
import type { LessonSession } from './lesson-session.js';
import { round } from './round.js';

/** The lesson view a report is about, and where its video stands. */
export interface ProgressSubject {
  readonly session: LessonSession;
  readonly positionSec: number;
  readonly durationSec: number;
}

/** What the reporter asks of its host. */
export interface ProgressOptions {
  /** The lesson view to report on, if one is open. */
  readonly subject: () => ProgressSubject | undefined;
  /** A report is about to be sent: the host remembers it. */
  readonly saved: (update: ProgressUpdate, session: LessonSession) => void;
  /** The page is being hidden for good (progress is already saved): the host ends its view. */
  readonly pageHidden: () => void;
  /** Says `message` on the console once per `key` (the element's `warnOnce`). */
  readonly warn: (key: string, message: string) => void;
}

/** How many failed reports are kept per data source for the next try; the oldest go first. */
export const MAX_PENDING = 50;

/**
 * Saves a lesson view's progress through the data source: at most every 10 s of playback (the
 * watch tracker says when), and whenever the host asks (pause, seek, lesson change), the tab is
 * hidden or the page goes away. Every report has its own id, so one sent again after a failure
 * is applied once. Reports go to the data source of the view they belong to, never to one the
 * host switched to later; failed ones wait per data source.
 */
export class ProgressReporter implements ReactiveController {
  private readonly unsent = new WeakMap<DataSource, ProgressUpdate[]>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ProgressOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
    window.addEventListener('pagehide', this.onPageHide);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    window.removeEventListener('pagehide', this.onPageHide);
  }

  /** Playback reached `time` at `rate`; saves once 10 s of playback passed since the last save. */
  played(time: number, rate: number): void {
    if (this.options.subject()?.session.tracker.tick(time, rate)) this.save();
  }

  /** Reports what was watched since the last report, if anything changed. */
  save(): void {
    const subject = this.options.subject();
    if (!subject) return;
    const { session, durationSec } = subject;
    const update = session.report(subject.positionSec, durationSec);
    if (!update) return;
    this.options.saved(update, session);
    this.send(update, session.dataSource);
    dispatchFromElement(
      this.host,
      createEvent<LessonProgressedDetail>('seoul-learn-lesson-progressed', {
        courseId: update.courseId,
        lessonId: update.lessonId,
        positionSec: update.positionSec,
        durationSec: round(durationSec),
        progress: round(session.tracker.coverage(durationSec)),
      }),
    );
  }

  /** Sends a report to `source` with any earlier ones that failed there; ids make a repeat harmless. */
  send(update: ProgressUpdate, source: DataSource): void {
    const batch = [...(this.unsent.get(source) ?? []), update];
    this.unsent.delete(source);
    this.deliver(batch, source);
  }

  /** Sends what still waits for `source`, before the host lets go of it. */
  flush(source: DataSource): void {
    const batch = this.unsent.get(source);
    this.unsent.delete(source);
    if (batch?.length) this.deliver(batch, source);
  }

  private deliver(batch: readonly ProgressUpdate[], source: DataSource): void {
    source.saveProgress(batch).catch((error: unknown) => {
      if (!isPermanentFailure(error)) {
        // Keep only the newest, so a long outage cannot grow the next request without bound.
        this.unsent.set(source, [...batch, ...(this.unsent.get(source) ?? [])].slice(-MAX_PENDING));
        this.options.warn('save-failed', 'Progress could not be saved; it will be sent again with the next report.');
      } else if (batch.length > 1) {
        // Which report was refused is unknown: each gets its own try, so good ones are not lost.
        for (const update of batch) this.deliver([update], source);
      } else {
        const ids = batch.map((update) => update.id).join(', ');
        this.options.warn(`rejected-${ids}`, `Progress report ${ids} was rejected by the data source and is dropped.`);
      }
    });
  }

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.save();
  };

  private readonly onPageHide = (): void => {
    this.save();
    this.options.pageHidden();
  };
}
