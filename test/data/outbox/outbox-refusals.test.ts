import '../../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import {
  ContentTooLargeError,
  ForbiddenError,
  NetworkError,
  UnauthorizedError,
  ValidationError,
} from '../../../src/data/errors.js';
import { jsonBytes } from '../../../src/data/outbox/batches.js';
import { FakeClock, LEARNER, OutboxFixture, recordingSender, update } from './helpers.js';

/** Captures console warnings for the length of a test. */
function captureWarnings() {
  const warnings: string[] = [];
  const realWarn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return { warnings, restore: () => (console.warn = realWarn) };
}

describe('ProgressOutbox refusals', () => {
  let fixture: OutboxFixture;
  let clock: FakeClock;
  let capture: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    fixture = new OutboxFixture();
    clock = new FakeClock();
    capture = captureWarnings();
  });
  afterEach(async () => {
    capture.restore();
    expect(await fixture.cleanUp(), 'databases left behind').to.deep.equal([]);
  });

  for (const [status, error] of [
    [403, () => new ForbiddenError()],
    [413, () => new ContentTooLargeError()],
    [422, () => new ValidationError([])],
    [400, () => new ValidationError(['events[0].at'])],
  ] as const) {
    it(`drops a single update answered ${status} with one warning and delivers what was queued after it`, async () => {
      const sender = recordingSender((ids) => {
        if (ids.includes('refused')) throw error();
      });
      const outbox = fixture.open({
        send: sender.send,
        databaseName: fixture.dbName(`refused-${status}`),
        maxBatchBytes: 2 + jsonBytes(update('refused')),
        timers: clock,
      });
      await outbox.enqueue([update('refused'), update('after-1'), update('after-2')]);
      expect(await outbox.flush()).to.equal('sent');
      expect(sender.delivered).to.deep.equal(['after-1', 'after-2']);
      expect(await outbox.pending()).to.equal(0);
      expect(clock.waiting, 'a dropped update is not retried').to.deep.equal([]);
      const { warnings } = capture;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('refused').and.contain('1 progress update');
      expect(warnings[0]).not.to.contain(LEARNER);
      expect(warnings[0]).not.to.contain('elem-korean-reading');
    });
  }

  it('an update too large alone no longer blocks the queue: the ones queued after it are delivered', async () => {
    const sender = recordingSender((ids) => {
      if (ids.includes('huge')) throw new ContentTooLargeError();
    });
    const outbox = fixture.open({ send: sender.send, databaseName: fixture.dbName('huge'), timers: clock });
    outbox.start();
    await outbox.flush();
    await outbox.enqueue([update('huge')]);
    await outbox.enqueue([update('next-1'), update('next-2')]);
    expect(await outbox.flush()).to.equal('sent');
    expect(sender.delivered).to.deep.equal(['next-1', 'next-2']);
    await outbox.enqueue([update('later')]);
    expect(await outbox.flush()).to.equal('sent');
    expect(sender.delivered).to.deep.equal(['next-1', 'next-2', 'later']);
    expect(sender.calls.filter((call) => call.ids.includes('huge')).map((call) => call.ids)).to.deep.equal([
      ['huge', 'next-1', 'next-2'],
      ['huge', 'next-1'],
      ['huge'],
    ]);
    expect(capture.warnings).to.have.length(1);
    expect(capture.warnings[0]).to.contain('too large').and.contain('huge');
  });

  it('sends a batch refused as too large again in halves, in order, before dropping anything', async () => {
    // A server that takes at most two updates per request.
    const sender = recordingSender((ids) => {
      if (ids.length > 2) throw new ContentTooLargeError();
    });
    const outbox = fixture.open({ send: sender.send, databaseName: fixture.dbName('halves'), timers: clock });
    const ids = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7'];
    await outbox.enqueue(ids.map((id) => update(id)));
    expect(await outbox.flush()).to.equal('sent');
    expect(sender.calls.map((call) => call.ids)).to.deep.equal([
      ids,
      ['u1', 'u2', 'u3', 'u4'],
      ['u1', 'u2'],
      ['u3', 'u4'],
      ['u5', 'u6', 'u7'],
      ['u5', 'u6'],
      ['u7'],
    ]);
    expect(sender.delivered).to.deep.equal(ids);
    expect(await outbox.pending()).to.equal(0);
    expect(capture.warnings, 'nothing was dropped').to.deep.equal([]);
  });

  it('keeps the rest of a split batch when one half fails for a reason that may pass, and retries it later', async () => {
    let down = true;
    const sender = recordingSender((ids) => {
      if (ids.length > 2) throw new ContentTooLargeError();
      if (down && ids.includes('u3')) throw new NetworkError();
    });
    const outbox = fixture.open({ send: sender.send, databaseName: fixture.dbName('split-retry'), timers: clock });
    await outbox.enqueue(['u1', 'u2', 'u3', 'u4'].map((id) => update(id)));
    expect(await outbox.flush()).to.equal('failed');
    expect(sender.delivered).to.deep.equal(['u1', 'u2']);
    expect(await outbox.pending()).to.equal(2);
    down = false;
    expect(await outbox.flush()).to.equal('sent');
    expect(sender.delivered).to.deep.equal(['u1', 'u2', 'u3', 'u4']);
    expect(capture.warnings).to.deep.equal([]);
  });

  it('keeps a batch refused for a sign-in problem: a 401 may pass once the learner signs in again', async () => {
    let signedIn = false;
    const sender = recordingSender(() => {
      if (!signedIn) throw new UnauthorizedError();
    });
    const outbox = fixture.open({ send: sender.send, databaseName: fixture.dbName('unauthorized'), timers: clock });
    await outbox.enqueue([update('a')]);
    expect(await outbox.flush()).to.equal('failed');
    expect(await outbox.pending()).to.equal(1);
    signedIn = true;
    expect(await outbox.flush()).to.equal('sent');
    expect(sender.delivered).to.deep.equal(['a']);
    expect(capture.warnings).to.deep.equal([]);
  });

  it('understands a refusal by its code, from another copy of the library', async () => {
    const sender = recordingSender((ids) => {
      if (ids.includes('foreign')) throw Object.assign(new Error('refused'), { code: 'forbidden' });
    });
    const outbox = fixture.open({
      send: sender.send,
      databaseName: fixture.dbName('foreign'),
      maxBatchBytes: 2 + jsonBytes(update('foreign')),
      timers: clock,
    });
    await outbox.enqueue([update('foreign'), update('b')]);
    expect(await outbox.flush()).to.equal('sent');
    expect(sender.delivered).to.deep.equal(['b']);
    expect(capture.warnings).to.have.length(1);
    expect(capture.warnings[0]).to.contain('not allowed');
  });
});
