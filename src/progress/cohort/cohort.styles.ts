import { css } from 'lit';

/**
 * Styles only the cohort view uses, after the dashboard's own (`progress.styles.ts`): they load
 * with the view, so a learner's dashboard never downloads them.
 */
export const cohortStyles = css`
  .action.secondary {
    background: var(--seoul-learn-color-surface);
    color: var(--seoul-learn-color-primary);
  }
  .head {
    display: grid;
    gap: var(--seoul-learn-space-1);
  }
  .head .title {
    margin: 0;
    font-size: var(--seoul-learn-font-size-xl);
  }
  .head p {
    margin: 0;
  }
  /* A filter panel (KRDS search filter), not a fieldset's default frame with the legend on it. */
  .filters {
    /* A fieldset is as wide as its content unless told otherwise. */
    min-inline-size: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--seoul-learn-space-3) var(--seoul-learn-space-4);
    margin: 0;
    padding: var(--seoul-learn-space-4);
    border: 0;
    border-radius: var(--seoul-learn-radius-card);
    background: var(--_track);
  }
  .filters legend {
    /* A floated legend is laid out inside the panel, on a row of its own. */
    float: inline-start;
    inline-size: 100%;
    padding: 0;
    font-weight: var(--seoul-learn-font-weight-bold);
  }
  .filters label {
    display: grid;
    flex: 1 1 14em;
    min-inline-size: 0;
    gap: var(--seoul-learn-space-1);
    font-size: var(--seoul-learn-font-size-sm);
    font-weight: var(--seoul-learn-font-weight-bold);
  }
  .filters select {
    inline-size: 100%;
    font-size: var(--seoul-learn-font-size-md);
    font-weight: normal;
  }
  .histogram {
    height: auto;
    max-width: 560px;
  }
  .histogram text {
    fill: var(--seoul-learn-color-on-surface);
    font-size: 14px;
  }
  .rate .meter {
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
  @media (forced-colors: active) {
    .filters {
      border: 1px solid CanvasText;
    }
  }
`;
