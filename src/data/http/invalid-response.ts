/**
 * Reporting a response that failed validation: the path of the first bad field, turned into a
 * console warning once per operation and path. Warnings name the operation and the schema's
 * field names only, never a value, a body or a concrete URL (which could identify a learner).
 */
import type * as v from 'valibot';

/**
 * The dotted path of an issue in a response body, e.g. `chapters[0].lessons[2].durationSec`;
 * `''` when the body itself is wrong. Keys come from the schema, indices from arrays.
 */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'number') path += `[${key}]`;
    else path += path ? `.${String(key)}` : String(key);
  }
  return path;
}

/** The part of a validation issue a warning may repeat: what was expected, or that the field is missing. */
export function issueHint(issue: v.BaseIssue<unknown>): string {
  // `received` describes the value; only the fact that it is absent is safe to repeat.
  if (issue.received === 'undefined') return 'missing';
  return issue.expected ? `expected ${issue.expected}` : '';
}

/** Warns about invalid responses, at most once per (operation, path) for the life of the reporter. */
export class InvalidResponseReporter {
  private readonly seen = new Set<string>();

  /**
   * Warns that `operation` received a body that is not JSON (`path` `null`) or whose field at
   * `path` (`''` for the whole body) is wrong, as `hint` says (from `issueHint`).
   */
  report(operation: string, path: string | null, hint = ''): void {
    const key = `${operation}\u0000${path ?? '\u0000'}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const detail = hint ? ` (${hint})` : '';
    const what =
      path === null
        ? 'is not JSON'
        : path === ''
          ? `has an invalid body${detail}`
          : `has an invalid field at ${path}${detail}`;
    console.warn(`[seoul-learn] ${operation}: the API response ${what}; showing an error instead.`);
  }
}
