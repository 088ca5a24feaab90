import type { EventName } from '@lit/react';

/** Names of the events Seoul Learn elements declare in `GlobalEventHandlersEventMap`. */
type SeoulLearnEvent = keyof GlobalEventHandlersEventMap & `seoul-learn-${string}`;

/**
 * An event name typed with the event the element really dispatches, so that a React handler
 * receives `CustomEvent<Detail>` and a handler for another detail does not type-check.
 */
export const eventName = <K extends SeoulLearnEvent>(name: K): EventName<GlobalEventHandlersEventMap[K]> =>
  name as EventName<GlobalEventHandlersEventMap[K]>;
