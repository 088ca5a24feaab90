/// <reference types="mocha" />
/**
 * Bookings: idempotency, the race for the last place, rescheduling, and cancelling twice.
 */
import { expect } from '@open-wc/testing';
import { NotFoundError, SlotTakenError, ValidationError } from '../data/errors.js';
import type { Slot } from '../data/types.js';
import {
  PERSONAL,
  applicant,
  bookingRequest,
  expectNow,
  findSlot,
  range,
  rejectionOf,
  remaining,
  slotsOf,
  sourceAs,
  unique,
} from './kit.js';
import type { SuiteState } from './types.js';

/** Checks that the backend stores `count` bookings, when the factory can say. */
async function expectStored(state: SuiteState, count: number): Promise<void> {
  const stored = state.subject().storedBookings;
  if (stored) expect(await stored(), 'bookings the backend stores').to.equal(count);
}

export function bookingTests(state: SuiteState): void {
  describe('bookings', () => {
    it('returns the same booking for the same idempotency key, even at the same time', async () => {
      const source = await sourceAs(state, 'learner-a');
      const slot = await findSlot(state.subject(), 'admissions', (s) => s.capacity === 2 && s.remaining === 2);
      const key = unique('same-key');
      const [a, b] = await Promise.all([
        source.createBooking(bookingRequest(slot.id, key)),
        source.createBooking(bookingRequest(slot.id, key)),
      ]);
      const c = await source.createBooking(bookingRequest(slot.id, key));
      expect(a).to.include({ slotId: slot.id, learnerId: 'learner-a', status: 'confirmed' });
      expect(JSON.stringify(a)).to.not.contain(applicant.name).and.not.contain(applicant.phone);
      expect(a.id, 'the same key gives the same booking').to.equal(b.id);
      expect(c).to.deep.equal(a);
      expect(await source.listBookings('learner-a')).to.have.length(1);
      expect((await source.listBookings('learner-a')).map((item) => item.id)).to.deep.equal([a.id]);
      expect(await remaining(state.subject(), slot)).to.equal(1);
      await expectStored(state, 1);
    });

    for (const racers of [2, 0]) {
      it(`lets exactly one of ${racers || 'many'} simultaneous learners have a one-person slot`, async () => {
        const size = racers || state.options.raceSize;
        const slot = await findSlot(state.subject(), 'admissions', (s) => s.capacity === 1);
        const racing = await Promise.all(Array.from({ length: size }, (_, i) => sourceAs(state, `learner-${i}`)));
        const results = await Promise.allSettled(
          racing.map((source, i) => source.createBooking(bookingRequest(slot.id, unique('race'), `learner-${i}`))),
        );
        expect(results.filter((r) => r.status === 'fulfilled')).to.have.length(1);
        const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(rejected).to.have.length(size - 1);
        for (const { reason } of rejected) {
          expect(reason).to.be.instanceOf(SlotTakenError);
          expect((reason as SlotTakenError).code).to.equal('slot-taken');
          expect((reason as SlotTakenError).slotId).to.equal(slot.id);
        }
        expect(await remaining(state.subject(), slot)).to.equal(0);
        await expectStored(state, 1);
      });
    }

    it('fills a two-person slot with two bookings and no more', async function () {
      const slots = await slotsOf(state.subject(), 'admissions');
      const slot = slots.find((s) => s.capacity === 2 && s.remaining === 2);
      if (!slot) this.skip();
      const results = await Promise.allSettled(
        ['a', 'b', 'c'].map(async (who) =>
          (await sourceAs(state, `learner-${who}`)).createBooking(
            bookingRequest(slot.id, unique('cap2'), `learner-${who}`),
          ),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).to.have.length(2);
      expect(await remaining(state.subject(), slot)).to.equal(0);
    });

    it('reschedules by holding the new slot, then releasing the old one; a replay changes nothing', async () => {
      const source = await sourceAs(state, 'learner-a');
      const free = (await slotsOf(state.subject(), 'study')).filter((s) => s.capacity === 1 && s.remaining === 1);
      const [from, to] = free as [Slot, Slot];
      expect(to, 'two free one-person study slots').to.not.equal(undefined);
      const booking = await source.createBooking(bookingRequest(from.id, unique('move')));
      expect((await source.listBookings('learner-a')).map((item) => item.id)).to.deep.equal([booking.id]);
      const key = unique('move-key');
      const moved = await source.rescheduleBooking('learner-a', booking.id, to.id, key);
      expect(moved).to.include({ id: booking.id, slotId: to.id, start: to.start, status: 'confirmed', mode: to.mode });
      expect(await remaining(state.subject(), from)).to.equal(1);
      expect(await remaining(state.subject(), to)).to.equal(0);
      expect(await source.rescheduleBooking('learner-a', booking.id, to.id, key)).to.deep.equal(moved);
      expect(await source.listBookings('learner-a')).to.deep.equal([moved]);
      await expectStored(state, 1);
    });

    it('leaves the old booking untouched when the new slot is full, without spending the key', async () => {
      const source = await sourceAs(state, 'learner-a');
      const other = await sourceAs(state, 'learner-b');
      const free = (await slotsOf(state.subject(), 'study')).filter((s) => s.capacity === 1 && s.remaining === 1);
      const [from, full] = free as [Slot, Slot];
      const mine = await source.createBooking(bookingRequest(from.id, unique('stay')));
      await other.createBooking(bookingRequest(full.id, unique('theirs'), 'learner-b'));
      const key = unique('try-move');
      const error = await rejectionOf(source.rescheduleBooking('learner-a', mine.id, full.id, key));
      expect(error).to.be.instanceOf(SlotTakenError);
      expect(await source.listBookings('learner-a')).to.deep.equal([mine]);
      expect(await remaining(state.subject(), from)).to.equal(0);
      // The failed attempt did not spend its idempotency key.
      await other.cancelBooking('learner-b', (await other.listBookings('learner-b'))[0]!.id);
      const moved = await source.rescheduleBooking('learner-a', mine.id, full.id, key);
      expect(moved.slotId).to.equal(full.id);
    });

    it("hides another learner's bookings", async () => {
      const source = await sourceAs(state, 'learner-a');
      const theirs = await sourceAs(state, 'learner-b');
      const slot = await findSlot(state.subject(), 'mentoring');
      const booking = await source.createBooking(bookingRequest(slot.id, unique('mine')));
      expect(await theirs.listBookings('learner-b')).to.deep.equal([]);
      expect(await rejectionOf(theirs.cancelBooking('learner-b', booking.id))).to.be.instanceOf(NotFoundError);
      const other = await findSlot(state.subject(), 'mentoring', (s) => s.id !== slot.id);
      const refused = await rejectionOf(theirs.rescheduleBooking('learner-b', booking.id, other.id, unique('r')));
      expect(refused).to.be.instanceOf(NotFoundError);
      expect((await source.listBookings('learner-a'))[0]!.status).to.equal('confirmed');
    });

    it('cancels a booking and frees its slot; cancelling twice is harmless', async () => {
      const source = await sourceAs(state, 'learner-a');
      const slot = await findSlot(state.subject(), 'mentoring', (s) => s.capacity === 1);
      const booking = await source.createBooking(bookingRequest(slot.id, unique('cancel-me')));
      const cancelled = await source.cancelBooking('learner-a', booking.id);
      expect(cancelled.status).to.equal('cancelled');
      expect(cancelled).to.deep.equal({ ...booking, status: 'cancelled', updatedAt: cancelled.updatedAt });
      expectNow(state, cancelled.updatedAt, 'updatedAt');
      expect(await remaining(state.subject(), slot)).to.equal(1);
      expect(await source.cancelBooking('learner-a', booking.id)).to.deep.equal(cancelled);
      expect((await source.listBookings('learner-a'))[0]!.status).to.equal('cancelled');
      // The slot can be booked again by someone else.
      await (await sourceAs(state, 'learner-b')).createBooking(bookingRequest(slot.id, unique('rebook'), 'learner-b'));
      expect(await rejectionOf(source.cancelBooking('learner-a', 'no-such-booking'))).to.be.instanceOf(NotFoundError);
    });

    it("refuses a slot inside its kind's lead time, to book or to move to, whatever the client offers", async function () {
      const source = await sourceAs(state, 'learner-a');
      const subject = state.subject();
      const kinds = await source.listConsultationKinds();
      const now = subject.now().getTime();
      let soon: Slot | undefined;
      for (const kind of kinds) {
        const lead = kind.leadTimeHours * 3_600_000;
        const slots = await source.listSlots({ kind: kind.id, ...range(subject.now, 4) });
        soon ??= slots.find(
          (slot) => slot.remaining > 0 && Date.parse(slot.start) > now && Date.parse(slot.start) < now + lead,
        );
      }
      // A backend that lists no slot inside the lead time has nothing here to refuse.
      if (!soon) this.skip();
      const error = await rejectionOf(source.createBooking(bookingRequest(soon.id, unique('too-soon'))));
      expect(error).to.be.instanceOf(ValidationError);
      expect((error as ValidationError).fields).to.deep.equal(['slotId']);
      const booking = await source.createBooking(bookingRequest((await findSlot(subject, soon.kind)).id, unique('ok')));
      const moved = await rejectionOf(source.rescheduleBooking('learner-a', booking.id, soon.id, unique('move-soon')));
      expect(moved).to.be.instanceOf(ValidationError);
      expect((await source.listBookings('learner-a'))[0]!.slotId, 'the booking stays where it was').to.equal(
        booking.slotId,
      );
      await expectStored(state, 1);
    });

    it('rejects an invalid applicant with the field names only and books nothing', async () => {
      const source = await sourceAs(state, 'learner-a');
      const prefix = state.options.applicantFieldPrefix;
      const slot = await findSlot(state.subject(), 'study');
      const error = await rejectionOf(
        source.createBooking({
          ...bookingRequest(slot.id, unique('bad')),
          applicant: {
            ...applicant,
            name: '',
            phone: '02-123-4567',
            grade: 5,
            question: '질'.repeat(501),
            consent: false as true,
          },
        }),
      );
      expect(error).to.be.instanceOf(ValidationError);
      expect((error as ValidationError).fields).to.deep.equal(
        ['name', 'grade', 'phone', 'question', 'consent'].map((field) => prefix + field),
      );
      expect(String((error as Error).message)).to.not.contain('02-123-4567');
      const phone = await rejectionOf(
        source.createBooking({ ...bookingRequest(slot.id, unique('bad')), applicant: { ...applicant, phone: '12' } }),
      );
      expect(phone).to.be.instanceOf(ValidationError);
      expect((phone as ValidationError).fields).to.deep.equal([`${prefix}phone`]);
      expect(JSON.stringify(phone)).to.not.contain(PERSONAL.name);
      expect(await source.listBookings('learner-a')).to.deep.equal([]);
      await expectStored(state, 0);
    });
  });
}
