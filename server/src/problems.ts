/**
 * RFC 9457 problem details with the stable `type` URNs of the Seoul Learn API, and the mapping
 * from the data source's typed errors. Problems name bad fields, never their values.
 */
import { NotFoundError, SlotTakenError, ValidationError } from '../../src/data/errors.js';
import { PROBLEM_TYPES } from '../../src/data/http/problem-types.js';

export { PROBLEM_TYPES };

/** The body of an `application/problem+json` response. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly fields?: readonly string[];
  readonly slotId?: string;
}

/** Thrown by a route to answer with a problem. */
export class HttpProblem extends Error {
  readonly problem: Problem;
  readonly headers: Readonly<Record<string, string>>;
  constructor(problem: Problem, headers: Record<string, string> = {}) {
    super(problem.title);
    this.name = 'HttpProblem';
    this.problem = problem;
    this.headers = headers;
  }
}

export const notFound = (detail?: string): Problem => ({
  type: PROBLEM_TYPES.notFound,
  title: 'Not found',
  status: 404,
  ...(detail ? { detail } : {}),
});

export const validation = (fields: readonly string[], status = 400): Problem => ({
  type: PROBLEM_TYPES.validation,
  title: 'Invalid request',
  status,
  detail: `invalid ${fields.join(', ')}`,
  fields,
});

export const slotTaken = (slotId: string): Problem => ({
  type: PROBLEM_TYPES.slotTaken,
  title: 'Slot taken',
  status: 409,
  detail: 'the slot has no room left',
  slotId,
});

export const forbidden = (detail: string): Problem => ({
  type: PROBLEM_TYPES.forbidden,
  title: 'Forbidden',
  status: 403,
  detail,
});

export const unauthorized = (): Problem => ({
  type: PROBLEM_TYPES.unauthorized,
  title: 'Unauthorized',
  status: 401,
  detail: 'a valid bearer token is required',
});

export const idempotencyConflict = (): Problem => ({
  type: PROBLEM_TYPES.idempotencyConflict,
  title: 'Idempotency key reused',
  status: 422,
  detail: 'this Idempotency-Key was already used with a different request',
  fields: ['Idempotency-Key'],
});

export const internal = (status = 500): Problem => ({
  type: PROBLEM_TYPES.internal,
  title: 'Internal server error',
  status,
});

/** A status the contract has no type for (405, 413): `about:blank` with the status phrase, per RFC 9457. */
export const plain = (status: number, title: string): Problem => ({ type: 'about:blank', title, status });

/** A problem for a status chosen by a test fault: the contract's type for that status where there is one. */
export function problemForStatus(status: number): Problem {
  if (status >= 500) return internal(status);
  if (status === 401) return unauthorized();
  if (status === 404) return notFound();
  if (status === 400 || status === 422) return validation(['body'], status);
  return plain(status, 'Error');
}

/**
 * The problem for an error a data-source call threw. `rename` maps the data source's field names
 * to the names a client sent (e.g. `updates[0].at` → `events[0].at`).
 */
export function problemFromError(error: unknown, rename: (field: string) => string = (field) => field): Problem {
  if (error instanceof HttpProblem) return error.problem;
  if (error instanceof SlotTakenError) return slotTaken(error.slotId);
  if (error instanceof NotFoundError) return notFound(error.message);
  if (error instanceof ValidationError) return validation(error.fields.map(rename));
  return internal();
}
