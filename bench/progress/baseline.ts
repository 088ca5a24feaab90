// Hand-written plain-DOM renderings of what <seoul-learn-progress> shows, the yardstick for the
// element. Like with like: the same sanitised data, the same figures (the same pure functions),
// the same elements, attributes and text, the same click listeners and the same adopted style
// sheets; only Lit's comment markers are missing. `run.mjs` checks that both DOMs match.
import {
  formatClock,
  formatDate,
  formatDateTime,
  formatDuration,
  formatNumber,
  formatPercent,
} from '../../src/core/format.js';
import { localize, type Locale } from '../../src/core/i18n.js';
import { SCHOOL_LEVELS, type CohortSummary, type LearnerSummary, type LocalizedText } from '../../src/data/types.js';
import { cohortMessages } from '../../src/progress/cohort/cohort.messages.js';
import { sanitizeCohortSummary } from '../../src/progress/cohort/cohort.sanitize.js';
import {
  BUCKETS,
  activeWithin,
  averageCompletion,
  completion,
  histogram,
  sortLearners,
} from '../../src/progress/cohort/cohort.stats.js';
import { PAGE_SIZE } from '../../src/progress/cohort/cohort-view.js';
import { chartSummary, dayLabel } from '../../src/progress/progress.chart.js';
import { learnerMessages } from '../../src/progress/progress.learner.messages.js';
import { shellMessages } from '../../src/progress/progress.messages.js';
import { lessonTotals, sanitizeLearnerSummary } from '../../src/progress/progress.sanitize.js';
import { chartWeeks, seoulToday, streaks, weekSeconds } from '../../src/progress/progress.stats.js';
import { RECENT_LIMIT } from '../../src/progress/progress.learner.js';

const SVG = 'http://www.w3.org/2000/svg';
type Child = Node | string;
const noop = () => undefined;

/** An element with attributes and children, the way one writes DOM code by hand. */
function h(tag: string, attrs: Record<string, string> | null, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  if (attrs) for (const name in attrs) node.setAttribute(name, attrs[name]!);
  node.append(...children);
  return node;
}

function s(tag: string, attrs: Record<string, string>, ...children: Child[]): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const name in attrs) node.setAttribute(name, attrs[name]!);
  node.append(...children);
  return node;
}

function button(className: string, label: Child[], attrs: Record<string, string> = {}): HTMLElement {
  const node = h('button', { class: className, type: 'button', ...attrs }, ...label);
  node.addEventListener('click', noop);
  return node;
}

function text(value: LocalizedText, locale: Locale): HTMLElement {
  const { value: shown, lang } = localize(value, locale);
  return h('span', lang === locale ? null : { lang }, shown);
}

function bar(value: number, max: number, labelId: string, valueText: string): HTMLElement {
  const node = h('progress', {
    part: 'bar',
    max: String(Math.max(1, max)),
    'aria-labelledby': labelId,
    'aria-valuetext': valueText,
  }) as HTMLProgressElement;
  node.value = Math.min(value, Math.max(1, max));
  return node;
}

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
  });
  section.append(h('p', { class: 'visually-hidden', role: 'status' }));
  root.append(section);
  return section;
}

