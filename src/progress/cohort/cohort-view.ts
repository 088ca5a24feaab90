/**
 * The cohort view of `<seoul-learn-progress view="cohort">`, loaded only when that view is used.
 * It keeps its own filter, sort and page state and asks the element to re-render on change.
 */
import { html, nothing, svg, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Announcer } from '../../core/announcer.js';
import { createEvent } from '../../core/events.js';
import { formatDate, formatDateTime, formatDuration, formatNumber, formatPercent } from '../../core/format.js';
import { below, heading, type HeadingLevel } from '../../core/headings.js';
import { localize, type Locale } from '../../core/i18n.js';
import { icon, type IconData } from '../../core/icons.js';
import { calendarCheck, calendarEvent, trophy, users } from '../../core/generated/icons.js';
import { SCHOOL_LEVELS, type CohortLearner, type CohortSummary, type SchoolLevel } from '../../data/types.js';
import { seoulDateKey } from '../../data/time.js';
import { bar, text } from '../progress.parts.js';
import type { CohortExportedDetail } from '../progress.types.js';
import { sharedViewStyles } from '../progress.view.styles.js';
import { cohortStyles } from './cohort.styles.js';
import { cohortMessages, type CohortMessages } from './cohort.messages.js';
import {
  BUCKETS,
  activeWithin,
  averageCompletion,
  completion,
  filterLearners,
  histogram,
  sortLearners,
  toCsv,
  type Sort,
  type SortKey,
} from './cohort.stats.js';

export { sanitizeCohortSummary } from './cohort.sanitize.js';

/** Learners per page of the table. */
export const PAGE_SIZE = 20;

const COLUMNS: readonly SortKey[] = ['id', 'grade', 'courses', 'completion', 'study', 'active'];
const COLUMN_LABEL = {
  id: 'id',
  grade: 'grade',
  courses: 'courseCount',
  completion: 'completion',
  study: 'study',
  active: 'active',
} as const;

/** The cohort view's styles, which the dashboard adopts once the view has loaded. */
export const viewStyles = [sharedViewStyles, cohortStyles];

