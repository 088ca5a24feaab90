import { css, html, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { SeoulLearnElement, baseStyles } from '../src/core/base-element.js';
import { dataSourceOf } from '../src/core/data-source.js';
import { defineOnce } from '../src/core/define.js';
import { formatDuration } from '../src/core/format.js';
import { defineMessages, localize } from '../src/core/i18n.js';
import type { CourseSummary, DataSource, SchoolLevel } from '../src/data/types.js';

const messages = defineMessages({
  ko: {
    loading: '강좌 목록을 불러오는 중입니다…',
    failed: '강좌 목록을 불러오지 못했습니다.',
    retry: '다시 시도',
    lessons: (count: number) => `${count}강`,
  },
  en: {
    loading: 'Loading courses…',
    failed: 'Could not load the courses.',
    retry: 'Try again',
    lessons: (count: number) => `${count} lessons`,
  },
});

const LEVELS: Record<'ko' | 'en', Record<SchoolLevel, string>> = {
  ko: { elementary: '초등', middle: '중등', high: '고등' },
  en: { elementary: 'Elementary', middle: 'Middle school', high: 'High school' },
};

/**
 * A demo-site catalogue built on the public `DataSource` API, the way a partner could build one:
 * it lists every course through whatever data source the provider supplies.
 */
export class DemoCourseCatalogue extends SeoulLearnElement {
  static override styles = [
    baseStyles,
    css`
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 16px;
        grid-template-columns: repeat(auto-fill, minmax(240px, 1fr));
      }
      li {
        border: 1px solid var(--seoul-learn-color-border, #6d7882);
        border-radius: var(--seoul-learn-radius-md, 8px);
        padding: 16px;
        background: var(--seoul-learn-color-surface, #fff);
      }
      h3 {
        margin: 4px 0 8px;
        font-size: var(--seoul-learn-font-size-lg, 1.125em);
      }
      p {
        margin: 0;
      }
      .meta {
        color: var(--seoul-learn-color-on-surface-muted, #464c53);
        font-size: var(--seoul-learn-font-size-sm, 0.875em);
      }
      .badge {
        display: inline-block;
        padding: 2px 8px;
        border-radius: var(--seoul-learn-radius-pill, 999px);
        background: var(--seoul-learn-color-primary-subtle, #ecf2fe);
        color: var(--seoul-learn-color-on-primary-subtle, #0b50d0);
        font-size: var(--seoul-learn-font-size-sm, 0.875em);
        font-weight: 700;
      }
      button {
        font: inherit;
        min-height: 40px;
        padding: 6px 16px;
        border-radius: var(--seoul-learn-radius-md, 8px);
        border: 1px solid var(--seoul-learn-color-primary, #256ef4);
        background: var(--seoul-learn-color-primary, #256ef4);
        color: var(--seoul-learn-color-on-primary, #fff);
        cursor: pointer;
      }
    `,
  ];

  @state() private courses?: CourseSummary[];
  @state() private failed = false;
  private loadedFrom?: DataSource;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.loadedFrom !== dataSourceOf(this.settings)) void this.load();
  }

  private async load(): Promise<void> {
    const source = dataSourceOf(this.settings);
    this.loadedFrom = source;
    this.failed = false;
    this.courses = undefined;
    try {
      const courses = await source.listCourses();
      if (source === this.loadedFrom) this.courses = courses;
    } catch {
      if (source === this.loadedFrom) this.failed = true;
    }
  }

  protected override render() {
    const locale = this.settings.locale;
    const t = messages(locale);
    if (this.failed) {
      return html`<div role="alert" lang=${locale}>
        <p>${t.failed}</p>
        <button type="button" @click=${() => void this.load()}>${t.retry}</button>
      </div>`;
    }
    if (!this.courses) return html`<p role="status" lang=${locale}>${t.loading}</p>`;
    return html`<ul lang=${locale}>
      ${this.courses.map((course) => {
        const title = localize(course.title, locale);
        const description = localize(course.description, locale);
        return html`<li>
          <span class="badge">${LEVELS[locale][course.schoolLevel]}</span>
          <h3 lang=${title.lang}>${title.value}</h3>
          <p lang=${description.lang}>${description.value}</p>
          <p class="meta">${t.lessons(course.lessonCount)} · ${formatDuration(course.totalDurationSec, locale)}</p>
        </li>`;
      })}
    </ul>`;
  }
}

defineOnce('demo-course-catalogue', DemoCourseCatalogue);
