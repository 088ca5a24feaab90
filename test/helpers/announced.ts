import { waitUntil } from '@open-wc/testing';

/**
 * Waits until the live region `region()` finds says `text`. Messages go into a live region a
 * moment after it was emptied (see `Announcer`), so a test reads them once they are in; a message
 * that never arrives fails after `timeout` with the text the region held.
 */
export async function announced(region: () => Element | null, text: string, timeout = 2000): Promise<void> {
  const said = () => (region()?.textContent ?? '').replace(/\s+/g, ' ').trim();
  try {
    await waitUntil(() => said() === text, undefined, { timeout });
  } catch {
    throw new Error(`expected the live region to say "${text}", it says "${said()}"`);
  }
}
