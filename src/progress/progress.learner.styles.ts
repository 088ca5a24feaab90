import { css } from 'lit';

/**
 * Styles only the learner view uses, after the dashboard's own (`progress.styles.ts`): they load
 * with the view, so the cohort view and the loading and error states never carry them.
 */
export const learnerStyles = css`
  :host {
    --_raised: var(--seoul-learn-elevation-card);
  }
  ul,
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  dd {
    margin: 0;
  }
  .card {
    min-inline-size: 0;
  }
  /* The continue-learning card: one primary action, as Khan Academy and Coursera lead with. */
  .next {
    display: grid;
    gap: var(--seoul-learn-space-1);
    padding: var(--seoul-learn-space-5);
    border: 1px solid var(--seoul-learn-color-border);
    border-inline-start: 6px solid var(--seoul-learn-color-primary);
    border-radius: var(--seoul-learn-radius-card);
    background: var(--_card);
    box-shadow: var(--_raised);
  }
  .next .title {
    font-size: var(--seoul-learn-font-size-md);
    color: var(--seoul-learn-color-on-surface-muted);
  }
  .course-name {
    display: flex;
    gap: var(--seoul-learn-space-2);
    align-items: center;
    margin: 0;
  }
  .lesson-name {
    margin: 0;
    font-size: var(--seoul-learn-font-size-xl);
    font-weight: var(--seoul-learn-font-weight-bold);
    line-height: var(--seoul-learn-line-height-heading);
  }
  .next .meter {
    max-inline-size: 32em;
  }
  @container (min-width: 720px) {
    .next {
      grid-template-columns: minmax(0, 1fr) auto;
      column-gap: var(--seoul-learn-space-6);
    }
    .next > * {
      grid-column: 1;
    }
    .next > .action {
      grid-column: 2;
      grid-row: 1 / span 5;
      align-self: center;
      justify-self: end;
    }
  }
  /* Full width on a phone, where the thumb is; beside the text where there is room. */
  .next .action {
    justify-content: center;
    gap: var(--seoul-learn-space-2);
    min-block-size: 48px;
    padding-inline: var(--seoul-learn-space-6);
    font-size: var(--seoul-learn-font-size-md);
  }
  .streaks {
    display: flex;
    flex-wrap: wrap;
    gap: var(--seoul-learn-space-2) var(--seoul-learn-space-6);
    margin: 0;
  }
  .week-days {
    display: flex;
    flex-wrap: wrap;
    gap: var(--seoul-learn-space-1) var(--seoul-learn-space-2);
    margin-top: var(--seoul-learn-space-4);
  }
  .week-days li {
    display: grid;
    justify-items: center;
    gap: var(--seoul-learn-space-1);
    font-size: var(--seoul-learn-font-size-xs);
    color: var(--seoul-learn-color-on-surface-muted);
  }
  .dot {
    display: grid;
    place-items: center;
    inline-size: 2em;
    block-size: 2em;
    border: 2px solid var(--seoul-learn-color-border);
    border-radius: 50%;
  }
  .on .dot {
    border-color: var(--_bar);
    background: var(--_bar);
    color: var(--seoul-learn-color-on-primary);
  }
  .later .dot {
    border-style: dashed;
  }
  .reached {
    display: flex;
    align-items: center;
    gap: var(--seoul-learn-space-1);
    margin: 0 0 var(--seoul-learn-space-2);
    color: var(--seoul-learn-color-success);
    font-weight: var(--seoul-learn-font-weight-bold);
  }
  /* Activity beside the goal where there is room, one under the other on a phone. */
  .pair {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 300px), 1fr));
    gap: var(--_gap);
    align-items: start;
  }
  @container (min-width: 900px) {
    .pair {
      grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
    }
  }
  .plot {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: var(--seoul-learn-space-2);
    margin-block: var(--seoul-learn-space-4) var(--seoul-learn-space-2);
  }
  .ticks {
    display: flex;
    flex-direction: column-reverse;
    justify-content: space-between;
    /* Each label centred on its gridline. */
    margin-block: -0.6em;
    font-size: var(--seoul-learn-font-size-xs);
    line-height: 1.2;
    text-align: end;
    color: var(--seoul-learn-color-on-surface-muted);
  }
  .days {
    grid-column: 2;
    display: grid;
    grid-template-columns: repeat(7, minmax(0, 1fr));
    column-gap: var(--seoul-learn-space-1);
    margin-top: var(--seoul-learn-space-1);
    text-align: center;
    font-size: var(--seoul-learn-font-size-sm);
  }
  .days li {
    display: grid;
    align-content: start;
    min-inline-size: 0;
    overflow-wrap: anywhere;
    container-type: inline-size;
  }
  /* "Mon" becomes "M" where a day's column is too narrow for it (large text on a phone). */
  .days .short {
    display: none;
  }
  @container (max-width: 2.3em) {
    .days .long {
      display: none;
    }
    .days .short {
      display: inline;
    }
    /* No room for the times: the bars, the axis and the table show them; screen readers still hear them. */
    .days .muted {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  }
  .days .muted {
    font-size: var(--seoul-learn-font-size-xs);
  }
  .days [aria-current='date'] .strong {
    text-decoration: underline 2px;
    text-underline-offset: 4px;
    color: var(--seoul-learn-color-primary);
  }
  .courses {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 260px), 1fr));
    gap: var(--_gap);
  }
  .course {
    display: grid;
    align-content: start;
  }
  /* KRDS secondary button: outlined, for the action inside a card. */
  .secondary {
    display: inline-flex;
    align-items: center;
    justify-self: start;
    gap: var(--seoul-learn-space-1);
    min-block-size: 44px;
    padding: 0 var(--seoul-learn-space-3) 0 var(--seoul-learn-space-4);
    border: 1px solid var(--seoul-learn-color-primary);
    border-radius: var(--seoul-learn-radius-control);
    background: var(--seoul-learn-color-surface);
    color: var(--seoul-learn-color-primary);
    font: inherit;
    font-weight: var(--seoul-learn-font-weight-bold);
    text-decoration: none;
    cursor: pointer;
  }
  .secondary:hover {
    background: var(--_subtle);
  }
  /* KRDS badge (bg-light-*): a course's status at the top of its card. */
  .tag {
    display: inline-flex;
    align-items: center;
    gap: var(--seoul-learn-space-1);
    padding: 0 var(--seoul-learn-space-2);
    border: 1px solid transparent;
    border-radius: var(--seoul-learn-radius-sm);
    background: var(--_subtle);
    color: var(--_on-subtle);
    font-size: var(--seoul-learn-font-size-sm);
    font-weight: var(--seoul-learn-font-weight-bold);
  }
  .tag.success {
    border-color: var(--seoul-learn-color-success);
    background: var(--seoul-learn-color-surface);
    color: var(--seoul-learn-color-success);
  }
  /* Quiet actions: links in look, buttons or links in kind (KRDS text button). */
  .quiet {
    display: inline-flex;
    align-items: center;
    justify-self: start;
    gap: var(--seoul-learn-space-1);
    min-block-size: 44px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--seoul-learn-color-link);
    font: inherit;
    font-weight: var(--seoul-learn-font-weight-bold);
    text-decoration: underline;
    text-underline-offset: 3px;
    cursor: pointer;
  }
  .quiet:hover {
    text-decoration-thickness: 2px;
  }
  .recent li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0 var(--seoul-learn-space-4);
    padding: var(--seoul-learn-space-2) 0;
    border-bottom: 1px solid var(--seoul-learn-color-divider);
  }
  .recent li > div {
    min-inline-size: 0;
  }
  .recent p {
    margin: 0;
  }
  .goal {
    display: grid;
    gap: var(--seoul-learn-space-2);
    justify-items: start;
  }
  .goal p {
    margin: 0;
  }
  .stepper {
    display: flex;
    align-items: stretch;
    inline-size: 100%;
    max-inline-size: 16em;
    border: 1px solid var(--seoul-learn-color-border);
    border-radius: var(--seoul-learn-radius-control);
    background: var(--seoul-learn-color-surface);
  }
  .step {
    display: grid;
    place-items: center;
    flex: none;
    min-inline-size: 44px;
    min-block-size: 44px;
    border: 0;
    background: none;
    color: var(--seoul-learn-color-primary);
    font: inherit;
    cursor: pointer;
  }
  .step[aria-disabled='true'] {
    color: var(--seoul-learn-color-on-surface-muted);
    cursor: not-allowed;
  }
  .spin {
    display: grid;
    place-items: center;
    flex: 1;
    min-inline-size: 0;
    overflow-wrap: anywhere;
    padding: var(--seoul-learn-space-1) var(--seoul-learn-space-2);
    border-inline: 1px solid var(--seoul-learn-color-divider);
    font-size: var(--seoul-learn-font-size-lg);
    font-weight: var(--seoul-learn-font-weight-bold);
    text-align: center;
  }
  .spin[aria-invalid='true'] {
    outline: 2px solid var(--seoul-learn-color-danger);
  }
  @media (forced-colors: active) {
    .on .dot {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .tag {
      border-color: CanvasText;
    }
    .step[aria-disabled='true'] {
      color: GrayText;
    }
    .next {
      border-inline-start-color: Highlight;
    }
  }
`;
