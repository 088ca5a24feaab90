// Hand-written plain-DOM renderings of what <seoul-learn-progress> shows, the yardstick for the
// element. Like with like: the same sanitised data, the same figures (the same pure functions and
// formatters), the same elements, attributes and text, the same click listeners and the same
// adopted style sheets; only Lit's comment markers are missing. Both benchmarks (run.mjs here and
// bench/run.mjs) check that the two DOMs hold the same text and the same elements, so when the
// element's markup changes, this file has to follow it.
import {
  LOCALE_TAG,
  TIME_ZONE,
  formatClock,
  formatDate,
  formatDateTime,
  formatDuration,
  formatNumber,
  formatPercent,
} from '../../src/core/format.js';
import {
  book,
  calendarCheck,
  calendarEvent,
  chevronRight,
  circleCheck,
  clock,
  flame,
  minus,
  playerPlay,
  plus,
  target,
  trophy,
  users,
} from '../../src/core/generated/icons.js';
import type { IconData } from '../../src/core/icons.js';
import { localize, type Locale } from '../../src/core/i18n.js';
import { addDays, seoulInstant } from '../../src/data/time.js';
import {
  SCHOOL_LEVELS,
  type CohortSummary,
  type CourseProgressSummary,
  type LearnerSummary,
  type LocalizedText,
  type RecentLesson,
} from '../../src/data/types.js';
import { cohortMessages } from '../../src/progress/cohort/cohort.messages.js';
import { sanitizeCohortSummary } from '../../src/progress/cohort/cohort.sanitize.js';
import {
  BUCKETS,
  activeWithin,
  averageCompletion,
  completion,
  filterLearners,
  histogram,
  sortLearners,
} from '../../src/progress/cohort/cohort.stats.js';
import { PAGE_SIZE } from '../../src/progress/cohort/cohort-view.js';
import { chartSummary, dayLabel, timeAxis } from '../../src/progress/progress.chart.js';
import { GOAL_MAX_MINUTES, GOAL_MIN_MINUTES, goalText } from '../../src/progress/progress.goal.js';
import { RECENT_LIMIT } from '../../src/progress/progress.learner.js';
import { learnerMessages, type LearnerMessages } from '../../src/progress/progress.learner.messages.js';
import { shellMessages } from '../../src/progress/progress.messages.js';
import { lessonTotals, sanitizeLearnerSummary } from '../../src/progress/progress.sanitize.js';
import {
  chartWeeks,
  secondsByDay,
  seoulToday,
  streaks,
  weekSeconds,
  weekStart,
} from '../../src/progress/progress.stats.js';

const SVG = 'http://www.w3.org/2000/svg';
type Child = Node | string;
type Attrs = Record<string, string | undefined> | null;
const noop = () => undefined;

/** An element with attributes (undefined ones left out) and children, as one writes DOM code by hand. */
function h(tag: string, attrs: Attrs, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  if (attrs) for (const name in attrs) if (attrs[name] !== undefined) node.setAttribute(name, attrs[name]);
  node.append(...children);
  return node;
}

function s(tag: string, attrs: Record<string, string>, ...children: Child[]): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const name in attrs) node.setAttribute(name, attrs[name]!);
  node.append(...children);
  return node;
}

/** The element's decorative icon: an SVG with one path. */
function icon(data: IconData): SVGElement {
  return s(
    'svg',
    {
      class: 'icon',
      width: '1.25em',
      height: '1.25em',
      viewBox: '0 0 24 24',
      fill: data.filled ? 'currentColor' : 'none',
      stroke: data.filled ? 'none' : 'currentColor',
      'stroke-width': '2',
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
      focusable: 'false',
      'aria-hidden': 'true',
    },
    s('path', { d: data.d }),
  );
}

function button(className: string, label: Child[], attrs: Record<string, string> = {}): HTMLElement {
  const node = h('button', { class: className, type: 'button', ...attrs }, ...label);
  node.addEventListener('click', noop);
  return node;
}

/** Content text in the active locale, marked with its language when it fell back. */
function text(value: LocalizedText, locale: Locale): HTMLElement {
  const { value: shown, lang } = localize(value, locale);
  return h('span', { lang: lang === locale ? undefined : lang }, shown);
}