export function plainLearner(host: HTMLElement, raw: LearnerSummary, sheets: readonly CSSStyleSheet[]): void {
  const locale: Locale = 'ko';
  const { summary } = sanitizeLearnerSummary(raw, new Date(0), RECENT_LIMIT);
  const m = learnerMessages(locale);
  const n = (value: number) => formatNumber(value, locale);
  const root = shell(host, sheets, shellMessages(locale).label, locale);
  const today = seoulToday(summary.dailyStudy, new Date(summary.generatedAt));
  const continueButton = (courseId: string, lessonId: string, label: string, context: LocalizedText) =>
    button('action', [label, h('span', { class: 'visually-hidden' }, ': ', text(context, locale))], {
      part: 'continue',
      'data-course': courseId,
      'data-lesson': lessonId,
    });

  // Overview cards.
  const { done, total } = lessonTotals(summary.courses);
  const week = weekSeconds(summary.dailyStudy, today);
  const goalSec = summary.weeklyGoalMinutes * 60;
  const streak = streaks(summary.dailyStudy, today);
  const weekText = m.ofGoal(formatDuration(week, locale), formatDuration(goalSec, locale));
  const overall = formatPercent(total ? done / total : 0, locale);
  const weekDetail = h('p', { class: 'muted' }, weekText);
  if (week >= goalSec) weekDetail.append(' ', h('strong', null, m.goalReached));
  root.append(
    h(
      'div',
      { class: 'cards', part: 'overview' },
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'overall' },
        h('h3', { id: 'overall' }, m.overall),
        h('p', { class: 'figure' }, overall),
        bar(done, total, 'overall', overall),
        h('p', { class: 'muted' }, m.overallDetail(n(done), n(total), n(summary.courses.length))),
      ),
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'week' },
        h('h3', { id: 'week' }, m.thisWeek),
        h('p', { class: 'figure' }, formatDuration(week, locale)),
        bar(week, goalSec, 'week', weekText),
        weekDetail,
        h('p', { class: 'muted small' }, m.weekNote),
      ),
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'streak' },
        h('h3', { id: 'streak' }, m.streak),
        h(
          'dl',
          { class: 'streaks' },
          h('div', null, h('dt', null, m.current), h('dd', { class: 'figure' }, m.days(n(streak.current)))),
          h('div', null, h('dt', null, m.longest), h('dd', { class: 'figure' }, m.days(n(streak.longest)))),
        ),
      ),
    ),
  );

  // Courses.
  const list = h('ul', { class: 'courses' });
  summary.courses.forEach((course, i) => {
    const doneText = m.lessonsDone(
      formatNumber(course.completedLessons, locale),
      formatNumber(course.totalLessons, locale),
    );
    list.append(
      h(
        'li',
        { class: 'course' },
        h('h4', { id: `c${i}` }, text(course.title, locale)),
        bar(course.completedLessons, course.totalLessons, `c${i}`, doneText),
        h('p', { class: 'muted' }, doneText),
        course.nextLessonId
          ? continueButton(course.courseId, course.nextLessonId, m.continue, course.title)
          : h('p', { class: 'done' }, `✓ ${m.courseDone}`),
      ),
    );
  });
  root.append(
    h('section', { 'aria-labelledby': 'courses', part: 'courses' }, h('h3', { id: 'courses' }, m.courses), list),
  );

  // Activity chart and its table.
  const weeks = chartWeeks(summary.dailyStudy, today);
  const top = Math.max(0, ...weeks.flatMap((w) => w.days.map((seconds) => seconds ?? 0)));
  const max = Math.max(1, top);
  const width = weeks.length * (7 * 10 + 4);
  const chart = s('svg', {
    viewBox: `0 0 ${width} 101`,
    preserveAspectRatio: 'none',
    role: 'img',
    'aria-labelledby': 'chart-summary',
  });
  chart.append(s('line', { class: 'axis', x1: '0', x2: String(width), y1: '100.5', y2: '100.5' }));
  weeks.forEach((w, wi) =>
    w.days.forEach((seconds, d) => {
      if (!seconds) return;
      const height = Math.max(2, (seconds / max) * 100);
      const x = wi * (7 * 10 + 4) + d * 10;
      chart.append(
        s('rect', { class: 'day', x: String(x), y: String(100 - height), width: '8', height: String(height), rx: '1' }),
      );
    }),
  );
  const head = h('tr', null, h('th', { scope: 'col' }, m.weekOf));
  for (const day of m.weekdays.split(' ')) head.append(h('th', { scope: 'col' }, day));
  head.append(h('th', { scope: 'col' }, m.total));
  const body = h('tbody', null);
  for (const w of weeks) {
    const row = h('tr', null, h('th', { scope: 'row' }, dayLabel(w.start, locale)));
    for (const seconds of w.days)
      row.append(h('td', null, seconds === undefined ? '–' : formatDuration(seconds, locale)));
    row.append(h('td', null, formatDuration(w.total, locale)));
    body.append(row);
  }
  root.append(
    h(
      'section',
      { 'aria-labelledby': 'activity', part: 'activity' },
      h('h3', { id: 'activity' }, m.activity),
      h(
        'figure',
        { class: 'chart', part: 'chart' },
        h('p', { class: 'muted small', 'aria-hidden': 'true' }, formatDuration(top, locale)),
        chart,
        h(
          'div',
          { class: 'chart-axis', 'aria-hidden': 'true' },
          h('span', null, dayLabel(weeks[0]!.start, locale)),
          h('span', null, dayLabel(weeks[weeks.length - 1]!.start, locale)),
        ),
        h('figcaption', { id: 'chart-summary' }, chartSummary(weeks, m, locale)),
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
    ),
  );

  // Weekly goal.
  const input = h('input', {
    id: 'goal-input',
    name: 'minutes',
    type: 'number',
    inputmode: 'numeric',
    min: '10',
    max: '3000',
    step: '10',
    'aria-invalid': 'false',
    'aria-describedby': 'goal-message',
  }) as HTMLInputElement;
  input.value = String(summary.weeklyGoalMinutes);
  const form = h(
    'form',
    { class: 'goal', novalidate: '' },
    h('label', { for: 'goal-input' }, m.goalLabel),
    input,
    h('button', { class: 'action', type: 'submit' }, m.save),
  );
  form.addEventListener('submit', noop);
  root.append(
    h(
      'section',
      { 'aria-labelledby': 'goal', part: 'goal' },
      h('h3', { id: 'goal' }, m.goal),
      form,
      h('p', { id: 'goal-message', role: 'status', class: 'muted' }),
      h('p', { class: 'muted small' }, `${m.goal}: ${formatDuration(summary.weeklyGoalMinutes * 60, locale)}`),
    ),
  );

  // Recently watched lessons.
  if (summary.recentLessons.length === 0) return;
  const recent = h('ul', { class: 'recent' });
  for (const lesson of summary.recentLessons) {
    recent.append(
      h(
        'li',
        null,
        h(
          'div',
          null,
          h('p', { class: 'strong' }, text(lesson.lessonTitle, locale)),
          h(
            'p',
            { class: 'muted small' },
            text(lesson.courseTitle, locale),
            ' · ',
            h('time', { datetime: lesson.at }, formatDate(lesson.at, locale, 'medium')),
          ),
          h(
            'p',
            { class: 'muted small' },
            lesson.completed
              ? `✓ ${m.completed}`
              : m.watched(formatClock(lesson.positionSec), formatClock(lesson.durationSec)),
          ),
        ),
        continueButton(lesson.courseId, lesson.lessonId, lesson.completed ? m.again : m.resume, lesson.lessonTitle),
      ),
    );
  }
  root.append(
    h('section', { 'aria-labelledby': 'recent', part: 'recent' }, h('h3', { id: 'recent' }, m.recent), recent),
  );
}

