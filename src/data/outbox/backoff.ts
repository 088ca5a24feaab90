/** Exponential backoff with jitter, as a pure function. */
import type { BackoffOptions } from './types.js';

/**
 * The delay before retry number `attempt` (1 for the first retry): the exponential step
 * `initialMs · 2^(attempt-1)` capped at `maxMs`, of which a random half is taken away so that
 * many clients coming back online together do not retry in lockstep ("equal jitter").
 */
export function backoffDelay(attempt: number, backoff: BackoffOptions, random: () => number): number {
  const exponent = Math.max(0, attempt - 1);
  const step = Math.min(backoff.maxMs, backoff.initialMs * 2 ** Math.min(exponent, 30));
  const jitter = Math.min(Math.max(random(), 0), 1);
  return Math.round(step / 2 + (step / 2) * jitter);
}
