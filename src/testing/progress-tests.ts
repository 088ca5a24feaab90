/// <reference types="mocha" />
/**
 * Progress and goals: a report replayed from another client is applied once; completion comes
 * from the watched segments, never from a report's say-so; malformed reports and goals out of
 * range are refused.
 */
import { expect } from '@open-wc/testing';
import { ValidationError } from '../data/errors.js';
import { WEEKLY_GOAL_RANGE } from '../data/limits.js';
import type { DataSource, ProgressUpdate } from '../data/types.js';
import { expectNow, progressUpdate, rejectionOf, sourceAs } from './kit.js';
import type { SuiteState } from './types.js';

const LEARNER = 'learner-progress';

/** The first lesson of the first course. */
async function firstLesson(source: DataSource) {
  const course = await source.getCourse((await source.listCourses())[0]!.id);
  return { course, lesson: course.chapters[0]!.lessons[0]! };
}

export function progressTests(state: SuiteState): void {
  describe('progress and goals', () => {
    const update = (courseId: string, lessonId: string, overrides: Partial<ProgressUpdate> = {}) =>
      progressUpdate(state.subject().now, LEARNER, courseId, lessonId, overrides);

    const save = async (source: DataSource, updates: ProgressUpdate[]) => {
      await source.saveProgress(updates);
      await state.subject().deliver?.(source);
    };

    it('saves progress and reads it back; a report replayed by another client changes nothing', async () => {
      const source = await sourceAs(state, LEARNER);
      const { course, lesson } = await firstLesson(source);
      const sec = Math.min(12, Math.floor(lesson.durationSec));
      const first = update(course.id, lesson.id, { positionSec: sec, watchedSegments: [[0, sec]], studySec: sec });
      await save(source, [first]);
      const before = await source.getLearnerSummary(LEARNER);
      const peer = (await state.subject().peer?.(LEARNER)) ?? source;
      await save(peer, [first]);

      const progress = await source.getCourseProgress(LEARNER, course.id);
      const record = progress.find((item) => item.lessonId === lesson.id)!;
      expect(record.positionSec).to.equal(sec);
      expect(record.watchedSegments).to.deep.equal([[0, sec]]);

      const summary = await source.getLearnerSummary(LEARNER);
      expect(summary.dailyStudy, 'study time is counted once').to.deep.equal(before.dailyStudy);
      expect(summary.learnerId).to.equal(LEARNER);
      expect(summary.courses.map((item) => item.courseId)).to.include(course.id);
      expect(summary.recentLessons[0]).to.include({ courseId: course.id, lessonId: lesson.id });
      expectNow(state, summary.generatedAt, 'generatedAt');
    });

    it('completes a video lesson from the watched segments it holds, never from the report saying so', async () => {
      const source = await sourceAs(state, LEARNER);
      const course = await source.getCourse((await source.listCourses())[0]!.id);
      const lesson = course.chapters.flatMap((chapter) => chapter.lessons).find((item) => item.kind === 'video')!;
      const record = async () =>
        (await source.getCourseProgress(LEARNER, course.id)).find((item) => item.lessonId === lesson.id)!;
      const end = lesson.durationSec;

      await save(source, [
        update(course.id, lesson.id, { watchedSegments: [[0, 1]], positionSec: 1, completed: true }),
      ]);
      expect((await record()).completed, 'one watched second and a claim').to.equal(false);

      await save(source, [update(course.id, lesson.id, { watchedSegments: [[1, end]], positionSec: end })]);
      const done = await record();
      expect(done.completed, 'watched to the end, though the report says not completed').to.equal(true);
      expect(done.completedAt).to.be.a('string');

      await save(source, [update(course.id, lesson.id, { watchedSegments: [], positionSec: 2 })]);
      expect(await record()).to.include({ completed: true, completedAt: done.completedAt });
    });

    it('rejects a malformed report with ValidationError', async () => {
      const source = await sourceAs(state, LEARNER);
      const { course } = await firstLesson(source);
      const error = await rejectionOf(source.saveProgress([{ ...update(course.id, 'x'), positionSec: -1 }]));
      expect(error).to.be.instanceOf(ValidationError);
      expect((error as ValidationError).fields).to.deep.equal(['updates[0].positionSec']);
    });

    it('sets the weekly goal, announces it, and refuses one out of range', async () => {
      const source = await sourceAs(state, LEARNER);
      const changes: string[] = [];
      const unsubscribe = source.subscribe((change) => changes.push(change.type));
      try {
        await source.setWeeklyGoal(LEARNER, 240);
        expect((await source.getLearnerSummary(LEARNER)).weeklyGoalMinutes).to.equal(240);
        expect(changes).to.deep.equal(['goal']);
        const { min, max } = WEEKLY_GOAL_RANGE;
        for (const minutes of [min - 1, max + 1, 5, Number.NaN, -5, '60' as unknown as number]) {
          const error = await rejectionOf(source.setWeeklyGoal(LEARNER, minutes));
          expect(error, String(minutes)).to.be.instanceOf(ValidationError);
          expect((error as ValidationError).fields).to.deep.equal(['minutes']);
        }
        expect((await source.getLearnerSummary(LEARNER)).weeklyGoalMinutes).to.equal(240);
        expect(changes).to.deep.equal(['goal']);
      } finally {
        unsubscribe();
      }
    });
  });
}
