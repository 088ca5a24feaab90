import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import { DeferredDataSource } from '../../src/data/deferred-data-source.js';
import type { DataChange, DataSource } from '../../src/data/types.js';

function fakeSource(): { source: DataSource; emit: (change: DataChange) => void } {
  const listeners = new Set<(change: DataChange) => void>();
  const source = {
    listCourses: async () => [{ id: 'c1' }],
    getCourse: async (id: string) => ({ id }),
    subscribe: (listener: (change: DataChange) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as DataSource;
  return { source, emit: (change) => listeners.forEach((listener) => listener(change)) };
}

describe('DeferredDataSource', () => {
  it('loads its implementation only on first use, and once', async () => {
    let loads = 0;
    const { source } = fakeSource();
    const deferred = new DeferredDataSource(async () => {
      loads += 1;
      return source;
    });
    expect(loads).to.equal(0);
    const [courses, course] = await Promise.all([deferred.listCourses(), deferred.getCourse('c9')]);
    expect(loads).to.equal(1);
    expect(courses).to.deep.equal([{ id: 'c1' }]);
    expect(course).to.deep.equal({ id: 'c9' });
  });

  it('forwards changes to listeners that subscribed before it loaded', async () => {
    const { source, emit } = fakeSource();
    const deferred = new DeferredDataSource(async () => source);
    const seen: DataChange[] = [];
    const unsubscribe = deferred.subscribe((change) => seen.push(change));
    await deferred.listCourses();
    emit({ type: 'goal', learnerId: 'a' });
    unsubscribe();
    emit({ type: 'goal', learnerId: 'b' });
    expect(seen).to.deep.equal([{ type: 'goal', learnerId: 'a' }]);
  });

  it('keeps notifying the others when one listener throws, and reports the error', async () => {
    const { source, emit } = fakeSource();
    const deferred = new DeferredDataSource(async () => source);
    const seen: string[] = [];
    const reported: unknown[] = [];
    const onError = window.onerror;
    // The listener's error is re-raised asynchronously, like an event handler's; catch it here.
    window.onerror = (_message, _file, _line, _column, error) => {
      reported.push(error);
      return true;
    };
    try {
      deferred.subscribe(() => {
        throw new Error('listener bug');
      });
      deferred.subscribe((change) => seen.push(change.learnerId));
      await deferred.listCourses();
      expect(() => emit({ type: 'goal', learnerId: 'a' })).not.to.throw();
      await new Promise((resolve) => setTimeout(resolve, 0));
    } finally {
      window.onerror = onError;
    }
    expect(seen).to.deep.equal(['a']);
    expect(reported).to.have.length(1);
    expect((reported[0] as Error).message).to.equal('listener bug');
  });

  it('gives each listener its own copy of a change', async () => {
    const { source, emit } = fakeSource();
    const deferred = new DeferredDataSource(async () => source);
    const seen: DataChange[] = [];
    deferred.subscribe((change) => {
      seen.push(change);
      (change as { learnerId: string }).learnerId = 'tampered';
    });
    deferred.subscribe((change) => seen.push(change));
    await deferred.listCourses();
    const change: DataChange = { type: 'goal', learnerId: 'a' };
    emit(change);
    expect(seen).to.have.length(2);
    expect(seen[0]).not.to.equal(seen[1]);
    expect(seen[0]).not.to.equal(change);
    expect(seen[1]).to.deep.equal({ type: 'goal', learnerId: 'a' });
    expect(change).to.deep.equal({ type: 'goal', learnerId: 'a' });
  });

  it('tries the load again after it failed', async () => {
    let attempts = 0;
    const { source } = fakeSource();
    const deferred = new DeferredDataSource(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('chunk did not arrive');
      return source;
    });
    let failure: unknown;
    try {
      await deferred.listCourses();
    } catch (error) {
      failure = error;
    }
    expect(failure).to.be.instanceOf(Error);
    expect(await deferred.listCourses()).to.deep.equal([{ id: 'c1' }]);
    expect(attempts).to.equal(2);
  });
});
