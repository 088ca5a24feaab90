/** Event names are `seoul-learn-<noun>-<past-tense verb>`. */
export type SeoulLearnEventName = `seoul-learn-${string}`;

function freeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) freeze(child);
  }
  return value;
}

/**
 * Creates the event an element dispatches: it bubbles and crosses shadow roots (`composed`), and
 * its detail is deeply frozen plain data, so a listener cannot change what another one sees.
 * Elements dispatch these only for user actions and playback facts, never when a host sets a property.
 */
export function createEvent<D>(
  name: SeoulLearnEventName,
  detail: D,
  init: { cancelable?: boolean } = {},
): CustomEvent<D> {
  return new CustomEvent<D>(name, {
    detail: freeze(structuredClone(detail)),
    bubbles: true,
    composed: true,
    cancelable: init.cancelable ?? false,
  });
}
