import { css } from 'lit';
import { baseStyles } from '../core/base-element.js';

/**
 * The dashboard's own styles: the host's private aliases and what its loading and error states
 * show. What the views show arrives with their code (`progress.view.styles.ts`, and each view's own).
 */
export const progressStyles = [
  baseStyles,
  css`
    :host {
      --_bar: var(--seoul-learn-progress-bar-color, var(--seoul-learn-color-primary));
      --_track: var(--seoul-learn-progress-track-color, var(--seoul-learn-color-surface-alt));
      --_card: var(--seoul-learn-progress-card-background, var(--seoul-learn-color-surface));
      --_gap: var(--seoul-learn-space-4);
    }
    .root {
      /* The views lay out by the element's width, not the page's: it may sit in a sidebar. */
      container-type: inline-size;
      display: grid;
      /* minmax(0, …) lets wide tables scroll inside their wrapper instead of widening the page. */
      grid-template-columns: minmax(0, 1fr);
      gap: var(--seoul-learn-space-6);
    }
    p {
      margin: 0 0 var(--seoul-learn-space-2);
    }
    .error {
      color: var(--seoul-learn-color-danger);
    }
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(220px, 1fr));
      gap: var(--_gap);
    }
    div.error {
      padding: var(--seoul-learn-space-4);
      border: 1px solid var(--seoul-learn-color-divider);
      border-radius: var(--seoul-learn-radius-card);
      background: var(--_card);
    }
    /* The learner view's blocks (next lesson, cards, activity and goal, courses, recent lessons)
       at the heights they have with a few courses, narrow and wide, so nothing moves when the
       data arrives. */
    .skeleton {
      display: grid;
      gap: var(--seoul-learn-space-6);
    }
    .skeleton span {
      border-radius: var(--seoul-learn-radius-card);
      background: var(--_track);
      height: 248px;
    }
    .skeleton .cards > span {
      height: 191px;
    }
    .skeleton > :nth-child(3) {
      height: 685px;
    }
    .skeleton > :nth-child(4) {
      height: 652px;
    }
    .skeleton > :nth-child(5) {
      height: 339px;
    }
    @container (min-width: 900px) {
      .skeleton > :nth-child(1) {
        height: 198px;
      }
      .skeleton .cards > span {
        height: 214px;
      }
      .skeleton > :nth-child(3) {
        height: 394px;
      }
      .skeleton > :nth-child(4) {
        height: 228px;
      }
      .skeleton > :nth-child(5) {
        height: 295px;
      }
    }
    .action {
      min-height: var(--seoul-learn-density-control-height);
      font: inherit;
      border-radius: var(--seoul-learn-radius-control);
    }
    .action {
      display: inline-flex;
      align-items: center;
      padding: 0 var(--seoul-learn-space-4);
      border: 1px solid var(--seoul-learn-color-primary);
      background: var(--seoul-learn-color-primary);
      color: var(--seoul-learn-color-on-primary);
      font-weight: var(--seoul-learn-font-weight-bold);
      text-decoration: none;
      cursor: pointer;
    }
    .action:hover {
      background: var(--seoul-learn-color-primary-hover);
    }
    .action:disabled,
    .action[aria-disabled='true'] {
      cursor: not-allowed;
      opacity: 0.6;
    }
  `,
];
