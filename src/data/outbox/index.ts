/** The progress outbox: a durable, batched, retrying queue of progress updates. */
export {
  ProgressOutbox,
  DEFAULT_BACKOFF,
  DEFAULT_MAX_AGE_MS,
  DEFAULT_MAX_QUEUED,
  DEFAULT_ONLINE_JITTER_MS,
  type RoundOutcome,
} from './progress-outbox.js';
export { DEFAULT_OUTBOX_DATABASE, deleteOutboxDatabase } from './store.js';
export type {
  BackoffOptions,
  OutboxLockManager,
  OutboxStorage,
  OutboxTimers,
  ProgressOutboxOptions,
  ProgressSender,
  SendOptions,
} from './types.js';
