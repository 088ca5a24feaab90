import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import { NotFoundError, ValidationError } from '../../src/data/errors.js';
import { seoulDateKey, seoulWeekday } from '../../src/data/time.js';
import { LocalDemoDataSource } from '../../src/data/demo/demo-data-source.js';
import { CONSULTATION_KINDS, type Booking, type Slot } from '../../src/data/types.js';
import {
  NOW,
  PERSONAL,
  allSlots,
  applicant,
  findSlot,
  fixedNow,
  memorySource,
  rejectionOf,
  request,
} from './helpers.js';

const DAY = 86_400_000;

describe('LocalDemoDataSource consultations', () => {
  it('offers three kinds of consultation with their lengths and modes', async () => {
    const kinds = await memorySource().listConsultationKinds();
    expect(kinds.map((kind) => kind.id)).to.deep.equal(['admissions', 'mentoring', 'study']);
    expect(kinds.find((kind) => kind.id === 'admissions')).to.include({ durationMin: 60 });
    expect(kinds.find((kind) => kind.id === 'mentoring')!.modes).to.deep.equal(['online']);
    expect(kinds.find((kind) => kind.id === 'study')!.modes).to.include('in-person');
    expect(kinds[0]!.title.ko).to.equal('입시컨설팅');
  });

  it('lists at least four consultants and filters them by kind', async () => {
    const source = memorySource();
    const all = await source.listConsultants();
    expect(all.length).to.be.at.least(4);
    for (const consultant of all) {
      expect(consultant.name.ko).to.match(/^[가-힣]{2,4}$/);
      expect(consultant.affiliation.ko).to.not.equal('');
      expect(consultant.bio.ko).to.not.equal('');
    }
    for (const kind of CONSULTATION_KINDS) {
      const some = await source.listConsultants(kind);
      expect(some.length, kind).to.be.greaterThan(0);
      expect(some.length, kind).to.be.lessThan(all.length);
      for (const consultant of some) expect(consultant.kinds).to.include(kind);
    }
  });

  describe('slots', () => {
    it('fall only on weekdays that are not holidays, within four weeks, in order', async () => {
      const source = memorySource();
      const { holidays } = await source.listHolidays('2026-12-01', '2027-01-31');
      const isHoliday = (day: string) => holidays.some((holiday) => holiday.date === day);
      const days = new Set<string>();
      for (const kind of CONSULTATION_KINDS) {
        const slots = await allSlots(source, kind);
        expect(slots.length, kind).to.be.greaterThan(5);
        let previous = '';
        for (const slot of slots) {
          const day = seoulDateKey(new Date(slot.start));
          days.add(day);
          expect(seoulWeekday(day), slot.id).to.be.within(1, 5);
          expect(isHoliday(day), slot.id).to.equal(false);
          const start = new Date(slot.start).getTime();
          expect(start).to.be.greaterThan(NOW.getTime());
          expect(start).to.be.lessThan(NOW.getTime() + 28 * DAY);
          expect(slot.start >= previous, 'sorted').to.equal(true);
          previous = slot.start;
          expect(slot.kind).to.equal(kind);
          expect(slot.remaining).to.equal(slot.capacity);
        }
      }
      // Christmas (a Friday) has none, while the Fridays and Thursdays around it do.
      expect(days.has('2026-12-25')).to.equal(false);
      expect(days.has('2026-12-18')).to.equal(true);
      expect(days.has('2026-12-24')).to.equal(true);
      expect(days.has('2026-12-28')).to.equal(true);
      expect(days.has('2026-12-29')).to.equal(false);
      expect([...days].sort()[0]).to.equal('2026-12-01');
    });

    it('start at fixed Seoul times and carry the kind length, a location only when in person', async () => {
      const source = memorySource();
      for (const kind of CONSULTATION_KINDS) {
        for (const slot of await allSlots(source, kind)) {
          const minutes = (new Date(slot.start).getTime() / 60_000 + 9 * 60) % (24 * 60);
          expect(minutes, slot.id).to.be.within(9 * 60, 21 * 60);
          expect(slot.durationMin).to.equal({ admissions: 60, mentoring: 30, study: 40 }[kind]);
          expect(Boolean(slot.location), slot.id).to.equal(slot.mode === 'in-person');
        }
      }
    });

    it('mostly have room for one, some for two', async () => {
      const slots = (await Promise.all(CONSULTATION_KINDS.map((kind) => allSlots(memorySource(), kind)))).flat();
      const capacities = slots.map((slot) => slot.capacity);
      expect(capacities.filter((c) => c === 1).length).to.be.greaterThan(capacities.filter((c) => c === 2).length);
      expect(capacities).to.include(2);
      expect(capacities.every((c) => c === 1 || c === 2)).to.equal(true);
    });

    it('have deterministic, unique ids', async () => {
      const a = await allSlots(memorySource(), 'study');
      const b = await allSlots(new LocalDemoDataSource({ storage: 'memory', now: fixedNow }), 'study');
      expect(a.map((slot) => slot.id)).to.deep.equal(b.map((slot) => slot.id));
      expect(new Set(a.map((slot) => slot.id)).size).to.equal(a.length);
    });

    it('are filtered by the half-open range [from, to) and by consultant', async () => {
      const source = memorySource();
      const slots = await allSlots(source, 'admissions');
      const [first, second] = slots as [Slot, Slot];
      const ranged = await source.listSlots({ kind: 'admissions', from: first.start, to: second.start });
      expect(ranged.map((slot) => slot.id)).to.deep.equal(
        slots.filter((s) => s.start === first.start).map((s) => s.id),
      );
      const one = await allSlots(source, 'admissions', first.consultantId);
      expect(one.length).to.be.greaterThan(0);
      expect(one.length).to.be.lessThan(slots.length);
      expect(one.every((slot) => slot.consultantId === first.consultantId)).to.equal(true);
    });
  });

  describe('bookings', () => {
    it('lists a booking right after a create it did not wait for', async () => {
      const source = memorySource();
      const slot = await findSlot(source, 'mentoring', (s) => s.capacity === 1);
      const created = source.createBooking(request(slot.id, 'key-unawaited'));
      const listed = await source.listBookings('learner-a');
      expect(listed).to.deep.equal([await created]);
    });

    it('confirms a booking with a join link for an online slot and takes the room', async () => {
      const source = memorySource();
      const slot = await findSlot(source, 'mentoring', (s) => s.capacity === 1);
      const booking = await source.createBooking(request(slot.id, 'key-1'));
      expect(booking).to.include({
        slotId: slot.id,
        learnerId: 'learner-a',
        kind: 'mentoring',
        consultantId: slot.consultantId,
        start: slot.start,
        durationMin: 30,
        mode: 'online',
        status: 'confirmed',
        createdAt: NOW.toISOString(),
      });
      expect(booking.onlineUrl).to.match(/^https:\/\/meet\.example\.org\//);
      expect(booking.location).to.equal(undefined);
      const after = (await allSlots(source, 'mentoring')).find((s) => s.id === slot.id)!;
      expect(after.remaining).to.equal(0);
      expect(await source.listBookings('learner-a')).to.deep.equal([booking]);
    });

    it('gives an in-person booking a location', async () => {
      const source = memorySource();
      const slot = await findSlot(source, 'study', (s) => s.mode === 'in-person');
      const booking = await source.createBooking(request(slot.id, 'key-in-person'));
      expect(booking.mode).to.equal('in-person');
      expect(booking.location?.ko).to.contain('상담');
      expect(booking.onlineUrl).to.equal(undefined);
    });

    it('keeps no applicant data on the booking', async () => {
      const source = memorySource();
      const slot = await findSlot(source, 'admissions');
      const booking = await source.createBooking(request(slot.id, 'key-pii'));
      const text = JSON.stringify([booking, await source.listBookings('learner-a')]);
      for (const value of Object.values(PERSONAL)) expect(text).to.not.contain(value);
      expect(Object.keys(booking)).to.not.include.members(['applicant', 'name', 'phone', 'email', 'question']);
    });

    it('accepts a phone number typed without dashes', async () => {
      const source = memorySource();
      const slot = await findSlot(source, 'study');
      const booking = await source.createBooking({
        ...request(slot.id, 'digits'),
        applicant: { ...applicant, phone: '01098765432' },
      });
      expect(booking.status).to.equal('confirmed');
    });

    it('rejects unknown slots and slots outside the window with NotFoundError', async () => {
      const source = memorySource();
      const slot = await findSlot(source, 'study');
      const weekend = slot.id.replace(slot.start, '2026-12-05T01:00:00.000Z');
      const past = slot.id.replace(slot.start, '2026-11-24T07:30:00.000Z');
      for (const slotId of ['nope', `${slot.consultantId}-not-a-date`, weekend, past]) {
        expect(await rejectionOf(source.createBooking(request(slotId, `nf-${slotId}`))), slotId).to.be.instanceOf(
          NotFoundError,
        );
      }
    });

    it('refuses to move a booking to another kind or to reschedule a cancelled one', async () => {
      const source = memorySource();
      const study = await findSlot(source, 'study');
      const mentoring = await findSlot(source, 'mentoring');
      const booking = await source.createBooking(request(study.id, 'kind'));
      const wrongKind = await rejectionOf(source.rescheduleBooking('learner-a', booking.id, mentoring.id, 'k1'));
      expect((wrongKind as ValidationError).fields).to.deep.equal(['newSlotId']);
      await source.cancelBooking('learner-a', booking.id);
      const other = await findSlot(source, 'study', (s) => s.id !== study.id);
      const cancelled = await rejectionOf(source.rescheduleBooking('learner-a', booking.id, other.id, 'k2'));
      expect((cancelled as ValidationError).fields).to.deep.equal(['bookingId']);
    });

    it('reports a booking whose time has passed as completed', async () => {
      let now = new Date(NOW);
      const source = new LocalDemoDataSource({ storage: 'memory', now: () => new Date(now) });
      const slot = await findSlot(source, 'mentoring');
      const booking: Booking = await source.createBooking(request(slot.id, 'later'));
      now = new Date(new Date(slot.start).getTime() + 31 * 60_000);
      expect((await source.listBookings('learner-a'))[0]!.status).to.equal('completed');
      expect(await rejectionOf(source.cancelBooking('learner-a', booking.id))).to.be.instanceOf(ValidationError);
    });
  });
});
