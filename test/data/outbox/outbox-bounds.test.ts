import '../../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import { DEFAULT_MAX_AGE_MS, DEFAULT_MAX_QUEUED, DEFAULT_ONLINE_JITTER_MS } from '../../../src/data/outbox/index.js';
import { LEARNER, OutboxFixture, recordingSender, update } from './helpers.js';

const DAY = 86_400_000;
const START = Date.parse('2026-12-01T00:00:00.000Z');

describe('ProgressOutbox bounds', () => {
  let fixture: OutboxFixture;
  let warnings: string[];
  let realWarn: typeof console.warn;
  /** The injected clock's current instant, in epoch ms. */
  let time: number;
  const now = () => new Date(time);
  beforeEach(() => {
    fixture = new OutboxFixture();
    warnings = [];
    realWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    time = START;
  });
  afterEach(async () => {
    console.warn = realWarn;
    expect(await fixture.cleanUp(), 'databases left behind').to.deep.equal([]);
  });

  it('has sensible defaults: 5 000 updates, 30 days, up to 5 s of online jitter', () => {
    expect(DEFAULT_MAX_QUEUED).to.equal(5_000);
    expect(DEFAULT_MAX_AGE_MS).to.equal(30 * DAY);
    expect(DEFAULT_ONLINE_JITTER_MS).to.equal(5_000);
  });

  for (const storage of ['indexeddb', 'memory'] as const) {
    it(`holds at most maxQueued updates, dropping the oldest first with one warning of counts (${storage})`, async () => {
      const sender = recordingSender();
      const outbox = fixture.open({
        send: sender.send,
        storage,
        databaseName: fixture.dbName('count'),
        maxQueued: 3,
        now,
      });
      await outbox.enqueue([update('a'), update('b')]);
      expect(warnings).to.deep.equal([]);
      await outbox.enqueue([update('c'), update('d'), update('e')]);
      expect(await outbox.pending()).to.equal(3);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('2 progress updates').and.contain('limit of 3');
      for (const id of ['a', 'b']) expect(warnings[0]).not.to.match(new RegExp(`\\b${id}\\b`));
      expect(warnings[0]).not.to.contain(LEARNER);
      expect(await outbox.flush()).to.equal('sent');
      expect(sender.delivered).to.deep.equal(['c', 'd', 'e']);
    });
  }

  it('drops updates queued longer ago than maxAgeMs by the injected clock before it sends', async () => {
    const sender = recordingSender();
    const outbox = fixture.open({ send: sender.send, databaseName: fixture.dbName('age'), maxAgeMs: 2 * DAY, now });
    await outbox.enqueue([update('old-1'), update('old-2')]);
    time += DAY;
    await outbox.enqueue([update('young')]);
    time += DAY + 1;
    expect(await outbox.flush()).to.equal('sent');
    expect(sender.delivered).to.deep.equal(['young']);
    expect(await outbox.pending()).to.equal(0);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('2 progress updates').and.contain('older than 2 days');
    expect(warnings[0]).not.to.contain('old-1');
  });

  it('keeps an update exactly maxAgeMs old, and by default one 29 days old', async () => {
    const sender = recordingSender();
    const edge = fixture.open({ send: sender.send, databaseName: fixture.dbName('edge'), maxAgeMs: DAY, now });
    await edge.enqueue([update('edge')]);
    time += DAY;
    expect(await edge.flush()).to.equal('sent');
    const fallback = fixture.open({ send: sender.send, databaseName: fixture.dbName('default-age'), now });
    await fallback.enqueue([update('month')]);
    time += 29 * DAY;
    expect(await fallback.flush()).to.equal('sent');
    expect(sender.delivered).to.deep.equal(['edge', 'month']);
    expect(warnings).to.deep.equal([]);
  });

  it('applies both bounds in one round with a single warning', async () => {
    const sender = recordingSender(() => Promise.reject(new Error('offline')));
    const databaseName = fixture.dbName('both');
    const before = fixture.open({ send: sender.send, databaseName, now });
    await before.enqueue([update('expired')]);
    time += 10 * DAY;
    await before.enqueue(['n1', 'n2', 'n3'].map((id) => update(id)));
    before.close();
    const after = recordingSender();
    const outbox = fixture.open({ send: after.send, databaseName, now, maxAgeMs: 5 * DAY, maxQueued: 2 });
    expect(await outbox.flush()).to.equal('sent');
    expect(after.delivered).to.deep.equal(['n2', 'n3']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('1 progress update older than 5 days').and.contain('the oldest 1 progress update');
  });
});
