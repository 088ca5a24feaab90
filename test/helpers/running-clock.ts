import type { Clock } from '../../src/data/clock.js';

/** A clock that says `at` (epoch ms) now and runs on with real time from there. */
export function runningClock(at: number): Clock {
  const started = performance.now();
  return () => new Date(at + (performance.now() - started));
}
