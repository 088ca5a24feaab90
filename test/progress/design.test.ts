// The dashboard's designed look (issue 14): a "continue learning" card first, meters with icons, a
// chart with axes and weekday labels, "—" for days without study, a weekly-goal stepper, the cohort
// view's heading and filters, forced colours, and reflow at 320 px and at 200 % text.
import '../helpers/readable-failures.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/progress.js';
import type { SeoulLearnProgress } from '../../src/progress/progress.js';
import type { IconData } from '../../src/core/icons.js';
import {
  calendarCheck,
  calendarEvent,
  circleCheck,
  clock,
  flame,
  target,
  trophy,
  users,
} from '../../src/core/generated/icons.js';
import type { LearnerSummary } from '../../src/data/types.js';
import { GOAL_MAX_MINUTES, GOAL_MIN_MINUTES } from '../../src/progress/progress.goal.js';
import { needsMediaEmulation } from '../helpers/media-emulation.js';
import { FixedSource, knownSummary, settled, shadow, textOf } from './helpers.js';

async function render(
  learner: LearnerSummary = knownSummary(),
  attrs: { locale?: string; view?: string; region?: string } = {},
): Promise<SeoulLearnProgress> {
  const source = new FixedSource();
  source.learner = learner;
  const el = await fixture<SeoulLearnProgress>(
    html`<seoul-learn-progress
      learner-id="known"
      locale=${attrs.locale ?? 'ko'}
      region=${attrs.region ?? 'seoul'}
      view=${attrs.view ?? 'learner'}
      .dataSource=${source}
    ></seoul-learn-progress>`,
  );
  await settled(el);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: SeoulLearnProgress, selector: string) =>
  shadow(el).querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: SeoulLearnProgress, selector: string) => [
  ...shadow(el).querySelectorAll<T>(selector),
];
/** What a sighted person reads: text that is rendered, without the parts only screen readers get. */
const seen = (node: Element) => {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  const shown = (text: Node) => {
    for (let at = text.parentElement; at && at !== node.parentElement; at = at.parentElement) {
      const style = getComputedStyle(at);
      // Not rendered, or clipped to nothing as visually hidden text is.
      if (style.display === 'none' || style.clip === 'rect(0px, 0px, 0px, 0px)') return false;
    }
    return true;
  };
  let out = '';
  for (let text = walker.nextNode(); text; text = walker.nextNode()) if (shown(text)) out += ` ${text.textContent}`;
  return out.replace(/\s+/g, ' ').trim();
};
/** What a screen reader reads: the text without the parts hidden from it. */
const heard = (node: Element) => {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return textOf(copy);
};
const drawn = (node: Element | null, data: IconData) =>
  !!node && [...node.querySelectorAll('svg.icon path')].some((path) => path.getAttribute('d') === data.d);

/** Three recent lessons: the newest unfinished one, a finished one, an older unfinished one. */
function withRecent(): LearnerSummary {
  const summary = knownSummary();
  const [first] = summary.recentLessons;
  return {
    ...summary,
    recentLessons: [
      first!,
      { ...first!, lessonId: 'm-2', lessonTitle: { ko: '약수', en: 'Factors' }, completed: true, positionSec: 600 },
      { ...first!, lessonId: 'm-1', lessonTitle: { ko: '자연수', en: 'Numbers' }, at: '2026-11-28T10:00:00Z' },
    ],
  };
}