export class CohortView {
  private level?: SchoolLevel | undefined;
  private courseId?: string | undefined;
  private sort: Sort = { key: 'completion', descending: true };
  private page = 0;
  private readonly announcer: Announcer;
  private memo?: { summary: CohortSummary; key: string; learners: CohortLearner[]; sorted: CohortLearner[] };

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    this.announcer = new Announcer(host);
  }

  /** Applies a change of filter, sort or page; says `status` when given, else stops saying the last one. */
  private change(update: () => void, status = ''): void {
    update();
    if (status) this.announcer.announce(status);
    else this.announcer.clear();
  }

  /** The filtered and sorted learners, recomputed only when the data, a filter or the sort changes. */
  private derive(summary: CohortSummary): { learners: CohortLearner[]; sorted: CohortLearner[] } {
    const key = `${this.level}|${this.courseId}|${this.sort.key}|${this.sort.descending}`;
    if (this.memo?.summary !== summary || this.memo.key !== key) {
      const learners = filterLearners(summary.learners, { level: this.level, courseId: this.courseId });
      this.memo = { summary, key, learners, sorted: sortLearners(learners, this.sort) };
    }
    return this.memo;
  }

  /** The cohort view: its title at `top`, its section headings one below. */
  render(summary: CohortSummary, locale: Locale, top: HeadingLevel): TemplateResult {
    const m = cohortMessages(locale);
    const level = below(top);
    const n = (value: number) => formatNumber(value, locale);
    const { learners, sorted } = this.derive(summary);
    const now = new Date(summary.generatedAt);
    const share = (count: number) => m.ofLearners(formatPercent(learners.length ? count / learners.length : 0, locale));
    // Icons beside the words that say the same: decorative.
    const card = (id: string, data: IconData, title: string, figure: string, detail: string) =>
      html`<section class="card" aria-labelledby=${id}>
        ${heading(level, 'title', html`<span class="badge">${icon(data)}</span>${title}`, { id })}
        <p class="figure">${figure}</p>
        <p class="muted small">${detail}</p>
      </section>`;
    const active7 = activeWithin(learners, now, 7);
    const active30 = activeWithin(learners, now, 30);
    return html`<div class="root" part="cohort">
      <header class="head">
        ${heading(top, 'title', m.title(summary.region), { id: 'k-title' })}
        <p class="muted small">${m.asOf(formatDateTime(now, locale))}</p>
      </header>
      ${this.filters(summary, m, locale)} ${this.announcer.render()}
      <div class="cards">
        ${card('k-learners', users, m.learners, m.people(n(learners.length)), m.ofAll(n(summary.learners.length)))}
        ${card('k-active7', calendarEvent, m.active7, m.people(n(active7)), share(active7))}
        ${card('k-active30', calendarCheck, m.active30, m.people(n(active30)), share(active30))}
        ${card('k-average', trophy, m.average, formatPercent(averageCompletion(learners), locale), m.averageNote)}
      </div>
      ${this.histogram(learners, m, locale, level)} ${this.courses(summary, m, locale, level)}
      ${this.table(sorted, summary, m, locale, level)}
    </div>`;
  }

  private filters(summary: CohortSummary, m: CohortMessages, locale: Locale): TemplateResult {
    const onLevel = (event: Event) =>
      this.change(() => {
        this.level = ((event.target as HTMLSelectElement).value || undefined) as SchoolLevel | undefined;
        this.page = 0;
      });
    const onCourse = (event: Event) =>
      this.change(() => {
        this.courseId = (event.target as HTMLSelectElement).value || undefined;
        this.page = 0;
      });
    return html`<fieldset class="filters">
      <legend>${m.filters}</legend>
      <label>
        ${m.level}
        <select name="level" @change=${onLevel}>
          <option value="" ?selected=${!this.level}>${m.all}</option>
          ${SCHOOL_LEVELS.map((level) => html`<option value=${level} ?selected=${this.level === level}>${m.levelName(level)}</option>`)}
        </select>
      </label>
      <label>
        ${m.course}
        <select name="course" @change=${onCourse}>
          <option value="" ?selected=${!this.courseId}>${m.all}</option>
          ${summary.courses.map((course) => {
            // An option holds text only, so a Korean fallback is marked on the option itself.
            const title = localize(course.title, locale);
            return html`<option
              value=${course.courseId}
              lang=${title.lang === locale ? nothing : title.lang}
              ?selected=${this.courseId === course.courseId}
            >
              ${title.value}
            </option>`;
          })}
        </select>
      </label>
    </fieldset>`;
  }

  private histogram(
    learners: readonly CohortLearner[],
    m: CohortMessages,
    locale: Locale,
    level: HeadingLevel,
  ): TemplateResult {
    const counts = histogram(learners);
    const max = Math.max(1, ...counts);
    const label = (i: number) =>
      `${formatPercent(BUCKETS[i]!, locale)}–${formatPercent(i === BUCKETS.length - 1 ? 1 : BUCKETS[i + 1]! - 0.01, locale)}`;
    const summary = m.histogramSummary(
      counts.map((count, i) => `${label(i)} ${m.people(formatNumber(count, locale))}`).join(', '),
    );
    return html`<section aria-labelledby="k-hist">
      ${heading(level, 'title', m.histogram, { id: 'k-hist' })}
      <figure class="chart">
        <svg class="histogram" viewBox="0 0 500 170" role="img" aria-labelledby="hist-summary">
          <line class="axis" x1="0" x2="500" y1="140.5" y2="140.5"></line>
          ${counts.map((count, i) => {
            const height = (count / max) * 110;
            return svg`<rect class="day" x=${i * 100 + 20} y=${140 - height} width="60" height=${height}></rect>
              <text x=${i * 100 + 50} y=${132 - height} text-anchor="middle">${formatNumber(count, locale)}</text>
              <text x=${i * 100 + 50} y="162" text-anchor="middle">${label(i)}</text>`;
          })}
        </svg>
        <figcaption id="hist-summary">${summary}</figcaption>
      </figure>
      <details>
        <summary>${m.showTable}</summary>
        <div class="table-wrap" role="region" tabindex="0" aria-labelledby="hist-caption">
          <table>
            <caption id="hist-caption">
              ${m.histogramCaption}
            </caption>
            <thead>
              <tr>
                <th scope="col">${m.range}</th>
                <th scope="col">${m.learners}</th>
              </tr>
            </thead>
            <tbody>
              ${counts.map(
                (count, i) =>
                  html`<tr>
                    <th scope="row">${label(i)}</th>
                    <td>${formatNumber(count, locale)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </details>
    </section>`;
  }

  private courses(summary: CohortSummary, m: CohortMessages, locale: Locale, level: HeadingLevel): TemplateResult {
    const courses = [...summary.courses].sort((a, b) => b.enrolled - a.enrolled);
    return html`<section aria-labelledby="k-courses">
      ${heading(level, 'title', m.courses, { id: 'k-courses' })}
      <div class="table-wrap" role="region" tabindex="0" aria-labelledby="courses-caption">
        <table>
          <caption id="courses-caption">
            ${m.coursesCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${m.course}</th>
              <th scope="col">${m.enrolled}</th>
              <th scope="col">${m.completed}</th>
              <th scope="col">${m.rate}</th>
            </tr>
          </thead>
          <tbody>
            ${courses.map((course, i) => {
              const rate = formatPercent(course.enrolled ? course.completed / course.enrolled : 0, locale);
              return html`<tr>
                <th scope="row" id="k-c${i}">${text(course.title, locale)}</th>
                <td>${formatNumber(course.enrolled, locale)}</td>
                <td>${formatNumber(course.completed, locale)}</td>
                <td class="rate">${rate} ${bar(course.completed, course.enrolled, `k-c${i}`, rate)}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private table(
    sorted: readonly CohortLearner[],
    summary: CohortSummary,
    m: CohortMessages,
    locale: Locale,
    level: HeadingLevel,
  ): TemplateResult {
    const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
    const page = Math.min(this.page, pages - 1);
    const rows = sorted.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
    const n = (value: number) => formatNumber(value, locale);
    const goTo = (target: number) => () => this.change(() => (this.page = target), m.page(n(target + 1), n(pages)));
    const header = (key: SortKey) => {
      const label = m[COLUMN_LABEL[key]];
      const active = this.sort.key === key;
      const onSort = () => {
        const descending = active ? !this.sort.descending : key !== 'id' && key !== 'grade';
        this.change(
          () => {
            this.sort = { key, descending };
            this.page = 0;
          },
          m.sorted(label, descending),
        );
      };
      return html`<th scope="col" aria-sort=${active ? (this.sort.descending ? 'descending' : 'ascending') : nothing}>
        <button class="sort" type="button" @click=${onSort}>
          ${label}<span aria-hidden="true">${active ? (this.sort.descending ? ' ▼' : ' ▲') : ' ↕'}</span>
        </button>
      </th>`;
    };
    return html`<section aria-labelledby="k-table">
      ${heading(level, 'title', m.table, { id: 'k-table' })}
      <div class="table-wrap" role="region" tabindex="0" aria-labelledby="learners-caption">
        <table class="learners">
          <caption id="learners-caption">
            ${rows.length ? m.showing(n(page * PAGE_SIZE + 1), n(page * PAGE_SIZE + rows.length), n(sorted.length)) : m.noMatch}
          </caption>
          <thead>
            <tr>
              ${COLUMNS.map(header)}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (learner) =>
                html`<tr>
                  <th scope="row">${learner.pseudonymousId}</th>
                  <td>${m.gradeText(learner.schoolLevel, n(learner.grade))}</td>
                  <td>${n(learner.enrolledCourseIds.length)}</td>
                  <td>
                    ${formatPercent(completion(learner), locale)}
                    (${n(learner.completedLessons)}/${n(learner.totalLessons)})
                  </td>
                  <td>
                    ${
                      learner.studySecLast30Days > 0
                        ? formatDuration(learner.studySecLast30Days, locale)
                        : html`<span aria-hidden="true">—</span><span class="visually-hidden">${m.noStudy}</span>`
                    }
                  </td>
                  <td>${learner.lastActiveAt ? formatDate(learner.lastActiveAt, locale, 'medium') : m.never}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <nav class="pager" aria-label=${m.table}>
        <button class="action secondary" type="button" ?disabled=${page === 0} @click=${goTo(page - 1)}>
          ${m.previous}
        </button>
        <span>${m.page(n(page + 1), n(pages))}</span>
        <button class="action secondary" type="button" ?disabled=${page >= pages - 1} @click=${goTo(page + 1)}>
          ${m.next}
        </button>
        <button class="action" type="button" @click=${() => this.download(sorted, summary, m)}>${m.download}</button>
      </nav>
    </section>`;
  }

  /** Offers the filtered, sorted table (every page) as a CSV file through a Blob URL. */
  private download(learners: readonly CohortLearner[], summary: CohortSummary, m: CohortMessages): void {
    const csv = cohortCsv(learners, m);
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `seoul-learn-cohort-${summary.region || 'region'}-${seoulDateKey(new Date(summary.generatedAt))}.csv`;
    link.click();
    // Revoke after the click has been handled, so the download has started.
    setTimeout(() => URL.revokeObjectURL(url), 0);
    this.change(() => undefined, m.downloaded(String(learners.length)));
    this.host.dispatchEvent(
      createEvent<CohortExportedDetail>('seoul-learn-cohort-exported', { rows: learners.length }),
    );
  }
}

/** The learner table as CSV text, with a header row in the active locale. */
export function cohortCsv(learners: readonly CohortLearner[], m: CohortMessages): string {
  return toCsv([
    [
      m.id,
      m.level,
      m.gradeNumber,
      m.courseCount,
      m.completedLessons,
      m.totalLessons,
      m.completionPercent,
      m.studyMinutes,
      m.activeDate,
    ],
    ...learners.map((l) => [
      l.pseudonymousId,
      m.levelName(l.schoolLevel),
      l.grade,
      l.enrolledCourseIds.length,
      l.completedLessons,
      l.totalLessons,
      Math.round(completion(l) * 1000) / 10,
      Math.round(l.studySecLast30Days / 60),
      l.lastActiveAt ? seoulDateKey(new Date(l.lastActiveAt)) : '',
    ]),
  ]);
}
