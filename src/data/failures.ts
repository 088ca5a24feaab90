/**
 * How a failure is told apart: by its `code`, never by `instanceof`, so that an error thrown by a
 * second copy of the library on the page is understood the same way. The one place that reads
 * an error's code; outside the public `errors.js`, so that an element's download grows only if it
 * uses it.
 */

/** The `code` of an error (`DataSourceError` has one), or undefined. */
export const errorCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;

/** The codes of failures that the same request can never get past. */
const PERMANENT_CODES: ReadonlySet<string> = new Set(['validation', 'not-found', 'forbidden', 'too-large']);

/**
 * True when sending the same request again cannot succeed: the data was refused (`validation`),
 * addresses nothing (`not-found`), is not the caller's to touch (`forbidden`) or is too large
 * (`too-large`). Anything else (network, 5xx, sign-in) may pass later. Decided by `code`, not
 * `instanceof`, so that it holds for errors from another copy of the library; only an `Error` counts.
 */
export function isPermanentFailure(error: unknown): boolean {
  const code = error instanceof Error ? errorCode(error) : undefined;
  return code !== undefined && PERMANENT_CODES.has(code);
}
