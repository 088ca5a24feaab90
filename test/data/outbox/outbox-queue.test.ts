import '../../helpers/readable-failures.js';
import { expect, waitUntil } from '@open-wc/testing';
import { FakeClock, OutboxFixture, recordingSender, update } from './helpers.js';

describe('ProgressOutbox queue', () => {
  let fixture: OutboxFixture;
  beforeEach(() => {
    fixture = new OutboxFixture();
  });
  afterEach(async () => {
    expect(await fixture.cleanUp(), 'databases left behind').to.deep.equal([]);
  });

  it('stores an update before enqueue resolves, so a new instance on the same database sends it', async () => {
    const databaseName = fixture.dbName('durable');
    const first = recordingSender(() => Promise.reject(new Error('offline')));
    const before = fixture.open({ send: first.send, databaseName });
    await before.enqueue([update('a'), update('b')]);
    // The page goes away without ever sending.
    before.close();
    expect(first.calls).to.have.length(0);

    const second = recordingSender();
    const after = fixture.open({ send: second.send, databaseName, timers: new FakeClock() });
    expect(await after.pending()).to.equal(2);
    after.start();
    await waitUntil(() => second.calls.length === 1, 'the leftovers were not sent on start');
    expect(second.calls[0].ids).to.deep.equal(['a', 'b']);
    await waitUntil(async () => (await after.pending()) === 0, 'sent updates stayed in the store');
  });

  it('sends what a previous page left before anything queued on this page', async () => {
    const databaseName = fixture.dbName('leftovers');
    const old = fixture.open({ send: recordingSender().send, databaseName });
    await old.enqueue([update('old-1'), update('old-2')]);
    old.close();

    const clock = new FakeClock();
    const sender = recordingSender();
    const outbox = fixture.open({ send: sender.send, databaseName, timers: clock, batchIntervalMs: 1_000 });
    outbox.start();
    await outbox.enqueue([update('new-1')]);
    await waitUntil(() => sender.delivered.includes('old-2'));
    clock.advance(1_000);
    await waitUntil(() => sender.delivered.includes('new-1'));
    expect(sender.delivered).to.deep.equal(['old-1', 'old-2', 'new-1']);
  });

  it('keeps arrival order, not id order', async () => {
    const sender = recordingSender();
    const outbox = fixture.open({ send: sender.send, databaseName: fixture.dbName('order') });
    await outbox.enqueue([update('zeta'), update('alpha')]);
    await outbox.enqueue([update('mu')]);
    await outbox.enqueue([update('beta'), update('10'), update('9')]);
    expect(await outbox.flush()).to.equal('sent');
    expect(sender.delivered).to.deep.equal(['zeta', 'alpha', 'mu', 'beta', '10', '9']);
  });

  for (const storage of ['indexeddb', 'memory'] as const) {
    it(`stores an update id once, within and across calls (${storage})`, async () => {
      const sender = recordingSender();
      const outbox = fixture.open({ send: sender.send, storage, databaseName: fixture.dbName('dedup') });
      await outbox.enqueue([update('a'), update('b')]);
      await outbox.enqueue([update('a', 99), update('c')]);
      await outbox.enqueue([update('c'), update('c')]);
      expect(await outbox.pending()).to.equal(3);
      await outbox.flush();
      expect(sender.delivered).to.deep.equal(['a', 'b', 'c']);
      expect(await outbox.pending()).to.equal(0);
    });
  }

  it('in memory mode never opens IndexedDB', async () => {
    const opened: string[] = [];
    const realOpen = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (name: string, version?: number) {
      opened.push(name);
      return realOpen.call(this, name, version);
    };
    try {
      const sender = recordingSender();
      const outbox = fixture.open({ send: sender.send, storage: 'memory', databaseName: 'seoul-learn-memory-probe' });
      outbox.start();
      await outbox.enqueue([update('m1'), update('m2')]);
      expect(await outbox.pending()).to.equal(2);
      await outbox.flush({ keepalive: true });
      expect(sender.delivered).to.deep.equal(['m1', 'm2']);
      expect(outbox.storage).to.equal('memory');
      outbox.close();
    } finally {
      IDBFactory.prototype.open = realOpen;
    }
    expect(opened).to.deep.equal([]);
    const names = (await indexedDB.databases()).map((db) => db.name);
    expect(names).not.to.include('seoul-learn-memory-probe');
  });

  it('the IndexedDB probe above can see an IndexedDB outbox open its database', async () => {
    const opened: string[] = [];
    const realOpen = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (name: string, version?: number) {
      opened.push(name);
      return realOpen.call(this, name, version);
    };
    const databaseName = fixture.dbName('probe');
    try {
      const outbox = fixture.open({ send: recordingSender().send, databaseName });
      await outbox.enqueue([update('i1')]);
    } finally {
      IDBFactory.prototype.open = realOpen;
    }
    expect(opened).to.deep.equal([databaseName]);
  });
});
