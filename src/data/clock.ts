/**
 * The one place the library reads the wall clock. Everything that needs "now" — elements, data
 * sources, the outbox, xAPI statements — takes a `Clock`, so that a host, a preview or a test can
 * pin time by handing the same function to all of them.
 */

/** Returns the current instant. Must return a new `Date` each call (callers may keep it). */
export type Clock = () => Date;

/** The real time of the machine the code runs on. */
export const systemClock: Clock = () => new Date();

/** A clock that always says `instant` (an ISO string, epoch milliseconds or a `Date`). */
export function fixedClock(instant: string | number | Date): Clock {
  const ms = new Date(instant).getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`not a valid instant: ${String(instant)}`);
  return () => new Date(ms);
}
