import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/progress/progress.define.js';
import { fixedClock } from '../src/data/clock.js';
import { DemoDataSource } from '../src/data/demo-data-source.js';
import type { DataSource, LearnerSummary, RequestOptions } from '../src/data/types.js';
import { REGIONS } from '../src/themes/index.js';
import { KOREAN, inside, rendered } from './play-helpers.js';

interface ProgressArgs {
  view?: string;
  'learner-id'?: string;
  'course-href'?: string;
  'heading-level'?: number;
  region?: string;
  locale?: string;
  contrast?: string;
  dataSource?: DataSource;
}

/** A learner who has studied every day for months and finished most of what they started. */
class PowerLearnerSource extends DemoDataSource {
  override async getLearnerSummary(learnerId: string, options?: RequestOptions): Promise<LearnerSummary> {
    const base = await super.getLearnerSummary('demo-learner', options);
    const courses = await this.listCourses(options);
    return {
      ...base,
      learnerId,
      weeklyGoalMinutes: 420,
      dailyStudy: base.dailyStudy.map((day, i) => ({ date: day.date, seconds: (40 + ((i * 37) % 80)) * 60 })),
      courses: await Promise.all(
        courses.map(async (course, i) => {
          const lessons = (await this.getCourse(course.id, options)).chapters.flatMap((chapter) => chapter.lessons);
          const done = Math.min(lessons.length, Math.round(lessons.length * (1 - i * 0.12)));
          const next = lessons[done];
          return {
            courseId: course.id,
            title: course.title,
            completedLessons: done,
            totalLessons: lessons.length,
            ...(next ? { nextLessonId: next.id } : {}),
          };
        }),
      ),
    };
  }
}

/** Never answers: the loading skeleton stays. */
class PendingSource extends DemoDataSource {
  override getLearnerSummary(): Promise<LearnerSummary> {
    return new Promise(() => undefined);
  }
}

/** Always fails: the error message with its retry button. */
class FailingSource extends DemoDataSource {
  override async getLearnerSummary(): Promise<LearnerSummary> {
    throw new Error('The demo data source is offline on purpose.');
  }
}

const demo = new DemoDataSource({ storage: 'memory' });

/**
 * `<seoul-learn-progress>` is the learner's dashboard: a "continue learning" card with the latest
 * unfinished lesson, overall completion, study time this week against a weekly goal (weeks start
 * Monday, Korea Standard Time) and streaks with their icons, this week's study time per day on a
 * chart with a time axis (12 weeks summarised and in a table), a weekly-goal stepper in 30-minute
 * steps, per-course progress and the other recent lessons as quiet links. `view="cohort"` is the
 * programme manager's view of a region's pseudonymous learners, titled with the region's name,
 * with a filter panel. Region, locale and contrast follow the toolbar unless set here.
 */
const meta: Meta<ProgressArgs> = {
  title: 'Elements/Progress',
  component: 'seoul-learn-progress',
  argTypes: {
    view: { control: 'inline-radio', options: [undefined, 'learner', 'cohort'] },
    'learner-id': { control: 'text' },
    'course-href': { control: 'text' },
    'heading-level': { control: 'select', options: [2, 3, 4, 5, 6] },
    region: { control: 'select', options: [undefined, ...REGIONS] },
    locale: { control: 'inline-radio', options: [undefined, 'ko', 'en'] },
    contrast: { control: 'inline-radio', options: [undefined, 'normal', 'high'] },
    dataSource: { control: false },
  },
  args: { dataSource: demo, 'heading-level': 3 },
  render: (args) => html`
    <seoul-learn-progress
      view=${ifDefined(args.view)}
      learner-id=${ifDefined(args['learner-id'])}
      course-href=${ifDefined(args['course-href'])}
      heading-level=${ifDefined(args['heading-level'])}
      region=${ifDefined(args.region)}
      locale=${ifDefined(args.locale)}
      contrast=${ifDefined(args.contrast)}
      .dataSource=${args.dataSource}
    ></seoul-learn-progress>
  `,
};
export default meta;

type Story = StoryObj<ProgressArgs>;

/** The demo learner: a lesson to pick up, a few courses under way, a week-long streak, recent lessons. */
export const TypicalLearner: Story = {};

