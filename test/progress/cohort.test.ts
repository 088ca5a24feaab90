import '../helpers/readable-failures.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/progress.js';
import type { SeoulLearnProgress } from '../../src/progress/progress.js';
import { formatPercent } from '../../src/core/format.js';
import type { CohortSummary } from '../../src/data/types.js';
import { announced } from '../helpers/announced.js';
import { FixedSource, NOW, captureWarnings, demoSource, settled, shadow, textOf } from './helpers.js';

async function cohort(source: FixedSource | ReturnType<typeof demoSource>, locale = 'ko') {
  const el = await fixture<SeoulLearnProgress>(
    html`<seoul-learn-progress
      view="cohort"
      region="gimpo"
      locale=${locale}
      .dataSource=${source}
    ></seoul-learn-progress>`,
  );
  await settled(el);
  return el;
}

const figure = (el: SeoulLearnProgress, id: string) => textOf(shadow(el).querySelector(`#${id} + .figure`));
const firstColumn = (el: SeoulLearnProgress) =>
  [...shadow(el).querySelectorAll('.learners tbody th')].map((th) => th.textContent!.trim());

/** A small cohort with every awkward value a CSV can meet. */
function smallCohort(): CohortSummary {
  const learner = (id: string, level: 'elementary' | 'middle' | 'high', done: number, daysAgo?: number) => ({
    pseudonymousId: id,
    schoolLevel: level,
    grade: 2,
    enrolledCourseIds: level === 'high' ? ['c1', 'c2'] : ['c1'],
    completedLessons: done,
    totalLessons: 10,
    studySecLast30Days: done * 600,
    ...(daysAgo === undefined ? {} : { lastActiveAt: new Date(NOW.getTime() - daysAgo * 86_400_000).toISOString() }),
  });
  return {
    region: 'gimpo',
    generatedAt: NOW.toISOString(),
    courses: [
      { courseId: 'c1', title: { ko: '수학, "기초"' }, enrolled: 4, completed: 1 },
      { courseId: 'c2', title: { ko: '국어' }, enrolled: 1, completed: 0 },
    ],
    learners: [
      learner('L-A', 'elementary', 10, 1),
      learner('L-"B", 2', 'middle', 5, 10),
      learner('=SUM(1)', 'high', 0),
      learner('L-D', 'high', 2, 40),
    ],
  };
}