/** A progress bar drawn as a filled box, its width set through CSSOM as the element does. */
function bar(value: number, max: number, labelId: string, valueText: string): HTMLElement {
  const top = Math.max(1, max);
  const now = Math.min(Math.max(0, value), top);
  const fill = h('div', { class: 'fill' });
  fill.style.setProperty('inline-size', `${(now / top) * 100}%`);
  return h(
    'div',
    {
      class: 'meter',
      part: 'bar',
      role: 'progressbar',
      'aria-labelledby': labelId,
      'aria-valuemin': '0',
      'aria-valuemax': String(top),
      'aria-valuenow': String(now),
      'aria-valuetext': valueText,
    },
    fill,
  );
}

const announcer = () => h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
const noStudy = (label: string): Child[] => [
  h('span', { 'aria-hidden': 'true' }, '—'),
  h('span', { class: 'visually-hidden' }, label),
];

/** The element's outer shell around a view's content. */
function shell(host: HTMLElement, sheets: readonly CSSStyleSheet[], label: string, locale: Locale): HTMLElement {
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [...sheets];
  const section = h('section', {
    class: 'root',
    part: 'base',
    lang: locale,
    'aria-label': label,
    'aria-busy': 'false',
    tabindex: '-1',
  });
  section.append(announcer());
  root.append(section);
  return section;
}

