import { css } from 'lit';

/** The lesson outline: chapters, lessons, completion marks and the course meter. Reads the course's private aliases. */
export const outlineStyles = css`
  .outline {
    display: grid;
    gap: var(--_s2);
    align-content: start;
    border: 1px solid var(--_divider);
    border-radius: var(--_radius-lg);
    padding: var(--_s3);
  }
  .outline-title {
    font-size: var(--seoul-learn-font-size-md);
  }
  .course-meter {
    width: 100%;
    height: 8px;
    accent-color: var(--_primary);
  }
  .tree {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .chapter-item {
    display: flex;
    align-items: center;
    gap: var(--_s2);
    min-height: 44px;
    font-weight: var(--seoul-learn-font-weight-bold);
    cursor: pointer;
  }
  .chapter-item .meta {
    margin-inline-start: auto;
    font-weight: var(--seoul-learn-font-weight-regular);
  }
  .chevron::before {
    content: '▸';
    display: inline-block;
  }
  [aria-expanded='true'] > .chevron::before {
    transform: rotate(90deg);
  }
  .lesson-item {
    margin-inline-start: var(--_s3);
    display: flex;
    gap: var(--_s2);
    align-items: flex-start;
    min-height: 44px;
    padding: var(--_s2);
    border-radius: var(--seoul-learn-radius-sm);
    border-inline-start: 4px solid transparent;
    cursor: pointer;
  }
  .lesson-item:hover {
    background: var(--_surface-alt);
  }
  .lesson-item[aria-selected='true'] {
    background: var(--_subtle);
    color: var(--_on-subtle);
    border-inline-start-color: var(--_primary);
  }
  .lesson-item[aria-selected='true'] .meta {
    color: inherit;
  }
  .lesson-item.completed .mark {
    color: var(--seoul-learn-color-success);
  }
  .lesson-text {
    display: grid;
  }
  .mark {
    width: 1.25em;
    flex: none;
    text-align: center;
  }
  /* Forced colours paint the tint away: only the current lesson keeps its side rule. */
  @media (forced-colors: active) {
    .lesson-item {
      border-inline-start-color: Canvas;
    }
    .lesson-item[aria-selected='true'] {
      border-inline-start-color: Highlight;
    }
  }
`;
