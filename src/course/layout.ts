import { html, nothing, type TemplateResult } from 'lit';
import { formatDuration } from '../core/format.js';
import { heading, type HeadingLevel } from '../core/headings.js';
import { localize } from '../core/i18n.js';
import { lessonsOf } from './lesson-controller.js';
import { renderOutline, type OutlineView } from './outline.js';

/**
 * The loaded course: its title, instructor, lesson count and length at `level`, then the lesson
 * column beside the outline (or word that the course has no lessons yet).
 */
export function renderLayout(level: HeadingLevel, lessonColumn: unknown, outline: OutlineView): TemplateResult {
  const { course, locale, m } = outline;
  const title = localize(course.title, locale);
  const instructor = localize(course.instructor, locale);
  const lessons = lessonsOf(course);
  return html`<header class="head">
      ${heading(level, 'course-title', title.value, { lang: title.lang === locale ? nothing : title.lang })}
      <p class="meta">
        <span lang=${instructor.lang === locale ? nothing : instructor.lang}>${instructor.value}</span> ·
        ${m.lessonCount(lessons.length)} · ${formatDuration(course.totalDurationSec, locale)}
      </p>
    </header>
    ${
      lessons.length === 0
        ? html`<p class="problem">${m.empty}</p>`
        : html`<div class="layout">
            <div class="main" part="lesson">${lessonColumn}</div>
            ${renderOutline(outline)}
          </div>`
    }`;
}