/** The learner view, as the element shows it at heading level 3 with no `course-href`. */
export function plainLearner(host: HTMLElement, raw: LearnerSummary, sheets: readonly CSSStyleSheet[]): void {
  const locale: Locale = 'ko';
  const { summary } = sanitizeLearnerSummary(raw, new Date(raw.generatedAt), RECENT_LIMIT);
  const m = learnerMessages(locale);
  const n = (value: number) => formatNumber(value, locale);
  const root = shell(host, sheets, shellMessages(locale).label, locale);
  const today = seoulToday(summary.dailyStudy, new Date(summary.generatedAt));
  const title = (data: IconData, words: string, id: string) =>
    h('h3', { class: 'title', id }, h('span', { class: 'badge' }, icon(data)), words);
  const continueAction = (
    courseId: string,
    lessonId: string,
    label: string,
    context: LocalizedText,
    kind: 'action' | 'secondary' | 'quiet' = 'quiet',
  ) => {
    const primary = kind === 'action';
    const content: Child[] = [label, h('span', { class: 'visually-hidden' }, ': ', text(context, locale))];
    if (primary) content.unshift(icon(playerPlay));
    else content.push(icon(chevronRight));
    return button(kind, content, { part: 'continue', 'data-course': courseId, 'data-lesson': lessonId });
  };

  // The continue-learning card.
  const next: { lesson?: RecentLesson; course?: CourseProgressSummary } = {};
  next.lesson = summary.recentLessons.find((recent) => !recent.completed);
  next.course = next.lesson
    ? summary.courses.find((course) => course.courseId === next.lesson!.courseId)
    : summary.courses.find((course) => course.nextLessonId);
  const { lesson, course } = next;
  if (lesson || course?.nextLessonId) {
    const done = course ? m.lessonsDone(n(course.completedLessons), n(course.totalLessons)) : '';
    const watched = lesson ? m.watched(formatClock(lesson.positionSec), formatClock(lesson.durationSec)) : done;
    const card = h(
      'section',
      { class: 'next', part: 'next', 'aria-labelledby': 'next' },
      h('h3', { class: 'title', id: 'next' }, m.next),
    );
    if (lesson)
      card.append(
        h('p', { class: 'course-name' }, icon(book), text(lesson.courseTitle, locale)),
        h('p', { class: 'lesson-name', id: 'next-lesson' }, text(lesson.lessonTitle, locale)),
        bar(lesson.positionSec, lesson.durationSec, 'next-lesson', watched),
      );
    else
      card.append(
        h('p', { class: 'lesson-name', id: 'next-lesson' }, text(course!.title, locale)),
        bar(course!.completedLessons, course!.totalLessons, 'next-lesson', done),
      );
    card.append(
      h('p', { class: 'muted small' }, lesson && done ? `${watched} · ${done}` : watched),
      lesson
        ? continueAction(lesson.courseId, lesson.lessonId, m.resume, lesson.lessonTitle, 'action')
        : continueAction(course!.courseId, course!.nextLessonId!, m.continue, course!.title, 'action'),
    );
    root.append(card);
  }

  // Overview cards.
  const { done, total } = lessonTotals(summary.courses);
  const week = weekSeconds(summary.dailyStudy, today);
  const goalSec = summary.weeklyGoalMinutes * 60;
  const streak = streaks(summary.dailyStudy, today);
  const weekText = m.ofGoal(formatDuration(week, locale), formatDuration(goalSec, locale));
  const overall = formatPercent(total ? done / total : 0, locale);
  const weekCard = h(
    'section',
    { class: 'card', 'aria-labelledby': 'week' },
    title(clock, m.thisWeek, 'week'),
    h('p', { class: 'figure' }, formatDuration(week, locale)),
    bar(week, goalSec, 'week', weekText),
    h('p', { class: 'muted small' }, weekText),
  );
  if (week >= goalSec) weekCard.append(h('p', { class: 'reached' }, icon(circleCheck), ` ${m.goalReached}`));
  weekCard.append(h('p', { class: 'muted small' }, m.weekNote));
  const studied = secondsByDay(summary.dailyStudy);
  const start = weekStart(today);
  const days = h('ol', { class: 'week-days', 'aria-hidden': 'true' });
  m.weekdaysNarrow.split(' ').forEach((name, d) => {
    const day = addDays(start, d);
    const state = day > today ? 'later' : (studied.get(day) ?? 0) > 0 ? 'on' : 'off';
    days.append(h('li', { class: state }, h('span', { class: 'dot' }, ...(state === 'on' ? [icon(flame)] : [])), name));
  });
  const figure = (label: string, value: string) =>
    h('div', null, h('dt', { class: 'muted small' }, label), h('dd', { class: 'figure' }, value));
  root.append(
    h(
      'div',
      { class: 'cards', part: 'overview' },
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'overall' },
        title(trophy, m.overall, 'overall'),
        h('p', { class: 'figure' }, overall),
        bar(done, total, 'overall', overall),
        h('p', { class: 'muted small' }, m.overallDetail(n(done), n(total), n(summary.courses.length))),
      ),
      weekCard,
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'streak' },
        title(flame, m.streak, 'streak'),
        h(
          'dl',
          { class: 'streaks' },
          figure(m.current, m.days(n(streak.current))),
          figure(m.longest, m.days(n(streak.longest))),
        ),
        days,
      ),
    ),
  );

  // Activity chart and weekly goal, side by side.
  root.append(
    h(
      'div',
      { class: 'pair' },
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'activity', part: 'activity' },
        h('h3', { class: 'title', id: 'activity' }, m.activity),
        ...activityChart(chartWeeks(summary.dailyStudy, today), m, locale, today),
      ),
      goalForm(summary.weeklyGoalMinutes, m, locale, title),
    ),
  );

  // Courses.
  const list = h('ul', { class: 'courses' });
  summary.courses.forEach((c, i) => {
    const doneText = m.lessonsDone(n(c.completedLessons), n(c.totalLessons));
    const max = Math.max(1, c.totalLessons);
    const value = Math.min(c.completedLessons, max);
    const finished = c.totalLessons > 0 && c.completedLessons >= c.totalLessons;
    const item = h(
      'li',
      { class: 'course' },
      h(
        'p',
        null,
        finished
          ? h('span', { class: 'tag success' }, icon(circleCheck), ` ${m.courseDone}`)
          : h('span', { class: 'tag' }, m.percentDone(formatPercent(value / max, locale))),
      ),
      h('h4', { class: 'subtitle', id: `c${i}` }, text(c.title, locale)),
      bar(value, max, `c${i}`, doneText),
      h('p', { class: 'muted small' }, doneText),
    );
    if (c.nextLessonId) item.append(continueAction(c.courseId, c.nextLessonId, m.continue, c.title, 'secondary'));
    list.append(item);
  });
  root.append(
    h(
      'section',
      { 'aria-labelledby': 'courses', part: 'courses' },
      h('h3', { class: 'title', id: 'courses' }, m.courses),
      list,
    ),
  );

  // Recently watched lessons, without the one in the continue-learning card.
  const lessons = summary.recentLessons.filter((recent) => recent !== lesson);
  if (lessons.length === 0) return;
  const recent = h('ul', { class: 'recent' });
  for (const item of lessons) {
    const state: Child[] = item.completed
      ? [icon(circleCheck), ` ${m.completed}`]
      : [m.watched(formatClock(item.positionSec), formatClock(item.durationSec))];
    recent.append(
      h(
        'li',
        null,
        h(
          'div',
          null,
          h('p', { class: 'strong' }, text(item.lessonTitle, locale)),
          h(
            'p',
            { class: 'muted small' },
            text(item.courseTitle, locale),
            ' · ',
            h('time', { datetime: item.at }, formatDate(item.at, locale, 'medium')),
            ' · ',
            ...state,
          ),
        ),
        continueAction(item.courseId, item.lessonId, item.completed ? m.again : m.resume, item.lessonTitle),
      ),
    );
  }
  root.append(
    h(
      'section',
      { 'aria-labelledby': 'recent', part: 'recent' },
      h('h3', { class: 'title', id: 'recent' }, m.recent),
      recent,
    ),
  );
}

