// Shared setup for the progress outbox tests: updates, a recording sender, a fake clock.
import { ProgressOutbox, deleteOutboxDatabase, type ProgressOutboxOptions } from '../../../src/data/outbox/index.js';
import type { OutboxTimers, SendOptions } from '../../../src/data/outbox/index.js';
import type { ProgressUpdate } from '../../../src/data/types.js';

/** A learner id distinctive enough to search warnings for. */
export const LEARNER = 'learner-outbox-probe-7731';

/** A progress update with id `id`. */
export function update(id: string, positionSec = 30): ProgressUpdate {
  return {
    id,
    learnerId: LEARNER,
    courseId: 'elem-korean-reading',
    lessonId: 'elem-korean-reading-1-1',
    positionSec,
    durationSec: 600,
    watchedSegments: [[Math.max(0, positionSec - 10), positionSec]],
    studySec: 10,
    completed: false,
    at: '2026-12-01T00:00:00.000Z',
  };
}

/** One call the sender received. */
export interface SentCall {
  readonly ids: string[];
  readonly keepalive: boolean;
  readonly bytes: number;
}

/** A sender that records its calls and behaves as `behaviour` says (resolve by default). */
export function recordingSender(behaviour: (ids: string[], call: number) => Promise<void> | void = () => {}) {
  const calls: SentCall[] = [];
  /** Ids of batches the sender accepted, in order. */
  const delivered: string[] = [];
  const send = async (updates: ProgressUpdate[], options: SendOptions) => {
    const ids = updates.map((u) => u.id);
    calls.push({ ids, keepalive: options.keepalive, bytes: new TextEncoder().encode(JSON.stringify(updates)).length });
    await behaviour(ids, calls.length);
    delivered.push(...ids);
  };
  return { send, calls, delivered };
}

/** Timers that only fire when the test advances the clock. */
export class FakeClock implements OutboxTimers {
  private time = 0;
  private nextId = 1;
  private readonly tasks = new Map<number, { at: number; ms: number; callback: () => void }>();

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.tasks.set(id, { at: this.time + ms, ms, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.tasks.delete(handle as number);
  }

  /** The requested delays of the timers waiting to fire. */
  get waiting(): number[] {
    return [...this.tasks.values()].map((task) => task.ms);
  }

  /** Moves time on by `ms`, firing due timers in order. */
  advance(ms: number): void {
    this.time += ms;
    for (;;) {
      const due = [...this.tasks.entries()].filter(([, t]) => t.at <= this.time).sort((a, b) => a[1].at - b[1].at);
      if (due.length === 0) return;
      const [id, task] = due[0];
      this.tasks.delete(id);
      task.callback();
    }
  }
}

let counter = 0;

/** Creates outboxes on databases this test owns and deletes them afterwards. */
export class OutboxFixture {
  private readonly outboxes: ProgressOutbox[] = [];
  private readonly names = new Set<string>();

  /** A database name no other test uses. */
  dbName(label: string): string {
    counter += 1;
    const name = `seoul-learn-test-outbox-${label}-${Date.now().toString(36)}-${counter}`;
    this.names.add(name);
    return name;
  }

  /** A new outbox; closed by `cleanUp`. */
  open(options: ProgressOutboxOptions): ProgressOutbox {
    const outbox = new ProgressOutbox({ backoff: { initialMs: 100, maxMs: 1_000 }, random: () => 1, ...options });
    if (options.storage !== 'memory') this.names.add(outbox.databaseName);
    this.outboxes.push(outbox);
    return outbox;
  }

  /** Closes every outbox and deletes every database; returns the names that still exist. */
  async cleanUp(): Promise<string[]> {
    for (const outbox of this.outboxes) outbox.close();
    for (const name of this.names) await deleteOutboxDatabase(name);
    const left = (await indexedDB.databases()).map((db) => db.name ?? '');
    return [...this.names].filter((name) => left.includes(name));
  }
}
