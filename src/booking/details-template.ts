/** The applicant form: native controls, inline errors tied to each field, explicit PIPA-style consent. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { icon } from '../core/icons.js';
import { alertCircle } from '../core/generated/icons.js';
import { MAX_QUESTION_LENGTH } from '../data/applicant.js';
import { SCHOOL_LEVELS } from '../data/types.js';
import type { ApplicantForm, FormField } from './applicant-form.js';
import { gradesOf } from './applicant-model.js';
import type { AllMessages } from './summary-templates.js';

export interface DetailsProps {
  readonly m: AllMessages;
  readonly form: ApplicantForm;
  readonly errors: readonly FormField[];
  readonly onInput: (patch: Partial<ApplicantForm>) => void;
  readonly onPhoneBlur: (field: 'phone' | 'guardianPhone') => void;
  readonly onSubmit: (event: Event) => void;
  /** The Back button, before the form's own primary action. */
  readonly back: TemplateResult;
}

const value = (event: Event): string => (event.target as HTMLInputElement).value;
const checked = (event: Event): boolean => (event.target as HTMLInputElement).checked;

/** An empty field says that it is needed; a filled one says what is wrong with its value. */
function error(field: FormField, props: DetailsProps): TemplateResult | typeof nothing {
  const { m, form } = props;
  const empty = typeof form[field] === 'string' && !(form[field] as string).trim();
  return props.errors.includes(field)
    ? html`<p class="field-error" id="${field}-error" part="field-error">
        ${icon(alertCircle)}${(empty && m.fieldEmpty(field)) || m.fieldError(field)}
      </p>`
    : nothing;
}

const invalid = (field: FormField, props: DetailsProps) => (props.errors.includes(field) ? 'true' : 'false');
const describedBy = (field: FormField, props: DetailsProps, extra = '') =>
  [extra, props.errors.includes(field) ? `${field}-error` : ''].filter(Boolean).join(' ') || nothing;

function textField(
  field: 'name' | 'phone' | 'email' | 'guardianName' | 'guardianPhone',
  label: string,
  props: DetailsProps,
  options: { type?: string; autocomplete?: string; required?: boolean; hint?: string } = {},
): TemplateResult {
  const hintId = options.hint ? `${field}-hint` : '';
  const phone = field === 'phone' || field === 'guardianPhone';
  return html`<div class="field">
    <label for=${field}
      >${label}${options.required ? html` <span class="req">(${props.m.required})</span>` : nothing}</label
    >
    ${options.hint ? html`<p class="hint" id=${hintId}>${options.hint}</p>` : nothing}
    <input
      id=${field}
      name=${field}
      type=${options.type ?? 'text'}
      inputmode=${phone ? 'tel' : nothing}
      autocomplete=${options.autocomplete ?? 'off'}
      ?required=${options.required}
      aria-required=${options.required ? 'true' : 'false'}
      aria-invalid=${invalid(field, props)}
      aria-describedby=${describedBy(field, props, hintId)}
      .value=${live(props.form[field])}
      @input=${(event: Event) => props.onInput({ [field]: value(event) })}
      @blur=${phone ? () => props.onPhoneBlur(field) : nothing}
    />
    ${error(field, props)}
  </div>`;
}

export function detailsTemplate(props: DetailsProps): TemplateResult {
  const { m, form } = props;
  const count = [...form.question].length;
  return html`<form novalidate @submit=${props.onSubmit} part="form">
    ${textField('name', m.name, props, { autocomplete: 'name', required: true })}
    <div class="field-row">
      <div class="field">
        <label for="schoolLevel">${m.schoolLevel} <span class="req">(${m.required})</span></label>
        <select
          id="schoolLevel"
          aria-required="true"
          aria-invalid=${invalid('schoolLevel', props)}
          aria-describedby=${describedBy('schoolLevel', props)}
          @change=${(event: Event) => props.onInput({ schoolLevel: value(event) as ApplicantForm['schoolLevel'], grade: '' })}
        >
          <option value="" ?selected=${!form.schoolLevel}>${m.choose}</option>
          ${SCHOOL_LEVELS.map((level) => html`<option value=${level} ?selected=${form.schoolLevel === level}>${m.level(level)}</option>`)}
        </select>
        ${error('schoolLevel', props)}
      </div>
      <div class="field">
        <label for="grade">${m.grade} <span class="req">(${m.required})</span></label>
        <select
          id="grade"
          aria-required="true"
          aria-invalid=${invalid('grade', props)}
          aria-describedby=${describedBy('grade', props)}
          @change=${(event: Event) => props.onInput({ grade: value(event) })}
        >
          <option value="" ?selected=${!form.grade}>${m.choose}</option>
          ${gradesOf(form.schoolLevel).map(
            (grade) =>
              html`<option value=${grade} ?selected=${form.grade === String(grade)}>${m.gradeN(grade)}</option>`,
          )}
        </select>
        ${error('grade', props)}
      </div>
    </div>
    ${textField('phone', m.phone, props, { type: 'tel', autocomplete: 'tel', required: true, hint: m.phoneHint })}
    ${textField('email', m.email, props, { type: 'email', autocomplete: 'email' })}
    <div class="field check">
      <input
        id="guardianAttending"
        type="checkbox"
        .checked=${live(form.guardianAttending)}
        @change=${(event: Event) => props.onInput({ guardianAttending: checked(event) })}
      />
      <label for="guardianAttending">${m.guardianAttending}</label>
    </div>
    ${
      form.guardianAttending
        ? html`${textField('guardianName', m.guardianName, props, { required: true })}
          ${textField('guardianPhone', m.guardianPhone, props, { type: 'tel', required: true, hint: m.phoneHint })}`
        : nothing
    }
    <div class="field">
      <label for="question">${m.question}</label>
      <textarea
        id="question"
        rows="4"
        maxlength=${MAX_QUESTION_LENGTH}
        aria-invalid=${invalid('question', props)}
        aria-describedby=${describedBy('question', props, 'question-counter')}
        .value=${live(form.question)}
        @input=${(event: Event) => props.onInput({ question: value(event) })}
      ></textarea>
      <p class="hint counter" id="question-counter">${m.counter(count, MAX_QUESTION_LENGTH)}</p>
      <p class="visually-hidden counter-status" role="status">
        ${count >= MAX_QUESTION_LENGTH ? m.counterLimit(MAX_QUESTION_LENGTH) : nothing}
      </p>
      ${error('question', props)}
    </div>
    <fieldset class="consent" part="consent">
      <legend>${m.consentHeading}</legend>
      <ul>
        <li>${m.consentItems}</li>
        <li>${m.consentPurpose}</li>
        <li>${m.consentRetention}</li>
        <li>${m.consentRefusal}</li>
      </ul>
      <div class="check">
        <input
          id="consent"
          type="checkbox"
          aria-required="true"
          aria-invalid=${invalid('consent', props)}
          aria-describedby=${describedBy('consent', props)}
          .checked=${live(form.consent)}
          @change=${(event: Event) => props.onInput({ consent: checked(event) })}
        />
        <label for="consent">${m.consent}</label>
      </div>
      ${error('consent', props)}
    </fieldset>
    <div class="actions">
      ${props.back}
      <button type="submit" class="primary" part="button primary-button">${m.toReview}</button>
    </div>
  </form>`;
}
