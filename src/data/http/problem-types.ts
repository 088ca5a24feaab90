/**
 * The stable problem `type` values of the Seoul Learn API (RFC 9457), shared by `HttpDataSource`
 * and the reference server. A module of its own, free of dependencies, so that both can import it.
 */
export const PROBLEM_TYPES = {
  notFound: 'urn:seoul-learn:problem:not-found',
  slotTaken: 'urn:seoul-learn:problem:slot-taken',
  validation: 'urn:seoul-learn:problem:validation',
  unauthorized: 'urn:seoul-learn:problem:unauthorized',
  forbidden: 'urn:seoul-learn:problem:forbidden',
  idempotencyConflict: 'urn:seoul-learn:problem:idempotency-conflict',
  internal: 'urn:seoul-learn:problem:internal',
} as const;
