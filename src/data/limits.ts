/**
 * The numeric rules of the Seoul Learn API contract, in one place: the request schemas
 * (`http/schemas.ts`, and through them `api/openapi.yaml`), the data sources and the reference
 * server all read them from here. Free of dependencies so that any of them can import it.
 */

/** Shortest and longest weekly goal `setWeeklyGoal` accepts, in minutes. */
export const WEEKLY_GOAL_RANGE = { min: 10, max: 3000 } as const;

/** Most progress events one `POST /progress-events` may carry. */
export const MAX_PROGRESS_EVENTS = 500;
