/**
 * The learner view: the continue-learning card, overview cards, activity and weekly goal, courses,
 * recent lessons. Loaded by
 * the element together with the learner's data, so it is not in the element's initial JavaScript.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { below, heading, type HeadingLevel } from '../core/headings.js';
import { warnOnce } from '../core/warn.js';
import { localize, type Locale } from '../core/i18n.js';
import { formatClock, formatDate, formatDuration, formatNumber, formatPercent } from '../core/format.js';
import type { CourseProgressSummary, LearnerSummary, LocalizedText, RecentLesson } from '../data/types.js';
import { icon, type IconData } from '../core/icons.js';
import {
  book,
  chevronRight,
  circleCheck,
  clock,
  flame,
  minus,
  playerPlay,
  plus,
  target,
  trophy,
} from '../core/generated/icons.js';
import { activityChart } from './progress.chart.js';
import type { LearnerMessages } from './progress.learner.messages.js';
import type { WeeklyGoalForm } from './progress.goal.js';
import { bar, fill } from './progress.parts.js';
import { lessonTotals } from './progress.sanitize.js';
export { sanitizeLearnerSummary } from './progress.sanitize.js';
export { seoulToday } from './progress.stats.js';
export { learnerMessages } from './progress.learner.messages.js';
export { WeeklyGoalForm } from './progress.goal.js';
import { learnerStyles } from './progress.learner.styles.js';
import { sharedViewStyles } from './progress.view.styles.js';
import { chartWeeks, secondsByDay, streaks, weekSeconds, weekStart } from './progress.stats.js';
import { addDays } from '../data/time.js';
import { GOAL_MAX_MINUTES, GOAL_MIN_MINUTES, goalText } from './progress.goal.js';

/** Recent lessons shown: enough to pick up where one stopped, whatever a data source sends. */
export const RECENT_LIMIT = 10;

/**
 * The link for a lesson from the host's `course-href` template (`{courseId}`, `{lessonId}`
 * replaced, URI-encoded), or undefined without a template or when the result is not an http(s)
 * or relative URL (with one warning on `host`): then the view shows buttons instead.
 */
export function lessonHref(
  host: HTMLElement,
  template: string | undefined,
  courseId: string,
  lessonId: string,
): string | undefined {
  if (!template) return undefined;
  const href = template
    .replaceAll('{courseId}', encodeURIComponent(courseId))
    .replaceAll('{lessonId}', encodeURIComponent(lessonId));
  try {
    if (['http:', 'https:'].includes(new URL(href, document.baseURI).protocol)) return href;
  } catch {
    // Falls through to the warning: an unparsable template is as unusable as a script URL.
  }
  warnOnce(
    host,
    'course-href',
    `<seoul-learn-progress> course-href="${template}" is not an http(s) or relative URL; showing buttons instead.`,
  );
  return undefined;
}

/** The learner view's styles, which the dashboard adopts once the view has loaded. */
export const viewStyles = [sharedViewStyles, learnerStyles];

/** What the learner view needs from the element. */
export interface LearnerViewContext {
  readonly summary: LearnerSummary;
  readonly locale: Locale;
  readonly m: LearnerMessages;
  /** The level of the section headings; each course's heading is one below. */
  readonly level: HeadingLevel;
  /** The Seoul day treated as today (`YYYY-MM-DD`). */
  readonly today: string;
  /** A URL for a lesson when the host gave a `course-href` template. */
  readonly href: (courseId: string, lessonId: string) => string | undefined;
  readonly onContinue: (event: Event) => void;
  /** The weekly-goal form's state and submit handler. */
  readonly goal: WeeklyGoalForm;
}

/** The `lang` of content text: none when it is in the active locale, else the fallback's. */
const langOf = (lang: Locale, locale: Locale) => (lang === locale ? nothing : lang);

// The per-row templates below (courses, recent lessons) write their pieces out in full rather
// than nesting `text()`/`bar()` templates: with 50 courses that saves hundreds of template
// instances and their markers per render, for the same elements and text.

/**
 * A "continue" action in the KRDS button hierarchy: the one primary button of the
 * continue-learning card, outlined secondary ones on the course cards, and text buttons in the
 * list of recent lessons, so that the card's button is the page's main action.
 */
