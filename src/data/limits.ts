/**
 * The numeric rules of the Seoul Learn API contract, in one place: the request schemas
 * (`http/schemas.ts`, and through them `api/openapi.yaml`), the data sources and the reference
 * server all read them from here. Free of dependencies so that any of them can import it.
 */

/** Shortest and longest weekly goal `setWeeklyGoal` accepts, in minutes. */
export const WEEKLY_GOAL_RANGE = { min: 10, max: 3000 } as const;

/** Most progress events one `POST /progress-events` may carry. */
export const MAX_PROGRESS_EVENTS = 500;

/** Longest id (learner, course, lesson, event, slot, booking, region) a request may name. */
export const MAX_ID_LENGTH = 200;

/**
 * Longest video, position or watched second a report may state: a day. Real lessons last
 * minutes; the bound keeps absurd numbers (and `1e400`, which JSON reads as Infinity) out.
 */
export const MAX_MEDIA_SEC = 24 * 3600;

/**
 * Most watched segments one progress event may carry. A player reports every few seconds of
 * playback, so one report holds a handful; a hundred is far beyond any real one.
 */
export const MAX_SEGMENTS_PER_EVENT = 100;

/**
 * Most disjoint watched segments a lesson record keeps after merging. Past it the shortest are
 * dropped: coverage can only be under-counted, never invented, and a record stays small.
 */
export const MAX_SEGMENTS_PER_LESSON = 500;

/** Most study time one progress event may claim, in seconds (players report every few seconds). */
export const MAX_STUDY_SEC_PER_EVENT = 3600;

/** Most study time a learner can have on one day, in seconds: the day itself. */
export const MAX_STUDY_SEC_PER_DAY = 24 * 3600;

/** Earliest instant a report may carry (`at`): before the programme's data began. */
export const EARLIEST_INSTANT = '2020-01-01T00:00:00.000Z';

/** How far a report's `at` may lie ahead of the server's clock (a device clock a little fast). */
export const MAX_CLOCK_AHEAD_MS = 24 * 3600 * 1000;

/** Deepest nesting of arrays and objects a request body may have (the deepest valid one has 5). */
export const MAX_JSON_DEPTH = 8;
