import { css, html } from 'lit';
import { formatDuration } from '../core/format.js';
import type { Locale } from '../core/i18n.js';
import type { Course } from '../data/types.js';
import { lessonsOf } from './lesson-controller.js';
import type { CourseMessages } from './messages.js';
import { panelDetailStyles } from './panels.js';
import { outlineStyles } from './outline.styles.js';

export { lessonStatus, renderOutline } from './outline.js';
export { OutlineController } from './outline-controller.js';
export { followCue, renderMaterials, renderTranscript } from './panels.js';

/**
 * What a course view shows besides the player — the outline, the transcript, the materials and
 * the course's lesson count and length — loaded right after the player first shows, so that the
 * player's first frame waits for none of it. Until it is there, the view shows its skeleton's
 * bones in their place.
 */
export const detailStyles = css`
  ${panelDetailStyles}
  ${outlineStyles}
`;

/** The course's lesson count and length. */
export const renderMeta = (course: Course, locale: Locale, m: CourseMessages) =>
  html`${m.lessonCount(lessonsOf(course).length)} · ${formatDuration(course.totalDurationSec, locale)}`;
