import { html, nothing, type TemplateResult } from 'lit';
import { formatDuration, formatPercent } from '../core/format.js';
import { heading, type HeadingLevel } from '../core/headings.js';
import { localize, type Locale } from '../core/i18n.js';
import { coverage } from '../data/progress.js';
import type { Course, Lesson, LessonProgress } from '../data/types.js';
import { lessonsOf } from './lesson-controller.js';
import type { CourseMessages } from './messages.js';

/** A lesson's completion state as the outline shows it. */
export interface LessonStatus {
  readonly state: 'not-started' | 'in-progress' | 'completed';
  /** Watched share, 0..1. */
  readonly progress: number;
}

/** A lesson's state from its stored progress (`undefined`: never opened). */
export function lessonStatus(
  record: Pick<LessonProgress, 'positionSec' | 'watchedSegments' | 'completed'> | undefined,
  durationSec: number,
): LessonStatus {
  if (record?.completed) return { state: 'completed', progress: 1 };
  const progress = record ? coverage(record.watchedSegments, durationSec) : 0;
  return record && (progress > 0 || record.positionSec > 0)
    ? { state: 'in-progress', progress }
    : { state: 'not-started', progress: 0 };
}

/** Tree item keys: `c:<chapter id>` for a chapter, `l:<lesson id>` for a lesson. */
export const chapterKey = (id: string): string => `c:${id}`;
export const lessonKey = (id: string): string => `l:${id}`;

/** The keys of the tree items a person can reach, in order (lessons of collapsed chapters are hidden). */
export function visibleKeys(course: Course, collapsed: ReadonlySet<string>): string[] {
  return course.chapters.flatMap((chapter) => [
    chapterKey(chapter.id),
    ...(collapsed.has(chapter.id) ? [] : chapter.lessons.map((lesson) => lessonKey(lesson.id))),
  ]);
}

/**
 * The next tree item for a key press, following the WAI-ARIA tree view pattern: ↑/↓ move,
 * Home/End jump, → opens a chapter or enters it, ← closes it or goes up to its chapter.
 * @returns the key to focus, `toggle` for a chapter to open or close, `activate`, or `undefined` for keys the tree ignores.
 */
export function treeMove(
  course: Course,
  collapsed: ReadonlySet<string>,
  current: string,
  key: string,
): { readonly focus?: string; readonly toggle?: string; readonly activate?: boolean } | undefined {
  const keys = visibleKeys(course, collapsed);
  const index = Math.max(0, keys.indexOf(current));
  const item = keys[index]!;
  const id = item.slice(2);
  const isChapter = item.startsWith('c:');
  switch (key) {
    case 'ArrowDown':
      return { focus: keys[Math.min(index + 1, keys.length - 1)]! };
    case 'ArrowUp':
      return { focus: keys[Math.max(index - 1, 0)]! };
    case 'Home':
      return { focus: keys[0]! };
    case 'End':
      return { focus: keys[keys.length - 1]! };
    case 'ArrowRight':
      if (!isChapter) return {};
      return collapsed.has(id)
        ? { toggle: id }
        : { focus: keys[index + 1]?.startsWith('l:') ? keys[index + 1]! : item };
    case 'ArrowLeft': {
      if (isChapter) return collapsed.has(id) ? {} : { toggle: id };
      const parent = course.chapters.find((chapter) => chapter.lessons.some((lesson) => lesson.id === id));
      return { focus: parent ? chapterKey(parent.id) : item };
    }
    case 'Enter':
    case ' ':
      return isChapter ? { toggle: id } : { activate: true };
    default:
      return undefined;
  }
}

/** What the outline template needs. */
export interface OutlineView {
  readonly course: Course;
  /** The level of the outline title. */
  readonly level: HeadingLevel;
  readonly locale: Locale;
  readonly m: CourseMessages;
  readonly currentId: string | undefined;
  /** The tree item in the tab order. */
  readonly tabKey: string;
  readonly collapsed: ReadonlySet<string>;
  readonly statusOf: (lesson: Lesson) => LessonStatus;
  readonly onKeydown: (event: KeyboardEvent) => void;
  readonly onLesson: (lessonId: string) => void;
  readonly onChapter: (chapterId: string) => void;
}

