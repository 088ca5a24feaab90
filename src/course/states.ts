import { html, nothing, type TemplateResult } from 'lit';
import type { CourseMessages } from './messages.js';

/** The loading skeleton: the course's layout in grey, so nothing shifts when it arrives. */
export function renderSkeleton(m: CourseMessages): TemplateResult {
  return html`<div class="skeleton" aria-busy="true">
    <p class="visually-hidden">${m.loading}</p>
    <div class="head">
      <div class="bone title"></div>
      <div class="bone line"></div>
    </div>
    <div class="layout">
      <div class="main"><div class="bone stage-bone"></div></div>
      <div class="outline">${[1, 2, 3, 4, 5].map(() => html`<div class="bone line"></div>`)}</div>
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
