/** The console warnings of the outbox: update ids, counts and field names only, never progress data. */
import { errorCode } from '../failures.js';

/** At most this many ids are named; a longer batch is summarised. */
const MAX_NAMED_IDS = 20;

const updates = (count: number) => `${count} progress update${count === 1 ? '' : 's'}`;

/** `ms` in whole days or hours where it is one, for a warning. */
function duration(ms: number): string {
  if (ms % 86_400_000 === 0) return `${ms / 86_400_000} days`;
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  return `${ms} ms`;
}

/**
 * Why the server refused a batch, in words a warning may carry: the error's code and, for a
 * validation error, the names of the fields (never their values).
 */
export function refusalReason(error: unknown): string {
  const code = errorCode(error);
  if (code === 'forbidden') return 'not allowed for the signed-in learner';
  if (code === 'too-large') return 'too large';
  if (code === 'not-found') return 'unknown course or lesson';
  const fields = (error as { fields?: unknown }).fields;
  if (Array.isArray(fields) && fields.length > 0) return `invalid ${fields.map(String).join(', ')}`;
  return 'invalid';
}

/** Warns that the server refused `ids` (for `reason`, from `refusalReason`) and they were dropped. */
export function warnDropped(ids: readonly string[], reason: string): void {
  const named = ids.slice(0, MAX_NAMED_IDS).join(', ');
  const more = ids.length > MAX_NAMED_IDS ? ` and ${ids.length - MAX_NAMED_IDS} more` : '';
  console.warn(
    `[seoul-learn] progress outbox: the server refused ${updates(ids.length)} (${reason}); dropped ids ${named}${more}.`,
  );
}

/** Warns that the queue's bounds dropped `expired` updates older than `maxAgeMs` and `overflow` beyond `maxQueued`. */
export function warnTrimmed(expired: number, overflow: number, limits: { maxAgeMs: number; maxQueued: number }): void {
  const parts: string[] = [];
  if (expired > 0) parts.push(`${updates(expired)} older than ${duration(limits.maxAgeMs)}`);
  if (overflow > 0) parts.push(`the oldest ${updates(overflow)} beyond the limit of ${limits.maxQueued}`);
  console.warn(`[seoul-learn] progress outbox: dropped ${parts.join(' and ')} without sending them.`);
}
