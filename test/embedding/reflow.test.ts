import '../helpers/readable-failures.js';
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { SeoulLearnProgress } from '../../src/progress/progress.js';
import '../../src/progress.js';
import { demo, externalLesson, renderCourse } from '../course/helpers.js';
import { renderBooking, toDate } from '../booking/helpers.js';
import { demoSource, settled } from '../progress/helpers.js';

/**
 * WCAG 1.4.10 Reflow: at 320 CSS px nothing may need a horizontal scroll. Each case renders the
 * state an audit found overflowing and measures what a browser would scroll.
 */
const scrolls = (el: Element, scroller?: string): string[] => {
  const page = document.documentElement.scrollWidth - document.documentElement.clientWidth;
  const own = el.scrollWidth - el.clientWidth;
  const wide = [...(el.shadowRoot?.querySelectorAll('*') ?? [])]
    .filter((node) => !(scroller && (node.matches(scroller) || node.closest(scroller))))
    .filter((node) => node.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
    .map((node) => `${node.localName}.${[...node.classList].join('.')}`);
  return [...(page > 0 ? [`page +${page}px`] : []), ...(own > 0 ? [`element +${own}px`] : []), ...wide];
};

describe('Korean line breaks', () => {
  it('break between words, never inside one, in every element', async () => {
    const course = await renderCourse({ learner: 'reflow' });
    const booking = await renderBooking();
    const progress = await fixture<SeoulLearnProgress>(
      html`<seoul-learn-progress .dataSource=${demoSource()}></seoul-learn-progress>`,
    );
    await settled(progress);
    for (const el of [course, booking, progress]) {
      const text = [...el.shadowRoot!.querySelectorAll('p, h2, h3, h4, button')].find((node) =>
        /[가-힣]/.test(node.textContent ?? ''),
      )!;
      expect(getComputedStyle(text).wordBreak, el.localName).to.equal('keep-all');
      expect(getComputedStyle(text).overflowWrap, el.localName).to.equal('break-word');
    }
  });
});

describe('reflow at 320 px (WCAG 1.4.10)', () => {
  before(() => setViewport({ width: 320, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('a lecture hosted elsewhere fits its card in the width', async () => {
    const source = demo();
    const el = await renderCourse({ ...(await externalLesson(source)), learner: 'reflow' }, source);
    expect(scrolls(el)).to.deep.equal([]);
  });

  it('the cohort view wraps its filters', async () => {
    const el = await fixture<SeoulLearnProgress>(
      html`<seoul-learn-progress view="cohort" .dataSource=${demoSource()}></seoul-learn-progress>`,
    );
    await settled(el);
    // A data table may scroll inside its own wrapper (WCAG's exception for two-dimensional content).
    expect(scrolls(el, '.table-wrap')).to.deep.equal([]);
  });

  it('the booking calendar shows all seven days', async () => {
    const el = await renderBooking();
    await toDate(el, /^멘토링/);
    expect(scrolls(el)).to.deep.equal([]);
  });
});
