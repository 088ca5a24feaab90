/**
 * One tab stop for a composite widget (a grid, a tree, a toolbar): the active item has
 * `tabindex="0"`, every other `-1`, and keys move the active item. Items are named by keys, so the
 * active one may be an item not rendered yet (a day of the next month): it takes focus after the
 * host's next update. In the spirit of Spectrum's `RovingTabindexController`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RovingTabindexOptions<K> {
  /** The items taking part, as rendered, in order. */
  readonly items: () => Iterable<HTMLElement>;
  /** The key an item element stands for. */
  readonly keyOf: (item: HTMLElement) => K;
  /**
   * Where `key` (a `KeyboardEvent.key`) moves from `from` among the rendered `keys`, or undefined
   * when the key is not the widget's: `linearMove` for a list, a date function for a calendar grid,
   * a tree walk for a tree.
   */
  readonly move: (from: K, key: string, keys: readonly K[]) => K | undefined;
  /** Called when a key moved the active item, before the host updates. */
  readonly moved?: (to: K) => void;
}

/** A `move` for a list: ArrowUp/ArrowLeft and ArrowDown/ArrowRight step, Home and End go to the ends. */
export function linearMove<K>(from: K, key: string, keys: readonly K[]): K | undefined {
  const index = keys.indexOf(from);
  switch (key) {
    case 'ArrowUp':
    case 'ArrowLeft':
      return keys[Math.max(0, index - 1)];
    case 'ArrowDown':
    case 'ArrowRight':
      return keys[Math.min(keys.length - 1, index + 1)];
    case 'Home':
      return keys[0];
    case 'End':
      return keys.at(-1);
    default:
      return undefined;
  }
}

export class RovingTabindexController<K> implements ReactiveController {
  /** The item that holds the tab stop. */
  active: K | undefined;
  private focusPending = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RovingTabindexOptions<K>,
  ) {
    host.addController(this);
  }

  /** The `tabindex` an item renders with. */
  tabindex(key: K): 0 | -1 {
    return key === this.active ? 0 : -1;
  }

  /** Makes `key` the active item; with `focus`, it takes focus after the host's next update. */
  activate(key: K, focus = false): void {
    this.active = key;
    this.focusPending ||= focus;
    this.host.requestUpdate();
  }

  /** The items' `keydown` handler. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    const item = event.currentTarget as HTMLElement;
    const from = this.options.keyOf(item);
    const keys = [...this.options.items()].map(this.options.keyOf);
    const to = this.options.move(from, event.key, keys);
    if (to === undefined) return;
    event.preventDefault();
    this.activate(to, true);
    this.options.moved?.(to);
  };

  hostUpdated(): void {
    if (!this.focusPending) return;
    this.focusPending = false;
    for (const item of this.options.items()) {
      if (this.options.keyOf(item) === this.active) {
        item.focus();
        return;
      }
    }
  }
}
