/**
 * The booking flow as a pure state machine: which step is shown and what has been chosen. Every
 * transition returns a new state and touches no DOM, data source or clock, so the flow can be
 * tested alone; the element renders the state and runs the requests each step needs.
 */
import type { Booking, ConsultationKindId, Slot } from '../data/types.js';
import { BOOKING_STEPS, type BookingStep } from './booking.types.js';

/**
 * What the flow does: book a new consultation, or move an existing booking. A new entry (a series
 * of consultations) adds a mode, its steps and an entry function.
 */
export type FlowMode = 'book' | 'reschedule';

/** The steps of each mode, in order. */
export const FLOW_STEPS: Readonly<Record<FlowMode, readonly BookingStep[]>> = {
  book: BOOKING_STEPS,
  reschedule: ['date', 'review', 'done'],
};

export interface FlowState {
  readonly mode: FlowMode;
  readonly step: BookingStep;
  readonly kind?: ConsultationKindId;
  /** The chosen consultant's id; `''` for "any consultant". */
  readonly consultant: string;
  readonly day?: string;
  readonly slot?: Slot;
  /** The booking being moved (reschedule mode). */
  readonly moving?: Booking;
  /** The booking just made or moved (step `done`). */
  readonly booking?: Booking;
  /** The chosen time was taken by someone else: say so beside the times. */
  readonly slotTaken?: boolean;
}

/** A new booking, at the first step or, with a preselected kind, at the consultant step. */
export const startFlow = (kind?: ConsultationKindId): FlowState =>
  kind ? { mode: 'book', step: 'consultant', kind, consultant: '' } : { mode: 'book', step: 'kind', consultant: '' };

/** Moving `booking` to another time: its kind is kept, any consultant may take it. */
export const startReschedule = (booking: Booking): FlowState => ({
  mode: 'reschedule',
  step: 'date',
  kind: booking.kind,
  consultant: '',
  moving: booking,
});

export const stepsOf = (state: FlowState): readonly BookingStep[] => FLOW_STEPS[state.mode];

/** The 1-based position of the current step and the number of steps. */
export const progressOf = (state: FlowState): { readonly index: number; readonly count: number } => ({
  index: stepsOf(state).indexOf(state.step) + 1,
  count: stepsOf(state).length,
});

export const chooseKind = (state: FlowState, kind: ConsultationKindId): FlowState => ({
  ...state,
  step: 'consultant',
  kind,
});

/** A consultant (or `''` for any) was chosen: the calendar starts afresh. */
export const chooseConsultant = (state: FlowState, consultant: string): FlowState => ({
  ...state,
  step: 'date',
  consultant,
  day: undefined,
  slot: undefined,
});

/** A day was chosen: its times show beside the calendar, in the same step. */
export const pickDay = (state: FlowState, day: string): FlowState => ({
  ...state,
  step: 'date',
  day,
  slotTaken: false,
});

/** A time was chosen: a new booking asks for the applicant's details, a move goes to review. */
export const pickSlot = (state: FlowState, slot: Slot): FlowState => ({
  ...state,
  step: state.mode === 'reschedule' ? 'review' : 'details',
  slot,
  slotTaken: false,
});

/** The details form was submitted with `invalid` fields; only a valid form goes on to review. */
export const submitDetails = (state: FlowState, invalid: readonly string[]): FlowState =>
  invalid.length ? state : { ...state, step: 'review' };

/** The data source confirmed the booking (or the move). */
export const confirmed = (state: FlowState, booking: Booking): FlowState => ({ ...state, step: 'done', booking });

/** The chosen time is gone (taken meanwhile, or no longer there): choose another. */
export const slotTaken = (state: FlowState): FlowState => ({
  ...state,
  step: 'date',
  slot: undefined,
  slotTaken: true,
});

/** The data source refused fields of the form: back to the form. */
export const detailsRejected = (state: FlowState): FlowState => ({ ...state, step: 'details' });

/** One step back, or `undefined` when a move goes back past its first step (leave the flow). */
export function back(state: FlowState): FlowState | undefined {
  const steps = stepsOf(state);
  const index = steps.indexOf(state.step);
  if (state.mode === 'reschedule' && index <= 0) return undefined;
  return { ...state, step: steps[Math.max(0, index - 1)] as BookingStep };
}
