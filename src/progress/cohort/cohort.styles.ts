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
  .filters {
    /* A fieldset is as wide as its content unless told otherwise. */
    min-inline-size: 0;
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
`;
