import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { bookingIcs } from '../../src/booking/ics.js';
import { LocalDemoDataSource } from '../../src/data/demo/demo-data-source.js';
import type { Applicant, Booking, Slot } from '../../src/data/types.js';
import { NOW } from './helpers.js';

const text = { summary: '학습상담', description: '상담' };

const created: Booking = {
  id: 'bk-1',
  learnerId: 'learner-a',
  slotId: 'slot-1',
  kind: 'study',
  consultantId: 'c1',
  start: '2026-12-03T07:30:00.000Z',
  durationMin: 40,
  mode: 'in-person',
  status: 'confirmed',
  createdAt: '2026-11-28T09:41:12.000Z',
};

/** The same booking moved to another slot at `updatedAt`. */
const moved = (booking: Booking, start: string, updatedAt: string): Booking => ({
  ...booking,
  slotId: `slot-${start}`,
  start,
  updatedAt,
});

/** The event of an `.ics` file as a calendar library reads it, with its zone registered. */
function importEvent(ics: string): InstanceType<typeof ICAL.Event> {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const zone = calendar.getFirstSubcomponent('vtimezone')!;
  if (!ICAL.TimezoneService.has('Asia/Seoul')) ICAL.TimezoneService.register(zone);
  return new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
}

const lastModified = (event: InstanceType<typeof ICAL.Event>): string =>
  (event.component.getFirstPropertyValue('last-modified') as InstanceType<typeof ICAL.Time>).toJSDate().toISOString();

describe('bookingIcs versions', () => {
  it('writes a booking as created as version 0, last modified when it was made', () => {
    const event = importEvent(bookingIcs(created, text, NOW));
    expect(event.uid).to.equal('bk-1@seoul-learn');
    expect(event.sequence).to.equal(0);
    expect(lastModified(event)).to.equal(created.createdAt);
    const made = event.component.getFirstPropertyValue('created') as InstanceType<typeof ICAL.Time>;
    expect(made.toJSDate().toISOString()).to.equal(created.createdAt);
  });

  it('gives each reschedule a higher SEQUENCE under the same UID, so a re-import replaces the time', () => {
    const once = moved(created, '2026-12-04T06:00:00.000Z', '2026-11-29T02:00:00.000Z');
    const twice = moved(once, '2026-12-02T01:00:00.000Z', '2026-11-29T02:00:05.000Z');
    const events = [created, once, twice].map((booking) => importEvent(bookingIcs(booking, text, NOW)));
    expect(events.map((event) => event.uid)).to.deep.equal(Array(3).fill('bk-1@seoul-learn'));
    const [first, second, third] = events.map((event) => event.sequence);
    expect(second).to.be.greaterThan(first!);
    expect(third, 'moved earlier, still a newer version').to.be.greaterThan(second!);
    expect(events.map(lastModified)).to.deep.equal([created.createdAt, once.updatedAt, twice.updatedAt]);
    expect(events.map((event) => event.startDate.toJSDate().toISOString())).to.deep.equal([
      created.start,
      once.start,
      twice.start,
    ]);
    expect(events[2]!.startDate.toString(), 'the new time in Seoul').to.equal('2026-12-02T10:00:00');
    expect(events[2]!.startDate.zone?.tzid).to.equal('Asia/Seoul');
  });

  it('gives a cancellation a higher SEQUENCE too', () => {
    const cancelled: Booking = { ...created, status: 'cancelled', updatedAt: '2026-11-30T00:00:00.000Z' };
    const before = importEvent(bookingIcs(created, text, NOW));
    const after = importEvent(bookingIcs(cancelled, text, NOW));
    expect(after.sequence).to.be.greaterThan(before.sequence);
    expect(after.component.getFirstPropertyValue('status')).to.equal('CANCELLED');
  });

  it('takes the version from the booking, not from when or where the file is made', () => {
    const once = moved(created, '2026-12-04T06:00:00.000Z', '2026-11-29T02:00:00.000Z');
    const now = importEvent(bookingIcs(once, text, NOW));
    const later = importEvent(bookingIcs(once, text, new Date('2027-03-01T12:34:56Z')));
    expect(later.sequence).to.equal(now.sequence);
    expect(lastModified(later)).to.equal(lastModified(now));
    const stamps = [now, later].map((event) =>
      (event.component.getFirstPropertyValue('dtstamp') as InstanceType<typeof ICAL.Time>).toJSDate().toISOString(),
    );
    expect(stamps, 'DTSTAMP says when the file was made').to.deep.equal([
      NOW.toISOString(),
      '2027-03-01T12:34:56.000Z',
    ]);
  });

  it('does not count a change time that is unreadable or before the booking was made', () => {
    for (const updatedAt of ['not a time', '2026-11-01T00:00:00.000Z', created.createdAt]) {
      const ics = bookingIcs({ ...created, updatedAt }, text, NOW);
      expect(ics, updatedAt).to.contain('\r\nSEQUENCE:0\r\n');
      expect(ics, updatedAt).to.contain('\r\nLAST-MODIFIED:20261128T094112Z\r\n');
    }
  });

  it('a booking rescheduled and then cancelled through the demo data source re-imports as newer each time', async () => {
    let now = NOW.getTime();
    const source = new LocalDemoDataSource({ storage: 'memory', now: () => new Date(now) });
    const slots = (await source.listSlots({
      kind: 'study',
      from: NOW.toISOString(),
      to: new Date(NOW.getTime() + 28 * 86_400_000).toISOString(),
    })) as Slot[];
    // Past the study kind's lead time (24 h), so that both can be booked.
    const free = slots.filter((slot) => slot.remaining > 0 && Date.parse(slot.start) >= now + 24 * 3_600_000);
    const applicant: Applicant = {
      name: '김서울',
      schoolLevel: 'high',
      grade: 2,
      phone: '010-1234-5678',
      guardianAttending: false,
      consent: true,
    };
    const booking = await source.createBooking({
      slotId: free[0]!.id,
      learnerId: 'learner-ics',
      applicant,
      idempotencyKey: 'ics-create',
    });
    expect(booking.updatedAt).to.equal(undefined);
    now += 3_600_000;
    const rescheduled = await source.rescheduleBooking('learner-ics', booking.id, free[1]!.id, 'ics-move');
    expect(rescheduled.updatedAt).to.equal(new Date(now).toISOString());
    now += 60_000;
    const cancelled = await source.cancelBooking('learner-ics', booking.id);
    const versions = [booking, rescheduled, cancelled].map((b) => importEvent(bookingIcs(b, text, NOW)));
    expect(new Set(versions.map((event) => event.uid)).size, 'one event').to.equal(1);
    const sequences = versions.map((event) => event.sequence);
    expect(sequences[0]).to.equal(0);
    expect(sequences[1]).to.be.greaterThan(sequences[0]!);
    expect(sequences[2]).to.be.greaterThan(sequences[1]!);
    expect(versions[1]!.startDate.toJSDate().toISOString()).to.equal(free[1]!.start);
  });
});
