import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/course/course.define.js';
import { fixedClock, type Clock } from '../src/data/clock.js';
import { DemoDataSource } from '../src/data/demo-data-source.js';
import { ForbiddenError, NetworkError, UnauthorizedError } from '../src/data/errors.js';
import type { Course, DataSource } from '../src/data/types.js';
import { KOREAN, focusedIn, freshLearnerId, inside, rendered } from './play-helpers.js';

interface CourseArgs {
  'course-id': string;
  'lesson-id'?: string;
  'completion-threshold'?: number;
  shortcuts?: string;
  'autoplay-next'?: boolean;
  'learner-id'?: string;
  'heading-level'?: number;
}

/**
 * A data source (and the clock it runs on) passed to a story through a loader, so that each story
 * starts from known progress.
 */
type Loaded = { dataSource?: DataSource; clock?: Clock; learnerId?: string };

/** Wraps a data source, replacing some of its methods. */
function overriding(inner: DataSource, overrides: Partial<DataSource>): DataSource {
  return new Proxy(inner, {
    get(target, name, receiver) {
      if (name in overrides) return overrides[name as keyof DataSource];
      const value = Reflect.get(target, name, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const memory = (): DemoDataSource => new DemoDataSource({ storage: 'memory' });

/**
 * `<seoul-learn-course>` is the course player: the lesson outline, a native video player with
 * captions, transcript, playback rate, sign language and keyboard shortcuts, link-out cards for
 * lectures hosted elsewhere, resume and completion. Region, locale and contrast follow the toolbar.
 * Stories without their own data use the built-in demo data, whose progress persists in IndexedDB.
 */
const meta: Meta<CourseArgs> = {
  title: 'Elements/Course',
  component: 'seoul-learn-course',
  argTypes: {
    'course-id': {
      control: 'select',
      options: [
        'elem-math-fractions',
        'elem-korean-reading',
        'mid-english-grammar',
        'mid-science-matter',
        'high-math-calculus',
        'high-korean-history',
        'coding-intro',
        'career-explore',
      ],
    },
    'lesson-id': { control: 'text' },
    'completion-threshold': { control: { type: 'number', min: 0.1, max: 1, step: 0.05 } },
    shortcuts: { control: 'inline-radio', options: ['on', 'off'] },
    'autoplay-next': { control: 'boolean' },
    'learner-id': { control: 'text' },
    'heading-level': { control: 'select', options: [2, 3, 4, 5, 6] },
  },
  args: { 'course-id': 'elem-math-fractions', 'heading-level': 2 },
  render: (args, { loaded }) => html`
    <seoul-learn-course
      course-id=${args['course-id']}
      lesson-id=${ifDefined(args['lesson-id'])}
      completion-threshold=${ifDefined(args['completion-threshold'])}
      shortcuts=${ifDefined(args.shortcuts)}
      ?autoplay-next=${args['autoplay-next'] ?? false}
      learner-id=${ifDefined((loaded as Loaded).learnerId ?? args['learner-id'])}
      heading-level=${ifDefined(args['heading-level'])}
      .dataSource=${(loaded as Loaded).dataSource}
      .clock=${(loaded as Loaded).clock}
    ></seoul-learn-course>
  `,
};
export default meta;

type Story = StoryObj<CourseArgs>;

/** The demo learner's maths course on the built-in demo data: progress survives a reload. */
export const Default: Story = {};

/**
 * A learner plays a lesson, as the interaction test plays it: press play, see the time advance,
 * open the settings menu from the keyboard and choose 1.25× speed. A new learner on a pinned
 * clock (Tuesday 1 December 2026), so no saved position changes where the lesson starts.
 */
export const PlayLesson: Story = {
  globals: KOREAN,
  args: { 'lesson-id': 'elem-math-fractions-1-1' },
  loaders: [
    async () => {
      const clock = fixedClock('2026-12-01T00:00:00Z');
      return {
        clock,
        learnerId: freshLearnerId(),
        dataSource: new DemoDataSource({ storage: 'memory', now: clock }),
      } satisfies Loaded;
    },
  ],
  play: async ({ canvasElement, step }) => {
    const course = await rendered(canvasElement, 'seoul-learn-course');
    const player = inside(course);
    const video = await waitFor(
      () => {
        const found = course.shadowRoot!.querySelector<HTMLVideoElement>('video.main');
        expect(found?.readyState).toBeGreaterThanOrEqual(HTMLMediaElement.HAVE_METADATA);
        return found!;
      },
      { timeout: 10_000 },
    );

    await step('Press play and see the time advance', async () => {
      await expect(video.currentTime).toBe(0);
      await userEvent.click(player.getByRole('button', { name: '재생' }));
      const time = course.shadowRoot!.querySelector('.time');
      await waitFor(
        () => {
          expect(video.currentTime).toBeGreaterThan(1);
          expect(time).toHaveTextContent(/^0:0[1-9] \/ 0:16$/);
        },
        { timeout: 10_000 },
      );
      await expect(player.getByRole('button', { name: '일시정지' })).toBeVisible();
    });

    await step('Open the settings menu with the keyboard and choose 1.25×', async () => {
      const settings = player.getByRole('button', { name: '설정' });
      settings.focus();
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(focusedIn(course)).toHaveAttribute('role', 'menuitemradio'));
      await expect(settings).toHaveAttribute('aria-expanded', 'true');
      await expect(focusedIn(course)).toHaveTextContent('1×');
      await userEvent.keyboard('{ArrowDown}');
      await expect(focusedIn(course)).toHaveTextContent('1.25×');
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(player.queryByRole('menu')).toBeNull());
      await expect(video.playbackRate).toBe(1.25);
      await expect(focusedIn(course)).toBe(settings);
    });

    await step('Pause', async () => {
      await userEvent.click(player.getByRole('button', { name: '일시정지' }));
      await waitFor(() => expect(video.paused).toBe(true));
    });
  },
};

/** A lesson streamed as HLS: native where the browser plays HLS, otherwise hls.js, loaded on demand. */
export const HlsLesson: Story = {
  args: { 'course-id': 'coding-intro', 'lesson-id': 'coding-intro-1-1' },
};

/** A lesson with a Korean Sign Language interpretation: switch it on with the 수어 영상 button. */
export const SignLanguage: Story = {
  args: { 'course-id': 'high-korean-history', 'lesson-id': 'high-korean-history-2-2' },
};

/** A lecture hosted by a private provider: a link-out card that counts once marked as done. */
export const ExternalLecture: Story = {
  args: { 'course-id': 'career-explore', 'lesson-id': 'career-explore-2-3' },
};

/** The learner stopped at 0:08 last time: the player resumes there and offers to start over. */
export const ResumePrompt: Story = {
  args: { 'learner-id': 'story-learner', 'lesson-id': 'elem-math-fractions-1-1' },
  loaders: [
    async () => {
      const dataSource = memory();
      await dataSource.saveProgress([
        {
          id: 'story-resume',
          learnerId: 'story-learner',
          courseId: 'elem-math-fractions',
          lessonId: 'elem-math-fractions-1-1',
          positionSec: 8,
          durationSec: 16,
          watchedSegments: [[0, 8]],
          studySec: 8,
          completed: false,
          at: new Date().toISOString(),
        },
      ]);
      return { dataSource };
    },
  ],
};

/** An unknown `course-id` shows a not-found state. */
export const NotFound: Story = { args: { 'course-id': 'no-such-course' } };

/** The network failed: a message and a retry button. */
export const NetworkErrorState: Story = {
  loaders: [
    async () => ({
      dataSource: overriding(memory(), { getCourse: () => Promise.reject(new NetworkError()) }),
    }),
  ],
};

/** The course is still loading: a skeleton in the shape of the player and outline. */
export const Loading: Story = {
  loaders: [async () => ({ dataSource: overriding(memory(), { getCourse: () => new Promise<Course>(() => {}) }) })],
};

/** The learner's session has expired (401): what to do, and a retry. */
export const SignedOut: Story = {
  loaders: [
    async () => ({ dataSource: overriding(memory(), { getCourse: () => Promise.reject(new UnauthorizedError()) }) }),
  ],
};

/** The course is not open to this learner (403): no retry that cannot help. */
export const Forbidden: Story = {
  loaders: [
    async () => ({ dataSource: overriding(memory(), { getCourse: () => Promise.reject(new ForbiddenError()) }) }),
  ],
};

/** The lesson video is missing (404): a media error with a retry button, and no endless spinner. */
export const MediaError: Story = {
  loaders: [
    async () => {
      const inner = memory();
      const broken = (course: Course): Course => ({
        ...course,
        chapters: course.chapters.map((chapter) => ({
          ...chapter,
          lessons: chapter.lessons.map((lesson) => ({
            ...lesson,
            media: lesson.media.map((media) => ({ ...media, src: `${media.src}.missing` })),
          })),
        })),
      });
      return {
        dataSource: overriding(inner, { getCourse: (id, options) => inner.getCourse(id, options).then(broken) }),
      };
    },
  ],
};

/** On a 320 px wide phone the outline sits below the player. */
export const NarrowMobile: Story = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

/** Character-key shortcuts switched off (KWCAG 2.2 character key shortcuts). */
export const ShortcutsOff: Story = { args: { shortcuts: 'off' } };