/** "Continue" as real links built from a URL template instead of an event. */
export const WithCourseLinks: Story = { args: { 'course-href': '/learn/{courseId}?lesson={lessonId}' } };

/** A learner with no data yet sees a friendly first step. */
export const NewLearner: Story = {
  args: { 'learner-id': 'new-learner' },
  render: (args) => html`
    <seoul-learn-progress learner-id=${ifDefined(args['learner-id'])} .dataSource=${args.dataSource}>
      <a slot="empty-action" href="#catalogue">강좌 둘러보기 · Browse courses</a>
    </seoul-learn-progress>
  `,
};

/** Every course under way or done, and a streak of 84 days. */
export const PowerLearner: Story = {
  args: { 'learner-id': 'power-learner', dataSource: new PowerLearnerSource({ storage: 'memory' }) },
};

/** A programme manager's view of the region's learners (region follows the toolbar). */
export const Cohort: Story = { args: { view: 'cohort' } };

/** The pseudonymous ids of the learners in the table, top to bottom. */
const shownIds = (progress: Element): string[] =>
  [...progress.shadowRoot!.querySelectorAll('.learners tbody th')].map((th) => th.textContent!.trim());

/**
 * A programme manager sorts and filters the cohort, as the interaction test plays it: sort by
 * pseudonymous id, then keep only high-school learners. Checked against the region's cohort as
 * the data source reports it, on a clock pinned to Tuesday 1 December 2026.
 */
export const SortAndFilterCohort: Story = {
  globals: KOREAN,
  loaders: [
    async () => {
      const clock = fixedClock('2026-12-01T00:00:00Z');
      return { clock, dataSource: new DemoDataSource({ storage: 'memory', now: clock }) };
    },
  ],
  render: (args, { loaded }) => html`
    <seoul-learn-progress
      view="cohort"
      heading-level=${ifDefined(args['heading-level'])}
      .dataSource=${(loaded as { dataSource: DataSource }).dataSource}
      .clock=${(loaded as { clock: () => Date }).clock}
    ></seoul-learn-progress>
  `,
  play: async ({ canvasElement, loaded, globals, step }) => {
    const { dataSource } = loaded as { dataSource: DataSource };
    const cohort = await dataSource.getCohortSummary(String(globals.region ?? 'seoul'));
    const progress = await rendered(canvasElement, 'seoul-learn-progress');
    const view = inside(progress);
    const ascending = (ids: string[]) => ids.toSorted((a, b) => (a < b ? -1 : a > b ? 1 : 0));

    await step('Sort by pseudonymous id', async () => {
      const sort = await view.findByRole('button', { name: /^가명 ID/ }, { timeout: 5000 });
      await expect(sort.closest('th')).not.toHaveAttribute('aria-sort');
      await userEvent.click(sort);
      await waitFor(() => expect(sort.closest('th')).toHaveAttribute('aria-sort', 'ascending'));
      const all = ascending(cohort.learners.map((learner) => learner.pseudonymousId));
      await expect(shownIds(progress)).toEqual(all.slice(0, 20));
    });

    await step('Keep only high-school learners', async () => {
      await userEvent.selectOptions(view.getByRole('combobox', { name: '학교급' }), 'high');
      const high = cohort.learners.filter((learner) => learner.schoolLevel === 'high');
      await waitFor(() =>
        expect(progress.shadowRoot!.querySelector('#k-learners + .figure')).toHaveTextContent(`${high.length}명`),
      );
      const ids = ascending(high.map((learner) => learner.pseudonymousId));
      await expect(shownIds(progress)).toEqual(ids.slice(0, 20));
      for (const cell of progress.shadowRoot!.querySelectorAll('.learners tbody td:first-of-type')) {
        await expect(cell).toHaveTextContent(/^고등 /);
      }
      await expect(view.getByRole('button', { name: /^가명 ID/ }).closest('th')).toHaveAttribute(
        'aria-sort',
        'ascending',
      );
    });
  },
};

/** The skeleton shown while data loads. */
export const Loading: Story = { args: { dataSource: new PendingSource({ storage: 'memory' }) } };

/** What a learner sees when the data cannot be loaded. */
export const LoadError: Story = { args: { dataSource: new FailingSource({ storage: 'memory' }) } };