describe('<seoul-learn-progress> continue-learning card', () => {
  it('comes first, with the latest unfinished lesson, its course, its progress and one primary button', async () => {
    const el = await render(withRecent());
    const sections = $$(el, '.root section');
    const card = sections[0]!;
    expect(card.getAttribute('part')).to.equal('next');
    expect(textOf(card.querySelector('.title'))).to.equal('이어서 학습하기');
    expect(seen(card)).to.contain('분수').and.contain('수학 기초').and.contain('10:00 중 2:05까지 시청');
    const meter = card.querySelector('[role="progressbar"]')!;
    expect(meter.getAttribute('aria-valuetext')).to.equal('10:00 중 2:05까지 시청');
    const actions = card.querySelectorAll('button, a');
    expect(actions).to.have.length(1);
    const primary = actions[0] as HTMLButtonElement;
    expect(primary.getBoundingClientRect().height).to.be.at.least(44);
    setTimeout(() => primary.click());
    const event = await oneEvent(el, 'seoul-learn-continue-requested');
    expect(event.detail).to.deep.equal({ courseId: 'c-math', lessonId: 'm-3' });
    await expect(el).to.be.accessible();
  });

  it('lists the other recent lessons quietly: links, not solid buttons', async () => {
    const el = await render(withRecent());
    const items = $$(el, '[part="recent"] li');
    expect(items.map((item) => seen(item.querySelector('.strong')!))).to.deep.equal(['약수', '자연수']);
    const primary = getComputedStyle($(el, '[part="next"] [part~="continue"]')).backgroundColor;
    for (const item of items) {
      const action = item.querySelector('[part~="continue"]')!;
      const look = getComputedStyle(action);
      expect(look.backgroundColor, seen(action)).not.to.equal(primary);
      expect(look.textDecorationLine, seen(action)).to.equal('underline');
    }
    // Course cards do not compete with the card either: a KRDS secondary (outlined) button.
    const course = getComputedStyle($(el, '.course [part~="continue"]'));
    expect(course.backgroundColor).not.to.equal(primary);
    expect(course.borderTopStyle).to.equal('solid');
    expect(course.textDecorationLine).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('offers the next lesson of a course when every recent lesson is finished', async () => {
    const known = knownSummary();
    const summary = { ...known, recentLessons: [{ ...known.recentLessons[0]!, completed: true }] };
    const el = await render(summary, { locale: 'en' });
    const card = $(el, '[part="next"]');
    expect(textOf(card.querySelector('.title'))).to.equal('Continue learning');
    expect(seen(card)).to.contain('Maths basics').and.contain('3 of 10 lessons done');
    setTimeout(() => card.querySelector<HTMLButtonElement>('button')!.click());
    const event = await oneEvent(el, 'seoul-learn-continue-requested');
    expect(event.detail).to.deep.equal({ courseId: 'c-math', lessonId: 'm-4' });
  });
});

describe('<seoul-learn-progress> meters and icons', () => {
  it("shows this week's study days under the streak, a flame on each day studied", async () => {
    const el = await render();
    const week = $(el, '#streak').closest('section')!.querySelector('.week-days')!;
    expect(week.getAttribute('aria-hidden'), 'the chart names each day for screen readers').to.equal('true');
    const days = [...week.querySelectorAll('li')];
    expect(days.map(seen)).to.deep.equal(['월', '화', '수', '목', '금', '토', '일']);
    expect(days.map((day) => drawn(day, flame))).to.deep.equal([true, true, false, false, false, false, false]);
    const [studied, , later] = days.map((day) => getComputedStyle(day.querySelector('.dot')!));
    expect(studied!.backgroundColor, 'a studied day is filled').not.to.equal(later!.backgroundColor);
    expect(later!.borderTopStyle, 'a day still to come is dashed').to.equal('dashed');
    await expect(el).to.be.accessible();
  });

  it('tags each course with its status, as a KRDS structured list does', async () => {
    const el = await render();
    const tags = $$(el, '.course .tag');
    expect(tags.map(seen)).to.deep.equal(['30% 완료', '모두 완료']);
    expect(drawn(tags[1]!, circleCheck), 'a finished course: a check beside the words').to.equal(true);
    expect(getComputedStyle(tags[1]!).color).to.equal(getComputedStyle(tags[1]!.querySelector('svg')!).color);
    const en = await render(knownSummary(), { locale: 'en' });
    expect($$(en, '.course .tag').map(seen)).to.deep.equal(['30% complete', 'All done']);
    await expect(el).to.be.accessible();
  });

  it('marks each figure with its icon, decorative beside the words that say the same', async () => {
    const el = await render();
    const section = (id: string) => $(el, `#${id}`).closest('section')!;
    expect(drawn(section('overall'), trophy), 'overall: trophy').to.equal(true);
    expect(drawn(section('week'), clock), 'this week: clock').to.equal(true);
    expect(drawn(section('streak'), flame), 'streak: flame').to.equal(true);
    expect(drawn(section('goal'), target), 'goal: target').to.equal(true);
    for (const svg of $$(el, '[part="overview"] svg.icon')) expect(svg.getAttribute('aria-hidden')).to.equal('true');
    const meters = $$(el, '[role="progressbar"]');
    // The card, overall, this week and each course.
    expect(meters).to.have.length(5);
    const overall = $(el, '[role="progressbar"][aria-labelledby="overall"]');
    expect([overall.getAttribute('aria-valuenow'), overall.getAttribute('aria-valuemax')]).to.deep.equal(['8', '15']);
    expect(overall.querySelector<HTMLElement>('.fill')!.getBoundingClientRect().width).to.be.closeTo(
      (overall.getBoundingClientRect().width - 2) * (8 / 15),
      2,
    );
    await expect(el).to.be.accessible();
  });
});

describe('<seoul-learn-progress> activity chart', () => {
  it('labels the days of the week, with each date and time for screen readers', async () => {
    const el = await render();
    const days = $$(el, '[part="chart"] .days li');
    expect(days.map(seen)).to.deep.equal(['월 1시간', '화 20분', '수', '목', '금', '토', '일']);
    expect(heard(days[0]!), 'the weekday in full, with its date').to.equal('11월 30일 월요일 1시간');
    const en = await render(knownSummary(), { locale: 'en' });
    expect($$(en, '[part="chart"] .days li').map(seen)).to.deep.equal([
      'Mon 1 hr',
      'Tue 20 min',
      'Wed',
      'Thu',
      'Fri',
      'Sat',
      'Sun',
    ]);
    expect(heard($$(en, '[part="chart"] .days li')[1]!)).to.equal('Tuesday, December 1 20 min');
    await expect(el).to.be.accessible();
  });

  it('keeps weekday labels whole at 320 px with 200 % text, in narrow form, without the times', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      const el = await render(knownSummary(), { locale: 'en' });
      el.style.setProperty('--seoul-learn-font-size-base', `${parseFloat(getComputedStyle(el).fontSize) * 2}px`);
      await el.updateComplete;
      const days = $$(el, '[part="chart"] .days li');
      // The times give way to the bars and the axis (and the table); screen readers still hear them.
      expect(days.map(seen)).to.deep.equal(['M', 'T', 'W', 'T', 'F', 'S', 'S']);
      expect(heard(days[0]!)).to.equal('Monday, November 30 1 hr');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('has a time axis with two to four gridlines', async () => {
    const el = await render();
    const ticks = $$(el, '[part="chart"] .ticks li').map(textOf);
    expect(ticks).to.deep.equal(['0', '30분', '1시간']);
    const grid = $$(el, '[part="chart"] line.grid');
    expect(grid.length).to.be.within(2, 4);
  });

  it('shows "—" for a day without study, named "no study" for screen readers', async () => {
    const known = knownSummary();
    const summary = {
      ...known,
      dailyStudy: known.dailyStudy.map((day) => (day.date === '2026-11-30' ? { ...day, seconds: 0 } : day)),
    };
    const el = await render(summary);
    const monday = $(el, '[part="chart"] .days li');
    expect(seen(monday)).to.equal('월 —');
    expect(heard(monday)).to.equal('11월 30일 월요일 학습 기록 없음');
    expect([...monday.querySelectorAll('[aria-hidden="true"]')].map((node) => node.textContent)).to.include('—');
    const row = $$(el, '[part="chart-table"] tbody tr')[10]!;
    expect([...row.children].map(seen)).to.deep.equal([
      '2026. 11. 23.',
      '—',
      '—',
      '—',
      '—',
      '30분',
      '20분',
      '—',
      '50분',
    ]);
    expect(heard(row.children[1]!)).to.equal('학습 기록 없음');
    await expect(el).to.be.accessible();
  });
});

describe('<seoul-learn-progress> weekly goal stepper', () => {
  it('reads the goal as hours and steps it by 30 minutes from the keyboard and the buttons', async () => {
    const source = new FixedSource();
    source.learner = knownSummary();
    const saved: number[] = [];
    source.setWeeklyGoal = async (_id, minutes) => {
      saved.push(minutes);
    };
    const el = await fixture<SeoulLearnProgress>(
      html`<seoul-learn-progress learner-id="known" .dataSource=${source}></seoul-learn-progress>`,
    );
    await settled(el);
    const spin = $(el, '[role="spinbutton"]');
    expect(textOf(shadow(el).getElementById(spin.getAttribute('aria-labelledby')!))).to.equal('주간 목표 시간');
    expect(spin.getAttribute('aria-valuetext')).to.equal('2시간');
    expect(spin.getAttribute('aria-valuemin')).to.equal(String(GOAL_MIN_MINUTES));
    expect(spin.getAttribute('aria-valuemax')).to.equal(String(GOAL_MAX_MINUTES));
    spin.focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(spin.getAttribute('aria-valuetext')).to.equal('2시간 30분');
    $(el, 'button[aria-label="30분 늘리기"]').click();
    await el.updateComplete;
    expect(spin.getAttribute('aria-valuenow')).to.equal('180');
    expect(seen(spin)).to.equal('3시간');
    const hint = $(el, '#goal-hint');
    expect(spin.getAttribute('aria-describedby')!.split(' ')).to.include('goal-hint');
    expect(textOf(hint), 'the goal in a day').to.equal('하루 약 26분');
    await expect(el).to.be.accessible();
    spin.focus();
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const event = await oneEvent(el, 'seoul-learn-goal-saved');
    expect(event.detail).to.deep.equal({ weeklyGoalMinutes: 180 });
    expect(saved).to.deep.equal([180]);
    await el.updateComplete;
    expect(shadow(el).activeElement, 'focus stays on the stepper').to.equal(spin);

    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(spin.getAttribute('aria-valuenow')).to.equal(String(GOAL_MAX_MINUTES));
    expect($(el, 'button[aria-label="30분 늘리기"]').getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(spin.getAttribute('aria-valuenow')).to.equal(String(GOAL_MIN_MINUTES));
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(spin.getAttribute('aria-valuenow'), 'never below the minimum').to.equal(String(GOAL_MIN_MINUTES));
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(spin.getAttribute('aria-valuenow'), 'back onto the 30-minute steps').to.equal('30');
    await sendKeys({ press: 'PageUp' });
    await el.updateComplete;
    expect(spin.getAttribute('aria-valuetext'), 'Page Up: an hour').to.equal('1시간 30분');
  });

  it('speaks English hours', async () => {
    const el = await render(knownSummary(), { locale: 'en' });
    const spin = $(el, '[role="spinbutton"]');
    expect(spin.getAttribute('aria-valuetext')).to.equal('2 hours');
    $(el, 'button[aria-label="Add 30 minutes"]').click();
    await el.updateComplete;
    expect(spin.getAttribute('aria-valuetext')).to.equal('2 hours 30 minutes');
    expect($(el, 'button[aria-label="Remove 30 minutes"]')).to.exist;
  });
});

describe('<seoul-learn-progress view="cohort"> heading and filters', () => {
  it('names the programme in its heading, in both languages', async () => {
    const ko = await render(knownSummary(), { view: 'cohort', region: 'gimpo' });
    const first = $(ko, 'h1, h2, h3, h4, h5, h6');
    expect(textOf(first)).to.equal('김포시 학습 현황');
    expect(first.localName).to.equal('h3');
    const en = await render(knownSummary(), { view: 'cohort', region: 'gimpo', locale: 'en' });
    expect(textOf($(en, 'h1, h2, h3, h4, h5, h6'))).to.equal('Gimpo: cohort progress');
    await expect(en).to.be.accessible();
  });

  it('marks its headline figures with icons, and a learner without study with "—"', async () => {
    const source = new FixedSource();
    const base = await source.getCohortSummary('gimpo');
    source.cohort = {
      ...base,
      // One page of learners, the first without study in the last 30 days.
      learners: base.learners
        .slice(0, 5)
        .map((learner, i) => (i === 0 ? { ...learner, studySecLast30Days: 0 } : learner)),
    };
    const el = await fixture<SeoulLearnProgress>(
      html`<seoul-learn-progress view="cohort" region="gimpo" .dataSource=${source}></seoul-learn-progress>`,
    );
    await settled(el);
    const icons: [string, IconData][] = [
      ['k-learners', users],
      ['k-active7', calendarEvent],
      ['k-active30', calendarCheck],
      ['k-average', trophy],
    ];
    for (const [id, data] of icons) expect(drawn($(el, `#${id}`), data), id).to.equal(true);
    const row = $$(el, '.learners tbody tr').find(
      (tr) => textOf(tr.querySelector('th')) === base.learners[0]!.pseudonymousId,
    )!;
    expect(seen(row.children[4]!)).to.equal('—');
    expect(heard(row.children[4]!)).to.equal('학습 기록 없음');
    await expect(el).to.be.accessible();
  });

  it('shows its filters as a styled panel, not a default fieldset, wrapping at 320 px', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      const el = await render(knownSummary(), { view: 'cohort', region: 'gimpo', locale: 'en' });
      const fieldset = $(el, 'fieldset.filters');
      expect(getComputedStyle(fieldset).borderTopStyle, 'no default border round the legend').to.equal('none');
      const legend = $(el, 'fieldset.filters legend');
      expect(Number(getComputedStyle(legend).fontWeight)).to.be.at.least(700);
      expect(legend.getBoundingClientRect().top, 'the legend sits inside the panel').to.be.at.least(
        fieldset.getBoundingClientRect().top,
      );
      const [level, course] = $$(el, 'fieldset.filters label');
      expect(course!.getBoundingClientRect().top).to.be.above(level!.getBoundingClientRect().bottom - 1);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('<seoul-learn-progress> under forced colours', () => {
  needsMediaEmulation();
  before(() => executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]));
  // Firefox cannot emulate (the describe is skipped there): only undo what was done.
  after(async () => {
    if (matchMedia('(forced-colors: active)').matches) {
      await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'none' }]);
    }
  });

  /** The colour a system colour keyword resolves to in this mode. */
  const system = (keyword: string) => {
    const probe = document.createElement('div');
    probe.style.color = keyword;
    document.body.append(probe);
    const value = getComputedStyle(probe).color;
    probe.remove();
    return value;
  };

  it('keeps every meter and chart bar visible in system colours', async () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const el = await render();
    const highlight = system('Highlight');
    const fills = $$(el, '[role="progressbar"] .fill');
    expect(fills).to.have.length(5);
    for (const fill of fills) expect(getComputedStyle(fill).backgroundColor).to.equal(highlight);
    for (const meter of $$(el, '[role="progressbar"]')) {
      expect(getComputedStyle(meter).borderTopStyle).not.to.equal('none');
    }
    const studied = $$(el, '.week-days .on .dot');
    expect(studied).to.have.length(2);
    for (const dot of studied) expect(getComputedStyle(dot).backgroundColor).to.equal(highlight);
    const bars = $$(el, '[part="chart"] rect.day');
    expect(bars).to.have.length(2);
    for (const bar of bars) expect(getComputedStyle(bar).fill).to.equal(highlight);
    const cohort = await render(knownSummary(), { view: 'cohort' });
    const cohortFills = $$(cohort, '[role="progressbar"] .fill');
    expect(cohortFills.length).to.be.above(0);
    for (const fill of cohortFills) expect(getComputedStyle(fill).backgroundColor).to.equal(highlight);
    for (const bar of $$(cohort, 'rect.day')) expect(getComputedStyle(bar).fill).to.equal(highlight);
  });
});

describe('<seoul-learn-progress> reflow', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  const overflow = (el: SeoulLearnProgress): string[] => {
    const width = document.documentElement.clientWidth;
    const page = document.documentElement.scrollWidth - width;
    return [
      ...(page > 0 ? [`page +${page}px`] : []),
      ...$$(el, '*')
        // Tables scroll in their own region; visually hidden text is clipped to a pixel.
        .filter(
          (node) => !node.closest('.table-wrap, .visually-hidden') && node.getBoundingClientRect().right > width + 0.5,
        )
        .map((node) => `${node.localName}.${[...node.classList].join('.')}`),
    ];
  };

  for (const view of ['learner', 'cohort']) {
    for (const locale of ['ko', 'en']) {
      it(`fits 320 px at 100 % and 200 % text: ${view}, ${locale}`, async () => {
        await setViewport({ width: 320, height: 800 });
        const el = await render(withRecent(), { view, locale, region: 'taebaek' });
        expect(overflow(el), '100 %').to.deep.equal([]);
        // Hosts scale the text through this property: the host's own font-size is fixed against page rules.
        const size = parseFloat(getComputedStyle(el).fontSize);
        el.style.setProperty('--seoul-learn-font-size-base', `${size * 2}px`);
        await el.updateComplete;
        expect(parseFloat(getComputedStyle(el).fontSize)).to.equal(size * 2);
        expect(overflow(el), '200 %').to.deep.equal([]);
      });
    }
  }
});