const MARKS = { 'not-started': '○', 'in-progress': '◐', completed: '✓' } as const;

function statusText(status: LessonStatus, m: CourseMessages, locale: Locale): string {
  if (status.state === 'completed') return m.completed;
  if (status.state === 'in-progress') return m.watched(formatPercent(status.progress, locale));
  return m.notStarted;
}

function renderLesson(view: OutlineView, lesson: Lesson, id: string, position: number, size: number): TemplateResult {
  const { m, locale } = view;
  const title = localize(lesson.title, locale);
  const status = view.statusOf(lesson);
  const current = lesson.id === view.currentId;
  const key = lessonKey(lesson.id);
  return html`<li
    role="treeitem"
    class="lesson-item ${status.state}"
    aria-level="2"
    aria-posinset=${position}
    aria-setsize=${size}
    aria-selected=${current ? 'true' : 'false'}
    aria-labelledby="${id}-title ${id}-meta"
    tabindex=${key === view.tabKey ? 0 : -1}
    data-key=${key}
    @keydown=${view.onKeydown}
    @click=${() => view.onLesson(lesson.id)}
  >
    <span class="mark" aria-hidden="true">${lesson.kind === 'external' ? '↗' : MARKS[status.state]}</span>
    <span class="lesson-text">
      <span class="lesson-title" id="${id}-title" lang=${title.lang === locale ? nothing : title.lang}
        >${title.value}</span
      >
      <span class="meta" id="${id}-meta">
        ${formatDuration(lesson.durationSec, locale)} ·
        ${statusText(status, m, locale)}${
          lesson.kind === 'external' ? ` · ${m.external}` : nothing
        }${current ? html`<span class="visually-hidden"> · ${m.current}</span>` : nothing}
      </span>
    </span>
  </li>`;
}

/** The course outline: a tree of chapters and their lessons, with overall progress above it. */
export function renderOutline(view: OutlineView): TemplateResult {
  const { course, m, locale } = view;
  const lessons = lessonsOf(course);
  const done = lessons.filter((lesson) => view.statusOf(lesson).state === 'completed').length;
  return html`<nav class="outline" part="outline" aria-labelledby="outline-title">
    ${heading(view.level, 'outline-title', m.outline, { id: 'outline-title' })}
    <p class="course-progress" id="course-progress">${m.courseProgress(done, lessons.length)}</p>
    <progress class="course-meter" max=${lessons.length} .value=${done} aria-labelledby="course-progress"></progress>
    <ul role="tree" aria-labelledby="outline-title" class="tree">
      ${course.chapters.map((chapter, index) => {
        const open = !view.collapsed.has(chapter.id);
        const title = localize(chapter.title, locale);
        const finished = chapter.lessons.filter((lesson) => view.statusOf(lesson).state === 'completed').length;
        const key = chapterKey(chapter.id);
        // A flat tree (levels and positions in ARIA attributes) keeps each item's name to its own text.
        return html`<li
            role="treeitem"
            class="chapter-item"
            aria-level="1"
            aria-posinset=${index + 1}
            aria-setsize=${course.chapters.length}
            aria-expanded=${open ? 'true' : 'false'}
            aria-selected="false"
            aria-labelledby="chapter-${index} chapter-${index}-count"
            tabindex=${key === view.tabKey ? 0 : -1}
            data-key=${key}
            @keydown=${view.onKeydown}
            @click=${() => view.onChapter(chapter.id)}
          >
            <span class="chevron" aria-hidden="true"></span>
            <span class="chapter-title" id="chapter-${index}" lang=${title.lang === locale ? nothing : title.lang}
              >${title.value}</span
            >
            <span class="meta" id="chapter-${index}-count">${finished}/${chapter.lessons.length}</span>
          </li>
          ${
            open
              ? chapter.lessons.map((lesson, n) =>
                  renderLesson(view, lesson, `lesson-${index}-${n}`, n + 1, chapter.lessons.length),
                )
              : nothing
          }`;
      })}
    </ul>
  </nav>`;
}
