import '../helpers/readable-failures.js';
import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/progress.js';
import type { SeoulLearnProgress } from '../../src/progress/progress.js';
import { formatDuration, formatPercent } from '../../src/core/format.js';
import { addDays, seoulDateKey } from '../../src/data/time.js';
import { announced } from '../helpers/announced.js';
import { FixedSource, NOW, captureWarnings, demoSource, knownSummary, settled, shadow, textOf } from './helpers.js';

async function render(source: FixedSource | ReturnType<typeof demoSource>, attrs: { locale?: string } = {}) {
  const el = await fixture<SeoulLearnProgress>(
    html`<seoul-learn-progress
      learner-id="known"
      locale=${attrs.locale ?? 'ko'}
      .dataSource=${source}
    ></seoul-learn-progress>`,
  );
  await settled(el);
  return el;
}

const card = (el: SeoulLearnProgress, id: string) => textOf(shadow(el).querySelector(`#${id}`)!.closest('section'));

describe('<seoul-learn-progress> learner view', () => {
  it('shows completion, this week against the goal, and streaks from the data', async () => {
    const source = new FixedSource();
    source.learner = knownSummary();
    const el = await render(source);
    expect(card(el, 'overall')).to.contain('53%').and.contain('강좌 2개의 강의 15개 중 8개 완료');
    // Monday 30 Nov and Tuesday 1 Dec in Seoul: 3600 s + 1200 s.
    expect(card(el, 'week')).to.contain('1시간 20분').and.contain('목표 2시간 중 1시간 20분');
    expect(card(el, 'week')).to.contain('월요일에 시작');
    expect(card(el, 'streak')).to.contain('현재 2일').and.contain('최장 5일');
    const overall = shadow(el).querySelector('[role="progressbar"][aria-labelledby="overall"]')!;
    expect([overall.getAttribute('aria-valuenow'), overall.getAttribute('aria-valuemax')]).to.deep.equal(['8', '15']);
    await expect(el).to.be.accessible();
  });

  it('lists courses with real progress bars and lessons done as text', async () => {
    const source = new FixedSource();
    source.learner = knownSummary();
    const el = await render(source);
    const items = [...shadow(el).querySelectorAll('.course')];
    expect(items.map(textOf)).to.deep.equal([
      '30% 완료 수학 기초 강의 10개 중 3개 완료 이어서 학습: 수학 기초',
      '모두 완료 국어 읽기 강의 5개 중 5개 완료',
    ]);
    const bar = items[0]!.querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuetext')).to.equal('강의 10개 중 3개 완료');
    expect(shadow(el).getElementById(bar.getAttribute('aria-labelledby')!)!.textContent).to.equal('수학 기초');
  });

  it('speaks English, marking content that has no translation as Korean', async () => {
    const source = new FixedSource();
    source.learner = knownSummary();
    const el = await render(source, { locale: 'en' });
    expect(shadow(el).querySelector('.root')!.getAttribute('lang')).to.equal('en');
    expect(card(el, 'overall')).to.contain('8 of 15 lessons done in 2 courses');
    expect(card(el, 'week')).to.contain('1 hr 20 min of your 2 hr goal');
    expect(card(el, 'streak')).to.contain('Current 2 days').and.contain('Longest 5 days');
    const korean = [...shadow(el).querySelectorAll('.course h4 span')].map((span) => [
      span.textContent,
      span.getAttribute('lang'),
    ]);
    expect(korean).to.deep.equal([
      ['Maths basics', null],
      ['국어 읽기', 'ko'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('equals what the demo data says, computed independently', async () => {
    const source = demoSource();
    const summary = await source.getLearnerSummary('demo-learner');
    const el = await fixture<SeoulLearnProgress>(
      html`<seoul-learn-progress .dataSource=${source}></seoul-learn-progress>`,
    );
    await settled(el);
    const done = summary.courses.reduce((sum, course) => sum + course.completedLessons, 0);
    const total = summary.courses.reduce((sum, course) => sum + course.totalLessons, 0);
    expect(card(el, 'overall')).to.contain(formatPercent(done / total, 'ko'));
    // 2026-12-01 is a Tuesday in Seoul: this week is Monday 30 Nov and today.
    const today = seoulDateKey(NOW);
    const week = summary.dailyStudy.filter((d) => d.date >= addDays(today, -1)).reduce((s, d) => s + d.seconds, 0);
    expect(card(el, 'week')).to.contain(formatDuration(week, 'ko'));
    let streak = 0;
    for (
      let day = addDays(today, -1);
      summary.dailyStudy.find((d) => d.date === day)!.seconds > 0;
      day = addDays(day, -1)
    )
      streak++;
    expect(streak).to.be.at.least(6);
    expect(card(el, 'streak')).to.contain(`현재 ${streak}일`);
  });

  it("draws this week's activity, summarises 12 weeks, and tables them", async () => {
    const source = new FixedSource();
    source.learner = knownSummary();
    const el = await render(source);
    const chart = shadow(el).querySelector('[part="chart"]')!;
    expect(textOf(shadow(el).getElementById(chart.getAttribute('aria-labelledby')!))).to.equal(
      '이번 주 요일별 학습 시간(2026. 11. 30.–2026. 12. 6., 한국 시간)',
    );
    expect(chart.querySelector('svg')!.getAttribute('aria-hidden'), 'the day labels carry the numbers').to.equal(
      'true',
    );
    // Monday and Tuesday so far.
    expect(chart.querySelectorAll('rect.day')).to.have.length(2);
    expect(textOf(chart.querySelector('p.muted'))).to.equal(
      '최근 12주 동안 9일 학습, 모두 3시간. 가장 많이 공부한 주는 2026. 11. 30. 시작 주(1시간 20분)입니다.',
    );
    const disclosure = shadow(el).querySelector<HTMLDetailsElement>('[part="chart-table"]')!;
    disclosure.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(disclosure.open).to.equal(true);
    const rows = [...disclosure.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(12);
    /** What a screen reader reads in each cell. */
    const cells = (row: Element) =>
      [...row.children].map((cell) => {
        const copy = cell.cloneNode(true) as Element;
        copy.querySelectorAll('[aria-hidden="true"]').forEach((node) => node.remove());
        return textOf(copy);
      });
    expect(cells(rows[11]!)).to.deep.equal(['2026. 11. 30.', '1시간', '20분', '', '', '', '', '', '1시간 20분']);
    const none = '학습 기록 없음';
    expect(cells(rows[10]!)).to.deep.equal(['2026. 11. 23.', none, none, none, none, '30분', '20분', none, '50분']);
    expect([...disclosure.querySelectorAll('thead th')].map(textOf)).to.deep.equal([
      '주 시작일',
      '월',
      '화',
      '수',
      '목',
      '금',
      '토',
      '일',
      '합계',
    ]);
    await expect(el).to.be.accessible();
  });

  it('fires seoul-learn-continue-requested with the next lesson when "continue" is clicked', async () => {
    const source = new FixedSource();
    source.learner = knownSummary();
    const el = await render(source);
    const button = shadow(el).querySelector<HTMLButtonElement>('.course button')!;
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'seoul-learn-continue-requested');
    expect(event.detail).to.deep.equal({ courseId: 'c-math', lessonId: 'm-4' });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('renders real links from a course-href template, with the ids encoded', async () => {
    const source = new FixedSource();
    source.learner = { ...knownSummary(), courses: [{ ...knownSummary().courses[0]!, nextLessonId: 'm 4&x' }] };
    const el = await fixture<SeoulLearnProgress>(
      html`<seoul-learn-progress
        course-href="/learn/{courseId}?lesson={lessonId}"
        .dataSource=${source}
      ></seoul-learn-progress>`,
    );
    await settled(el);
    const links = [...shadow(el).querySelectorAll('a[part="continue"]')].map((a) => a.getAttribute('href'));
    // The continue-learning card's lesson first, then the course's next lesson.
    expect(links).to.deep.equal(['/learn/c-math?lesson=m-3', '/learn/c-math?lesson=m%204%26x']);
    expect(shadow(el).querySelector('button[part="continue"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('refuses a script URL template with one warning and shows buttons', async () => {
    const source = new FixedSource();
    source.learner = knownSummary();
    const warnings = captureWarnings();
    try {
      const el = await fixture<SeoulLearnProgress>(
        html`<seoul-learn-progress
          course-href="javascript:alert('{courseId}')"
          .dataSource=${source}
        ></seoul-learn-progress>`,
      );
      await settled(el);
      expect(shadow(el).querySelector('a[part="continue"]')).to.equal(null);
      expect(shadow(el).querySelectorAll('button[part="continue"]')).to.have.length(2);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('course-href');
  });

  it('shows the latest unfinished lesson with where the learner stopped', async () => {
    const source = new FixedSource();
    source.learner = knownSummary();
    const el = await render(source);
    const recent = textOf(shadow(el).querySelector('[part="next"]'));
    expect(recent)
      .to.contain('분수')
      .and.contain('수학 기초')
      .and.contain('10:00 중 2:05까지 시청')
      .and.contain('이어 보기');
  });

  it('saves the weekly goal through the data source, typed like a person', async () => {
    const source = demoSource();
    const el = await fixture<SeoulLearnProgress>(
      html`<seoul-learn-progress .dataSource=${source}></seoul-learn-progress>`,
    );
    await settled(el);
    const stepper = shadow(el).querySelector<HTMLElement>('#goal-input')!;
    expect(stepper.getAttribute('aria-valuenow')).to.equal('180');
    stepper.focus();
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const event = await oneEvent(el, 'seoul-learn-goal-saved');
    expect(event.detail).to.deep.equal({ weeklyGoalMinutes: 240 });
    expect((await source.getLearnerSummary('demo-learner')).weeklyGoalMinutes).to.equal(240);
    await el.updateComplete;
    const message = shadow(el).querySelector('#goal-message')!;
    expect(message.getAttribute('role'), 'announced to screen readers').to.equal('status');
    expect(textOf(message)).to.equal('주간 목표를 4시간(으)로 저장했습니다.');
    // The data source's change notice re-renders the week card against the new goal.
    for (let i = 0; i < 50 && !card(el, 'week').includes('목표 4시간'); i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(card(el, 'week')).to.contain('목표 4시간 중');
    await expect(el).to.be.accessible();
  });

  it('keeps focus on the save button while and after the goal is saved', async () => {
    const source = demoSource();
    const el = await fixture<SeoulLearnProgress>(
      html`<seoul-learn-progress .dataSource=${source}></seoul-learn-progress>`,
    );
    await settled(el);
    const save = shadow(el).querySelector<HTMLButtonElement>('form.goal button[type="submit"]')!;
    save.focus();
    setTimeout(() => sendKeys({ press: 'Enter' }));
    await oneEvent(el, 'seoul-learn-goal-saved');
    await el.updateComplete;
    expect(shadow(el).activeElement, 'focus stays on the button, not the page').to.equal(save);
    expect(save.getAttribute('aria-disabled')).to.equal('false');
  });

  it('ignores a goal reply that arrives after the learner changed', async () => {
    const source = new FixedSource();
    source.learner = knownSummary();
    let release!: () => void;
    source.setWeeklyGoal = () => new Promise<void>((resolve) => (release = resolve));
    const el = await render(source);
    let fired = false;
    el.addEventListener('seoul-learn-goal-saved', () => (fired = true));
    shadow(el).querySelector<HTMLButtonElement>('form.goal button[type="submit"]')!.click();
    await el.updateComplete;
    el.setAttribute('learner-id', 'someone-else');
    await settled(el);
    release();
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(fired, 'no event for the previous learner').to.equal(false);
    expect(textOf(shadow(el).querySelector('#goal-message'))).to.equal('');
  });

  it('says so when the data source refuses the goal, and fires nothing', async () => {
    const source = new FixedSource();
    source.learner = knownSummary();
    source.setWeeklyGoal = async () => {
      throw new Error('offline');
    };
    const el = await render(source, { locale: 'en' });
    let fired = false;
    el.addEventListener('seoul-learn-goal-saved', () => (fired = true));
    shadow(el).querySelector<HTMLButtonElement>('form.goal button[type="submit"]')!.click();
    for (let i = 0; i < 50 && !textOf(shadow(el).querySelector('#goal-message')); i++) await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(textOf(shadow(el).querySelector('#goal-message'))).to.equal(
      'We could not save your weekly goal. Please try again.',
    );
    expect(fired).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('updates live when a lesson is completed elsewhere on the page', async () => {
    const source = demoSource();
    const el = await fixture<SeoulLearnProgress>(
      html`<seoul-learn-progress .dataSource=${source}></seoul-learn-progress>`,
    );
    await settled(el);
    const before = (await source.getLearnerSummary('demo-learner')).courses.find(
      (c) => c.courseId === 'elem-math-fractions',
    )!;
    const course = await source.getCourse('elem-math-fractions');
    const lesson = course.chapters.flatMap((chapter) => chapter.lessons).find((l) => l.id === before.nextLessonId)!;
    // What <seoul-learn-course> reports when a learner finishes a lesson.
    await source.saveProgress([
      {
        id: 'live-1',
        learnerId: 'demo-learner',
        courseId: course.id,
        lessonId: lesson.id,
        positionSec: lesson.durationSec,
        durationSec: lesson.durationSec,
        watchedSegments: [[0, lesson.durationSec]],
        studySec: 600,
        completed: true,
        at: NOW.toISOString(),
      },
    ]);
    const expected = `강의 ${before.totalLessons}개 중 ${before.completedLessons + 1}개 완료`;
    const courseText = () => textOf(shadow(el).querySelector('.course'));
    for (let i = 0; i < 100 && !courseText().includes(expected); i++) await new Promise((r) => setTimeout(r, 10));
    expect(courseText()).to.contain(expected);
    const status = () => shadow(el).querySelector('.root > [role="status"]')!;
    await announced(status, '학습 현황이 새로 고쳐졌습니다.');

    // A second update must be announced again: the live region has to change, so it empties and
    // then says the message once more.
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(textOf(status())));
    observer.observe(status(), { childList: true, characterData: true, subtree: true });
    await source.saveProgress([
      {
        id: 'live-2',
        learnerId: 'demo-learner',
        courseId: course.id,
        lessonId: lesson.id,
        positionSec: 1,
        durationSec: lesson.durationSec,
        watchedSegments: [[0, 1]],
        studySec: 60,
        completed: false,
        at: NOW.toISOString(),
      },
    ]);
    await waitUntil(() => said.includes('') && said.at(-1) === '학습 현황이 새로 고쳐졌습니다.', 'announced again', {
      timeout: 2000,
    });
    observer.disconnect();
    expect(said[0], 'emptied first').to.equal('');
    expect(said.at(-1), 'announced again').to.equal('학습 현황이 새로 고쳐졌습니다.');
  });

  it('shows a friendly first step for a learner with no data', async () => {
    const el = await fixture<SeoulLearnProgress>(
      html`<seoul-learn-progress learner-id="nobody-yet" .dataSource=${demoSource()}
        ><a slot="empty-action" href="#catalogue">강좌 둘러보기</a></seoul-learn-progress
      >`,
    );
    await settled(el);
    const empty = shadow(el).querySelector('[part="empty"]')!;
    expect(textOf(empty)).to.contain('아직 시작한 강좌가 없어요');
    expect(empty.querySelector('slot')!.assignedElements()).to.have.length(1);
    expect(shadow(el).querySelector('[part="overview"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a skeleton while loading, then an error with a retry that works', async () => {
    const source = new FixedSource();
    source.learner = knownSummary();
    source.failures = 1;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const original = source.getLearnerSummary.bind(source);
    source.getLearnerSummary = async (id, options) => {
      await gate;
      return original(id, options);
    };
    const el = await fixture<SeoulLearnProgress>(
      html`<seoul-learn-progress .dataSource=${source}></seoul-learn-progress>`,
    );
    // The skeleton is there by the first frame painted while the data has not arrived.
    await nextFrame();
    const root = shadow(el).querySelector('.root')!;
    expect(root.getAttribute('aria-busy')).to.equal('true');
    expect(shadow(el).querySelector('.skeleton')).to.exist;
    expect(textOf(shadow(el).querySelector('.skeleton + [role="status"]'))).to.equal('학습 현황을 불러오는 중입니다.');
    await expect(el).to.be.accessible();
    release();
    await settled(el);
    const alert = shadow(el).querySelector('[role="alert"]')!;
    expect(textOf(alert)).to.contain('학습 현황을 불러오지 못했습니다.');
    await expect(el).to.be.accessible();
    alert.querySelector('button')!.click();
    await el.updateComplete;
    await settled(el);
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
    expect(card(el, 'overall')).to.contain('53%');
    expect(shadow(el).activeElement, 'focus stays in the dashboard').to.equal(shadow(el).querySelector('.root'));
  });

  it('ignores a stale answer when the learner changes mid-load', async () => {
    const source = new FixedSource();
    let releaseFirst!: () => void;
    const first = new Promise<void>((resolve) => (releaseFirst = resolve));
    source.learner = async (learnerId) => {
      if (learnerId === 'slow') await first;
      return { ...knownSummary(), courses: [{ ...knownSummary().courses[0]!, title: { ko: `${learnerId} 강좌` } }] };
    };
    const el = await fixture<SeoulLearnProgress>(
      html`<seoul-learn-progress learner-id="slow" .dataSource=${source}></seoul-learn-progress>`,
    );
    el.learnerId = 'fast';
    await settled(el);
    releaseFirst();
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(textOf(shadow(el).querySelector('.course h4'))).to.equal('fast 강좌');
    expect(source.calls).to.deep.equal(['learner:slow', 'learner:fast']);
  });

  it('clamps corrupt data with one warning and never shows NaN', async () => {
    const source = new FixedSource();
    const summary = knownSummary();
    source.learner = {
      ...summary,
      courses: [{ ...summary.courses[0]!, completedLessons: 40, totalLessons: -2 }, ...summary.courses],
      dailyStudy: [...summary.dailyStudy.slice(0, -1), { date: '2026-12-01', seconds: Number.NaN }],
      weeklyGoalMinutes: Number.NaN,
    };
    const warnings = captureWarnings();
    let el: SeoulLearnProgress;
    try {
      el = await render(source);
      el.requestUpdate();
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('invalid data');
    const text = textOf(shadow(el).querySelector('.root'));
    expect(text).not.to.match(/NaN|Infinity|undefined/);
    expect(textOf(shadow(el).querySelector('.course'))).to.contain('강의 0개 중 0개 완료');
    await expect(el).to.be.accessible();
  });

  it('fits a phone screen: wide tables scroll inside the element, in a high-contrast theme', async () => {
    await setViewport({ width: 360, height: 800 });
    try {
      const source = new FixedSource();
      source.learner = knownSummary();
      const el = await fixture<SeoulLearnProgress>(
        html`<seoul-learn-progress region="taebaek" contrast="high" .dataSource=${source}></seoul-learn-progress>`,
      );
      await settled(el);
      shadow(el).querySelector<HTMLElement>('[part="chart-table"] summary')!.click();
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('warns once about an unknown view and shows the learner view', async () => {
    const source = new FixedSource();
    source.learner = knownSummary();
    const warnings = captureWarnings();
    let el: SeoulLearnProgress;
    try {
      el = await fixture<SeoulLearnProgress>(
        html`<seoul-learn-progress view="teacher" .dataSource=${source}></seoul-learn-progress>`,
      );
      await settled(el);
      el.requestUpdate();
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('view="teacher"').and.contain('learner, cohort');
    expect(shadow(el).querySelector('[part="overview"]')).to.exist;
  });
});

describe('<seoul-learn-progress> heading-level', () => {
  const headings = (el: SeoulLearnProgress) =>
    [...shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.localName}${h.id ? `#${h.id}` : ''}`);

  async function at(headingLevel: string | undefined, learnerId = 'known') {
    const source = new FixedSource();
    source.learner = knownSummary();
    const el = await fixture<SeoulLearnProgress>(
      html`<seoul-learn-progress
        learner-id=${learnerId}
        locale="ko"
        heading-level=${headingLevel ?? nothing}
        .dataSource=${learnerId === 'known' ? source : demoSource()}
      ></seoul-learn-progress>`,
    );
    await settled(el);
    return el;
  }

  // The lesson watched last is in the continue-learning card, so no "recent" list follows.
  const sections = ['next', 'overall', 'week', 'streak', 'activity', 'goal', 'courses'];
  const expected = (top: number) => [
    ...sections.map((id) => `h${top}#${id}`),
    ...knownSummary().courses.map((_, i) => `h${top + 1}#c${i}`),
  ];

  it('keeps its section headings at h3 and course headings at h4 by default', async () => {
    const el = await at(undefined);
    expect(el.headingLevel).to.equal(3);
    expect(headings(el)).to.deep.equal(expected(3));
    expect(headings(await at(undefined, 'nobody-yet')), 'the first-step message').to.deep.equal(['h3']);
  });

  it('shifts every heading with heading-level, keeping ids, and stops at h6', async () => {
    const el = await at('4');
    expect(el.headingLevel).to.equal(4);
    expect(headings(el)).to.deep.equal(expected(4));
    expect(textOf(shadow(el).querySelector('#c0 > span')), 'the title keeps its span').to.equal(
      knownSummary().courses[0]!.title.ko,
    );
    const bar = shadow(el).querySelector('[role="progressbar"][aria-labelledby="c0"]');
    expect(bar, 'the course bar is still named by its heading').to.exist;
    await expect(el).to.be.accessible();

    el.headingLevel = 6;
    await el.updateComplete;
    expect(headings(el), 'no <h7>').to.deep.equal(expected(6).map((h) => h.replace(/^h7/, 'h6')));
    expect(headings(await at('5', 'nobody-yet')), 'the first-step message').to.deep.equal(['h5']);
  });

  it('warns once about an invalid heading-level, naming the valid values, and uses 3', async () => {
    const warnings = captureWarnings();
    try {
      const nine = await at('9');
      nine.requestUpdate();
      await nine.updateComplete;
      const word = await at('x');
      expect(headings(nine)).to.deep.equal(expected(3));
      expect(headings(word)).to.deep.equal(expected(3));
      expect(warnings.messages).to.have.length(2);
      expect(warnings.messages[0]).to.contain('heading-level="9"').and.contain('2, 3, 4, 5, 6').and.contain('Using 3');
      expect(warnings.messages[1]).to.contain('heading-level="x"').and.contain('2, 3, 4, 5, 6').and.contain('Using 3');
    } finally {
      warnings.restore();
    }
  });
});
