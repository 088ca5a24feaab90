import type { ReactiveElement } from 'lit';

/**
 * Focuses what `selector` matches in `host`'s render root once the host's pending update has
 * rendered: for focus that must land on something an update creates or keeps, such as a tree
 * item after its chapter opened, or the element itself after the retry button went away.
 * @returns the element focused, or `undefined` when nothing matched.
 */
export async function focusAfterUpdate(host: ReactiveElement, selector: string): Promise<HTMLElement | undefined> {
  await host.updateComplete;
  const target = host.renderRoot.querySelector<HTMLElement>(selector) ?? undefined;
  target?.focus();
  return target;
}