function continueAction(
  ctx: LearnerViewContext,
  courseId: string,
  lessonId: string,
  label: string,
  context: LocalizedText,
  kind: 'action' | 'secondary' | 'quiet' = 'quiet',
) {
  const primary = kind === 'action';
  const href = ctx.href(courseId, lessonId);
  const { value, lang } = localize(context, ctx.locale);
  const l = langOf(lang, ctx.locale);
  const content = html`${primary ? icon(playerPlay) : nothing}${label}<span class="visually-hidden"
      >: <span lang=${l}>${value}</span></span
    >${primary ? nothing : icon(chevronRight)}`;
  return href
    ? html`<a part="continue" class=${kind} href=${href}>${content}</a>`
    : html`<button
        part="continue"
        class=${kind}
        type="button"
        data-course=${courseId}
        data-lesson=${lessonId}
        @click=${ctx.onContinue}
      >
        ${content}
      </button>`;
}

/** The lesson to pick up: the latest unfinished one watched, else the next lesson of a course. */
function nextUp(summary: LearnerSummary): { lesson?: RecentLesson; course?: CourseProgressSummary } {
  const lesson = summary.recentLessons.find((recent) => !recent.completed);
  if (lesson) return { lesson, course: summary.courses.find((course) => course.courseId === lesson.courseId) };
  return { course: summary.courses.find((course) => course.nextLessonId) };
}

/** The continue-learning card: the one thing a returning learner most likely wants, first. */
function nextCard(ctx: LearnerViewContext): TemplateResult | typeof nothing {
  const { summary, locale, m } = ctx;
  const { lesson, course } = nextUp(summary);
  if (!lesson && !course?.nextLessonId) return nothing;
  const n = (value: number) => formatNumber(value, locale);
  const done = course ? m.lessonsDone(n(course.completedLessons), n(course.totalLessons)) : '';
  const courseTitle = localize(lesson?.courseTitle ?? course!.title, locale);
  const lessonTitle = lesson ? localize(lesson.lessonTitle, locale) : undefined;
  const watched = lesson ? m.watched(formatClock(lesson.positionSec), formatClock(lesson.durationSec)) : done;
  return html`<section class="next" part="next" aria-labelledby="next">
    ${heading(ctx.level, 'title', m.next, { id: 'next' })}
    ${
      lessonTitle
        ? html`<p class="course-name">
              ${icon(book)}<span lang=${langOf(courseTitle.lang, locale)}>${courseTitle.value}</span>
            </p>
            <p class="lesson-name" id="next-lesson">
              <span lang=${langOf(lessonTitle.lang, locale)}>${lessonTitle.value}</span>
            </p>`
        : html`<p class="lesson-name" id="next-lesson">
            <span lang=${langOf(courseTitle.lang, locale)}>${courseTitle.value}</span>
          </p>`
    }
    ${
      lesson
        ? bar(lesson.positionSec, lesson.durationSec, 'next-lesson', watched)
        : bar(course!.completedLessons, course!.totalLessons, 'next-lesson', done)
    }
    <p class="muted small">${lesson && done ? `${watched} · ${done}` : watched}</p>
    ${
      lesson
        ? continueAction(ctx, lesson.courseId, lesson.lessonId, m.resume, lesson.lessonTitle, 'action')
        : continueAction(ctx, course!.courseId, course!.nextLessonId!, m.continue, course!.title, 'action')
    }
  </section>`;
}

/** A card heading with its icon: decorative, since the heading's words say the same. */
const titled = (ctx: LearnerViewContext, data: IconData, title: string, id: string) =>
  heading(ctx.level, 'title', html`<span class="badge">${icon(data)}</span>${title}`, { id });

/**
 * This week's days under the streak, a flame on each day studied: a picture of the streak only,
 * since the activity chart names each day and its time for screen readers.
 */
function weekDays(ctx: LearnerViewContext): TemplateResult {
  const start = weekStart(ctx.today);
  const studied = secondsByDay(ctx.summary.dailyStudy);
  const narrow = ctx.m.weekdaysNarrow.split(' ');
  return html`<ol class="week-days" aria-hidden="true">
    ${narrow.map((name, d) => {
      const day = addDays(start, d);
      const state = day > ctx.today ? 'later' : (studied.get(day) ?? 0) > 0 ? 'on' : 'off';
      return html`<li class=${state}><span class="dot">${state === 'on' ? icon(flame) : nothing}</span>${name}</li>`;
    })}
  </ol>`;
}

