/**
 * Takes part in a host `<form>` for a form-associated element (`static formAssociated = true`):
 * the value the form submits, `required` validity with a message in the active locale, anchored
 * at the control a keyboard reaches first, and a form reset. In the spirit of Web Awesome's
 * `FormControlController`; the element forwards its public form API and `formResetCallback` here.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a host form's "please fill in" bubble points: the first control a keyboard reaches. */
const FIRST_CONTROL = 'button:not([disabled]):not([tabindex="-1"]),input,select,textarea,a[href]';

export interface FormControlOptions {
  /** Whether the form may not submit without a value. */
  readonly required: () => boolean;
  /** The `valueMissing` message, in the active locale (read after every render). */
  readonly valueMissing: () => string;
  /** Where the browser points when nothing focusable is rendered yet (a heading focusable by script). */
  readonly fallbackAnchor?: () => HTMLElement | null | undefined;
  /** The host form was reset: drop what the element holds (its value is already cleared). */
  readonly reset?: () => void;
}

export type FormControlHost = ReactiveControllerHost & HTMLElement;

export class FormControlController implements ReactiveController {
  private current = '';

  /**
   * @param internals The host's `ElementInternals` (an element may attach them only once, and
   *   Seoul Learn elements attach theirs when they are made).
   */
  constructor(
    private readonly host: FormControlHost,
    readonly internals: ElementInternals,
    private readonly options: FormControlOptions,
  ) {
    host.addController(this);
  }

  /** What the form submits under the element's `name`; an empty string submits nothing. */
  get value(): string {
    return this.current;
  }

  set value(value: string) {
    this.current = value;
    this.internals.setFormValue(value || null);
    this.host.requestUpdate();
  }

  /** A host form was reset. Call from the element's `formResetCallback`. */
  reset(): void {
    this.value = '';
    this.options.reset?.();
  }

  /** Re-run after every render: the message follows the locale, the anchor what is shown. */
  hostUpdated(): void {
    if (!this.options.required() || this.current) {
      this.internals.setValidity({});
      return;
    }
    const root = this.host.shadowRoot ?? this.host;
    const anchor = root.querySelector<HTMLElement>(FIRST_CONTROL) ?? this.options.fallbackAnchor?.() ?? undefined;
    this.internals.setValidity({ valueMissing: true }, this.options.valueMissing(), anchor);
  }
}
