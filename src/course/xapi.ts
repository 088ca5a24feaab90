import { randomUuid } from '../data/ids.js';
import type { LocalizedText, WatchedSegment } from '../data/types.js';
import type { XapiStatement } from './course.types.js';
import { round } from './round.js';

/** The xAPI Video Profile verbs the player reports. */
const VERBS = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  played: 'https://w3id.org/xapi/video/verbs/played',
  paused: 'https://w3id.org/xapi/video/verbs/paused',
  seeked: 'https://w3id.org/xapi/video/verbs/seeked',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;
export type XapiVerb = keyof typeof VERBS;

const EXT = 'https://w3id.org/xapi/video/extensions/';
const VIDEO_TYPE = 'https://w3id.org/xapi/video/activity-type/video';
const PROFILE = 'https://w3id.org/xapi/video';

/** The lesson view (session) a statement belongs to, as it was when the statement was made. */
export interface XapiSession {
  /** The xAPI session id of the view. */
  readonly id: string;
  readonly learnerId: string;
  readonly courseId: string;
  readonly lessonId: string;
  readonly studySec: number;
  readonly watched: readonly WatchedSegment[];
  /** Share (0..1) of the video watched. */
  readonly progress: number;
}

/** What a statement says about the video, besides the lesson view (its session) it belongs to. */
export interface XapiView {
  readonly title: LocalizedText;
  readonly lengthSec: number;
  readonly speed: number;
  /** Language of the showing captions, `''` when off. */
  readonly captionLang: string;
  readonly timeSec: number;
}

/** Video Profile notation of watched segments: `0[.]5.5[,]10[.]20`. */
export const formatSegments = (segments: readonly WatchedSegment[]): string =>
  segments.map(([start, end]) => `${round(start)}[.]${round(end)}`).join('[,]');

const activity = (id: string) => ({ id, objectType: 'Activity' as const });

/**
 * Builds one xAPI Video Profile statement of the lesson view `session`, made at `at`; `seek` is
 * the jump of a `seeked` statement. The session's id is the Video Profile's session id.
 */
export function xapiStatement(
  verb: XapiVerb,
  session: XapiSession,
  view: XapiView,
  at: Date,
  seek?: { readonly from: number; readonly to: number },
): XapiStatement {
  const name: Record<string, string> = { 'ko-KR': view.title.ko };
  if (view.title.en) name['en-US'] = view.title.en;
  const extensions: Record<string, string | number> = {
    [`${EXT}time`]: round(seek ? seek.to : view.timeSec),
    [`${EXT}progress`]: round(session.progress),
    [`${EXT}played-segments`]: formatSegments(session.watched),
  };
  if (seek) {
    extensions[`${EXT}time-from`] = round(seek.from);
    extensions[`${EXT}time-to`] = round(seek.to);
  }
  const result =
    verb === 'initialized'
      ? undefined
      : {
          ...(verb === 'completed' ? { completion: true, duration: `PT${round(session.studySec)}S` } : {}),
          extensions,
        };
  return {
    id: randomUuid(),
    actor: { objectType: 'Agent', account: { homePage: location.origin, name: session.learnerId } },
    verb: { id: VERBS[verb], display: { 'en-US': verb } },
    object: {
      objectType: 'Activity',
      id: `urn:seoul-learn:lesson:${encodeURIComponent(session.lessonId)}`,
      definition: { type: VIDEO_TYPE, name },
    },
    ...(result ? { result } : {}),
    context: {
      registration: session.id,
      contextActivities: {
        parent: [activity(`urn:seoul-learn:course:${encodeURIComponent(session.courseId)}`)],
        category: [activity(PROFILE)],
      },
      extensions: {
        [`${EXT}session-id`]: session.id,
        [`${EXT}length`]: round(view.lengthSec),
        [`${EXT}speed`]: `${view.speed}x`,
        [`${EXT}cc-enabled`]: view.captionLang !== '',
        [`${EXT}cc-subtitle-lang`]: view.captionLang,
      },
    },
    timestamp: at.toISOString(),
  };
}
