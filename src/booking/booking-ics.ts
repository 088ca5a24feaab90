/** Offers a booking as an `.ics` file, its text in the learner's language. */
import { pick, type Locale } from '../core/i18n.js';
import type { Booking, Consultant, ConsultationKind } from '../data/types.js';
import { bookingIcs, downloadIcs } from './ics.js';
import type { AllMessages } from './summary-templates.js';
import { kstDateTime } from './time-labels.js';

export interface IcsContext {
  readonly m: AllMessages;
  readonly locale: Locale;
  readonly kinds: readonly ConsultationKind[] | undefined;
  readonly consultants: ReadonlyMap<string, Consultant>;
  /** When the file is made (`DTSTAMP`). */
  readonly now: Date;
}

export function downloadBookingIcs(booking: Booking, { m, locale, kinds, consultants, now }: IcsContext): void {
  const kind = kinds?.find((k) => k.id === booking.kind);
  const kindTitle = kind ? pick(kind.title, locale) : booking.kind;
  const consultant = consultants.get(booking.consultantId);
  const description = [
    m.icsTime(kstDateTime(booking.start, locale)),
    consultant ? m.icsWith(pick(consultant.name, locale)) : '',
    `${m.bookingNumber}: ${booking.id}`,
    booking.onlineUrl ?? '',
  ]
    .filter(Boolean)
    .join('\n');
  const location = booking.location ? pick(booking.location, locale) : booking.onlineUrl;
  const ics = bookingIcs(
    booking,
    { summary: m.icsSummary(kindTitle), description, ...(location ? { location } : {}) },
    now,
  );
  downloadIcs(ics, `seoul-learn-${booking.id}.ics`);
}
