/**
 * The data source for a real Seoul Learn API. Kept out of `src/data/index.ts` so that a host (or
 * the provider) loads it only when `api-base` is set: `await import('./data/http/index.js')`.
 */
export {
  DEFAULT_HTTP_BACKOFF,
  DEFAULT_RETRIES,
  DEFAULT_TIMEOUT_MS,
  HttpDataSource,
  type FetchFunction,
  type HttpDataSourceOptions,
  type HttpOutboxOptions,
  type TokenSource,
} from './http-data-source.js';
export { PROBLEM_TYPES } from './problems.js';
export type { RoundOutcome } from '../outbox/progress-outbox.js';