/** This week's bars with their time axis and day labels, and the 12-week table behind a disclosure. */
function activityChart(
  weeks: ReturnType<typeof chartWeeks>,
  m: LearnerMessages,
  locale: Locale,
  today: string,
): Node[] {
  const week = weeks[weeks.length - 1]!;
  const top = Math.max(0, ...week.days.map((seconds) => seconds ?? 0));
  const { step, lines } = timeAxis(top);
  const max = step * lines;
  const weekdays = m.weekdays.split(' ');
  const narrow = m.weekdaysNarrow.split(' ');
  const date = new Intl.DateTimeFormat(LOCALE_TAG[locale], {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    timeZone: TIME_ZONE,
  });
  const ticks = Array.from({ length: lines + 1 }, (_, i) => i * step);
  const studied = (seconds: number): Child[] => (seconds > 0 ? [formatDuration(seconds, locale)] : noStudy(m.noStudy));

  const tickList = h('ol', { class: 'ticks', 'aria-hidden': 'true' });
  for (const seconds of ticks) tickList.append(h('li', null, seconds ? formatDuration(seconds, locale) : '0'));
  const plot = s('svg', { viewBox: '0 0 70 100', preserveAspectRatio: 'none', 'aria-hidden': 'true' });
  for (const seconds of ticks.slice(1)) {
    const y = String(100 - (seconds / max) * 100);
    plot.append(s('line', { class: 'grid', x1: '0', x2: '70', y1: y, y2: y }));
  }
  plot.append(s('line', { class: 'axis', x1: '0', x2: '70', y1: '100', y2: '100' }));
  week.days.forEach((seconds, d) => {
    if (!seconds) return;
    const height = Math.max(1.5, (seconds / max) * 100);
    plot.append(
      s('rect', { class: 'day', x: String(d * 10 + 2.5), y: String(100 - height), width: '5', height: String(height) }),
    );
  });
  const dayList = h('ol', { class: 'days' });
  week.days.forEach((seconds, d) => {
    const key = addDays(week.start, d);
    const item = h(
      'li',
      { 'aria-current': key === today ? 'date' : undefined },
      h(
        'span',
        { class: 'strong', 'aria-hidden': 'true' },
        h('span', { class: 'long' }, weekdays[d]!),
        h('span', { class: 'short' }, narrow[d]!),
      ),
      h('span', { class: 'visually-hidden' }, date.format(seoulInstant(key, 12))),
    );
    if (seconds !== undefined) item.append(h('span', { class: 'muted' }, ...studied(seconds)));
    dayList.append(item);
  });

  const head = h('tr', null, h('th', { scope: 'col' }, m.weekOf));
  for (const day of weekdays) head.append(h('th', { scope: 'col' }, day));
  head.append(h('th', { scope: 'col' }, m.total));
  const body = h('tbody', null);
  for (const row of weeks) {
    const tr = h('tr', null, h('th', { scope: 'row' }, dayLabel(row.start, locale)));
    for (let d = 0; d < 7; d++) {
      const seconds = row.days[d];
      tr.append(h('td', null, ...(seconds === undefined ? [] : studied(seconds))));
    }
    tr.append(h('td', null, ...studied(row.total)));
    body.append(tr);
  }
  return [
    h(
      'figure',
      { class: 'chart', part: 'chart', 'aria-labelledby': 'chart-title' },
      h(
        'figcaption',
        { id: 'chart-title', class: 'strong' },
        m.thisWeekChart(dayLabel(week.start, locale), dayLabel(addDays(week.start, 6), locale)),
      ),
      h('div', { class: 'plot' }, tickList, plot, dayList),
      h('p', { class: 'muted small' }, chartSummary(weeks, m, locale)),
    ),
    h(
      'details',
      { part: 'chart-table' },
      h('summary', null, m.showTable),
      h(
        'div',
        { class: 'table-wrap', role: 'region', tabindex: '0', 'aria-labelledby': 'chart-caption' },
        h('table', null, h('caption', { id: 'chart-caption' }, m.tableCaption), h('thead', null, head), body),
      ),
    ),
  ];
}

