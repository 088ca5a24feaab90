/**
 * The controllers of the steps after the date, which come with the lazily loaded parts: the
 * applicant's details and the confirm request, reporting back into the flow.
 */
import { bookingCode } from './booking-code.js';
import * as Flow from './booking-flow.js';
import { ConfirmController } from './confirm-controller.js';
import { DetailsController } from './details-controller.js';
import type { FlowController, FlowHost, FlowOptions } from './flow-controller.js';

export function laterControllers(
  host: FlowHost,
  flow: FlowController,
  options: FlowOptions,
): { details: DetailsController; sender: ConfirmController } {
  const details = new DetailsController(host, {
    shown: () => flow.state.step === 'details',
    invalid: (fields) => {
      options.announce((m) => m.formInvalid(fields.length));
      flow.focus(`#${fields[0]}`);
    },
    changed: () => flow.sender?.reset(),
  });
  const sender = new ConfirmController(host, {
    requests: options.requests,
    source: options.source,
    learnerId: options.learnerId,
    flow: () => flow.state,
    details,
    confirmed: (booking) => {
      options.confirmed(booking.id);
      const moved = flow.state.mode === 'reschedule';
      flow.go(Flow.confirmed(flow.state, booking));
      // The heading takes focus; the live region says the code the learner will need.
      options.announce(
        (m) => `${moved ? m.rescheduledHeading : m.doneHeading}. ${m.bookingNumber} ${bookingCode(booking.id)}`,
      );
    },
    slotTaken: () => {
      flow.go(Flow.slotTaken(flow.state));
      options.calendar.reload();
    },
    rejected: (fields) => {
      flow.go(Flow.detailsRejected(flow.state));
      details.show(fields);
    },
    failed: () => options.announce((m) => m.sendFailed),
  });
  return { details, sender };
}
