/**
 * The applicant's details while they are typed: the form's values, the errors shown, and the
 * checks on submit. They live only in memory and are dropped once the data source has them, or
 * when the learner or data source changes.
 */
import type { ReactiveControllerHost } from 'lit';
import { normaliseKoreanMobile } from '../data/applicant.js';
import { EMPTY_FORM, type ApplicantForm, type FormField } from './applicant-form.js';
import { invalidFields } from './applicant-model.js';

export interface DetailsOptions {
  /** Whether the form is shown (a blur as it goes away needs no rewrite). */
  readonly shown: () => boolean;
  /** Fields were found invalid: say how many and move focus to the first. */
  readonly invalid: (fields: readonly FormField[]) => void;
  /** The form changed: a new confirm attempt will need a new idempotency key. */
  readonly changed: () => void;
}

export class DetailsController {
  form: ApplicantForm = EMPTY_FORM;
  errors: readonly FormField[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DetailsOptions,
  ) {}

  /** Drops what was typed and the errors shown. */
  forget(): void {
    this.form = EMPTY_FORM;
    this.errors = [];
    this.host.requestUpdate();
  }

  readonly onInput = (patch: Partial<ApplicantForm>): void => {
    this.form = { ...this.form, ...patch };
    this.options.changed();
    // Messages already shown disappear as soon as their field is fixed; new ones wait for submit.
    if (this.errors.length) this.errors = invalidFields(this.form).filter((field) => this.errors.includes(field));
    this.host.requestUpdate();
  };

  readonly onPhoneBlur = (field: 'phone' | 'guardianPhone'): void => {
    // Leaving the form (focus moves to the next step's heading) needs no rewrite: submit normalises.
    if (!this.options.shown()) return;
    const normalised = normaliseKoreanMobile(this.form[field]);
    if (normalised && normalised !== this.form[field]) {
      this.form = { ...this.form, [field]: normalised };
      this.host.requestUpdate();
    }
  };

  /** Checks the form and shows what is invalid; `true` when it may go on to review. */
  submit(): boolean {
    this.show(invalidFields(this.form));
    return !this.errors.length;
  }

  /** Shows `errors` at their fields (those the data source refused, or the form's own). */
  show(errors: readonly FormField[]): void {
    this.errors = errors;
    this.host.requestUpdate();
    if (errors.length) this.options.invalid(errors);
  }
}
