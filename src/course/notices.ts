import { html, nothing, type TemplateResult } from 'lit';
import { formatClock } from '../core/clock-format.js';
import { localize, type Locale } from '../core/i18n.js';
import type { Lesson } from '../data/types.js';
import type { CourseMessages } from './messages.js';

/**
 * Says where playback resumed, with a way to start from the beginning. While the video is still
 * on its way there (`pending`), the same notice holds its place unseen and unheard, so that the
 * panels below do not move down when it is said. When the video could not get there
 * (`failed`: a server that serves no byte ranges), the notice in the same place says so and
 * offers to try again, so that the panels below do not move up either.
 */
export function renderResume(
  from: number,
  m: CourseMessages,
  onAction: () => void,
  state: 'resumed' | 'pending' | 'failed' = 'resumed',
): TemplateResult {
  const pending = state === 'pending';
  const failed = state === 'failed';
  // One template for every state, so that the button keeps focus when a retry gets there.
  return html`<div
    class="notice ${pending ? 'resume-pending' : failed ? 'resume-failed' : 'resume'}"
    aria-hidden=${pending ? 'true' : nothing}
    ?inert=${pending}
  >
    <p>${failed ? m.resumeFailed(formatClock(from)) : m.resumed(formatClock(from))}</p>
    <button class="button" type="button" @click=${onAction}>${failed ? m.retry : m.startOver}</button>
  </div>`;
}

/** The end of a lesson: the next lesson on offer, or the end of the course. */
export function renderEnded(
  next: Lesson | undefined,
  courseDone: boolean,
  locale: Locale,
  m: CourseMessages,
  onNext: (lessonId: string) => void,
): TemplateResult {
  const title = next && localize(next.title, locale);
  return html`<div class="notice ended" tabindex="-1">
    <p>${!next && courseDone ? m.courseDone : m.ended}</p>
    ${
      next && title
        ? html`<p lang=${title.lang === locale ? nothing : title.lang}>${m.next(title.value)}</p>
            <button class="button primary" type="button" @click=${() => onNext(next.id)}>${m.playNext}</button>`
        : nothing
    }
  </div>`;
}
