/** "My bookings": upcoming and past bookings with .ics, reschedule and cancel actions. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../core/i18n.js';
import type { Booking, Consultant, ConsultationKind } from '../data/types.js';
import type { HeadingLevel } from './booking.types.js';
import { subHeading } from './headings.js';
import { bookingHead, bookingPlace, bookingSummary, type AllMessages } from './summary-templates.js';
import { kstDateTime } from './time-labels.js';

export interface MineProps {
  readonly m: AllMessages;
  readonly locale: Locale;
  /** The level of the "my bookings" heading; "upcoming" and "past" go one below. */
  readonly headingLevel: HeadingLevel;
  readonly bookings: readonly Booking[];
  readonly kinds: ReadonlyMap<string, ConsultationKind>;
  readonly consultants: ReadonlyMap<string, Consultant>;
  readonly now: Date;
  readonly onIcs: (booking: Booking) => void;
  readonly onCancel: (booking: Booking) => void;
  readonly onReschedule: (booking: Booking) => void;
  /** The booking the cancel dialog asks about, if it is open. */
  readonly cancelTarget: Booking | undefined;
  readonly cancelling: boolean;
  readonly cancelFailed: boolean;
  readonly onCancelNo: () => void;
  readonly onCancelYes: () => void;
  readonly onDialogClose: (event: Event) => void;
}

/** The modal that asks before cancelling; the controller opens it once it has a booking to ask about. */
function cancelDialog(props: MineProps): TemplateResult {
  const { m, cancelTarget: target } = props;
  return html`<dialog part="dialog" aria-labelledby="cancel-title" @close=${props.onDialogClose}>
    ${
      target
        ? html`${subHeading(props.headingLevel, m.cancelQuestion, { id: 'cancel-title' })}
            <p>${kstDateTime(target.start, props.locale)}</p>
            ${props.cancelFailed ? html`<p class="error" role="alert">${m.cancelFailed}</p>` : nothing}
            <div class="actions">
              <button type="button" part="button" @click=${props.onCancelNo}>${m.cancelNo}</button>
              <button
                type="button"
                part="button danger-button"
                class="danger"
                ?disabled=${props.cancelling}
                @click=${props.onCancelYes}
              >
                ${m.cancelYes}
              </button>
            </div>`
        : nothing
    }
  </dialog>`;
}

function item(booking: Booking, props: MineProps, upcoming: boolean): TemplateResult {
  const { m, locale } = props;
  const kind = props.kinds.get(booking.kind);
  return html`<li class="booking-card" part="booking">
    ${bookingHead(booking, m)}
    <dl>
      ${bookingSummary({ m, locale, kind, consultant: props.consultants.get(booking.consultantId), slot: booking })}
      ${bookingPlace(booking, locale, m)}
    </dl>
    <div class="actions">
      ${
        booking.status !== 'cancelled'
          ? html`<button type="button" part="button" @click=${() => props.onIcs(booking)}>${m.downloadIcs}</button>`
          : nothing
      }
      ${
        upcoming
          ? html`<button type="button" part="button" @click=${() => props.onReschedule(booking)}>
                ${m.reschedule}
              </button>
              <button
                type="button"
                part="button danger-button"
                class="danger-outline"
                @click=${() => props.onCancel(booking)}
              >
                ${m.cancel}
              </button>`
          : nothing
      }
    </div>
  </li>`;
}

export function mineTemplate(props: MineProps): TemplateResult {
  const { m } = props;
  const upcoming = props.bookings.filter((b) => b.status === 'confirmed' && Date.parse(b.start) > props.now.getTime());
  const past = props.bookings.filter((b) => !upcoming.includes(b)).reverse();
  return html`
    ${subHeading(props.headingLevel, m.upcoming)}
    ${
      upcoming.length
        ? html`<ul class="bookings">
            ${upcoming.map((b) => item(b, props, true))}
          </ul>`
        : html`<p class="empty">${m.noUpcoming}</p>`
    }
    ${subHeading(props.headingLevel, m.past)}
    ${
      past.length
        ? html`<ul class="bookings">
            ${past.map((b) => item(b, props, false))}
          </ul>`
        : html`<p class="empty">${m.noPast}</p>`
    }
    ${cancelDialog(props)}
  `;
}
