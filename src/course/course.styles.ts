import { css } from 'lit';

/** Layout and look of the course player; every colour, radius, space and font from theme tokens. */
export const courseStyles = css`
  :host {
    --_outline-width: var(--seoul-learn-course-outline-width, 320px);
    --_screen: var(--seoul-learn-course-player-background, black);
    --_primary: var(--seoul-learn-color-primary);
    --_on-primary: var(--seoul-learn-color-on-primary);
    --_surface: var(--seoul-learn-color-surface);
    --_surface-alt: var(--seoul-learn-color-surface-alt);
    --_muted: var(--seoul-learn-color-on-surface-muted);
    --_border: var(--seoul-learn-color-border);
    --_divider: var(--seoul-learn-color-divider);
    --_subtle: var(--seoul-learn-color-primary-subtle);
    --_on-subtle: var(--seoul-learn-color-on-primary-subtle);
    --_radius: var(--seoul-learn-radius-md);
    --_radius-lg: var(--seoul-learn-radius-lg);
    --_s1: var(--seoul-learn-space-1);
    --_s2: var(--seoul-learn-space-2);
    --_s3: var(--seoul-learn-space-3);
    --_s4: var(--seoul-learn-space-4);
    background: var(--_surface);
  }
  .course {
    container-type: inline-size;
  }
  /* Classes, not tags: heading-level changes the tags, not the look. */
  .course-title,
  .lesson-heading,
  .outline-title,
  .panel-title,
  p {
    margin: 0;
  }
  .head {
    display: grid;
    gap: var(--_s1);
    margin-block-end: var(--_s4);
    min-height: 3.5em;
  }
  .course-title {
    font-size: var(--seoul-learn-font-size-xl);
    line-height: var(--seoul-learn-line-height-heading);
  }
  .meta {
    color: var(--_muted);
    font-size: var(--seoul-learn-font-size-sm);
  }
  .layout {
    display: grid;
    gap: var(--_s4);
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 760px) {
    .layout {
      grid-template-columns: minmax(0, 1fr) var(--_outline-width);
      align-items: start;
    }
  }
  .main {
    display: grid;
    gap: var(--_s3);
    min-width: 0;
  }
  .lesson-heading {
    font-size: var(--seoul-learn-font-size-lg);
  }
  .button {
    font: inherit;
    min-height: 44px;
    padding: var(--_s2) var(--_s4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    gap: var(--_s1);
  }
  .button.primary {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  .button:hover {
    border-color: var(--seoul-learn-color-primary-hover);
  }
  .button.primary:hover {
    background: var(--seoul-learn-color-primary-hover);
  }

  /* Player */
  .stage {
    background: var(--_screen);
    border-radius: var(--_radius-lg);
    overflow: hidden;
  }
  .stage:fullscreen {
    display: flex;
    flex-direction: column;
    justify-content: center;
    border-radius: 0;
  }
  .screen {
    position: relative;
    aspect-ratio: 16 / 9;
    display: grid;
  }
  .screen.with-sign {
    grid-template-columns: 3fr 1fr;
  }
  video {
    width: 100%;
    height: 100%;
    display: block;
    background: var(--_screen);
    min-width: 0;
  }
  video.sign {
    object-fit: contain;
  }
  video.cues-small::cue {
    font-size: 80%;
  }
  video.cues-large::cue {
    font-size: 150%;
  }
  .overlay {
    position: absolute;
    inset: 0;
    display: grid;
    place-content: center;
    justify-items: center;
    gap: var(--_s3);
    text-align: center;
    padding: var(--_s4);
  }
  .overlay.error {
    background: var(--_surface);
    color: var(--seoul-learn-color-danger);
  }
  .spinner {
    width: 40px;
    height: 40px;
    border: 4px solid var(--_divider);
    border-top-color: var(--_primary);
    border-radius: 50%;
    animation: spin 1s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  .controls {
    background: var(--_surface-alt);
    padding: var(--_s2) var(--_s3);
    display: grid;
    gap: var(--_s1);
  }
  .seek {
    position: relative;
    height: 24px;
  }
  .seek-track {
    position: absolute;
    inset: 9px 0;
    background: var(--_divider);
    border-radius: var(--seoul-learn-radius-pill);
    overflow: hidden;
  }
  /* controls.ts sets --_to and --_at on each element through CSSOM; these are the defaults. */
  .buffered,
  .played {
    --_to: 0%;
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    width: var(--_to);
  }
  .buffered {
    background: var(--_border);
  }
  .played {
    background: var(--_primary);
  }
  .chapter-mark {
    --_at: 0%;
    position: absolute;
    inset-block: 0;
    inset-inline-start: var(--_at);
    width: 3px;
    background: var(--_surface);
  }
  .seek-input {
    position: absolute;
    inset: 0;
    width: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .seek:has(.seek-input:focus-visible) .seek-track {
    outline: var(--seoul-learn-focus-ring-width) solid var(--seoul-learn-color-focus);
    outline-offset: var(--seoul-learn-focus-ring-offset);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_s1) var(--_s2);
  }
  .spacer {
    flex: 1;
  }
  .control {
    font: inherit;
    min-width: 44px;
    min-height: 44px;
    display: inline-grid;
    place-items: center;
    padding: 0 var(--_s2);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .control:hover {
    border-color: var(--_border);
  }
  .control[aria-pressed='true'] {
    background: var(--_subtle);
    color: var(--_on-subtle);
    border-color: var(--_primary);
  }
  .icon {
    width: 24px;
    height: 24px;
    fill: currentColor;
  }
  .time {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .volume {
    width: 88px;
    min-height: 24px;
    accent-color: var(--_primary);
  }
  .field {
    display: inline-flex;
    align-items: center;
    gap: var(--_s1);
    font-size: var(--seoul-learn-font-size-sm);
  }
  select {
    font: inherit;
    min-height: 36px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
  }

  /* Notices and panels */
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_s2) var(--_s3);
    padding: var(--_s3);
    border-radius: var(--_radius);
    background: var(--_subtle);
    color: var(--_on-subtle);
  }
  .panel {
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    padding: var(--_s3);
  }
  .panel-title {
    font-size: var(--seoul-learn-font-size-md);
    margin-block-end: var(--_s2);
  }
  .cues {
    position: relative;
    list-style: none;
    margin: 0;
    padding: 0;
    max-height: 12em;
    overflow-y: auto;
  }
  .cue {
    font: inherit;
    width: 100%;
    min-height: 44px;
    display: flex;
    gap: var(--_s3);
    align-items: baseline;
    text-align: start;
    padding: var(--_s2);
    border: 0;
    border-inline-start: 4px solid transparent;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .cue[aria-current='true'] {
    background: var(--_subtle);
    color: var(--_on-subtle);
    border-inline-start-color: var(--_primary);
    font-weight: var(--seoul-learn-font-weight-bold);
  }
  .cue-time {
    color: inherit;
    font-variant-numeric: tabular-nums;
  }
  .material-list {
    margin: 0;
    padding-inline-start: var(--_s4);
    display: grid;
    gap: var(--_s2);
  }
  a {
    color: var(--seoul-learn-color-link);
  }
  .button.primary,
  .button {
    text-decoration: none;
  }
  .external-card {
    display: grid;
    gap: var(--_s3);
    padding: var(--_s4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-lg);
    background: var(--_surface-alt);
    aspect-ratio: 16 / 9;
    align-content: center;
  }
  .provider {
    font-weight: var(--seoul-learn-font-weight-bold);
    font-size: var(--seoul-learn-font-size-lg);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s2);
    align-items: center;
  }
  .done-badge {
    color: var(--seoul-learn-color-success);
    font-weight: var(--seoul-learn-font-weight-bold);
  }
  dialog {
    border: 1px solid var(--_border);
    border-radius: var(--_radius-lg);
    background: var(--_surface);
    color: var(--seoul-learn-color-on-surface);
    padding: var(--_s4);
    max-width: min(90vw, 28em);
  }
  .keys {
    display: grid;
    gap: var(--_s1);
    margin: var(--_s3) 0;
  }
  .keys div {
    display: grid;
    grid-template-columns: 8em 1fr;
  }
  .keys dd {
    margin: 0;
  }
  kbd {
    font: inherit;
    font-weight: var(--seoul-learn-font-weight-bold);
  }

  /* Outline */
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
    border-radius: var(--_radius);
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

  /* States */
  .problem {
    display: grid;
    justify-items: start;
    gap: var(--_s3);
    padding: var(--_s4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .bone {
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    min-height: 1em;
  }
  .bone.title {
    height: 1.8em;
    width: 60%;
  }
  .bone.line {
    height: 1.2em;
    margin-block: var(--_s2);
  }
  .stage-bone {
    aspect-ratio: 16 / 9;
    border-radius: var(--_radius-lg);
  }
`;
