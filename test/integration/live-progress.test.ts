import '../helpers/readable-failures.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { SeoulLearnProvider } from '../../src/provider/provider.js';
import { DemoDataSource } from '../../src/data/demo-data-source.js';

/**
 * The dashboard follows what the learner does in the player on the same page, through the
 * shared data source's change notifications, without a reload or a global event bus.
 */
describe('course player and dashboard on one page', () => {
  it('updates the dashboard when the learner completes a lesson in the player', async () => {
    const source = new DemoDataSource({ storage: 'memory', now: () => new Date('2026-12-01T00:00:00Z') });
    const course = await source.getCourse('high-math-calculus');
    const lessons = course.chapters.flatMap((chapter) => chapter.lessons);
    const external = lessons.find((lesson) => lesson.kind === 'external')!;

    const provider = await fixture<SeoulLearnProvider>(html`
      <seoul-learn-provider locale="en" learner-id="live-learner" .dataSource=${source}>
        <seoul-learn-course course-id=${course.id} lesson-id=${external.id}></seoul-learn-course>
        <seoul-learn-progress></seoul-learn-progress>
      </seoul-learn-provider>
    `);
    const player = provider.querySelector('seoul-learn-course')!;
    const dashboard = provider.querySelector('seoul-learn-progress')!;
    const shown = () => dashboard.shadowRoot!.textContent!.replace(/\s+/g, ' ');

    await waitUntil(() => shown().includes('No courses yet') || shown().includes('courses'), 'dashboard loaded');
    expect(shown()).not.to.contain(course.title.en!);

    const markDone = () =>
      [...player.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Mark as done'));
    await waitUntil(markDone, 'the link-out card offers "Mark as done"');
    markDone()!.click();

    await waitUntil(() => shown().includes(course.title.en!), 'the dashboard lists the course');
    expect(shown()).to.contain(`1 of ${lessons.length} lessons done`);
    await expect(dashboard).to.be.accessible();
  });
});