describe('<seoul-learn-progress view="cohort">', () => {
  it('shows headline figures computed from the cohort data', async () => {
    const source = demoSource();
    const data = await source.getCohortSummary('gimpo');
    const el = await cohort(source);
    const now = NOW.getTime();
    const active = (days: number) =>
      data.learners.filter((l) => l.lastActiveAt && now - Date.parse(l.lastActiveAt) <= days * 86_400_000).length;
    const average =
      data.learners.reduce((sum, l) => sum + (l.totalLessons ? l.completedLessons / l.totalLessons : 0), 0) /
      data.learners.length;
    expect(figure(el, 'k-learners')).to.equal(`${data.learners.length}명`);
    expect(figure(el, 'k-active7')).to.equal(`${active(7)}명`);
    expect(figure(el, 'k-active30')).to.equal(`${active(30)}명`);
    expect(figure(el, 'k-average')).to.equal(formatPercent(average, 'ko'));
    expect(textOf(shadow(el).querySelector('.learners caption'))).to.equal(
      `학습자 ${data.learners.length}명 중 1–20번째`,
    );
    expect(textOf(shadow(el).querySelector('.root'))).not.to.match(/NaN|undefined/);
    await expect(el).to.be.accessible();
  });

  it('draws the completion histogram with a summary and a table of the same numbers', async () => {
    const source = new FixedSource();
    source.cohort = smallCohort();
    const el = await cohort(source);
    // 100 %, 50 %, 0 %, 20 %.
    expect(textOf(shadow(el).querySelector('#hist-summary'))).to.equal(
      '진도 구간별 학습자 수: 0%–19% 1명, 20%–39% 1명, 40%–59% 1명, 60%–79% 0명, 80%–100% 1명.',
    );
    const svg = shadow(el).querySelector('svg.histogram')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-labelledby')).to.equal('hist-summary');
    shadow(el).querySelector<HTMLElement>('[aria-labelledby="k-hist"] summary')!.click();
    await el.updateComplete;
    const rows = [...shadow(el).querySelectorAll('[aria-labelledby="k-hist"] tbody tr')].map(textOf);
    expect(rows).to.deep.equal(['0%–19% 1', '20%–39% 1', '40%–59% 1', '60%–79% 0', '80%–100% 1']);
    await expect(el).to.be.accessible();
  });

  it('sorts by a column when its header is clicked, and says so', async () => {
    const source = new FixedSource();
    source.cohort = smallCohort();
    const el = await cohort(source);
    expect(firstColumn(el), 'completion, highest first').to.deep.equal(['L-A', 'L-"B", 2', 'L-D', '=SUM(1)']);
    const idHeader = shadow(el).querySelectorAll('.learners thead th')[0]!;
    expect(idHeader.hasAttribute('aria-sort')).to.equal(false);
    idHeader.querySelector('button')!.click();
    await el.updateComplete;
    expect(idHeader.getAttribute('aria-sort')).to.equal('ascending');
    expect(firstColumn(el)).to.deep.equal(['=SUM(1)', 'L-"B", 2', 'L-A', 'L-D']);
    await announced(
      () => shadow(el).querySelector('[part="cohort"] > [role="status"]'),
      '가명 ID 기준 오름차순으로 정렬했습니다.',
    );
    idHeader.querySelector('button')!.click();
    await el.updateComplete;
    expect(idHeader.getAttribute('aria-sort')).to.equal('descending');
    expect(firstColumn(el)).to.deep.equal(['L-D', 'L-A', 'L-"B", 2', '=SUM(1)']);
    await expect(el).to.be.accessible();
  });

  it('filters by school level and course from the keyboard', async () => {
    const source = new FixedSource();
    source.cohort = smallCohort();
    const el = await cohort(source);
    const level = shadow(el).querySelector<HTMLSelectElement>('select[name="level"]')!;
    level.focus();
    // All → elementary → middle → high.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(level.value).to.equal('high');
    expect(firstColumn(el)).to.deep.equal(['L-D', '=SUM(1)']);
    expect(figure(el, 'k-learners')).to.equal('2명');
    const course = shadow(el).querySelector<HTMLSelectElement>('select[name="course"]')!;
    course.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(course.value).to.equal('c2');
    expect(firstColumn(el)).to.deep.equal(['L-D', '=SUM(1)']);
    level.focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(firstColumn(el), 'middle school, course c2: nobody').to.deep.equal([]);
    expect(textOf(shadow(el).querySelector('.learners caption'))).to.equal('조건에 맞는 학습자가 없습니다.');
    await expect(el).to.be.accessible();
  });

  it('pages through the learners', async () => {
    const source = demoSource();
    const data = await source.getCohortSummary('gimpo');
    const el = await cohort(source, 'en');
    const [previous, next] = [...shadow(el).querySelectorAll<HTMLButtonElement>('.pager button')];
    expect(previous!.disabled).to.equal(true);
    const firstPage = firstColumn(el);
    expect(firstPage).to.have.length(20);
    next!.click();
    await el.updateComplete;
    expect(textOf(shadow(el).querySelector('.learners caption'))).to.equal(`21–40 of ${data.learners.length} learners`);
    expect(firstColumn(el)).to.have.length(20);
    expect(firstColumn(el).some((id) => firstPage.includes(id))).to.equal(false);
    await announced(
      () => shadow(el).querySelector('[part="cohort"] > [role="status"]'),
      `Page 2 of ${Math.ceil(data.learners.length / 20)}`,
    );
    previous!.click();
    await el.updateComplete;
    expect(firstColumn(el)).to.deep.equal(firstPage);
    await expect(el).to.be.accessible();
  });

  it('downloads the filtered table as UTF-8 CSV with a BOM and escaped fields', async () => {
    const source = new FixedSource();
    source.cohort = smallCohort();
    const el = await cohort(source);
    const blobs: Blob[] = [];
    const clicked: string[] = [];
    const { createObjectURL } = URL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    };
    try {
      const button = [...shadow(el).querySelectorAll<HTMLButtonElement>('.pager button')].at(-1)!;
      setTimeout(() => button.click());
      const event = await oneEvent(el, 'seoul-learn-cohort-exported');
      expect(event.detail).to.deep.equal({ rows: 4 });
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicked).to.deep.equal(['seoul-learn-cohort-gimpo-2026-12-01.csv']);
    expect(blobs[0]!.type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    expect(csv.split('\r\n')).to.deep.equal([
      '가명 ID,학교급,학년,수강 강좌,완료 강의,전체 강의,진도(%),최근 30일 학습(분),마지막 학습일(한국 시간)',
      'L-A,초등,2,1,10,10,100,100,2026-11-30',
      '"L-""B"", 2",중등,2,1,5,10,50,50,2026-11-21',
      'L-D,고등,2,2,2,10,20,20,2026-10-22',
      "'=SUM(1),고등,2,2,0,10,0,0,",
      '',
    ]);
    await announced(
      () => shadow(el).querySelector('[part="cohort"] > [role="status"]'),
      '학습자 4명의 표를 CSV로 내려받았습니다.',
    );
  });

  it('skips unknown course ids and clamps corrupt learners with one warning', async () => {
    const source = new FixedSource();
    const data = smallCohort();
    source.cohort = {
      ...data,
      learners: [
        { ...data.learners[0]!, enrolledCourseIds: ['c1', 'ghost'], completedLessons: 15 },
        { ...data.learners[1]!, studySecLast30Days: -60, totalLessons: Number.NaN },
        { ...data.learners[2]!, schoolLevel: 'university' },
      ],
    };
    const warnings = captureWarnings();
    let el: SeoulLearnProgress;
    try {
      el = await cohort(source);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(firstColumn(el)).to.deep.equal(['L-A', 'L-"B", 2']);
    const rows = [...shadow(el).querySelectorAll('.learners tbody tr')].map(textOf);
    expect(rows[0]).to.contain('100% (10/10)');
    expect(rows[1]).to.contain('0% (0/0)').and.contain('학습 기록 없음');
    expect(textOf(shadow(el).querySelector('.root'))).not.to.match(/NaN|undefined/);
  });

  it("loads the region's cohort again when the region changes, keeping the filters", async () => {
    const source = new FixedSource();
    source.cohort = smallCohort();
    const el = await cohort(source);
    const level = shadow(el).querySelector<HTMLSelectElement>('select[name="level"]')!;
    level.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    el.region = 'incheon';
    await el.updateComplete;
    await settled(el);
    expect(source.calls).to.deep.equal(['cohort:gimpo', 'cohort:incheon']);
    expect(shadow(el).querySelector<HTMLSelectElement>('select[name="level"]')!.value).to.equal('elementary');
    expect(firstColumn(el)).to.deep.equal(['L-A']);
  });

  it('shows an error with a retry in the cohort view', async () => {
    const source = new FixedSource();
    source.cohort = smallCohort();
    source.failures = 1;
    const el = await cohort(source, 'en');
    expect(textOf(shadow(el).querySelector('[role="alert"]'))).to.contain('We could not load the cohort overview.');
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await el.updateComplete;
    await settled(el);
    expect(firstColumn(el)).to.have.length(4);
    expect(source.calls).to.deep.equal(['cohort:gimpo', 'cohort:gimpo']);
  });
});

describe('<seoul-learn-progress view="cohort"> heading-level', () => {
  const ids = ['k-learners', 'k-active7', 'k-active30', 'k-average', 'k-hist', 'k-courses', 'k-table'];
  const headings = (el: SeoulLearnProgress) =>
    [...shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.localName}#${h.id}`);

  async function at(headingLevel: string | undefined) {
    const source = new FixedSource();
    source.cohort = smallCohort();
    const el = await fixture<SeoulLearnProgress>(
      html`<seoul-learn-progress
        view="cohort"
        region="gimpo"
        locale="ko"
        heading-level=${headingLevel ?? nothing}
        .dataSource=${source}
      ></seoul-learn-progress>`,
    );
    await settled(el);
    return el;
  }

  /** The view's title at `top`, its sections one below. */
  const expected = (top: number) => [`h${top}#k-title`, ...ids.map((id) => `h${top + 1}#${id}`)];

  it('keeps its title at h3 and its section headings at h4 by default, and shifts them with heading-level', async () => {
    expect(headings(await at(undefined))).to.deep.equal(expected(3));
    const el = await at('4');
    expect(headings(el)).to.deep.equal(expected(4));
    expect(figure(el, 'k-learners'), 'each card still reads heading then figure').to.equal('4명');
    await expect(el).to.be.accessible();
  });

  it('warns once about an invalid heading-level, naming the valid values, and uses 3', async () => {
    const warnings = captureWarnings();
    try {
      const el = await at('x');
      el.requestUpdate();
      await el.updateComplete;
      expect(headings(el)).to.deep.equal(expected(3));
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('heading-level="x"').and.contain('2, 3, 4, 5, 6').and.contain('Using 3');
    } finally {
      warnings.restore();
    }
  });
});