function overview(ctx: LearnerViewContext): TemplateResult {
  const { summary, locale, m, today } = ctx;
  const n = (value: number) => formatNumber(value, locale);
  const { done, total } = lessonTotals(summary.courses);
  const week = weekSeconds(summary.dailyStudy, today);
  const goalSec = summary.weeklyGoalMinutes * 60;
  const streak = streaks(summary.dailyStudy, today);
  const weekText = m.ofGoal(formatDuration(week, locale), formatDuration(goalSec, locale));
  return html`
    <div class="cards" part="overview">
      <section class="card" aria-labelledby="overall">
        ${titled(ctx, trophy, m.overall, 'overall')}
        <p class="figure">${formatPercent(total ? done / total : 0, locale)}</p>
        ${bar(done, total, 'overall', formatPercent(total ? done / total : 0, locale))}
        <p class="muted small">${m.overallDetail(n(done), n(total), n(summary.courses.length))}</p>
      </section>
      <section class="card" aria-labelledby="week">
        ${titled(ctx, clock, m.thisWeek, 'week')}
        <p class="figure">${formatDuration(week, locale)}</p>
        ${bar(week, goalSec, 'week', weekText)}
        <p class="muted small">${weekText}</p>
        ${week >= goalSec ? html`<p class="reached">${icon(circleCheck)} ${m.goalReached}</p>` : nothing}
        <p class="muted small">${m.weekNote}</p>
      </section>
      <section class="card" aria-labelledby="streak">
        ${titled(ctx, flame, m.streak, 'streak')}
        <dl class="streaks">
          <div>
            <dt class="muted small">${m.current}</dt>
            <dd class="figure">${m.days(n(streak.current))}</dd>
          </div>
          <div>
            <dt class="muted small">${m.longest}</dt>
            <dd class="figure">${m.days(n(streak.longest))}</dd>
          </div>
        </dl>
        ${weekDays(ctx)}
      </section>
    </div>
  `;
}

function courses(ctx: LearnerViewContext): TemplateResult {
  const { summary, locale, m } = ctx;
  return html`
    <section aria-labelledby="courses" part="courses">
      ${heading(ctx.level, 'title', m.courses, { id: 'courses' })}
      <ul class="courses">
        ${summary.courses.map((course, i) => {
          const done = m.lessonsDone(
            formatNumber(course.completedLessons, locale),
            formatNumber(course.totalLessons, locale),
          );
          const title = localize(course.title, locale);
          const max = Math.max(1, course.totalLessons);
          const value = Math.min(course.completedLessons, max);
          const finished = course.totalLessons > 0 && course.completedLessons >= course.totalLessons;
          return html`<li class="course">
            <p>
              ${
                finished
                  ? html`<span class="tag success">${icon(circleCheck)} ${m.courseDone}</span>`
                  : html`<span class="tag">${m.percentDone(formatPercent(value / max, locale))}</span>`
              }
            </p>
            ${heading(below(ctx.level), 'subtitle', html`<span lang=${langOf(title.lang, locale)}>${title.value}</span>`, { id: `c${i}` })}
            <div
              class="meter"
              part="bar"
              role="progressbar"
              aria-labelledby="c${i}"
              aria-valuemin="0"
              aria-valuemax=${max}
              aria-valuenow=${value}
              aria-valuetext=${done}
            >
              <div class="fill" ${fill(value / max)}></div>
            </div>
            <p class="muted small">${done}</p>
            ${
              course.nextLessonId
                ? continueAction(ctx, course.courseId, course.nextLessonId, m.continue, course.title, 'secondary')
                : nothing
            }
          </li>`;
        })}
      </ul>
    </section>
  `;
}

