/**
 * Mapping an unsuccessful response to the typed errors elements understand. The RFC 9457
 * problem document is used when it is valid; otherwise the status decides. Its `title` and
 * `detail` are never copied into an error: they are the server's words and may carry data.
 */
import * as v from 'valibot';
import {
  ContentTooLargeError,
  ForbiddenError,
  NetworkError,
  NotFoundError,
  SlotTakenError,
  UnauthorizedError,
  ValidationError,
  type DataSourceError,
} from '../errors.js';
import { PROBLEM_TYPES } from './problem-types.js';
import { ProblemSchema } from './schemas.js';

export { PROBLEM_TYPES };

/** What the failed request was about, for errors whose problem document leaves it out. */
export interface ProblemContext {
  /** What a 404 did not find, e.g. `course`. */
  readonly resource: string;
  /** The slot a 409 is about. */
  readonly slotId?: string;
}

/** A 5xx or 429: the same request may succeed later. */
export function isTransientStatus(status: number): boolean {
  return status >= 500 || status === 429;
}

function parseProblem(contentType: string | null, text: string): v.InferOutput<typeof ProblemSchema> | undefined {
  if (!contentType || !/[/+]json\b/i.test(contentType)) return undefined;
  try {
    const result = v.safeParse(ProblemSchema, JSON.parse(text));
    return result.success ? result.output : undefined;
  } catch {
    return undefined;
  }
}

/** The status each known problem type stands for; a known type wins over the response status. */
const STATUS_OF_TYPE: Readonly<Record<string, number>> = {
  [PROBLEM_TYPES.notFound]: 404,
  [PROBLEM_TYPES.slotTaken]: 409,
  [PROBLEM_TYPES.validation]: 400,
  [PROBLEM_TYPES.unauthorized]: 401,
  [PROBLEM_TYPES.forbidden]: 403,
  [PROBLEM_TYPES.internal]: 500,
};

/** The error for an unsuccessful (non-2xx) response. */
export function errorFromResponse(
  status: number,
  contentType: string | null,
  text: string,
  context: ProblemContext,
): DataSourceError {
  const problem = parseProblem(contentType, text);
  if (problem?.type === PROBLEM_TYPES.idempotencyConflict) return new ValidationError(['Idempotency-Key']);
  switch ((problem && STATUS_OF_TYPE[problem.type]) ?? status) {
    case 404:
      return new NotFoundError(context.resource);
    case 409:
      return new SlotTakenError(problem?.slotId ?? context.slotId ?? '');
    case 400:
    case 422:
      return new ValidationError(problem?.fields ?? []);
    case 401:
      return new UnauthorizedError();
    case 403:
      return new ForbiddenError();
    case 413:
      return new ContentTooLargeError();
    default:
      // A server or proxy fault (an HTML error page too), or a status this client does not know.
      return new NetworkError(`the API answered ${status}`);
  }
}