/** The weekly goal's stepper form, showing the saved goal. */
function goalForm(
  saved: number,
  m: LearnerMessages,
  locale: Locale,
  title: (data: IconData, words: string, id: string) => HTMLElement,
): HTMLElement {
  const minutes = Math.min(GOAL_MAX_MINUTES, Math.max(GOAL_MIN_MINUTES, saved));
  const words = goalText(minutes, locale);
  const spin = h(
    'div',
    {
      id: 'goal-input',
      class: 'spin',
      role: 'spinbutton',
      tabindex: '0',
      'aria-labelledby': 'goal-label',
      'aria-describedby': 'goal-hint goal-message',
      'aria-valuemin': String(GOAL_MIN_MINUTES),
      'aria-valuemax': String(GOAL_MAX_MINUTES),
      'aria-valuenow': String(minutes),
      'aria-valuetext': words,
      'aria-invalid': 'false',
    },
    words,
  );
  spin.addEventListener('keydown', noop);
  const input = h('input', { type: 'hidden', name: 'minutes' }) as HTMLInputElement;
  input.value = String(minutes);
  const form = h(
    'form',
    { class: 'goal', novalidate: '' },
    h('span', { id: 'goal-label', class: 'muted small' }, m.goalLabel),
    h(
      'div',
      { class: 'stepper' },
      button('step', [icon(minus)], {
        'aria-label': m.less,
        'aria-disabled': minutes <= GOAL_MIN_MINUTES ? 'true' : 'false',
      }),
      spin,
      button('step', [icon(plus)], {
        'aria-label': m.more,
        'aria-disabled': minutes >= GOAL_MAX_MINUTES ? 'true' : 'false',
      }),
    ),
    h('p', { id: 'goal-hint', class: 'muted small' }, m.perDay(formatDuration(Math.round(minutes / 7) * 60, locale))),
    input,
    h('button', { class: 'action', type: 'submit', 'aria-disabled': 'false' }, m.save),
  );
  form.addEventListener('submit', noop);
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'goal', part: 'goal' },
    title(target, m.goal, 'goal'),
    form,
    h('p', { id: 'goal-message', role: 'status', class: 'muted' }, ''),
  );
}

