import { css } from 'lit';

/**
 * Styles both views use (headings, figures, cards, progress bars, charts, tables, form controls),
 * after the dashboard's own: they load with the first view, as the views' code does, so the
 * element's initial download holds only what its loading and error states show.
 */
export const sharedViewStyles = css`
  :host {
    --_subtle: var(--seoul-learn-color-primary-subtle);
    --_on-subtle: var(--seoul-learn-color-on-primary-subtle);
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
  /* A card's heading leads with its icon in a tinted disc. */
  .title {
    display: flex;
    align-items: center;
    gap: var(--seoul-learn-space-2);
  }
  .badge {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 2em;
    block-size: 2em;
    border-radius: 50%;
    background: var(--_subtle);
    color: var(--_on-subtle);
    font-size: var(--seoul-learn-font-size-sm);
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
  .figure {
    margin: 0;
    font-size: var(--seoul-learn-font-size-2xl);
    font-weight: var(--seoul-learn-font-weight-bold);
  }
  .card,
  .course,
  .empty {
    padding: var(--seoul-learn-space-4);
    border: 1px solid var(--seoul-learn-color-divider);
    border-radius: var(--seoul-learn-radius-card);
    background: var(--_card);
  }
  .meter {
    display: block;
    block-size: 10px;
    margin: var(--seoul-learn-space-2) 0;
    border: 1px solid var(--seoul-learn-color-border);
    border-radius: var(--seoul-learn-radius-pill);
    background: var(--_track);
    overflow: hidden;
  }
  .fill {
    block-size: 100%;
    border-radius: inherit;
    background: var(--_bar);
  }
  input,
  select,
  summary {
    min-height: 44px;
    font: inherit;
    border-radius: var(--seoul-learn-radius-control);
  }
  input,
  select {
    /* A select is as wide as its longest option: never wider than the room it has. */
    max-width: 100%;
    padding: 0 var(--seoul-learn-space-3);
    border: 1px solid var(--seoul-learn-color-border);
    background: var(--seoul-learn-color-surface);
    color: var(--seoul-learn-color-on-surface);
  }
  input[aria-invalid='true'] {
    border: 2px solid var(--seoul-learn-color-danger);
  }
  .chart {
    margin: 0;
  }
  .chart svg {
    display: block;
    width: 100%;
    height: 160px;
  }
  .day {
    fill: var(--_bar);
  }
  .axis,
  .grid {
    stroke: var(--seoul-learn-color-border);
    vector-effect: non-scaling-stroke;
  }
  .grid {
    stroke: var(--seoul-learn-color-divider);
    stroke-dasharray: 4 4;
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
    /* Positioned, so that visually hidden text in its cells scrolls with it, not widens the page. */
    position: relative;
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
  th[scope='row'],
  thead th:first-child {
    text-align: start;
  }
  @media (forced-colors: active) {
    /* Backgrounds are repainted as Canvas: the fills keep a system colour, the tracks an edge. */
    .meter {
      border-color: CanvasText;
    }
    .fill {
      forced-color-adjust: none;
      background: Highlight;
    }
    .day {
      fill: Highlight;
    }
    .axis,
    .grid {
      stroke: CanvasText;
    }
  }
`;
