import { css } from 'lit';

/**
 * Looks of the steps' content, which loads with the lazy parts: the kind and consultant cards,
 * the calendar and the day's times side by side, the applicant form, review, confirmation and
 * "my bookings". Tokens only, through the private aliases declared in `booking.styles.ts` and the
 * few more declared here.
 */
export const lazyStyles = css`
  /* Only the aliases the frame's styles (booking.styles.ts, always adopted) do not declare. */
  :host {
    --_subtle: var(--seoul-learn-color-primary-subtle);
    --_on-subtle: var(--seoul-learn-color-on-primary-subtle);
    --_link: var(--seoul-learn-color-link);
    --_success: var(--seoul-learn-color-success);
    --_space: var(--seoul-learn-space-4);
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  /* One primary action per row, last (KRDS button hierarchy). */
  button.primary {
    min-height: var(--seoul-learn-density-control-height);
    background: var(--_primary);
    color: var(--_on-primary);
    border-color: var(--_primary);
    font-weight: var(--seoul-learn-font-weight-bold);
  }
  button.primary:hover {
    background: var(--seoul-learn-color-primary-hover);
  }
  button[disabled],
  button[aria-disabled='true'] {
    cursor: not-allowed;
  }
  .hint,
  .meta,
  .description {
    color: var(--_muted);
    font-size: var(--seoul-learn-font-size-sm);
  }
  .choices {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  @container (min-width: 560px) {
    .choices {
      grid-template-columns: repeat(auto-fill, minmax(240px, 1fr));
    }
  }
  /* A card: the whole card chooses, its description inside. */
  .card {
    position: relative;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-lg);
    background: var(--_surface);
    box-shadow: var(--seoul-learn-elevation-card);
  }
  .card:hover {
    border-color: var(--_primary);
    background: var(--_surface-alt);
  }
  .choice {
    position: static;
    width: 100%;
    min-height: 56px;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--seoul-learn-space-1);
    padding: var(--seoul-learn-space-4) var(--seoul-learn-space-4) 0;
    border: 0;
    background: none;
    text-align: start;
  }
  .choice:hover {
    background: none;
  }
  .choice strong {
    font-size: var(--seoul-learn-font-size-lg);
  }
  .choice::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius-lg);
  }
  .choice:focus-visible {
    outline: none;
  }
  .choice:focus-visible::after {
    outline: var(--seoul-learn-focus-ring-width) solid var(--seoul-learn-color-focus);
    outline-offset: var(--seoul-learn-focus-ring-offset);
  }
  .card .description {
    margin: var(--seoul-learn-space-2) var(--seoul-learn-space-4) var(--seoul-learn-space-4);
  }
  .card:not(:has(.description)) .choice {
    padding-bottom: var(--seoul-learn-space-4);
  }
  /* Date and times: side by side when the element is wide enough (Cal.com's booker), else stacked. */
  .when {
    display: grid;
    gap: var(--_space) var(--seoul-learn-space-6);
  }
  @container (min-width: 640px) {
    .when {
      grid-template-columns: minmax(0, 1fr) minmax(220px, 17em);
    }
    .times {
      border-inline-start: 1px solid var(--_divider);
      padding-inline-start: var(--seoul-learn-space-6);
    }
  }
  /* The calendar and the form are laid out in the frame that first paints them, not in the task
     that renders them and moves focus to the step's heading above them: at a step change, the
     focus would otherwise lay out the whole step inside the learner's click. The clip margin keeps
     the focus rings of the controls at their edges. */
  .when,
  form[part~='form'] {
    content-visibility: auto;
    contain-intrinsic-size: auto 480px;
    overflow-clip-margin: 8px;
  }
  .month-pane {
    min-width: 0;
    /* Seven days and their spacing always fit the pane's width (reflow at 320 px), up to the day
       size. The pane's width comes from the element's: a container of its own would lay the
       calendar out twice over at every change. */
    --_pane: 100cqi;
    --_day: min(var(--seoul-learn-booking-day-size, 48px), calc((var(--_pane) - 8 * var(--seoul-learn-space-1)) / 7));
  }
  @container (min-width: 640px) {
    .month-pane {
      /* Beside the times, whose column takes its widest size first (see .when). */
      --_pane: calc(100cqi - var(--seoul-learn-space-6) - max(220px, 17em));
    }
  }
  /* Until the month arrives: the calendar's frame, as tall as the calendar (six weeks, the month
     bar, the weekday row, the spacing and the hint under the grid). What is happening is said where
     the month's name goes; the six weeks' places are drawn as faint days, in the grid's own box. */
  .month-bone {
    box-sizing: border-box;
    height: calc(var(--_day) * 6 + 166px);
    max-width: calc(var(--_day) * 7 + var(--seoul-learn-space-1) * 8);
    padding: 80px calc(var(--seoul-learn-space-1) / 2) calc(86px - 6 * var(--seoul-learn-space-1));
    border-radius: 0;
    background: radial-gradient(circle closest-side, var(--_surface-alt) 84%, transparent 88%) content-box 0 0 /
      calc(100% / 7) calc(100% / 6);
  }
  .month-wait {
    display: block;
    margin-top: -80px;
    line-height: 48px;
    text-align: center;
    color: var(--_muted);
  }
  .month-status {
    margin: 0;
  }
  .month-bar {
    display: flex;
    align-items: center;
    justify-content: space-between;
    max-width: calc(var(--_day) * 7 + var(--seoul-learn-space-1) * 8);
  }
  .nav {
    border-color: transparent;
    border-radius: var(--seoul-learn-radius-pill);
  }
  /* The day size is worked out here, once: a cell whose own width or height used it (a container
     unit) could not share the style computed for the cell before it, which made the grid's
     styles three to four times slower to compute. The fixed layout gives each column a seventh. */
  .calendar table {
    border-collapse: separate;
    border-spacing: var(--seoul-learn-space-1);
    table-layout: fixed;
    width: calc(var(--_day) * 7 + var(--seoul-learn-space-1) * 8);
  }
  .calendar th {
    font-size: var(--seoul-learn-font-size-sm);
    font-weight: var(--seoul-learn-font-weight-regular);
    color: var(--_muted);
  }
  .calendar td {
    padding: 0;
  }
  /* Places outside the month (a week of them ends a short month): as tall as a day. */
  .calendar .pad {
    height: var(--_day);
  }
  .day {
    position: relative;
    width: 100%;
    aspect-ratio: 1;
    min-width: 24px;
    min-height: 24px;
    padding: 0;
    flex-direction: column;
    gap: 0;
    line-height: 1.1;
    border-color: transparent;
    border-radius: var(--_radius);
    background: none;
    color: var(--_muted);
  }
  /* Free days stand out (tinted, bold, a dot); the rest stay plain and muted. */
  .day.free {
    background: var(--_subtle);
    color: var(--_on-subtle);
    font-weight: var(--seoul-learn-font-weight-bold);
  }
  .day.free:hover {
    border-color: var(--_primary);
  }
  .day.free::after {
    content: '';
    width: 5px;
    height: 5px;
    margin-top: 3px;
    border-radius: var(--seoul-learn-radius-pill);
    background: var(--_on-subtle);
  }
  /* The day's number is drawn, not written: the button's name says the whole date, and the
     grid lays out much faster without a hidden label in each of its days. */
  .day::before {
    content: attr(data-date);
  }
  .day.today::before {
    text-decoration: underline 2px;
    text-underline-offset: 3px;
  }
  .day.selected,
  .day.selected:hover {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  .day.selected::after {
    background: var(--_on-primary);
  }
  .event {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--seoul-learn-space-1) var(--_space);
  }
  .event strong {
    font-size: var(--seoul-learn-font-size-lg);
  }
  .event span {
    display: inline-flex;
    gap: var(--seoul-learn-space-1);
  }
  .hint .icon {
    margin-inline-end: var(--seoul-learn-space-1);
  }
  .times .subtitle {
    font-size: var(--seoul-learn-font-size-md);
  }
  .pick-first {
    display: flex;
    gap: var(--seoul-learn-space-2);
    color: var(--_muted);
  }
  .slots,
  .bookings {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--seoul-learn-space-2);
  }
  .slot {
    width: 100%;
    flex-direction: column;
    align-items: flex-start;
    gap: 2px;
    text-align: start;
    border-color: var(--_border);
  }
  .slot:hover {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
  }
  .slot .kst {
    color: var(--_primary);
  }
  .slot[aria-current='true'] {
    background: var(--_primary);
    border-color: var(--_primary);
  }
  .slot[aria-current='true'] * {
    color: var(--_on-primary);
  }
  .kst {
    font-weight: var(--seoul-learn-font-weight-bold);
  }
  .local {
    display: block;
    color: var(--_muted);
    font-size: var(--seoul-learn-font-size-sm);
  }
  form {
    display: grid;
    gap: var(--_space);
  }
  .field {
    display: grid;
    gap: var(--seoul-learn-space-1);
  }
  .field-row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(160px, 1fr));
    gap: var(--_space);
  }
  .field p {
    margin: 0;
  }
  label {
    font-weight: var(--seoul-learn-font-weight-bold);
  }
  .req {
    font-weight: var(--seoul-learn-font-weight-regular);
    color: var(--_muted);
  }
  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    min-height: 48px;
    padding: var(--seoul-learn-space-2) var(--seoul-learn-space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    width: 100%;
  }
  /* Every kind of field in error: at least as specific as the rule above, and after it. */
  :is(input, select, textarea)[aria-invalid='true']:not([type='checkbox'], [type='radio']) {
    border: 2px solid var(--_danger);
  }
  input:is([type='checkbox'], [type='radio'])[aria-invalid='true'] {
    outline: 2px solid var(--_danger);
    outline-offset: 2px;
  }
  .consent:has([aria-invalid='true']) {
    border-color: var(--_danger);
  }
  .field-error {
    display: flex;
    gap: var(--seoul-learn-space-1);
    color: var(--_danger);
    font-weight: var(--seoul-learn-font-weight-bold);
  }
  .check {
    display: flex;
    align-items: center;
    gap: var(--seoul-learn-space-2);
  }
  input[type='checkbox'] {
    width: 24px;
    height: 24px;
    margin: 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .consent {
    border: 1px solid var(--_divider);
    border-radius: var(--_radius-lg);
    padding: var(--seoul-learn-space-3) var(--_space);
    background: var(--_surface-alt);
  }
  .consent legend {
    font-weight: var(--seoul-learn-font-weight-bold);
  }
  .consent ul {
    margin: 0 0 var(--seoul-learn-space-3);
    padding-inline-start: var(--seoul-learn-space-5);
    font-size: var(--seoul-learn-font-size-sm);
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--seoul-learn-space-2) var(--_space);
    margin: 0;
  }
  dt {
    font-weight: var(--seoul-learn-font-weight-bold);
    color: var(--_muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  a {
    color: var(--_link);
  }
  .question {
    white-space: pre-wrap;
  }
  .review,
  .booking-card {
    border: 1px solid var(--_divider);
    border-radius: var(--_radius-lg);
    padding: var(--_space);
  }
  /* The confirmation: a success mark over the heading, the code large and spaced for reading out. */
  .success {
    display: grid;
    justify-items: center;
    text-align: center;
  }
  .success > .icon {
    width: 3em;
    height: 3em;
    color: var(--_success);
  }
  .booking-code {
    font-size: var(--seoul-learn-font-size-lg);
    font-weight: var(--seoul-learn-font-weight-bold);
    letter-spacing: 0.08em;
    font-variant-numeric: tabular-nums;
  }
  .card-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--seoul-learn-space-2);
    margin-bottom: var(--seoul-learn-space-3);
  }
  /* KRDS badge: an icon and a word, outlined, never colour alone. */
  .badge {
    display: inline-flex;
    align-items: center;
    gap: var(--seoul-learn-space-1);
    padding: 2px var(--seoul-learn-space-2);
    border: 1px solid currentColor;
    border-radius: var(--seoul-learn-radius-pill);
    font-size: var(--seoul-learn-font-size-sm);
    font-weight: var(--seoul-learn-font-weight-bold);
    color: var(--_muted);
  }
  .badge.confirmed {
    color: var(--_success);
  }
  .badge.cancelled {
    color: var(--_danger);
  }
  /* A destructive action among secondary ones: outlined in the danger colour. */
  button.danger-outline,
  button.danger-outline:hover {
    color: var(--_danger);
    border-color: var(--_danger);
    background: var(--_surface);
  }
  button.danger-outline:hover {
    box-shadow: inset 0 0 0 1px var(--_danger);
  }
  button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--seoul-learn-color-on-danger);
  }
  dialog {
    border: 1px solid var(--_border);
    border-radius: var(--_radius-lg);
    padding: var(--seoul-learn-space-6);
    background: var(--_surface);
    color: var(--seoul-learn-color-on-surface);
    max-width: min(90vw, 480px);
  }
  @container (max-width: 400px) {
    dl {
      grid-template-columns: 1fr;
      row-gap: 2px;
    }
    dd:not(:last-child) {
      margin-bottom: var(--seoul-learn-space-3);
    }
  }
  @media (forced-colors: active) {
    button.primary {
      border-width: 3px;
    }
    .day.selected {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .day.free::after {
      forced-color-adjust: none;
      background: ButtonText;
    }
    .day.selected::after {
      background: HighlightText;
    }
    .slot[aria-current='true'] {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
    }
    .slot[aria-current='true'] * {
      color: HighlightText;
    }
    .day[aria-disabled='true'] {
      border-color: Canvas;
      color: GrayText;
    }
    .day.today {
      outline: 2px dashed CanvasText;
      outline-offset: -4px;
    }
  }
`;
