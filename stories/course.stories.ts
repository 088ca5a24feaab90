import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/course/course.define.js';
import { DemoDataSource } from '../src/data/demo-data-source.js';
import { ForbiddenError, NetworkError, UnauthorizedError } from '../src/data/errors.js';
import type { Course, DataSource } from '../src/data/types.js';

interface CourseArgs {
  'course-id': string;
  'lesson-id'?: string;
  'completion-threshold'?: number;
  shortcuts?: string;
  'autoplay-next'?: boolean;
  'learner-id'?: string;
  'heading-level'?: number;
}

/** A data source passed to a story through a loader, so that each story starts from known progress. */
type Loaded = { dataSource?: DataSource };

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
      learner-id=${ifDefined(args['learner-id'])}
      heading-level=${ifDefined(args['heading-level'])}
      .dataSource=${(loaded as Loaded).dataSource}
    ></seoul-learn-course>
  `,
};
export default meta;

type Story = StoryObj<CourseArgs>;

/** The demo learner's maths course on the built-in demo data: progress survives a reload. */
export const Default: Story = {};

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
