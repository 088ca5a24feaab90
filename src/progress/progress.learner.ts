/**
 * The learner view: overview cards, courses, activity, weekly goal, recent lessons. Loaded by
 * the element together with the learner's data, so it is not in the element's initial JavaScript.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { below, heading, type HeadingLevel } from '../core/headings.js';
import { warnOnce } from '../core/warn.js';
import { localize, type Locale } from '../core/i18n.js';
import { formatClock, formatDate, formatDuration, formatNumber, formatPercent } from '../core/format.js';
import type { LearnerSummary, LocalizedText } from '../data/types.js';
import { activityChart } from './progress.chart.js';
import type { LearnerMessages } from './progress.learner.messages.js';
import type { WeeklyGoalForm } from './progress.goal.js';
import { bar } from './progress.parts.js';
import { lessonTotals } from './progress.sanitize.js';
export { sanitizeLearnerSummary } from './progress.sanitize.js';
export { seoulToday } from './progress.stats.js';
export { learnerMessages } from './progress.learner.messages.js';
export { WeeklyGoalForm } from './progress.goal.js';
import { learnerStyles } from './progress.learner.styles.js';
import { sharedViewStyles } from './progress.view.styles.js';
import { chartWeeks, streaks, weekSeconds } from './progress.stats.js';
import { GOAL_MAX_MINUTES, GOAL_MIN_MINUTES } from './progress.goal.js';

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
function continueAction(
  ctx: LearnerViewContext,
  courseId: string,
  lessonId: string,
  label: string,
  context: LocalizedText,
) {
  const href = ctx.href(courseId, lessonId);
  const { value, lang } = localize(context, ctx.locale);
  const l = langOf(lang, ctx.locale);
  return href
    ? html`<a part="continue" class="action" href=${href}
        >${label}<span class="visually-hidden">: <span lang=${l}>${value}</span></span></a
      >`
    : html`<button
        part="continue"
        class="action"
        type="button"
        data-course=${courseId}
        data-lesson=${lessonId}
        @click=${ctx.onContinue}
      >
        ${label}<span class="visually-hidden">: <span lang=${l}>${value}</span></span>
      </button>`;
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
        ${heading(ctx.level, 'title', m.overall, { id: 'overall' })}
        <p class="figure">${formatPercent(total ? done / total : 0, locale)}</p>
        ${bar(done, total, 'overall', formatPercent(total ? done / total : 0, locale))}
        <p class="muted">${m.overallDetail(n(done), n(total), n(summary.courses.length))}</p>
      </section>
      <section class="card" aria-labelledby="week">
        ${heading(ctx.level, 'title', m.thisWeek, { id: 'week' })}
        <p class="figure">${formatDuration(week, locale)}</p>
        ${bar(week, goalSec, 'week', weekText)}
        <p class="muted">${weekText}${week >= goalSec ? html` <strong>${m.goalReached}</strong>` : nothing}</p>
        <p class="muted small">${m.weekNote}</p>
      </section>
      <section class="card" aria-labelledby="streak">
        ${heading(ctx.level, 'title', m.streak, { id: 'streak' })}
        <dl class="streaks">
          <div>
            <dt>${m.current}</dt>
            <dd class="figure">${m.days(n(streak.current))}</dd>
          </div>
          <div>
            <dt>${m.longest}</dt>
            <dd class="figure">${m.days(n(streak.longest))}</dd>
          </div>
        </dl>
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
          return html`<li class="course">
            ${heading(below(ctx.level), 'subtitle', html`<span lang=${langOf(title.lang, locale)}>${title.value}</span>`, { id: `c${i}` })}
            <progress
              part="bar"
              max=${max}
              .value=${Math.min(course.completedLessons, max)}
              aria-labelledby="c${i}"
              aria-valuetext=${done}
            ></progress>
            <p class="muted">${done}</p>
            ${
              course.nextLessonId
                ? continueAction(ctx, course.courseId, course.nextLessonId, m.continue, course.title)
                : html`<p class="done">✓ ${m.courseDone}</p>`
            }
          </li>`;
        })}
      </ul>
    </section>
  `;
}

function goalForm(ctx: LearnerViewContext): TemplateResult {
  const { m, summary, locale } = ctx;
  const { message: goalMessage, busy, submit } = ctx.goal;
  return html`
    <section aria-labelledby="goal" part="goal">
      ${heading(ctx.level, 'title', m.goal, { id: 'goal' })}
      <form class="goal" novalidate @submit=${submit}>
        <label for="goal-input">${m.goalInput}</label>
        <input
          id="goal-input"
          name="minutes"
          type="number"
          inputmode="numeric"
          min=${GOAL_MIN_MINUTES}
          max=${GOAL_MAX_MINUTES}
          step="10"
          .value=${String(summary.weeklyGoalMinutes)}
          aria-invalid=${goalMessage?.error ? 'true' : 'false'}
          aria-describedby="goal-message"
        />
        <button class="action" type="submit" aria-disabled=${busy ? 'true' : 'false'}>${m.save}</button>
      </form>
      <p id="goal-message" role="status" class=${goalMessage?.error ? 'error' : 'muted'}>${goalMessage?.text ?? ''}</p>
      <p class="muted small">${m.goal}: ${formatDuration(summary.weeklyGoalMinutes * 60, locale)}</p>
    </section>
  `;
}

function recent(ctx: LearnerViewContext): TemplateResult {
  const { summary, locale, m } = ctx;
  if (summary.recentLessons.length === 0) return html``;
  return html`
    <section aria-labelledby="recent" part="recent">
      ${heading(ctx.level, 'title', m.recent, { id: 'recent' })}
      <ul class="recent">
        ${summary.recentLessons.map((lesson) => {
          const title = localize(lesson.lessonTitle, locale);
          const course = localize(lesson.courseTitle, locale);
          return html`<li>
            <div>
              <p class="strong"><span lang=${langOf(title.lang, locale)}>${title.value}</span></p>
              <p class="muted small">
                <span lang=${langOf(course.lang, locale)}>${course.value}</span> ·
                <time datetime=${lesson.at}>${formatDate(lesson.at, locale, 'medium')}</time>
              </p>
              <p class="muted small">
                ${
                  lesson.completed
                    ? `✓ ${m.completed}`
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
    ${overview(ctx)} ${courses(ctx)}
    <section aria-labelledby="activity" part="activity">
      ${heading(ctx.level, 'title', ctx.m.activity, { id: 'activity' })}
      ${activityChart(chartWeeks(ctx.summary.dailyStudy, ctx.today), ctx.m, ctx.locale)}
    </section>
    ${goalForm(ctx)} ${recent(ctx)}
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
