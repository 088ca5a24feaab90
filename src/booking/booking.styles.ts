import { css } from 'lit';

/** Looks of the booking element. Colours, spacing, radius and type come only from theme tokens. */
export const bookingStyles = css`
  :host {
    --_primary: var(--seoul-learn-color-primary);
    --_on-primary: var(--seoul-learn-color-on-primary);
    --_subtle: var(--seoul-learn-color-primary-subtle);
    --_on-subtle: var(--seoul-learn-color-on-primary-subtle);
    --_surface: var(--seoul-learn-color-surface);
    --_surface-alt: var(--seoul-learn-color-surface-alt);
    --_border: var(--seoul-learn-color-border);
    --_divider: var(--seoul-learn-color-divider);
    --_muted: var(--seoul-learn-color-on-surface-muted);
    --_danger: var(--seoul-learn-color-danger);
    --_radius: var(--seoul-learn-radius-md);
    --_day: var(--seoul-learn-booking-day-size, 44px);
    max-width: var(--seoul-learn-booking-max-width, 720px);
    background: var(--_surface);
  }
  .booking {
    padding: var(--seoul-learn-space-4);
    /* The calendar sizes its days to the element's width, not the window's. */
    container-type: inline-size;
  }
  /* By role, not by tag: heading-level changes the tags. */
  .title,
  .subtitle {
    line-height: var(--seoul-learn-line-height-heading);
    margin: var(--seoul-learn-space-3) 0;
  }
  .title {
    font-size: var(--seoul-learn-font-size-xl);
  }
  .subtitle {
    font-size: var(--seoul-learn-font-size-lg);
  }
  p {
    margin: var(--seoul-learn-space-2) 0;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    min-height: 44px;
    min-width: 44px;
    padding: var(--seoul-learn-space-2) var(--seoul-learn-space-4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  button:hover {
    background: var(--_surface-alt);
  }
  button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
    border-color: var(--_primary);
    font-weight: var(--seoul-learn-font-weight-bold);
  }
  button.primary:hover {
    background: var(--seoul-learn-color-primary-hover);
  }
  button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--seoul-learn-color-on-danger);
  }
  button[disabled],
  button[aria-disabled='true'] {
    cursor: not-allowed;
  }
  button.primary[disabled] {
    opacity: 0.75;
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: var(--seoul-learn-space-1) var(--seoul-learn-space-3);
    list-style: none;
    margin: 0;
    padding: 0;
    font-size: var(--seoul-learn-font-size-sm);
    color: var(--_muted);
  }
  .steps li {
    display: flex;
    align-items: center;
    gap: var(--seoul-learn-space-1);
  }
  .step-number {
    display: inline-grid;
    place-items: center;
    width: 1.75em;
    height: 1.75em;
    border-radius: var(--seoul-learn-radius-pill);
    border: 1px solid var(--_border);
  }
  .steps .past .step-number {
    background: var(--_subtle);
    color: var(--_on-subtle);
  }
  .steps .current {
    color: var(--seoul-learn-color-on-surface);
    font-weight: var(--seoul-learn-font-weight-bold);
    text-decoration: underline;
    text-underline-offset: 4px;
  }
  .steps .current .step-number {
    background: var(--_primary);
    color: var(--_on-primary);
    border-color: var(--_primary);
  }
  .step-of,
  .hint,
  .meta,
  .description,
  .local {
    color: var(--_muted);
    font-size: var(--seoul-learn-font-size-sm);
  }
  .choices,
  .slots,
  .bookings {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--seoul-learn-space-3);
  }
  .slots {
    grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
  }
  .choice,
  .slot {
    width: 100%;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--seoul-learn-space-1);
    text-align: start;
  }
  .description {
    margin: var(--seoul-learn-space-1) var(--seoul-learn-space-2) 0;
  }
  .kst {
    font-weight: var(--seoul-learn-font-weight-bold);
  }
  .local {
    display: block;
  }
  .month-bar {
    display: flex;
    align-items: center;
    justify-content: space-between;
    max-width: calc(var(--_day) * 7 + var(--seoul-learn-space-1) * 14);
  }
  .calendar {
    /* Seven days and their spacing always fit the width (reflow at 320 px), up to the day size. */
    --_day: min(var(--seoul-learn-booking-day-size, 44px), calc((100cqi - 8 * var(--seoul-learn-space-1)) / 7));
  }
  .calendar table {
    border-collapse: separate;
    border-spacing: var(--seoul-learn-space-1);
  }
  .calendar th {
    font-size: var(--seoul-learn-font-size-sm);
    font-weight: var(--seoul-learn-font-weight-regular);
    color: var(--_muted);
  }
  .calendar td {
    padding: 0;
    width: var(--_day);
    height: var(--_day);
  }
  .day {
    width: var(--_day);
    height: var(--_day);
    min-width: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    line-height: 1.1;
    border-color: transparent;
    color: var(--_muted);
  }
  .day[aria-disabled='true'] {
    text-decoration: line-through;
  }
  .day.free {
    border-color: var(--_border);
    color: var(--seoul-learn-color-on-surface);
    font-weight: var(--seoul-learn-font-weight-bold);
  }
  .day.selected {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  /* A dot under days with free times: a shape, not only a colour, marks them. */
  .day.free::after {
    content: '';
    width: 6px;
    height: 6px;
    margin-top: 2px;
    border-radius: var(--seoul-learn-radius-pill);
    background: currentColor;
  }
  .notice,
  .error {
    border: 1px solid var(--_danger);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    padding: var(--seoul-learn-space-3);
    margin: var(--seoul-learn-space-3) 0;
  }
  form {
    display: grid;
    gap: var(--seoul-learn-space-4);
  }
  .field {
    display: grid;
    gap: var(--seoul-learn-space-1);
  }
  .field-row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(160px, 1fr));
    gap: var(--seoul-learn-space-4);
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
  input:not([type='checkbox']),
  select,
  textarea {
    min-height: 44px;
    padding: var(--seoul-learn-space-2) var(--seoul-learn-space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    width: 100%;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .field-error {
    color: var(--_danger);
    font-weight: var(--seoul-learn-font-weight-bold);
  }
  .field-error::before {
    content: '⚠ ';
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
  }
  .consent {
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    padding: var(--seoul-learn-space-3) var(--seoul-learn-space-4);
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
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--seoul-learn-space-2);
    margin-top: var(--seoul-learn-space-4);
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--seoul-learn-space-2) var(--seoul-learn-space-4);
    margin: 0;
  }
  dt {
    font-weight: var(--seoul-learn-font-weight-bold);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .question {
    white-space: pre-wrap;
  }
  .booking-card {
    border: 1px solid var(--_divider);
    border-radius: var(--seoul-learn-radius-lg);
    padding: var(--seoul-learn-space-4);
  }
  .status {
    font-weight: var(--seoul-learn-font-weight-bold);
    margin-top: 0;
  }
  .loading {
    display: grid;
    gap: var(--seoul-learn-space-3);
  }
  .bone {
    height: 72px;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  dialog {
    border: 1px solid var(--_border);
    border-radius: var(--seoul-learn-radius-lg);
    padding: var(--seoul-learn-space-6);
    background: var(--_surface);
    color: var(--seoul-learn-color-on-surface);
    max-width: min(90vw, 480px);
  }
  @media (max-width: 420px) {
    .booking {
      padding: var(--seoul-learn-space-2);
    }
    dl {
      grid-template-columns: 1fr;
    }
  }
`;
