import { ChangeListeners } from '../source-kit.js';
import type { DataChange } from '../types.js';

/**
 * The change feed of a demo data source: its own changes go to its listeners, and — when it
 * shares an IndexedDB database with other instances (other elements, other tabs) — through a
 * `BroadcastChannel` named after the database, so that they hear each other's changes too.
 */
export class DemoChangeFeed {
  private readonly listeners = new ChangeListeners();
  private channel?: BroadcastChannel;

  /** `channelName` unset: changes stay within this instance (memory storage, a store of the host's). */
  constructor(private readonly channelName: string | undefined) {}

  subscribe(listener: (change: DataChange) => void): () => void {
    this.open();
    return this.listeners.add(listener);
  }

  /** A change this instance made: its listeners hear it, and so do the other instances on the channel. */
  notify(change: DataChange): void {
    this.listeners.deliver(change);
    this.open()?.postMessage(change);
  }

  /** Closes the channel; it reopens on the next subscribe or change. */
  close(): void {
    this.channel?.close();
    this.channel = undefined;
  }

  private open(): BroadcastChannel | undefined {
    if (!this.channelName || typeof BroadcastChannel === 'undefined') return undefined;
    if (!this.channel) {
      this.channel = new BroadcastChannel(this.channelName);
      this.channel.onmessage = (event: MessageEvent<DataChange>) => this.listeners.deliver(event.data);
    }
    return this.channel;
  }
}
