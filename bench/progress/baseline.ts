// Hand-written plain-DOM renderings of the same content, the yardstick for the element: the
// same figures (computed with the same pure functions), bars, chart and rows, without Lit.
import { formatClock, formatDate, formatDuration, formatNumber, formatPercent } from '../../src/core/format.js';
import type { CohortSummary, LearnerSummary } from '../../src/data/types.js';
import {
  activeWithin,
  averageCompletion,
  completion,
  histogram,
  sortLearners,
} from '../../src/progress/cohort/cohort.stats.js';
import { lessonTotals } from '../../src/progress/progress.sanitize.js';
import { chartWeeks, seoulToday, streaks, weekSeconds } from '../../src/progress/progress.stats.js';

const SVG = 'http://www.w3.org/2000/svg';

function el(tag: string, text?: string, parent?: Node): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  parent?.appendChild(node);
  return node;
}

function progress(value: number, max: number, parent: Node): void {
  const bar = el('progress', undefined, parent) as HTMLProgressElement;
  bar.max = Math.max(1, max);
  bar.value = value;
}

export function plainLearner(host: HTMLElement, summary: LearnerSummary): void {
  const root = host.attachShadow({ mode: 'open' });
  const today = seoulToday(summary.dailyStudy);
  const { done, total } = lessonTotals(summary.courses);
  const week = weekSeconds(summary.dailyStudy, today);
  const streak = streaks(summary.dailyStudy, today);
  const cards = el('div', undefined, root);
  el('p', formatPercent(done / total, 'ko'), cards);
  progress(done, total, cards);
  el('p', formatDuration(week, 'ko'), cards);
  progress(week, summary.weeklyGoalMinutes * 60, cards);
  el('p', `${streak.current}일 ${streak.longest}일`, cards);
  const courses = el('ul', undefined, root);
  for (const course of summary.courses) {
    const li = el('li', undefined, courses);
    el('h4', course.title.ko, li);
    progress(course.completedLessons, course.totalLessons, li);
    el(
      'p',
      `강의 ${formatNumber(course.totalLessons, 'ko')}개 중 ${formatNumber(course.completedLessons, 'ko')}개 완료`,
      li,
    );
    el('button', '이어서 학습', li);
  }
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 888 101');
  root.appendChild(svg);
  const weeks = chartWeeks(summary.dailyStudy, today);
  weeks.forEach((w, i) =>
    w.days.forEach((seconds, d) => {
      if (!seconds) return;
      const rect = document.createElementNS(SVG, 'rect');
      rect.setAttribute('x', String(i * 74 + d * 10));
      rect.setAttribute('y', String(100 - seconds / 60));
      rect.setAttribute('width', '8');
      rect.setAttribute('height', String(seconds / 60));
      svg.appendChild(rect);
    }),
  );
  const table = el('table', undefined, root);
  for (const w of weeks) {
    const tr = el('tr', undefined, table);
    for (const seconds of w.days) el('td', seconds === undefined ? '–' : formatDuration(seconds, 'ko'), tr);
  }
  const recent = el('ul', undefined, root);
  for (const lesson of summary.recentLessons.slice(0, 10)) {
    const li = el('li', undefined, recent);
    el('p', lesson.lessonTitle.ko, li);
    el('p', `${lesson.courseTitle.ko} · ${formatDate(lesson.at, 'ko', 'medium')}`, li);
    el('p', lesson.completed ? '완료' : `${formatClock(lesson.positionSec)} / ${formatClock(lesson.durationSec)}`, li);
    el('button', lesson.completed ? '다시 보기' : '이어 보기', li);
  }
}

export function plainCohort(host: HTMLElement, summary: CohortSummary): void {
  const root = host.attachShadow({ mode: 'open' });
  const now = new Date(summary.generatedAt);
  const learners = summary.learners;
  const level = el('select', undefined, root);
  for (const name of ['전체', '초등', '중등', '고등']) el('option', name, level);
  const course = el('select', undefined, root);
  for (const c of summary.courses) el('option', c.title.ko, course);
  el('p', formatNumber(learners.length, 'ko'), root);
  el('p', formatNumber(activeWithin(learners, now, 7), 'ko'), root);
  el('p', formatNumber(activeWithin(learners, now, 30), 'ko'), root);
  el('p', formatPercent(averageCompletion(learners), 'ko'), root);
  const hist = el('table', undefined, root);
  for (const count of histogram(learners)) el('td', formatNumber(count, 'ko'), el('tr', undefined, hist));
  const courses = el('table', undefined, root);
  for (const c of [...summary.courses].sort((a, b) => b.enrolled - a.enrolled)) {
    const tr = el('tr', undefined, courses);
    el('th', c.title.ko, tr);
    el('td', formatNumber(c.enrolled, 'ko'), tr);
    el('td', formatNumber(c.completed, 'ko'), tr);
    progress(c.completed, c.enrolled, el('td', formatPercent(c.completed / c.enrolled, 'ko'), tr));
  }
  const table = el('table', undefined, root);
  for (const learner of sortLearners(learners, { key: 'completion', descending: true }).slice(0, 20)) {
    const tr = el('tr', undefined, table);
    el('th', learner.pseudonymousId, tr);
    el('td', `${learner.schoolLevel} ${learner.grade}`, tr);
    el('td', formatNumber(learner.enrolledCourseIds.length, 'ko'), tr);
    el('td', formatPercent(completion(learner), 'ko'), tr);
    el('td', formatDuration(learner.studySecLast30Days, 'ko'), tr);
    el('td', learner.lastActiveAt ? formatDate(learner.lastActiveAt, 'ko', 'medium') : '-', tr);
  }
}
