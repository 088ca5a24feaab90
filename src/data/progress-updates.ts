/**
 * The field rules of a progress report, in one place: `ProgressUpdateSchema` (the contract's
 * schema, also behind `api/openapi.yaml` and the reference server's check) decides for every
 * data source that takes reports, with the two rules no schema pattern can state beside it.
 */
import * as v from 'valibot';
import { issuePath } from './http/invalid-response.js';
import { ProgressUpdateSchema } from './http/schemas.js';
import { MAX_CLOCK_AHEAD_MS } from './limits.js';
import type { ProgressUpdate } from './types.js';

const ProgressUpdatesSchema = v.array(ProgressUpdateSchema);

/** An `at` that names a real moment: `Date` would read `2026-02-30` as 2 March. */
const realInstant = (at: string) => new Date(at).toISOString().slice(0, 19) === at.slice(0, 19);

/** The fields of one schema-valid report that break the rules beside the schema. */
function ruleBreaks(update: ProgressUpdate, now: Date | undefined): string[] {
  const invalid: string[] = [];
  if (update.watchedSegments.some(([start, end]) => start > end)) invalid.push('watchedSegments');
  if (!realInstant(update.at) || (now && Date.parse(update.at) > now.getTime() + MAX_CLOCK_AHEAD_MS)) {
    invalid.push('at');
  }
  return invalid;
}

/**
 * The bad fields of a batch of progress reports, named from the batch (`updates[1].at`,
 * `updates` when it is not a list); empty when every report is valid. Names, never values.
 * With `now` (the clock of a receiver that keeps reports from many devices, i.e. a server), an
 * `at` more than `MAX_CLOCK_AHEAD_MS` ahead of it is bad too.
 */
export function invalidProgressFields(updates: unknown, now?: Date): string[] {
  const result = v.safeParse(ProgressUpdatesSchema, updates);
  if (!result.success) return [...new Set(result.issues.map((issue) => `updates${issuePath(issue)}`))];
  return result.output.flatMap((update, i) => ruleBreaks(update, now).map((field) => `updates[${i}].${field}`));
}
