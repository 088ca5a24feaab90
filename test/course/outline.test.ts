import '../helpers/readable-failures.js';
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SeoulLearnCourse } from '../../src/course/course.js';
import { $, $$, collect, demo, recording, renderCourse } from './helpers.js';

const focused = (el: SeoulLearnCourse): HTMLElement | null => el.shadowRoot!.activeElement as HTMLElement | null;
const name = (item: Element | null): string => {
  const ids = item?.getAttribute('aria-labelledby')?.split(' ') ?? [];
  return ids
    .map(
      (id) =>
        item!.getRootNode() instanceof ShadowRoot &&
        (item!.getRootNode() as ShadowRoot).getElementById(id)?.textContent,
    )
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
};

describe('<seoul-learn-course> outline', () => {
  it('is a tree with chapters, lessons, durations, completion and the current lesson', async () => {
    const el = await renderCourse({ learner: 'demo-learner' });
    const tree = $(el, '[role="tree"]');
    expect(tree).to.exist;
    const chapters = $$(el, '[role="treeitem"][aria-level="1"]');
    const lessons = $$(el, '[role="treeitem"][aria-level="2"]');
    expect(chapters).to.have.length(4);
    expect(lessons).to.have.length(10);
    // The demo learner finished lessons 1 and 2 and is halfway through lesson 3, which opens.
    expect(name(lessons[0]!)).to.contain('전체와 부분').and.contain('16초').and.contain('완료');
    expect(name(lessons[2]!)).to.contain('단위분수').and.contain('50% 시청').and.contain('현재 강의');
    expect(name(lessons[3]!)).to.contain('시작 전');
    expect(lessons[2]!.getAttribute('aria-selected')).to.equal('true');
    expect(lessons.filter((item) => item.getAttribute('aria-selected') === 'true')).to.have.length(1);
    expect($(el, '.course-progress').textContent).to.contain('전체 10개 중 2개 완료');
    expect($(el, '.lesson-heading').textContent).to.contain('단위분수');
    await expect(el).to.be.accessible();
  });

  it('moves with the arrow keys, Home and End, collapses chapters and opens a lesson with Enter', async () => {
    const el = await renderCourse({ locale: 'en', region: 'taebaek' });
    const current = $(el, '[role="treeitem"][tabindex="0"]');
    expect(current.getAttribute('aria-selected')).to.equal('true');
    current.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el)?.textContent).to.contain('Denominators and numerators');
    expect($$(el, '[role="treeitem"][tabindex="0"]')).to.have.length(1);

    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    const chapter = focused(el)!;
    expect(chapter.getAttribute('aria-level')).to.equal('1');
    expect(chapter.textContent).to.contain('What a fraction means');

    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(chapter.getAttribute('aria-expanded')).to.equal('false');
    expect($$(el, '[role="treeitem"][aria-level="2"]')).to.have.length(7);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(chapter.getAttribute('aria-expanded')).to.equal('true');

    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focused(el)?.textContent).to.contain('Measuring length and weight');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focused(el)).to.equal(chapter);

    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const chosen = focused(el)!;
    expect(chosen.textContent).to.contain('Denominators and numerators');
    expect(chosen.getAttribute('aria-selected')).to.equal('true');
    expect($(el, '.lesson-heading').textContent).to.contain('Denominators and numerators');
    await waitUntil(() =>
      $(el, '[role="status"]').textContent!.includes('Current lesson: Denominators and numerators'),
    );
  });

  it('opens a lesson on click', async () => {
    const el = await renderCourse({});
    const item = $$(el, '[role="treeitem"][aria-level="2"]')[4]!;
    item.click();
    await el.updateComplete;
    expect(item.getAttribute('aria-selected')).to.equal('true');
    expect($(el, '.lesson-heading').textContent).to.contain(item.querySelector('.lesson-title')!.textContent!);
  });

  it('shows a link-out card for a lecture hosted elsewhere, which counts once marked done', async () => {
    const source = recording(demo());
    const course = await source.getCourse('high-math-calculus');
    const external = course.chapters
      .flatMap((chapter) => chapter.lessons)
      .find((lesson) => lesson.kind === 'external')!;
    const el = await renderCourse({ course: course.id, lesson: external.id }, source);
    const completed = collect<{ lessonId: string; progress: number }>(el, 'seoul-learn-lesson-completed');
    // The card's code loads with a course that has such a lecture.
    await waitUntil(() => el.shadowRoot!.querySelector('.external-card a'), 'the link-out card');
    const link = $<HTMLAnchorElement>(el, '.external-card a');
    expect(link.href).to.equal(external.external!.href);
    expect(link.target).to.equal('_blank');
    expect(link.textContent).to.contain('한빛인강에서 강의 보기').and.contain('(새 탭에서 열림)');
    expect($(el, 'video')).to.not.exist;
    await expect(el).to.be.accessible();

    const button = Array.from(el.shadowRoot!.querySelectorAll('button')).find((b) =>
      b.textContent!.includes('수강 완료로 표시'),
    )!;
    button.click();
    await el.updateComplete;
    expect(completed).to.deep.equal([{ courseId: course.id, lessonId: external.id, progress: 1 }]);
    expect(source.saves.at(-1)![0]).to.include({ lessonId: external.id, completed: true });
    const item = $$(el, '[role="treeitem"]').find((li) => li.dataset['key'] === `l:${external.id}`)!;
    expect(name(item)).to.contain('완료');
    expect($(el, '.external-card').textContent).to.contain('완료');
    const stored = await source.getCourseProgress('test-learner', course.id);
    expect(stored.find((record) => record.lessonId === external.id)?.completed).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('fires lesson-started once when the learner opens an external lesson, not when it is shown', async () => {
    const source = demo();
    const course = await source.getCourse('high-math-calculus');
    const lessons = course.chapters.flatMap((chapter) => chapter.lessons);
    const external = lessons.find((lesson) => lesson.kind === 'external')!;
    const el = await renderCourse({ course: course.id, lesson: external.id }, source);
    const started = collect<{ courseId: string; lessonId: string; positionSec: number }>(
      el,
      'seoul-learn-lesson-started',
    );
    // The test page must not follow the link to a new tab.
    const stay = (event: Event): void => event.preventDefault();
    el.addEventListener('click', stay, { capture: true });
    el.addEventListener('auxclick', stay, { capture: true });
    try {
      await el.updateComplete;
      expect(started, 'showing the card starts nothing').to.deep.equal([]);
      const link = $<HTMLAnchorElement>(el, '.external-card a');
      link.focus();
      await sendKeys({ press: 'Enter' });
      expect(started).to.deep.equal([{ courseId: course.id, lessonId: external.id, positionSec: 0 }]);
      link.dispatchEvent(new MouseEvent('auxclick', { button: 1, bubbles: true, composed: true, cancelable: true }));
      link.click();
      expect(started, 'once per lesson view').to.have.length(1);

      // Another lesson, then back: a new view of the external lesson.
      const key = (id: string): HTMLElement =>
        $$(el, '[role="treeitem"]').find((li) => li.dataset['key'] === `l:${id}`)!;
      key(lessons[0]!.id).click();
      await el.updateComplete;
      key(external.id).click();
      await el.updateComplete;
      $<HTMLAnchorElement>(el, '.external-card a').dispatchEvent(
        new MouseEvent('auxclick', { button: 1, bubbles: true, composed: true, cancelable: true }),
      );
      expect(started).to.have.length(2);
      expect(Object.isFrozen(started[1])).to.equal(true);
    } finally {
      el.removeEventListener('click', stay, { capture: true });
      el.removeEventListener('auxclick', stay, { capture: true });
    }
  });

  for (const [region, locale] of [
    ['chungbuk', 'ko'],
    ['seoul', 'en'],
  ] as const) {
    it(`passes axe in high contrast (${region}, ${locale}) with a lesson open and one completed`, async () => {
      const el = await renderCourse({ region, locale, learner: 'demo-learner' });
      el.contrast = 'high';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});
