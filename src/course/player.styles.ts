import { css } from 'lit';

/** The video stage, its overlays and the control bar (seek bar, buttons, volume, selects). Reads the course's private aliases. */
export const playerStyles = css`
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
  .handle {
    --_to: 0%;
    position: absolute;
    inset-block-start: 5px;
    inset-inline-start: var(--_to);
    width: 14px;
    height: 14px;
    margin-inline-start: -7px;
    border-radius: 50%;
    border: 2px solid var(--_surface);
    background: var(--_primary);
    pointer-events: none;
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
  /* Phones have volume keys: one row of controls on a narrow player. */
  @container (max-width: 479px) {
    .volume {
      display: none;
    }
  }
  @container (max-width: 359px) {
    .duration {
      display: none;
    }
  }
  /* Forced colours paint backgrounds away: the track and the played part keep a shape. */
  @media (forced-colors: active) {
    .seek-track {
      border: 1px solid CanvasText;
    }
    .played,
    .handle {
      forced-color-adjust: none;
      background: Highlight;
    }
  }
`;
