/** The progress outbox: a durable, batched, retrying queue of progress updates. */
export { ProgressOutbox, DEFAULT_BACKOFF, type RoundOutcome } from './progress-outbox.js';
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
