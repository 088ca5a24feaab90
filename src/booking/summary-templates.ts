/** What is booked and by whom, as description-list rows: shown on review, confirmation and "my bookings". */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../core/i18n.js';
import { normaliseKoreanMobile } from '../data/applicant.js';
import type { Booking, Consultant, ConsultationKind, Slot } from '../data/types.js';
import type { ApplicantForm } from './applicant-form.js';
import type { BookingMessages } from './booking.messages.js';
import { modeName, text } from './flow-templates.js';
import { timeLines } from './times-template.js';
import type { LazyMessages } from './lazy.messages.js';
import { httpUrl } from './safe-url.js';
import { icon } from '../core/icons.js';
import { check, circleCheck, circleX } from '../core/generated/icons.js';
import { bookingCode } from './booking-code.js';

/** Every string: the frame's and the lazily loaded ones. */
export type AllMessages = BookingMessages & LazyMessages;

export interface SummaryProps {
  readonly m: AllMessages;
  readonly locale: Locale;
  readonly kind: ConsultationKind | undefined;
  readonly consultant: Consultant | undefined;
  readonly slot: Pick<Slot, 'start' | 'durationMin' | 'mode' | 'location'>;
}

/** What is booked: kind, consultant, time (KST and local), format and place. */
export function bookingSummary({ m, locale, kind, consultant, slot }: SummaryProps): TemplateResult {
  return html`
    ${
      kind
        ? html`<dt>${m.reviewKind}</dt>
            <dd>${text(kind.title, locale)}</dd>`
        : nothing
    }
    ${
      consultant
        ? html`<dt>${m.reviewConsultant}</dt>
            <dd>${text(consultant.name, locale)}</dd>`
        : nothing
    }
    <dt>${m.reviewWhen}</dt>
    <dd>${timeLines(slot.start, locale, m, true)} <span>(${m.minutes(slot.durationMin)})</span></dd>
    <dt>${m.reviewMode}</dt>
    <dd>${modeName(slot.mode, m)}${slot.location ? html`, ${text(slot.location, locale)}` : nothing}</dd>
  `;
}

export function applicantSummary(form: ApplicantForm, m: AllMessages): TemplateResult {
  const phone = normaliseKoreanMobile(form.phone) ?? form.phone;
  const grade = Number(form.grade);
  return html`
    <dt>${m.reviewApplicant}</dt>
    <dd>${form.name.trim()} · ${form.schoolLevel ? m.level(form.schoolLevel) : ''} ${grade ? m.gradeN(grade) : ''}</dd>
    <dt>${m.reviewPhone}</dt>
    <dd>${phone}${form.email.trim() ? html`<br />${form.email.trim()}` : nothing}</dd>
    ${
      form.guardianAttending
        ? html`<dt>${m.reviewGuardian}</dt>
            <dd>${form.guardianName.trim()} · ${normaliseKoreanMobile(form.guardianPhone) ?? form.guardianPhone}</dd>`
        : nothing
    }
    ${
      form.question.trim()
        ? html`<dt>${m.reviewQuestion}</dt>
            <dd class="question">${form.question.trim()}</dd>`
        : nothing
    }
  `;
}

/** Where to go: the join link for an online booking, the place for an in-person one. */
export function bookingPlace(booking: Booking, locale: Locale, m: AllMessages): TemplateResult | typeof nothing {
  // Only an http(s) link becomes clickable: a `javascript:` one from the data source must not run.
  const url = httpUrl(booking.onlineUrl);
  if (url) {
    return html`<dt>${m.onlineLink}</dt>
      <dd>
        <a href=${url} rel="noopener noreferrer" target="_blank"
          >${url}<span class="visually-hidden"> ${m.newTab}</span></a
        >
      </dd>`;
  }
  return booking.location
    ? html`<dt>${m.location}</dt>
        <dd>${text(booking.location, locale)}</dd>`
    : nothing;
}

/** A booking's status as a KRDS badge: an icon and a word, never colour alone. */
export const statusBadge = (status: Booking['status'], m: AllMessages): TemplateResult =>
  html`<span class="badge ${status}" part="badge"
    >${icon(status === 'confirmed' ? circleCheck : status === 'cancelled' ? circleX : check)}${m.status(status)}</span
  >`;

/** The head of a booking card: its short code (the id stays internal) and its status. */
export const bookingHead = (booking: Booking, m: AllMessages): TemplateResult =>
  html`<div class="card-head">
    <span>${m.bookingNumber} <strong class="booking-code">${bookingCode(booking.id)}</strong></span>
    ${statusBadge(booking.status, m)}
  </div>`;