/** The cohort view, unfiltered, sorted by completion (descending), on its first page. */
export function plainCohort(host: HTMLElement, raw: CohortSummary, sheets: readonly CSSStyleSheet[]): void {
  const locale: Locale = 'ko';
  const { summary } = sanitizeCohortSummary(raw, new Date(raw.generatedAt));
  const m = cohortMessages(locale);
  const n = (value: number) => formatNumber(value, locale);
  const section = shell(host, sheets, shellMessages(locale).cohortLabel, locale);
  const learners = filterLearners(summary.learners, { level: undefined, courseId: undefined });
  const now = new Date(summary.generatedAt);
  const root = h('div', { class: 'root', part: 'cohort' });
  section.append(root);
  root.append(
    h(
      'header',
      { class: 'head' },
      h('h3', { class: 'title', id: 'k-title' }, m.title(summary.region)),
      h('p', { class: 'muted small' }, m.asOf(formatDateTime(now, locale))),
    ),
  );

  // Filters.
  const level = h('select', { name: 'level' }, h('option', { value: '', selected: '' }, m.all));
  for (const value of SCHOOL_LEVELS) level.append(h('option', { value }, m.levelName(value)));
  const course = h('select', { name: 'course' }, h('option', { value: '', selected: '' }, m.all));
  for (const c of summary.courses) {
    const title = localize(c.title, locale);
    course.append(
      h('option', { value: c.courseId, lang: title.lang === locale ? undefined : title.lang }, title.value),
    );
  }
  level.addEventListener('change', noop);
  course.addEventListener('change', noop);
  root.append(
    h(
      'fieldset',
      { class: 'filters' },
      h('legend', null, m.filters),
      h('label', null, m.level, level),
      h('label', null, m.course, course),
    ),
    announcer(),
  );

  // Headline figures.
  const share = (count: number) => m.ofLearners(formatPercent(learners.length ? count / learners.length : 0, locale));
  const card = (id: string, data: IconData, title: string, figure: string, detail: string) =>
    h(
      'section',
      { class: 'card', 'aria-labelledby': id },
      h('h4', { class: 'title', id }, h('span', { class: 'badge' }, icon(data)), title),
      h('p', { class: 'figure' }, figure),
      h('p', { class: 'muted small' }, detail),
    );
  const active7 = activeWithin(learners, now, 7);
  const active30 = activeWithin(learners, now, 30);
  root.append(
    h(
      'div',
      { class: 'cards' },
      card('k-learners', users, m.learners, m.people(n(learners.length)), m.ofAll(n(summary.learners.length))),
      card('k-active7', calendarEvent, m.active7, m.people(n(active7)), share(active7)),
      card('k-active30', calendarCheck, m.active30, m.people(n(active30)), share(active30)),
      card('k-average', trophy, m.average, formatPercent(averageCompletion(learners), locale), m.averageNote),
    ),
  );

  // Histogram and its table.
  const counts = histogram(learners);
  const top = Math.max(1, ...counts);
  const label = (i: number) =>
    `${formatPercent(BUCKETS[i]!, locale)}–${formatPercent(i === BUCKETS.length - 1 ? 1 : BUCKETS[i + 1]! - 0.01, locale)}`;
  const chart = s('svg', {
    class: 'histogram',
    viewBox: '0 0 500 170',
    role: 'img',
    'aria-labelledby': 'hist-summary',
  });
  chart.append(s('line', { class: 'axis', x1: '0', x2: '500', y1: '140.5', y2: '140.5' }));
  const rows = h('tbody', null);
  counts.forEach((count, i) => {
    const height = (count / top) * 110;
    chart.append(
      s('rect', {
        class: 'day',
        x: String(i * 100 + 20),
        y: String(140 - height),
        width: '60',
        height: String(height),
      }),
      s('text', { x: String(i * 100 + 50), y: String(132 - height), 'text-anchor': 'middle' }, n(count)),
      s('text', { x: String(i * 100 + 50), y: '162', 'text-anchor': 'middle' }, label(i)),
    );
    rows.append(h('tr', null, h('th', { scope: 'row' }, label(i)), h('td', null, n(count))));
  });
  root.append(
    h(
      'section',
      { 'aria-labelledby': 'k-hist' },
      h('h4', { class: 'title', id: 'k-hist' }, m.histogram),
      h(
        'figure',
        { class: 'chart' },
        chart,
        h(
          'figcaption',
          { id: 'hist-summary' },
          m.histogramSummary(counts.map((count, i) => `${label(i)} ${m.people(n(count))}`).join(', ')),
        ),
      ),
      h(
        'details',
        null,
        h('summary', null, m.showTable),
        h(
          'div',
          { class: 'table-wrap', role: 'region', tabindex: '0', 'aria-labelledby': 'hist-caption' },
          h(
            'table',
            null,
            h('caption', { id: 'hist-caption' }, m.histogramCaption),
            h('thead', null, h('tr', null, h('th', { scope: 'col' }, m.range), h('th', { scope: 'col' }, m.learners))),
            rows,
          ),
        ),
      ),
    ),
  );

  // Courses by enrolment.
  const courseRows = h('tbody', null);
  [...summary.courses]
    .sort((a, b) => b.enrolled - a.enrolled)
    .forEach((c, i) => {
      const rate = formatPercent(c.enrolled ? c.completed / c.enrolled : 0, locale);
      courseRows.append(
        h(
          'tr',
          null,
          h('th', { scope: 'row', id: `k-c${i}` }, text(c.title, locale)),
          h('td', null, n(c.enrolled)),
          h('td', null, n(c.completed)),
          h('td', { class: 'rate' }, `${rate} `, bar(c.completed, c.enrolled, `k-c${i}`, rate)),
        ),
      );
    });
  root.append(
    h(
      'section',
      { 'aria-labelledby': 'k-courses' },
      h('h4', { class: 'title', id: 'k-courses' }, m.courses),
      h(
        'div',
        { class: 'table-wrap', role: 'region', tabindex: '0', 'aria-labelledby': 'courses-caption' },
        h(
          'table',
          null,
          h('caption', { id: 'courses-caption' }, m.coursesCaption),
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              ...[m.course, m.enrolled, m.completed, m.rate].map((title) => h('th', { scope: 'col' }, title)),
            ),
          ),
          courseRows,
        ),
      ),
    ),
  );

  // The learner table: one page.
  const sorted = sortLearners(learners, { key: 'completion', descending: true });
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const page = sorted.slice(0, PAGE_SIZE);
  const columns = [m.id, m.grade, m.courseCount, m.completion, m.study, m.active];
  const headRow = h('tr', null);
  columns.forEach((title, i) => {
    const th = h('th', { scope: 'col', 'aria-sort': i === 3 ? 'descending' : undefined });
    th.append(button('sort', [title, h('span', { 'aria-hidden': 'true' }, i === 3 ? ' ▼' : ' ↕')]));
    headRow.append(th);
  });
  const tbody = h('tbody', null);
  for (const learner of page) {
    tbody.append(
      h(
        'tr',
        null,
        h('th', { scope: 'row' }, learner.pseudonymousId),
        h('td', null, m.gradeText(learner.schoolLevel, n(learner.grade))),
        h('td', null, n(learner.enrolledCourseIds.length)),
        h(
          'td',
          null,
          `${formatPercent(completion(learner), locale)} (${n(learner.completedLessons)}/${n(learner.totalLessons)})`,
        ),
        h(
          'td',
          null,
          ...(learner.studySecLast30Days > 0
            ? [formatDuration(learner.studySecLast30Days, locale)]
            : noStudy(m.noStudy)),
        ),
        h('td', null, learner.lastActiveAt ? formatDate(learner.lastActiveAt, locale, 'medium') : m.never),
      ),
    );
  }
  const previous = button('action secondary', [m.previous]);
  previous.setAttribute('disabled', '');
  const next = button('action secondary', [m.next]);
  if (pages <= 1) next.setAttribute('disabled', '');
  root.append(
    h(
      'section',
      { 'aria-labelledby': 'k-table' },
      h('h4', { class: 'title', id: 'k-table' }, m.table),
      h(
        'div',
        { class: 'table-wrap', role: 'region', tabindex: '0', 'aria-labelledby': 'learners-caption' },
        h(
          'table',
          { class: 'learners' },
          h(
            'caption',
            { id: 'learners-caption' },
            page.length ? m.showing(n(1), n(page.length), n(sorted.length)) : m.noMatch,
          ),
          h('thead', null, headRow),
          tbody,
        ),
      ),
      h(
        'nav',
        { class: 'pager', 'aria-label': m.table },
        previous,
        h('span', null, m.page(n(1), n(pages))),
        next,
        button('action', [m.download]),
      ),
    ),
  );
}
