import { expect, waitFor, within } from 'storybook/test';

/**
 * Shared steps of the interaction stories' play functions: the elements render into shadow roots,
 * which Testing Library's queries search like any other container once handed the root.
 */

/** The Korean interface: the play functions find controls by their Korean names. */
export const KOREAN = { locale: 'ko' } as const;

/** A learner id no earlier run has used, so that no saved progress or booking changes what a story sees. */
export const freshLearnerId = (): string => `story-${crypto.randomUUID()}`;

/** Waits until `selector` has rendered in the story, and returns it. */
export async function rendered<T extends Element>(canvasElement: HTMLElement, selector: string): Promise<T> {
  let found: T | null = null;
  await waitFor(() => {
    found = canvasElement.querySelector<T>(selector);
    expect(found?.shadowRoot).toBeTruthy();
  });
  return found!;
}

/** Testing Library's queries over an element's shadow root. */
export const inside = (host: Element): ReturnType<typeof within> => within(host.shadowRoot as unknown as HTMLElement);

/** The element focused inside `host`'s shadow root. */
export const focusedIn = (host: Element): Element | null => host.shadowRoot!.activeElement;

/** A CSS colour as the browser computes it (`rgb(…)`), to compare with a computed style. */
export function computedColor(value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}
