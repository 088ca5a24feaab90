import '../../helpers/readable-failures.js';
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { NetworkError, NotFoundError, ValidationError } from '../../../src/data/errors.js';
import { jsonBytes } from '../../../src/data/outbox/batches.js';
import { FakeClock, LEARNER, OutboxFixture, recordingSender, update } from './helpers.js';

describe('ProgressOutbox delivery', () => {
  let fixture: OutboxFixture;
  let clock: FakeClock;
  beforeEach(() => {
    fixture = new OutboxFixture();
    clock = new FakeClock();
  });
  afterEach(async () => {
    expect(await fixture.cleanUp(), 'databases left behind').to.deep.equal([]);
  });

  it('batches everything queued within an interval into one send', async () => {
    const sender = recordingSender();
    const outbox = fixture.open({ send: sender.send, databaseName: fixture.dbName('batch'), timers: clock });
    outbox.start();
    await outbox.flush();
    await outbox.enqueue([update('a')]);
    await outbox.enqueue([update('b')]);
    await outbox.enqueue([update('c')]);
    expect(sender.calls, 'sent before the interval').to.have.length(0);
    expect(clock.waiting).to.deep.equal([10_000]);

    clock.advance(9_999);
    await aTimeout(0);
    expect(sender.calls).to.have.length(0);
    clock.advance(1);
    await waitUntil(() => sender.calls.length === 1);
    expect(sender.calls[0]).to.deep.include({ ids: ['a', 'b', 'c'], keepalive: false });

    await waitUntil(async () => (await outbox.pending()) === 0);
    await outbox.enqueue([update('d')]);
    clock.advance(10_000);
    await waitUntil(() => sender.calls.length === 2);
    expect(sender.calls[1].ids).to.deep.equal(['d']);
  });

  it('splits a large queue so no request body exceeds maxBatchBytes, in order', async () => {
    const sender = recordingSender();
    const one = jsonBytes(update('u00'));
    const maxBatchBytes = 2 + one * 3 + 2;
    const outbox = fixture.open({ send: sender.send, databaseName: fixture.dbName('split'), maxBatchBytes });
    const ids = Array.from({ length: 10 }, (_, i) => `u${String(i).padStart(2, '0')}`);
    await outbox.enqueue(ids.map((id) => update(id)));
    await outbox.flush({ keepalive: true });
    expect(sender.calls.map((c) => c.ids.length)).to.deep.equal([3, 3, 3, 1]);
    for (const call of sender.calls) {
      expect(call.bytes).to.be.at.most(maxBatchBytes);
      expect(call.keepalive).to.equal(true);
    }
    expect(sender.delivered).to.deep.equal(ids);
  });

  it('retries with growing backoff after failures and delivers each update exactly once', async () => {
    const sender = recordingSender((_ids, call) => {
      if (call <= 2) throw new NetworkError();
    });
    const outbox = fixture.open({
      send: sender.send,
      databaseName: fixture.dbName('retry'),
      timers: clock,
      batchIntervalMs: 1_000,
      backoff: { initialMs: 100, maxMs: 1_000 },
      random: () => 1,
    });
    outbox.start();
    await outbox.flush();
    await outbox.enqueue([update('a'), update('b')]);
    clock.advance(1_000);
    await waitUntil(() => clock.waiting.length === 1 && sender.calls.length === 1, 'no retry after failure 1');
    expect(clock.waiting).to.deep.equal([100]);
    clock.advance(100);
    await waitUntil(() => clock.waiting.length === 1 && sender.calls.length === 2, 'no retry after failure 2');
    expect(clock.waiting).to.deep.equal([200]);
    await outbox.enqueue([update('c')]);
    clock.advance(200);
    await waitUntil(() => sender.calls.length === 3);
    await waitUntil(async () => (await outbox.pending()) === 0);
    expect(sender.calls.map((c) => c.ids)).to.deep.equal([
      ['a', 'b'],
      ['a', 'b'],
      ['a', 'b', 'c'],
    ]);
    expect(sender.delivered).to.deep.equal(['a', 'b', 'c']);
    expect(clock.waiting, 'nothing left to send').to.deep.equal([]);
  });

  it('retries soon after the browser comes back online, after a random part of onlineJitterMs', async () => {
    let offline = true;
    const sender = recordingSender(() => {
      if (offline) throw new TypeError('Failed to fetch');
    });
    const randoms = [1, 0.25];
    const outbox = fixture.open({
      send: sender.send,
      databaseName: fixture.dbName('online'),
      timers: clock,
      backoff: { initialMs: 60_000, maxMs: 60_000 },
      onlineJitterMs: 2_000,
      random: () => randoms.shift() ?? 0,
    });
    await outbox.enqueue([update('a')]);
    outbox.start();
    await waitUntil(() => clock.waiting.length === 1, 'no backoff scheduled');
    expect(clock.waiting, 'the backoff, with random 1').to.deep.equal([60_000]);
    offline = false;
    dispatchEvent(new Event('online'));
    expect(clock.waiting, 'the backoff is replaced by 0.25 of the jitter window').to.deep.equal([500]);
    clock.advance(499);
    await aTimeout(20);
    expect(sender.calls, 'sent before its jittered moment').to.have.length(1);
    clock.advance(1);
    await waitUntil(() => sender.delivered.length === 1, 'online did not trigger a retry');
    expect(sender.calls).to.have.length(2);
    await waitUntil(async () => (await outbox.pending()) === 0);
  });

  it('ignores online when nothing has failed', async () => {
    const sender = recordingSender();
    const outbox = fixture.open({ send: sender.send, databaseName: fixture.dbName('online-idle'), timers: clock });
    outbox.start();
    await outbox.flush();
    dispatchEvent(new Event('online'));
    expect(clock.waiting).to.deep.equal([]);
  });

  it('drops a batch the server refuses as invalid, with one warning naming only ids and counts', async () => {
    const warnings: string[] = [];
    const realWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const sender = recordingSender((ids) => {
        if (ids.includes('bad')) throw new ValidationError(['positionSec']);
      });
      const one = jsonBytes(update('bad'));
      const outbox = fixture.open({
        send: sender.send,
        databaseName: fixture.dbName('invalid'),
        maxBatchBytes: 2 + one,
        timers: clock,
      });
      await outbox.enqueue([update('good-1'), update('bad'), update('good-2')]);
      expect(await outbox.flush()).to.equal('sent');
      expect(await outbox.pending()).to.equal(0);
      expect(sender.calls.map((c) => c.ids)).to.deep.equal([['good-1'], ['bad'], ['good-2']]);
      expect(sender.delivered).to.deep.equal(['good-1', 'good-2']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('bad').and.contain('1 progress update').and.contain('positionSec');
      expect(warnings[0]).not.to.contain(LEARNER);
      expect(warnings[0]).not.to.contain('elem-korean-reading');
      expect(clock.waiting, 'a dropped batch is not retried').to.deep.equal([]);
    } finally {
      console.warn = realWarn;
    }
  });

  it('drops an update for a lesson the server does not know instead of blocking the queue', async () => {
    const warnings: string[] = [];
    const realWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const sender = recordingSender((ids) => {
        if (ids.includes('gone')) throw new NotFoundError('lesson');
      });
      const one = jsonBytes(update('gone'));
      const outbox = fixture.open({
        send: sender.send,
        databaseName: fixture.dbName('not-found'),
        maxBatchBytes: 2 + one,
        timers: clock,
      });
      await outbox.enqueue([update('gone'), update('after')]);
      expect(await outbox.flush()).to.equal('sent');
      expect(await outbox.pending()).to.equal(0);
      expect(sender.delivered).to.deep.equal(['after']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('gone');
      expect(clock.waiting, 'a dropped batch is not retried').to.deep.equal([]);
    } finally {
      console.warn = realWarn;
    }
  });

  it('keeps updates queued when a send fails, until a later flush succeeds', async () => {
    let fail = true;
    const sender = recordingSender(() => {
      if (fail) throw new Error('503');
    });
    const outbox = fixture.open({ send: sender.send, databaseName: fixture.dbName('keep') });
    await outbox.enqueue([update('a')]);
    expect(await outbox.flush()).to.equal('failed');
    expect(await outbox.pending()).to.equal(1);
    fail = false;
    expect(await outbox.flush()).to.equal('sent');
    expect(await outbox.pending()).to.equal(0);
    expect(sender.delivered).to.deep.equal(['a']);
  });

  it('flushes with keepalive on pagehide, and no longer after stop()', async () => {
    const sender = recordingSender();
    const outbox = fixture.open({ send: sender.send, databaseName: fixture.dbName('pagehide'), timers: clock });
    outbox.start();
    await outbox.flush();
    await outbox.enqueue([update('a')]);
    dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    // In the same task: a closing page may never get an IndexedDB or lock callback.
    expect(sender.calls).to.have.length(1);
    expect(sender.calls[0]).to.deep.include({ ids: ['a'], keepalive: true });
    await aTimeout(0);
    // The page lived on (back/forward cache): the next round removes it without sending it again.
    expect(await outbox.flush()).to.equal('sent');
    expect(sender.calls).to.have.length(1);
    expect(await outbox.pending()).to.equal(0);

    outbox.stop();
    await outbox.enqueue([update('b')]);
    dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    await aTimeout(50);
    expect(sender.calls).to.have.length(1);
    expect(await outbox.pending()).to.equal(1);
  });

  it('flushes with keepalive when the page becomes hidden, not when it becomes visible', async () => {
    const sender = recordingSender();
    const outbox = fixture.open({ send: sender.send, databaseName: fixture.dbName('hidden'), timers: clock });
    outbox.start();
    await outbox.flush();
    await outbox.enqueue([update('a')]);
    let state: DocumentVisibilityState = 'visible';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await aTimeout(50);
      expect(sender.calls, 'sent while visible').to.have.length(0);
      state = 'hidden';
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(() => sender.calls.length === 1, 'hidden did not flush');
      expect(sender.calls[0]).to.deep.include({ ids: ['a'], keepalive: true });
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });
});
