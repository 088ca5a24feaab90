import { css } from 'lit';

/**
 * The video stage, its overlays, the controls over the bottom of the video (seek bar with
 * handle, chapter marks and preview; one row of buttons) and the settings menu. The player's
 * chrome is light on a dark scrim in every theme, as on every video player; the brand colour
 * marks the play button, the seek handle and the chosen settings. Reads the course's aliases.
 */
export const playerStyles = css`
  .stage {
    --_on-screen: var(--seoul-learn-course-player-color, white);
    --_scrim: var(--seoul-learn-course-player-scrim, rgb(0 0 0 / 0.72));
    --_veil: rgb(255 255 255 / 0.18);
    position: relative;
    container-type: inline-size;
    background: var(--_screen);
    color: var(--_on-screen);
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
  /* Captions move above the controls (seek bar and button row, 76px) while those show (Chromium and
     WebKit name the box). */
  .stage:is(:not(.idle), :focus-within) video::-webkit-media-text-track-container {
    transform: translateY(-84px);
  }
  .surface {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    cursor: pointer;
  }
  .big-play {
    display: grid;
    place-items: center;
    width: 72px;
    height: 72px;
    border-radius: 50%;
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .big-play .icon {
    width: 32px;
    height: 32px;
    margin-inline-start: 4px;
  }
  /* On a phone the controls take half the picture: a smaller button, centred above them. */
  @container (max-width: 479px) {
    .surface {
      padding-block-end: 56px;
    }
    .big-play {
      width: 52px;
      height: 52px;
    }
    .big-play .icon {
      width: 24px;
      height: 24px;
    }
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
    width: 48px;
    height: 48px;
    border: 4px solid var(--_veil);
    border-top-color: var(--_on-screen);
    border-radius: 50%;
    animation: spin 1s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  .controls {
    position: absolute;
    inset-inline: 0;
    inset-block-end: 0;
    padding: 40px var(--_s2) var(--_s1);
    background: linear-gradient(transparent, var(--_scrim) 55%);
    transition: opacity 0.25s;
  }
  /* Resting while the video plays untouched; never while paused or while focus is inside. */
  .stage.idle:not(:focus-within) .controls {
    opacity: 0;
  }
  .stage.idle:not(:focus-within) {
    cursor: none;
  }
  .seek {
    position: relative;
    height: 24px;
    margin-inline: var(--_s2);
  }
  .seek-track {
    position: absolute;
    inset: 10px 0;
    background: var(--_veil);
    border-radius: 2px;
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
    background: var(--_veil);
  }
  .played {
    background: var(--_on-screen);
  }
  .chapter-mark {
    --_at: 0%;
    position: absolute;
    inset-block: 0;
    inset-inline-start: var(--_at);
    width: 3px;
    background: var(--_scrim);
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
    background: var(--_primary);
    border: 2px solid var(--_on-screen);
    pointer-events: none;
  }
  .preview {
    --_at: 0%;
    position: absolute;
    inset-block-end: 28px;
    inset-inline-start: clamp(3.5em, var(--_at), calc(100% - 3.5em));
    transform: translateX(-50%);
    display: none;
    justify-items: center;
    max-width: 16em;
    padding: 2px var(--_s2);
    border-radius: var(--_radius);
    background: var(--_scrim);
    font-size: var(--seoul-learn-font-size-sm);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    pointer-events: none;
  }
  .seek.hovering .preview,
  .seek:has(.seek-input:focus-visible) .preview {
    display: grid;
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
    outline: var(--seoul-learn-focus-ring-width) solid var(--_on-screen);
    outline-offset: 3px;
  }
  .bar {
    display: flex;
    align-items: center;
    gap: 2px;
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
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .control:hover,
  .control[aria-expanded='true'] {
    background: var(--_veil);
  }
  .control[aria-pressed='true'] {
    border-color: currentColor;
  }
  .control:focus-visible {
    outline-color: var(--_on-screen);
    outline-offset: -2px;
  }
  .control .icon {
    width: 24px;
    height: 24px;
  }
  .time {
    padding-inline: var(--_s1);
    font-size: var(--seoul-learn-font-size-sm);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .volume-group {
    display: inline-flex;
    align-items: center;
  }
  .volume {
    width: 80px;
    min-height: 24px;
    accent-color: var(--_on-screen);
  }
  @container (max-width: 419px) {
    .volume {
      display: none;
    }
  }
  @container (max-width: 479px) {
    .controls {
      padding-block-start: var(--_s4);
    }
    .big-play {
      width: 56px;
      height: 56px;
    }
  }
  @container (max-width: 359px) {
    .duration {
      display: none;
    }
    .control {
      min-width: 40px;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
    .controls {
      transition: none;
    }
  }
  /* Forced colours paint backgrounds away: the track, the played part and the handle keep a shape. */
  @media (forced-colors: active) {
    .seek-track {
      border: 1px solid CanvasText;
    }
    .played,
    .handle {
      forced-color-adjust: none;
      background: Highlight;
    }
    .handle {
      border-color: Canvas;
    }
    /* A solid background would hide the picture: the controls go under it, and stay. */
    .controls,
    .stage.idle:not(:focus-within) .controls {
      position: static;
      opacity: 1;
      padding-block-start: var(--_s1);
      background: Canvas;
    }
    .stage video::-webkit-media-text-track-container {
      transform: none;
    }
    .big-play {
      border: 2px solid ButtonText;
    }
  }
`;