function goalForm(ctx: LearnerViewContext): TemplateResult {
  const { m, summary, locale, goal } = ctx;
  const { message: goalMessage, busy, submit } = goal;
  const minutes = goal.value(summary.weeklyGoalMinutes);
  const text = goalText(minutes, locale);
  return html`
    <section class="card" aria-labelledby="goal" part="goal">
      ${titled(ctx, target, m.goal, 'goal')}
      <form class="goal" novalidate @submit=${submit}>
        <span id="goal-label" class="muted small">${m.goalLabel}</span>
        <div class="stepper">
          <button
            class="step"
            type="button"
            aria-label=${m.less}
            aria-disabled=${minutes <= GOAL_MIN_MINUTES ? 'true' : 'false'}
            @click=${goal.less}
          >
            ${icon(minus)}
          </button>
          <div
            id="goal-input"
            class="spin"
            role="spinbutton"
            tabindex="0"
            aria-labelledby="goal-label"
            aria-describedby="goal-hint goal-message"
            aria-valuemin=${GOAL_MIN_MINUTES}
            aria-valuemax=${GOAL_MAX_MINUTES}
            aria-valuenow=${minutes}
            aria-valuetext=${text}
            aria-invalid=${goalMessage?.error ? 'true' : 'false'}
            @keydown=${goal.keydown}
          >
            ${text}
          </div>
          <button
            class="step"
            type="button"
            aria-label=${m.more}
            aria-disabled=${minutes >= GOAL_MAX_MINUTES ? 'true' : 'false'}
            @click=${goal.more}
          >
            ${icon(plus)}
          </button>
        </div>
        <p id="goal-hint" class="muted small">${m.perDay(formatDuration(Math.round(minutes / 7) * 60, locale))}</p>
        <input type="hidden" name="minutes" .value=${String(minutes)} />
        <button class="action" type="submit" aria-disabled=${busy ? 'true' : 'false'}>${m.save}</button>
      </form>
      <p id="goal-message" role="status" class=${goalMessage?.error ? 'error' : 'muted'}>${goalMessage?.text ?? ''}</p>
    </section>
  `;
}

function recent(ctx: LearnerViewContext): TemplateResult {
  const { summary, locale, m } = ctx;
  // The lesson in the continue-learning card is not listed again.
  const shown = nextUp(summary).lesson;
  const lessons = summary.recentLessons.filter((lesson) => lesson !== shown);
  if (lessons.length === 0) return html``;
  return html`
    <section aria-labelledby="recent" part="recent">
      ${heading(ctx.level, 'title', m.recent, { id: 'recent' })}
      <ul class="recent">
        ${lessons.map((lesson) => {
          const title = localize(lesson.lessonTitle, locale);
          const course = localize(lesson.courseTitle, locale);
          return html`<li>
            <div>
              <p class="strong"><span lang=${langOf(title.lang, locale)}>${title.value}</span></p>
              <p class="muted small">
                <span lang=${langOf(course.lang, locale)}>${course.value}</span> ·
                <time datetime=${lesson.at}>${formatDate(lesson.at, locale, 'medium')}</time> ·
                ${
                  lesson.completed
                    ? html`${icon(circleCheck)} ${m.completed}`
                    : m.watched(formatClock(lesson.positionSec), formatClock(lesson.durationSec))
                }
              </p>
            </div>
            ${continueAction(ctx, lesson.courseId, lesson.lessonId, lesson.completed ? m.again : m.resume, lesson.lessonTitle)}
          </li>`;
        })}
      </ul>
    </section>
  `;
}

export function learnerView(ctx: LearnerViewContext): TemplateResult {
  return html`
    ${nextCard(ctx)} ${overview(ctx)}
    <div class="pair">
      <section class="card" aria-labelledby="activity" part="activity">
        ${heading(ctx.level, 'title', ctx.m.activity, { id: 'activity' })}
        ${activityChart(chartWeeks(ctx.summary.dailyStudy, ctx.today), ctx.m, ctx.locale, ctx.today)}
      </section>
      ${goalForm(ctx)}
    </div>
    ${courses(ctx)} ${recent(ctx)}
  `;
}

/** Whether a learner has nothing to show yet: no course, no recent lesson, no study time. */
export function isEmpty(summary: LearnerSummary): boolean {
  return (
    summary.courses.length === 0 &&
    summary.recentLessons.length === 0 &&
    summary.dailyStudy.every((day) => !day.seconds)
  );
}

/** The first-step message for a learner with no courses yet. */
export function emptyView(m: LearnerMessages, level: HeadingLevel): TemplateResult {
  return html`<div class="empty" part="empty">
    ${heading(level, 'title', m.emptyTitle)}
    <p>${m.emptyBody}</p>
    <slot name="empty-action"></slot>
  </div>`;
}
