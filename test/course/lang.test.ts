import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import type { Course, DataSource } from '../../src/data/types.js';
import { $, demo, renderCourse, settingItems, videoReady } from './helpers.js';

/** Content with no English translation, as a partner's Korean-only API may send. */
function koreanOnly(inner: DataSource = demo()): DataSource {
  const strip = (course: Course): Course => ({
    ...course,
    instructor: { ko: course.instructor.ko },
    chapters: course.chapters.map((chapter) => ({
      ...chapter,
      lessons: chapter.lessons.map((lesson) => ({
        ...lesson,
        captions: lesson.captions.map((track) => ({ ...track, label: { ko: track.label.ko } })),
      })),
    })),
  });
  return new Proxy(inner, {
    get(target, name, receiver) {
      if (name === 'getCourse') return (id: string) => target.getCourse(id).then(strip);
      const value = Reflect.get(target, name, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe('<seoul-learn-course> Korean fallback in an English interface', () => {
  it('marks untranslated instructor names and caption labels as Korean', async () => {
    const source = koreanOnly();
    const course = await source.getCourse('elem-math-fractions');
    const el = await renderCourse({ locale: 'en' }, source);
    const instructor = [...el.shadowRoot!.querySelectorAll('[lang="ko"]')].find(
      (node) => node.textContent!.trim() === course.instructor.ko,
    );
    expect(instructor, 'the instructor is marked lang="ko"').to.exist;
    await videoReady(el);
    const options = (await settingItems(el, 'Captions'))
      .filter((item) => item.lang === 'ko')
      .map((item) => item.textContent!.trim());
    const labels = course.chapters[0].lessons[0].captions.map((track) => track.label.ko);
    expect(options).to.include.members(labels);
    expect($(el, '.course')!.getAttribute('lang')).to.equal('en');
  });
});
