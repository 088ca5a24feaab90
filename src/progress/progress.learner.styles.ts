import { css } from 'lit';

/**
 * Styles only the learner view uses, after the dashboard's own (`progress.styles.ts`): they load
 * with the view, so the cohort view and the loading and error states never carry them.
 */
export const learnerStyles = css`
  .streaks {
    display: flex;
    gap: var(--seoul-learn-space-6);
    margin: 0;
  }
  dd {
    margin: 0;
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
  .chart-axis {
    display: flex;
    justify-content: space-between;
    font-size: var(--seoul-learn-font-size-sm);
    color: var(--seoul-learn-color-on-surface-muted);
  }
`;
