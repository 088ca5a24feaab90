/** Valid values of the course player's attributes, and the shapes of the events it fires. */
import type { Course, DataSource } from '../data/types.js';

/** Values of `shortcuts`: `on` (default) or `off` to switch character-key shortcuts off. */
export const SHORTCUTS_MODES = ['on', 'off'] as const;
export type ShortcutsMode = (typeof SHORTCUTS_MODES)[number];

/** Playback rates the rate menu offers. */
export const PLAYBACK_RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;

/** Caption text sizes. */
export const CAPTION_SIZES = ['small', 'medium', 'large'] as const;
export type CaptionSize = (typeof CAPTION_SIZES)[number];

/** How an HLS source plays: `auto` (native where the browser can, else hls.js) or always `hls.js`. */
export const HLS_ENGINES = ['auto', 'hls.js'] as const;
export type HlsEngine = (typeof HLS_ENGINES)[number];

/** Fired the first time a lesson view starts playing, or when the learner opens an external lesson's link. */
export interface LessonStartedDetail {
  readonly courseId: string;
  readonly lessonId: string;
  /** Where playback started, in seconds (0 for an external lesson). */
  readonly positionSec: number;
}

/** Fired each time progress is saved (at most every 10 s of playback, and on pause, seek, lesson change, page hide). */
export interface LessonProgressedDetail {
  readonly courseId: string;
  readonly lessonId: string;
  readonly positionSec: number;
  readonly durationSec: number;
  /** Watched-segment coverage, 0..1. */
  readonly progress: number;
}

/** Fired once when a lesson's coverage reaches `completion-threshold`, or an external lesson is marked done. */
export interface LessonCompletedDetail {
  readonly courseId: string;
  readonly lessonId: string;
  readonly progress: number;
}

/** Fired when the learner completes the last lesson left in the course. */
export interface CourseCompletedDetail {
  readonly courseId: string;
  readonly totalLessons: number;
}

/** An xAPI statement (Video Profile), as plain data for a host to forward to its LRS. */
export interface XapiStatement {
  readonly id: string;
  readonly actor: {
    readonly objectType: 'Agent';
    readonly account: { readonly homePage: string; readonly name: string };
  };
  readonly verb: { readonly id: string; readonly display: Readonly<Record<string, string>> };
  readonly object: {
    readonly objectType: 'Activity';
    readonly id: string;
    readonly definition: {
      readonly type: string;
      readonly name: Readonly<Record<string, string>>;
    };
  };
  readonly result?: {
    readonly completion?: boolean;
    readonly duration?: string;
    readonly extensions: Readonly<Record<string, string | number>>;
  };
  readonly context: {
    readonly registration: string;
    readonly contextActivities: {
      readonly parent: readonly { readonly id: string; readonly objectType: 'Activity' }[];
      readonly category: readonly { readonly id: string; readonly objectType: 'Activity' }[];
    };
    readonly extensions: Readonly<Record<string, string | number | boolean>>;
  };
  readonly timestamp: string;
}

/** Detail of `seoul-learn-xapi`. */
export interface XapiDetail {
  readonly statement: XapiStatement;
}

/** Where the player's course stands: loading, loaded (for a data source and learner), or failed. */
export type LoadState =
  | { readonly status: 'loading' }
  // The data source and learner it was loaded for: the views opened on it report there.
  | { readonly status: 'ready'; readonly course: Course; readonly source: DataSource; readonly learnerId: string }
  | { readonly status: 'error'; readonly reason: 'notFound' | 'network' | 'signedOut' | 'forbidden' };

/** The course player's events, typed for `addEventListener` everywhere. */
declare global {
  interface GlobalEventHandlersEventMap {
    'seoul-learn-lesson-started': CustomEvent<LessonStartedDetail>;
    'seoul-learn-lesson-progressed': CustomEvent<LessonProgressedDetail>;
    'seoul-learn-lesson-completed': CustomEvent<LessonCompletedDetail>;
    'seoul-learn-course-completed': CustomEvent<CourseCompletedDetail>;
    'seoul-learn-xapi': CustomEvent<XapiDetail>;
  }
}
