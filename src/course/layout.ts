import { html, nothing, type TemplateResult } from 'lit';
import { heading, type HeadingLevel } from '../core/headings.js';
import { localize, type Locale } from '../core/i18n.js';
import type { Course } from '../data/types.js';
import { lessonsOf } from './lesson-controller.js';
import type { CourseMessages } from './messages.js';

/** The parts of a loaded course's layout that its details module renders (see course-details.ts). */
export interface LayoutParts {
  /** The course's lesson count and length, after the instructor. */
  readonly meta: unknown;
  readonly outline: unknown;
}

/** What the layout shows of a course whose details have not rendered yet: their skeleton's bones. */
export const BONES: LayoutParts = {
  meta: html`<span class="bone text meta-bone"></span>`,
  outline: html`<div class="bone outline-bone"></div>`,
};

/**
 * The loaded course: its title, instructor, lesson count and length at `level`, then the lesson
 * column beside the outline (or word that the course has no lessons yet).
 */
export function renderLayout(
  level: HeadingLevel,
  course: Course,
  locale: Locale,
  m: CourseMessages,
  lessonColumn: unknown,
  parts: LayoutParts,
): TemplateResult {
  const title = localize(course.title, locale);
  const instructor = localize(course.instructor, locale);
  return html`<header class="head">
      ${heading(level, 'course-title', title.value, { lang: title.lang === locale ? nothing : title.lang })}
      <p class="meta">
        <span lang=${instructor.lang === locale ? nothing : instructor.lang}>${instructor.value}</span>${
          parts.meta === nothing ? nothing : html` · ${parts.meta}`
        }
      </p>
    </header>
    ${
      lessonsOf(course).length === 0
        ? html`<p class="problem">${m.empty}</p>`
        : html`<div class="layout">
            <div class="main" part="lesson">${lessonColumn}</div>
            ${parts.outline}
          </div>`
    }`;
}
