/** The review and confirmation steps: what will be (or was) booked, and the actions that follow. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../core/i18n.js';
import type { Booking, Consultant, ConsultationKind } from '../data/types.js';
import type { ApplicantForm } from './applicant-form.js';
import type { FlowState } from './booking-flow.js';
import { icon } from '../core/icons.js';
import { circleCheckFilled, download } from '../core/generated/icons.js';
import { applicantSummary, bookingHead, bookingPlace, bookingSummary, type AllMessages } from './summary-templates.js';

export interface OutcomeProps {
  readonly m: AllMessages;
  /** The step's heading, which focus moves to. */
  readonly title: TemplateResult;
  readonly locale: Locale;
  readonly flow: FlowState;
  readonly kind: ConsultationKind | undefined;
  readonly consultants: ReadonlyMap<string, Consultant>;
  readonly applicant: ApplicantForm;
  readonly sending: boolean;
  readonly sendFailed: boolean;
  readonly back: TemplateResult;
  readonly onConfirm: () => void;
  readonly onIcs: (booking: Booking) => void;
  readonly onStartOver: () => void;
  readonly onEndReschedule: () => void;
}

const summary = (props: OutcomeProps, slot: NonNullable<FlowState['slot']> | Booking): TemplateResult =>
  bookingSummary({
    m: props.m,
    locale: props.locale,
    kind: props.kind,
    consultant: props.consultants.get(slot.consultantId),
    slot,
  });

export function reviewTemplate(props: OutcomeProps): TemplateResult {
  const { m, flow } = props;
  const moving = flow.mode === 'reschedule';
  return html`${props.title}
    <dl class="review">${summary(props, flow.slot!)} ${moving ? nothing : applicantSummary(props.applicant, m)}</dl>
    ${props.sendFailed ? html`<div class="error" role="alert" part="error"><p>${m.sendFailed}</p></div>` : nothing}
    <div class="actions">
      ${props.back}
      <button
        type="button"
        class="primary"
        part="button primary-button"
        ?disabled=${props.sending}
        @click=${props.onConfirm}
      >
        ${props.sending ? m.sending : moving ? m.confirmReschedule : m.confirm}
      </button>
    </div>`;
}

export function doneTemplate(props: OutcomeProps): TemplateResult {
  const { m, flow } = props;
  const booking = flow.booking!;
  return html`<div class="success">${icon(circleCheckFilled)}${props.title}</div>
    <div class="review">
      ${bookingHead(booking, m)}
      <dl>${summary(props, booking)} ${bookingPlace(booking, props.locale, m)}</dl>
    </div>
    <div class="actions">
      ${
        flow.mode === 'reschedule'
          ? html`<button type="button" part="button" @click=${props.onEndReschedule}>${m.backToMine}</button>`
          : html`<button type="button" part="button" @click=${props.onStartOver}>${m.bookAnother}</button>`
      }
      <button type="button" class="primary" part="button primary-button" @click=${() => props.onIcs(booking)}>
        ${icon(download)}${m.downloadIcs}
      </button>
    </div>`;
}
