import { css } from 'lit';

/** The element's private aliases of theme tokens, its layout, headings and buttons. */
const layoutStyles = css`
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
    --_radius: var(--seoul-learn-radius-control);
    --_radius-lg: var(--seoul-learn-radius-card);
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
    font-weight: var(--seoul-learn-font-weight-heading);
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
    min-height: var(--seoul-learn-density-control-height);
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
`;

/** The notices and the panel titles (the shortcut help's too): part of the loaded course's view. */
export const panelStyles = css`
  /* Notices */
  .resume-pending {
    visibility: hidden;
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_s2) var(--_s3);
    padding: var(--_s3);
    border-radius: var(--_radius-lg);
    background: var(--_subtle);
    color: var(--_on-subtle);
  }
  .panel-title {
    font-size: var(--seoul-learn-font-size-md);
    margin-block-end: var(--_s2);
  }
  a {
    color: var(--seoul-learn-color-link);
  }
`;

/** Problem and loading (skeleton) states. */
const stateStyles = css`
  /* States */
  .problem {
    display: grid;
    justify-items: start;
    gap: var(--_s3);
    padding: var(--_s4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-lg);
  }
  .bone {
    display: block;
    background: var(--_surface-alt);
    border-radius: var(--_radius-lg);
  }
  /* A line of text: as tall as the line it stands for, in the same type. */
  .bone.text {
    display: inline-block;
    width: 60%;
    vertical-align: top;
  }
  .bone.text::before {
    content: '\\a0';
  }
  .bone.short {
    width: 30%;
  }
  /* The lesson count and length after the instructor, on the same line. */
  .bone.meta-bone {
    width: 9em;
  }
  .stage-bone {
    aspect-ratio: 16 / 9;
  }
  /* The heights of the resume notice, the transcript and the materials of a typical lesson, and
     of the outline of a course of about ten lessons (measured; em where text sets them). */
  .resume-bone {
    height: 76px;
  }
  .transcript-bone {
    height: 250px;
  }
  .materials-bone {
    height: 130px;
  }
  .outline-bone {
    height: 56.7em;
  }
`;

/**
 * Layout and look of the course player, in source order: every colour, radius, space and font
 * from theme tokens through the private aliases declared on `:host` in the first sheet.
 */
/** What the element needs before its view loads: the layout (shared with the skeleton) and the loading and problem states. */
export const courseStyles = [layoutStyles, stateStyles];