/** The cohort view with the table sorted by `sortKey` (descending) on its first page. */
export function plainCohort(host: HTMLElement, raw: CohortSummary, sheets: readonly CSSStyleSheet[]): void {
  const locale: Locale = 'ko';
  const { summary } = sanitizeCohortSummary(raw, new Date(0));
  const m = cohortMessages(locale);
  const n = (value: number) => formatNumber(value, locale);
  const section = shell(host, sheets, shellMessages(locale).cohortLabel, locale);
  const learners = summary.learners;
  const now = new Date(summary.generatedAt);
  const root = h('div', { class: 'root', part: 'cohort' });
  section.append(root);
  root.append(h('p', { class: 'muted small' }, m.asOf(formatDateTime(now, locale))));

  // Filters.
  const level = h('select', { name: 'level' }, h('option', { value: '' }, m.all));
  for (const value of SCHOOL_LEVELS) level.append(h('option', { value }, m.levelName(value)));
  const course = h('select', { name: 'course' }, h('option', { value: '' }, m.all));
  for (const c of summary.courses) {
    const title = localize(c.title, locale);
    course.append(
      h('option', title.lang === locale ? { value: c.courseId } : { value: c.courseId, lang: title.lang }, title.value),
    );
  }
  level.addEventListener('change', noop);
  course.addEventListener('change', noop);
  (level as HTMLSelectElement).selectedIndex = 0;
  (course as HTMLSelectElement).selectedIndex = 0;
  root.append(
    h(
      'fieldset',
      { class: 'filters' },
      h('legend', null, m.filters),
      h('label', null, m.level, level),
      h('label', null, m.course, course),
    ),
    h('p', { class: 'visually-hidden', role: 'status' }),
  );

  // Headline figures.
  const share = (count: number) => m.ofLearners(formatPercent(learners.length ? count / learners.length : 0, locale));
  const card = (id: string, title: string, figure: string, detail: string) =>
    h(
      'section',
      { class: 'card', 'aria-labelledby': id },
      h('h3', { id }, title),
      h('p', { class: 'figure' }, figure),
      h('p', { class: 'muted small' }, detail),
    );
  const active7 = activeWithin(learners, now, 7);
  const active30 = activeWithin(learners, now, 30);
  root.append(
    h(
      'div',
      { class: 'cards' },
      card('k-learners', m.learners, m.people(n(learners.length)), m.ofAll(n(summary.learners.length))),
      card('k-active7', m.active7, m.people(n(active7)), share(active7)),
      card('k-active30', m.active30, m.people(n(active30)), share(active30)),
      card('k-average', m.average, formatPercent(averageCompletion(learners), locale), m.averageNote),
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
      h('h3', { id: 'k-hist' }, m.histogram),
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
          'table',
          null,
          h('thead', null, h('tr', null, h('th', { scope: 'col' }, m.range), h('th', { scope: 'col' }, m.learners))),
          rows,
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
      h('h3', { id: 'k-courses' }, m.courses),
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
    const th = h('th', i === 3 ? { scope: 'col', 'aria-sort': 'descending' } : { scope: 'col' });
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
        h('td', null, formatDuration(learner.studySecLast30Days, locale)),
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
      h('h3', { id: 'k-table' }, m.table),
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
