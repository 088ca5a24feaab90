import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import {
  FLOW_STEPS,
  back,
  chooseConsultant,
  chooseKind,
  confirmed,
  detailsRejected,
  pickDay,
  pickSlot,
  progressOf,
  slotTaken,
  startFlow,
  startReschedule,
  stepsOf,
  submitDetails,
  type FlowState,
} from '../../src/booking/booking-flow.js';
import type { Booking, Slot } from '../../src/data/types.js';

const SLOT: Slot = {
  id: 'slot-1',
  kind: 'mentoring',
  consultantId: 'park-minjae',
  start: '2026-12-03T10:00:00.000Z',
  durationMin: 30,
  mode: 'online',
  capacity: 1,
  remaining: 1,
};

const BOOKING: Booking = {
  id: 'booking-1',
  learnerId: 'demo-learner',
  slotId: 'slot-0',
  kind: 'study',
  consultantId: 'kim-seoyeon',
  start: '2026-12-02T06:00:00.000Z',
  durationMin: 40,
  mode: 'in-person',
  status: 'confirmed',
  createdAt: '2026-12-01T00:00:00.000Z',
};

/** Walks a new booking to the review step. */
const toReview = (): FlowState =>
  submitDetails(pickSlot(pickDay(chooseConsultant(chooseKind(startFlow(), 'mentoring'), ''), '2026-12-03'), SLOT), []);

describe('booking flow (pure step machine)', () => {
  it('starts at the kind step, or at the consultant step with a preselected kind', () => {
    expect(startFlow()).to.deep.equal({ mode: 'book', step: 'kind', consultant: '' });
    expect(startFlow('study')).to.deep.equal({ mode: 'book', step: 'consultant', kind: 'study', consultant: '' });
    expect(progressOf(startFlow())).to.deep.equal({ index: 1, count: 6 });
  });

  it('goes kind → consultant → date and time → details → review → done', () => {
    const steps: string[] = [];
    let state = startFlow();
    steps.push(state.step);
    state = chooseKind(state, 'mentoring');
    steps.push(state.step);
    state = chooseConsultant(state, 'park-minjae');
    steps.push(state.step);
    expect(state.consultant).to.equal('park-minjae');
    state = pickDay(state, '2026-12-03');
    expect(state, 'the times show beside the calendar').to.include({ step: 'date', day: '2026-12-03' });
    state = pickSlot(state, SLOT);
    steps.push(state.step);
    expect(state.slot).to.equal(SLOT);
    state = submitDetails(state, []);
    steps.push(state.step);
    state = confirmed(state, { ...BOOKING, id: 'new' });
    steps.push(state.step);
    expect(state.booking!.id).to.equal('new');
    expect(steps).to.deep.equal([...FLOW_STEPS.book]);
    expect(progressOf(state)).to.deep.equal({ index: 6, count: 6 });
  });

  it('stays on the details step while fields are invalid', () => {
    const details = pickSlot(pickDay(chooseConsultant(chooseKind(startFlow(), 'study'), ''), '2026-12-03'), SLOT);
    expect(submitDetails(details, ['phone'])).to.equal(details);
    expect(submitDetails(details, []).step).to.equal('review');
  });

  it('a new consultant starts the calendar afresh', () => {
    const time = pickSlot(pickDay(chooseConsultant(chooseKind(startFlow(), 'study'), ''), '2026-12-03'), SLOT);
    const again = chooseConsultant(time, 'kim-seoyeon');
    expect(again).to.include({ step: 'date', consultant: 'kim-seoyeon', day: undefined, slot: undefined });
  });

  it('steps back one at a time and never before the first step', () => {
    let state = toReview();
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      state = back(state)!;
      seen.push(state.step);
    }
    expect(seen).to.deep.equal(['details', 'date', 'consultant', 'kind', 'kind', 'kind']);
    expect(state.day, 'choices are kept on the way back').to.equal('2026-12-03');
  });

  it("sends the learner back to the day's times when the slot was taken, and keeps saying so", () => {
    const taken = slotTaken(toReview());
    expect(taken).to.include({ step: 'date', day: '2026-12-03', slot: undefined, slotTaken: true });
    expect(slotTaken(toReview()).slotTaken, 'the notice stays until another choice').to.equal(true);
    expect(pickDay(taken, '2026-12-04').slotTaken).to.equal(false);
    expect(pickSlot(taken, SLOT).slotTaken).to.equal(false);
  });

  it('returns to the form when the data source refuses its fields', () => {
    expect(detailsRejected(toReview()).step).to.equal('details');
  });

  it('moves a booking: date and time → review → done, keeping its kind, with no details step', () => {
    const start = startReschedule(BOOKING);
    expect(start).to.deep.equal({ mode: 'reschedule', step: 'date', kind: 'study', consultant: '', moving: BOOKING });
    expect(stepsOf(start)).to.deep.equal(['date', 'review', 'done']);
    const review = pickSlot(pickDay(start, '2026-12-04'), SLOT);
    expect(review.step, 'no personal details asked again').to.equal('review');
    expect(progressOf(review)).to.deep.equal({ index: 2, count: 3 });
    expect(confirmed(review, BOOKING).step).to.equal('done');
  });

  it('leaves a move when going back from its first step', () => {
    expect(back(startReschedule(BOOKING))).to.equal(undefined);
    expect(back(pickDay(startReschedule(BOOKING), '2026-12-04')), 'choosing a day stays in the first step').to.equal(
      undefined,
    );
  });

  it('never changes the state it is given', () => {
    const state = Object.freeze(toReview());
    expect(() => [back(state), slotTaken(state), confirmed(state, BOOKING), chooseKind(state, 'study')]).not.to.throw();
    expect(state.step).to.equal('review');
  });
});
