import '../../helpers/readable-failures.js';
import { aTimeout, expect } from '@open-wc/testing';
import { OutboxFixture, recordingSender, update } from './helpers.js';
import type { OutboxLockManager } from '../../../src/data/outbox/index.js';

describe('ProgressOutbox across instances', () => {
  let fixture: OutboxFixture;
  beforeEach(() => {
    fixture = new OutboxFixture();
  });
  afterEach(async () => {
    expect(await fixture.cleanUp(), 'databases left behind').to.deep.equal([]);
  });

  /**
   * Two outboxes on one database (as two tabs would be) queue and flush at the same time with a
   * slow server; returns every id the server received.
   */
  async function race(
    locks: OutboxLockManager | null | undefined,
  ): Promise<{ received: string[]; ids: string[]; outcomes: string[] }> {
    const databaseName = fixture.dbName('race');
    // A slow server, so that the two rounds overlap.
    const sender = recordingSender(() => aTimeout(10));
    const options = { send: sender.send, databaseName, ...(locks === undefined ? {} : { locks }) };
    const a = fixture.open(options);
    const b = fixture.open(options);
    const ids = Array.from({ length: 20 }, (_, i) => `r${i}`);
    await Promise.all([
      a.enqueue(ids.slice(0, 10).map((id) => update(id))),
      b.enqueue(ids.slice(10).map((id) => update(id))),
      a.enqueue(ids.slice(5, 15).map((id) => update(id))),
    ]);
    const outcomes: string[] = [];
    for (let round = 0; round < 10 && (await a.pending()) > 0; round++) {
      outcomes.push(...(await Promise.all([a.flush(), b.flush(), a.flush({ keepalive: true })])));
    }
    expect(await a.pending()).to.equal(0);
    return { received: sender.calls.flatMap((c) => c.ids), ids, outcomes };
  }

  it('never sends the same update twice with the Web Locks API', async () => {
    expect(navigator.locks, 'this browser has Web Locks').to.exist;
    const { received, ids, outcomes } = await race(undefined);
    expect(outcomes, 'the rounds never overlapped').to.include('busy');
    expect([...received].sort()).to.deep.equal([...ids].sort());
  });

  it('never sends the same update twice with the in-page fallback when Web Locks is missing', async () => {
    const { received, ids, outcomes } = await race(null);
    expect(outcomes, 'the rounds never overlapped').to.include('busy');
    expect([...received].sort()).to.deep.equal([...ids].sort());
  });

  it('the race does catch duplicates when the lock excludes nobody', async () => {
    const everyoneWins: OutboxLockManager = {
      request: (_name, _options, callback) => Promise.resolve(callback({})),
    };
    const { received, ids } = await race(everyoneWins);
    expect(received.length).to.be.greaterThan(ids.length);
  });
});
