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

/**
 * Dispatches `event` on `element` so that the page hears it even when the element has just left
 * the page. An element's last events — the progress saved and the xAPI `terminated` of a view
 * that a host ended by removing the element — come after the removal, when the element's own
 * path no longer reaches the document. So when the element is not connected, a copy (same type,
 * init and detail; its target the document) is also dispatched on the element's document, the
 * one it was removed from. The two paths never share a node (a detached tree holds neither the
 * document nor the window), so every listener hears the event once: those on the element and
 * its removed ancestors the original, those on the document and window the copy.
 * Returns `false` if a listener of either cancelled it.
 */
export function dispatchFromElement<D>(element: Element, event: CustomEvent<D>): boolean {
  const allowed = element.dispatchEvent(event);
  if (element.isConnected) return allowed;
  const copy = new CustomEvent<D>(event.type, {
    detail: event.detail,
    bubbles: event.bubbles,
    composed: event.composed,
    cancelable: event.cancelable,
  });
  return element.ownerDocument.dispatchEvent(copy) && allowed;
}
