/** The media controller's vocabulary: the state it hands down, the requests it takes, the facts it reports. */
import type { Lesson } from '../data/types.js';
import type { HlsEngine } from './course.types.js';

/** Everything the controls show. Controls read this and hold no state of their own. */
export interface MediaState {
  readonly paused: boolean;
  readonly ended: boolean;
  readonly currentTime: number;
  readonly duration: number;
  /** End of the buffered range that contains the playhead, in seconds. */
  readonly bufferedEnd: number;
  readonly volume: number;
  readonly muted: boolean;
  readonly rate: number;
  readonly waiting: boolean;
  readonly error: boolean;
  readonly fullscreen: boolean;
  readonly pip: boolean;
  /** Language of the showing caption track; empty when captions are off. */
  readonly captionLang: string;
  /** Languages of the caption tracks that can be shown. */
  readonly captionLangs: readonly string[];
}

/** Before any video: paused at 0, nothing loaded. */
export const INITIAL_MEDIA_STATE: MediaState = {
  paused: true,
  ended: false,
  currentTime: 0,
  duration: 0,
  bufferedEnd: 0,
  volume: 1,
  muted: false,
  rate: 1,
  waiting: false,
  error: false,
  fullscreen: false,
  pip: false,
  captionLang: '',
  captionLangs: [],
};

/** The video's events that change what the controls show. */
export const MEDIA_EVENTS = [
  'loadedmetadata',
  'durationchange',
  'timeupdate',
  'progress',
  'play',
  'playing',
  'pause',
  'waiting',
  'canplay',
  'seeking',
  'seeked',
  'ratechange',
  'volumechange',
  'ended',
  'error',
  'enterpictureinpicture',
  'leavepictureinpicture',
] as const;

/** What a control (or a shortcut) asks the controller to do. */
export type MediaRequest =
  | { readonly type: 'play' | 'pause' | 'toggle' | 'toggle-mute' | 'toggle-captions' | 'fullscreen' | 'pip' }
  | { readonly type: 'seek'; readonly time: number }
  | { readonly type: 'seek-by' | 'volume-by'; readonly delta: number }
  | { readonly type: 'volume'; readonly value: number }
  | { readonly type: 'rate'; readonly rate: number }
  | { readonly type: 'captions'; readonly lang: string };

/** Playback facts the controller reports to its host (for progress, events and xAPI). */
export type MediaFact =
  | { readonly type: 'play' | 'pause' | 'time' | 'ended'; readonly time: number; readonly rate: number }
  | { readonly type: 'seeking'; readonly from: number }
  | { readonly type: 'seeked'; readonly from: number; readonly to: number; readonly playing: boolean }
  | { readonly type: 'error' };

/** The lesson whose player the host renders, and how to play it. */
export interface MediaTarget {
  readonly lesson: Lesson;
  readonly engine: HlsEngine;
  /** The interface language: captions follow it until the learner chooses. */
  readonly locale: string;
}

/** What the controller asks of its host. */
export interface MediaOptions {
  /** The lesson being shown, if any. */
  readonly target: () => MediaTarget | undefined;
  /** Playback facts, for progress, events and xAPI. */
  readonly report: (fact: MediaFact) => void;
  /** The video could not get to the resume position `at` (seconds). */
  readonly resumeFailed?: (at: number) => void;
}
