/**
 * The field rules of a progress report, in one place: `ProgressUpdateSchema` (the contract's
 * schema, also behind `api/openapi.yaml` and the reference server's check) decides for every
 * data source that takes reports.
 */
import * as v from 'valibot';
import { issuePath } from './http/invalid-response.js';
import { ProgressUpdateSchema } from './http/schemas.js';

const ProgressUpdatesSchema = v.array(ProgressUpdateSchema);

/**
 * The bad fields of a batch of progress reports, named from the batch (`updates[1].at`,
 * `updates` when it is not a list); empty when every report is valid. Names, never values.
 */
export function invalidProgressFields(updates: unknown): string[] {
  const result = v.safeParse(ProgressUpdatesSchema, updates);
  return result.success ? [] : [...new Set(result.issues.map((issue) => `updates${issuePath(issue)}`))];
}
