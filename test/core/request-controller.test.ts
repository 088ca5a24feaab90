import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import { RequestController } from '../../src/core/request-controller.js';
import { errorCode } from '../../src/data/failures.js';

/** A host that counts the updates it was asked for. */
function host() {
  let updates = 0;
  return {
    host: {
      addController() {},
      removeController() {},
      requestUpdate: () => void (updates += 1),
      updateComplete: Promise.resolve(true),
    },
    updates: () => updates,
  };
}

/** A request that settles when the test says so and records whether it was aborted. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  let signal!: AbortSignal;
  const request = (s: AbortSignal) => {
    signal = s;
    return new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  };
  return { request, resolve: (v: T) => resolve(v), reject: (e: unknown) => reject(e), aborted: () => signal.aborted };
}

describe('RequestController', () => {
  it('tracks loading per key and hands over the answer', async () => {
    const { host: h, updates } = host();
    const requests = new RequestController<'a' | 'b'>(h);
    const a = deferred<number>();
    const got: number[] = [];
    const done = requests.run('a', a.request, { done: (value) => got.push(value) });
    expect(requests.loading('a')).to.equal(true);
    expect(requests.loading('b')).to.equal(false);
    a.resolve(1);
    await done;
    expect(got).to.deep.equal([1]);
    expect(requests.loading('a')).to.equal(false);
    expect(requests.failed('a')).to.equal(false);
    expect(updates(), 'an update at the start and at the end').to.be.at.least(2);
  });

  it('lets the latest request win and aborts the one it replaces', async () => {
    const requests = new RequestController<'slots'>(host().host);
    const first = deferred<string>();
    const second = deferred<string>();
    const got: string[] = [];
    const one = requests.run('slots', first.request, { done: (v) => got.push(v) });
    const two = requests.run('slots', second.request, { done: (v) => got.push(v) });
    expect(first.aborted()).to.equal(true);
    expect(second.aborted()).to.equal(false);
    second.resolve('December');
    first.resolve('November');
    await Promise.all([one, two]);
    expect(got, 'the older answer is dropped').to.deep.equal(['December']);
    expect(requests.loading('slots')).to.equal(false);
  });

  it('ignores a late failure of a replaced request', async () => {
    const requests = new RequestController<'k'>(host().host);
    const first = deferred<number>();
    const second = deferred<number>();
    const one = requests.run('k', first.request, { done: () => undefined });
    const two = requests.run('k', second.request, { done: () => undefined });
    first.reject(new Error('late'));
    second.resolve(2);
    await Promise.all([one, two]);
    expect(requests.failed('k')).to.equal(false);
  });

  it('classifies failures by code, also for errors from another copy of the library', async () => {
    const requests = new RequestController<'send' | 'kinds'>(host().host);
    // What a second copy's `SlotTakenError` looks like to this copy: not an instance, same code.
    class ForeignError extends Error {
      readonly code = 'slot-taken';
    }
    const codes: Array<string | undefined> = [];
    await requests.run('send', () => Promise.reject(new ForeignError('taken')), {
      done: () => undefined,
      failed: (_error, code) => {
        codes.push(code);
        return true;
      },
    });
    expect(codes).to.deep.equal(['slot-taken']);
    expect(requests.failed('send'), 'a handled failure is not a failed state').to.equal(false);

    await requests.run('kinds', () => Promise.reject(Object.assign(new Error('x'), { code: 'network' })), {
      done: () => undefined,
    });
    expect(requests.failed('kinds')).to.equal(true);
    expect(requests.failure('kinds')).to.equal('network');
    expect(errorCode(new Error('no code'))).to.equal(undefined);
    expect(errorCode('text')).to.equal(undefined);
    expect(errorCode({ code: 404 })).to.equal('404');
  });

  it('retries the last request of a key, and forgets the failure meanwhile', async () => {
    const requests = new RequestController<'mine'>(host().host);
    let calls = 0;
    const got: string[] = [];
    const load = () => (++calls === 1 ? Promise.reject(new Error('down')) : Promise.resolve('list'));
    await requests.run('mine', load, { done: (v) => got.push(v) });
    expect(requests.failed('mine')).to.equal(true);
    const retried = requests.retry('mine');
    expect(requests.failed('mine')).to.equal(false);
    expect(requests.loading('mine')).to.equal(true);
    await retried;
    expect(got).to.deep.equal(['list']);
    expect(calls).to.equal(2);
  });

  it('cancel() aborts everything in flight and drops the answers', async () => {
    const requests = new RequestController<'a' | 'b'>(host().host);
    const a = deferred<number>();
    const got: number[] = [];
    const run = requests.run('a', a.request, { done: (v) => got.push(v) });
    await requests.run('b', () => Promise.reject(new Error('x')), { done: () => undefined });
    requests.cancel();
    expect(a.aborted()).to.equal(true);
    expect(requests.loading('a')).to.equal(false);
    expect(requests.failed('b')).to.equal(false);
    a.resolve(1);
    await run;
    expect(got).to.deep.equal([]);
  });

  it('clear() forgets a failure', async () => {
    const requests = new RequestController<'cancel'>(host().host);
    await requests.run('cancel', () => Promise.reject(new Error('x')), { done: () => undefined });
    expect(requests.failed('cancel')).to.equal(true);
    requests.clear('cancel');
    expect(requests.failed('cancel')).to.equal(false);
  });
});
