import { css, type CSSResult } from 'lit';

/**
 * Looks of the booking element's frame: headings, step indicator, skeleton, failures, actions.
 * Colours, spacing, radius and type come only from theme tokens. The looks of the steps' content
 * (`lazy.styles.ts`) arrive with its code.
 */
export const bookingStyles = css`
  :host {
    --_primary: var(--seoul-learn-color-primary);
    --_on-primary: var(--seoul-learn-color-on-primary);
    --_surface: var(--seoul-learn-color-surface);
    --_surface-alt: var(--seoul-learn-color-surface-alt);
    --_border: var(--seoul-learn-color-border);
    --_divider: var(--seoul-learn-color-divider);
    --_muted: var(--seoul-learn-color-on-surface-muted);
    --_danger: var(--seoul-learn-color-danger);
    --_radius: var(--seoul-learn-radius-control);
    --_radius-lg: var(--seoul-learn-radius-card);
    --_gap: var(--seoul-learn-space-3);
    max-width: var(--seoul-learn-booking-max-width, 720px);
    background: var(--_surface);
  }
  .booking {
    padding: var(--seoul-learn-space-4);
    /* Layouts follow the element's width, not the window's. */
    container-type: inline-size;
  }
  /* By role, not by tag: heading-level changes the tags. */
  .title,
  .subtitle {
    line-height: var(--seoul-learn-line-height-heading);
    margin: var(--_gap) 0;
  }
  .title {
    font-weight: var(--seoul-learn-font-weight-heading);
    font-size: var(--seoul-learn-font-size-xl);
  }
  .subtitle {
    font-size: var(--seoul-learn-font-size-lg);
  }
  p {
    margin: var(--seoul-learn-space-2) 0;
  }
  button {
    font: inherit;
    color: inherit;
  }
  button {
    min-height: 44px;
    min-width: 44px;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--seoul-learn-space-2);
    padding: var(--seoul-learn-space-2) var(--seoul-learn-space-4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  button:hover {
    background: var(--_surface-alt);
  }
  /* KRDS step indicator: a bar per step, a check on the steps done. */
  .steps {
    display: flex;
    gap: var(--seoul-learn-space-1);
    list-style: none;
    margin: 0;
    padding: 0;
    font-size: var(--seoul-learn-font-size-sm);
    color: var(--_muted);
  }
  .steps li {
    flex: 1 1 0;
    display: flex;
    align-items: flex-start;
    gap: var(--seoul-learn-space-1);
    padding-top: var(--seoul-learn-space-2);
    border-top: 4px solid var(--_divider);
  }
  .steps .past,
  .steps .current {
    border-top-color: var(--_primary);
  }
  .step-number {
    display: inline-grid;
    place-items: center;
    flex: none;
    width: 1.75em;
    height: 1.75em;
    border-radius: var(--seoul-learn-radius-pill);
    border: 1px solid var(--_border);
  }
  /* A check drawn in the text colour (so forced colours repaint it): the step is done. */
  .past .step-number::before {
    content: '';
    width: 0.35em;
    height: 0.7em;
    margin-top: -0.15em;
    border: solid currentColor;
    border-width: 0 0.15em 0.15em 0;
    transform: rotate(45deg);
  }
  .steps .past .step-number {
    color: var(--_primary);
    border-color: var(--_primary);
  }
  .steps .current {
    color: var(--seoul-learn-color-on-surface);
    font-weight: var(--seoul-learn-font-weight-bold);
  }
  .steps .current .step-name {
    text-decoration: underline;
    text-underline-offset: 4px;
  }
  .steps .current .step-number {
    background: var(--_primary);
    color: var(--_on-primary);
    border-color: var(--_primary);
  }
  /* On a narrow element only the current step is named; the others keep their mark. */
  @container (max-width: 559px) {
    .steps li:not(.current) .step-name {
      display: none;
    }
    .steps .current {
      flex-grow: 4;
    }
  }
  .step-of {
    color: var(--_muted);
    font-size: var(--seoul-learn-font-size-sm);
  }
  .notice,
  .error {
    border: 1px solid var(--_danger);
    border-inline-start-width: 4px;
    border-radius: var(--_radius-lg);
    padding: var(--_gap);
    margin: var(--_gap) 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--seoul-learn-space-2);
    margin-top: var(--seoul-learn-space-5);
  }
  .actions .back {
    margin-inline-end: auto;
  }
  @container (max-width: 479px) {
    .actions > * {
      flex-grow: 1;
    }
  }
  /* Laid out as the choice cards that replace it (one column, or two from 560px), each as tall
     as a card with its one-line description. */
  .loading {
    display: grid;
    gap: var(--seoul-learn-space-4);
  }
  @container (min-width: 560px) {
    .loading {
      grid-template-columns: repeat(auto-fill, minmax(240px, 1fr));
    }
  }
  .loading > .bone {
    height: 117px;
  }
  .bone {
    height: 72px;
    border-radius: var(--_radius-lg);
    background: var(--_surface-alt);
  }
  @media (max-width: 420px) {
    .booking {
      padding: var(--seoul-learn-space-2);
    }
  }
  @media (forced-colors: active) {
    .steps li {
      border-top-color: GrayText;
    }
    .steps .past,
    .steps .current {
      border-top-color: Highlight;
    }
    .steps .current .step-number {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;

/**
 * A style sheet that every booking element adopts from the start and that the lazily loaded
 * parts fill with their looks (CSSOM, so a strict style-src allows it).
 */
export const lazySlot = css``;

export function fillLazyStyles(styles: CSSResult): void {
  const sheet = lazySlot.styleSheet;
  if (sheet && !sheet.cssRules.length) sheet.replaceSync(styles.cssText);
}
