import { html, nothing, type TemplateResult } from 'lit';
import type { CourseMessages } from './messages.js';

/**
 * The loading skeleton: the loaded course's layout in grey, each block as large as what replaces
 * it (text lines in the same type, the player from its aspect ratio, the panels and the outline at
 * the heights they have for a typical lesson), so nothing below moves when the course arrives.
 */
export function renderSkeleton(m: CourseMessages): TemplateResult {
  return html`<div class="skeleton" aria-busy="true">
    <p class="visually-hidden">${m.loading}</p>
    <div class="head">
      <div class="course-title"><span class="bone text"></span></div>
      <div class="meta"><span class="bone text short"></span></div>
    </div>
    <div class="layout">
      <div class="main">
        <div class="lesson-heading"><span class="bone text short"></span></div>
        <div class="bone stage-bone"></div>
        <div class="bone resume-bone"></div>
        <div class="bone transcript-bone"></div>
        <div class="bone materials-bone"></div>
      </div>
      <div class="bone outline-bone"></div>
    </div>
  </div>`;
}

/** A problem loading the course, said in the active locale, with a way to try again. */
export function renderProblem(message: string, m: CourseMessages, retry?: () => void): TemplateResult {
  return html`<div class="problem" role="alert">
    <p>${message}</p>
    ${retry ? html`<button class="button" type="button" @click=${retry}>${m.retry}</button>` : nothing}
  </div>`;
}
