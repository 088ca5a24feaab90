/** "My bookings": upcoming and past bookings with .ics, reschedule and cancel actions. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../core/i18n.js';
import type { Booking, Consultant, ConsultationKind } from '../data/types.js';
import type { HeadingLevel } from './booking.types.js';
import { subHeading } from './headings.js';
import { bookingPlace, bookingSummary, type AllMessages } from './summary-templates.js';

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
}

function item(booking: Booking, props: MineProps, upcoming: boolean): TemplateResult {
  const { m, locale } = props;
  const kind = props.kinds.get(booking.kind);
  return html`<li class="booking-card" part="booking">
    <p class="status status-${booking.status}">${m.status(booking.status)}</p>
    <dl>
      ${bookingSummary({ m, locale, kind, consultant: props.consultants.get(booking.consultantId), slot: booking })}
      ${bookingPlace(booking, locale, m)}
      <dt>${m.bookingNumber}</dt>
      <dd>${booking.id}</dd>
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
              <button type="button" part="button danger-button" class="danger" @click=${() => props.onCancel(booking)}>
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
  `;
}
