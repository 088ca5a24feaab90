import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** How long an emptied live region stays empty before the message goes in. */
export const ANNOUNCE_DELAY_MS = 100;

/**
 * An element's one polite live region. Screen readers speak a live region when its text changes
 * after the region is in the page: a region created with its text, or the same text set twice,
 * stays silent. So every message first empties the region and goes in once the empty region has
 * been rendered and a moment has passed (the technique of Angular CDK's `LiveAnnouncer`). A newer
 * message replaces one still waiting.
 */
export class Announcer {
  private text = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Says `message`, even when it was the last thing said. */
  announce(message: string): void {
    // The host renders the empty region in a microtask, well before the message goes in.
    this.clear();
    this.timer = setTimeout(() => this.set(message), ANNOUNCE_DELAY_MS);
  }

  /** Empties the region and drops a message still waiting: what was said no longer holds. */
  clear(): void {
    clearTimeout(this.timer);
    this.set('');
  }

  /** The live region; render it in every state of the host, so that it exists before a message. */
  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite">${this.text}</div>`;
  }

  private set(text: string): void {
    this.text = text;
    this.host.requestUpdate();
  }
}
