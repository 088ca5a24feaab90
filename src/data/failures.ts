/**
 * Which failures are worth another try. A module of its own, outside the public `errors.js`, so
 * that an element's download grows only if it uses the rule.
 */
import type { DataSourceError } from './errors.js';

/**
 * True when sending the same request again cannot succeed: the data was refused (`validation`)
 * or addresses nothing (`not-found`). Anything else (network, 5xx, sign-in) may pass later.
 * Decided by `code`, not `instanceof`, so that it holds for errors from another copy of the library.
 */
export function isPermanentFailure(error: unknown): boolean {
  const code = error instanceof Error ? (error as Partial<DataSourceError>).code : undefined;
  return code === 'validation' || code === 'not-found';
}
