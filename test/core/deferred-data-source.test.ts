import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import { DeferredDataSource } from '../../src/core/deferred-data-source.js';
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
