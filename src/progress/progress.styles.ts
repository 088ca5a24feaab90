import { css } from 'lit';
import { baseStyles } from '../core/base-element.js';

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
      display: grid;
      /* minmax(0, …) lets wide tables scroll inside their wrapper instead of widening the page. */
      grid-template-columns: minmax(0, 1fr);
      gap: var(--seoul-learn-space-6);
    }
    /* Classes, not tags: heading-level changes the tags, not the look. */
    .title,
    .subtitle {
      margin: 0 0 var(--seoul-learn-space-2);
      font-size: var(--seoul-learn-font-size-lg);
      line-height: var(--seoul-learn-line-height-heading);
    }
    .subtitle {
      font-size: var(--seoul-learn-font-size-md);
    }
    p {
      margin: 0 0 var(--seoul-learn-space-2);
    }
    .muted {
      color: var(--seoul-learn-color-on-surface-muted);
    }
    .small {
      font-size: var(--seoul-learn-font-size-sm);
    }
    .strong {
      font-weight: var(--seoul-learn-font-weight-bold);
    }
    .error {
      color: var(--seoul-learn-color-danger);
    }
    .figure {
      margin: 0;
      font-size: var(--seoul-learn-font-size-2xl);
      font-weight: var(--seoul-learn-font-weight-bold);
    }
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(220px, 1fr));
      gap: var(--_gap);
    }
    .card,
    .course,
    .empty,
    div.error,
    .skeleton .cards > span,
    .skeleton .block {
      padding: var(--seoul-learn-space-4);
      border: 1px solid var(--seoul-learn-color-divider);
      border-radius: var(--seoul-learn-radius-lg);
      background: var(--_card);
    }
    .skeleton .cards > span {
      min-height: 170px;
      background: var(--_track);
    }
    .skeleton .block {
      display: block;
      margin-top: var(--_gap);
      min-height: 260px;
      background: var(--_track);
    }
    .streaks {
      display: flex;
      gap: var(--seoul-learn-space-6);
      margin: 0;
    }
    dd {
      margin: 0;
    }
    progress {
      appearance: none;
      display: block;
      width: 100%;
      height: 12px;
      margin: var(--seoul-learn-space-2) 0;
      border: 1px solid var(--seoul-learn-color-border);
      border-radius: var(--seoul-learn-radius-pill);
      background: var(--_track);
      overflow: hidden;
    }
    progress::-webkit-progress-bar {
      background: var(--_track);
    }
    progress::-webkit-progress-value {
      background: var(--_bar);
    }
    progress::-moz-progress-bar {
      background: var(--_bar);
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .courses {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
      gap: var(--_gap);
    }
    .recent li {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: center;
      gap: var(--seoul-learn-space-2);
      padding: var(--seoul-learn-space-3) 0;
      border-bottom: 1px solid var(--seoul-learn-color-divider);
    }
    .action,
    input,
    select,
    summary {
      min-height: 44px;
      font: inherit;
      border-radius: var(--seoul-learn-radius-md);
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
    .action.secondary,
    .action[aria-pressed] {
      background: var(--seoul-learn-color-surface);
      color: var(--seoul-learn-color-primary);
    }
    .action[aria-pressed='true'] {
      background: var(--seoul-learn-color-primary-subtle);
      color: var(--seoul-learn-color-on-primary-subtle);
    }
    .action:disabled {
      cursor: not-allowed;
      opacity: 0.6;
    }
    input,
    select {
      padding: 0 var(--seoul-learn-space-3);
      border: 1px solid var(--seoul-learn-color-border);
      background: var(--seoul-learn-color-surface);
      color: var(--seoul-learn-color-on-surface);
    }
    input[aria-invalid='true'] {
      border: 2px solid var(--seoul-learn-color-danger);
    }
    .goal {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: var(--seoul-learn-space-2);
    }
    .goal label {
      flex-basis: 100%;
    }
    .goal input {
      width: 8em;
    }
    .done {
      color: var(--seoul-learn-color-success);
      font-weight: var(--seoul-learn-font-weight-bold);
    }
    .chart {
      margin: 0;
    }
    svg {
      display: block;
      width: 100%;
      height: 120px;
    }
    .day {
      fill: var(--_bar);
    }
    .axis {
      stroke: var(--seoul-learn-color-border);
    }
    .chart-axis {
      display: flex;
      justify-content: space-between;
      font-size: var(--seoul-learn-font-size-sm);
      color: var(--seoul-learn-color-on-surface-muted);
    }
    figcaption {
      margin-top: var(--seoul-learn-space-2);
    }
    summary {
      display: inline-flex;
      align-items: center;
      cursor: pointer;
      color: var(--seoul-learn-color-link);
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      font-size: var(--seoul-learn-font-size-sm);
    }
    caption {
      text-align: start;
      font-weight: var(--seoul-learn-font-weight-bold);
      padding: var(--seoul-learn-space-2) 0;
    }
    th,
    td {
      padding: var(--seoul-learn-space-1) var(--seoul-learn-space-2);
      border-bottom: 1px solid var(--seoul-learn-color-divider);
      text-align: end;
      white-space: nowrap;
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: var(--seoul-learn-space-4);
      margin: 0;
      padding: var(--seoul-learn-space-3) var(--seoul-learn-space-4);
      border: 1px solid var(--seoul-learn-color-divider);
      border-radius: var(--seoul-learn-radius-lg);
    }
    .filters label {
      display: grid;
      gap: var(--seoul-learn-space-1);
    }
    .histogram {
      height: auto;
      max-width: 560px;
    }
    .histogram text {
      fill: var(--seoul-learn-color-on-surface);
      font-size: 14px;
    }
    .rate progress {
      display: inline-block;
      width: 6em;
      margin: 0 0 0 var(--seoul-learn-space-2);
      vertical-align: middle;
    }
    .sort {
      min-height: 44px;
      padding: 0 var(--seoul-learn-space-1);
      border: 0;
      background: none;
      font: inherit;
      font-weight: var(--seoul-learn-font-weight-bold);
      color: var(--seoul-learn-color-link);
      cursor: pointer;
    }
    .pager {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--seoul-learn-space-2);
      margin-top: var(--seoul-learn-space-3);
    }
    th[scope='row'],
    thead th:first-child {
      text-align: start;
    }
  `,
];
