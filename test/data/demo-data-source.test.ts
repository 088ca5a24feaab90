import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import { DemoDataSource, defaultDataSource, deleteDemoDatabase } from '../../src/data/demo-data-source.js';
import type { ProgressUpdate } from '../../src/data/types.js';

// No import of ./helpers.js here: it loads the demo implementation, which this file must not.
const fixedNow = () => new Date('2026-12-01T00:00:00Z');
const uniqueDbName = (label: string) =>
  `seoul-learn-test-${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

const fixturesRequested = () =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes('/src/data/demo/demo-data-source.ts'));

describe('DemoDataSource (public, lazily loaded)', () => {
  it('loads the demo fixtures only when first asked for data', async () => {
    const source = new DemoDataSource({ storage: 'memory', now: fixedNow });
    expect(fixturesRequested(), 'nothing loaded by the constructor').to.equal(false);
    const courses = await source.listCourses();
    expect(fixturesRequested(), 'loaded on first use').to.equal(true);
    expect(courses.length).to.be.at.least(6);
  });

  it('keeps progress across a re-created instance (a reload)', async () => {
    const databaseName = uniqueDbName('facade');
    const first = new DemoDataSource({ databaseName, now: fixedNow });
    const course = (await first.listCourses())[0];
    const lesson = (await first.getCourse(course.id)).chapters[0].lessons[0];
    const update: ProgressUpdate = {
      id: 'facade-update-1',
      learnerId: 'reload-learner',
      courseId: course.id,
      lessonId: lesson.id,
      positionSec: 4,
      durationSec: lesson.durationSec,
      watchedSegments: [[0, 4]],
      studySec: 4,
      completed: false,
      at: fixedNow().toISOString(),
    };
    await first.saveProgress([update]);
    await first.close();

    const second = new DemoDataSource({ databaseName, now: fixedNow });
    try {
      const progress = await second.getCourseProgress('reload-learner', course.id);
      expect(progress.map((p) => [p.lessonId, p.positionSec])).to.deep.equal([[lesson.id, 4]]);
    } finally {
      await second.close();
      await deleteDemoDatabase(databaseName);
    }
  });

  it('gives every element on a page the same default instance', () => {
    expect(defaultDataSource()).to.equal(defaultDataSource());
    expect(defaultDataSource()).to.be.instanceOf(DemoDataSource);
  });
});
