import type { ReactiveElement } from 'lit';
import { RovingTabindexController } from '../core/roving-tabindex.js';
import type { Course } from '../data/types.js';
import { chapterKey, lessonKey, treeMove, visibleKeys } from './outline.js';

/** What the outline controller asks of its host. */
export interface OutlineOptions {
  /** The course whose outline is shown, once loaded. */
  readonly course: () => Course | undefined;
  /** The learner chose a lesson with Enter or Space. */
  readonly select: (lessonId: string) => void;
}

/**
 * The outline tree's own state: which chapters are collapsed, and which item holds the tree's one
 * tab stop, kept by the shared {@link RovingTabindexController} and moved by the WAI-ARIA tree
 * keys of {@link treeMove}, which also open and close chapters and choose lessons.
 */
export class OutlineController {
  /** Ids of the chapters whose lessons are hidden. */
  collapsed: ReadonlySet<string> = new Set();
  private readonly roving: RovingTabindexController<string>;

  constructor(host: ReactiveElement, options: OutlineOptions) {
    this.roving = new RovingTabindexController(host, {
      items: () => host.renderRoot.querySelectorAll<HTMLElement>('[role="treeitem"]'),
      keyOf: (item) => item.dataset['key']!,
      move: (from, key) => {
        const course = options.course();
        const move = course && treeMove(course, this.collapsed, from, key);
        if (!move) return undefined;
        if (move.toggle) this.toggle(move.toggle);
        if (move.activate) options.select(from.slice(2));
        // Enter on a lesson keeps focus where it is.
        return move.focus ?? from;
      },
    });
  }

  /** Every tree item's `keydown` handler. */
  get onKeydown(): (event: KeyboardEvent) => void {
    return this.roving.onKeydown;
  }

  /** Makes a lesson's item the tab stop, without moving focus. */
  current(lessonId: string): void {
    this.roving.activate(lessonKey(lessonId));
  }

  /** Opens or closes a chapter; its item becomes the tab stop. */
  toggle(chapterId: string): void {
    const collapsed = new Set(this.collapsed);
    if (!collapsed.delete(chapterId)) collapsed.add(chapterId);
    this.collapsed = collapsed;
    this.roving.activate(chapterKey(chapterId));
  }

  /** The item in the tab order: the tab stop, or the first item while the tab stop is in a closed chapter. */
  tabKey(course: Course): string {
    const keys = visibleKeys(course, this.collapsed);
    const active = this.roving.active;
    return active !== undefined && keys.includes(active) ? active : keys[0]!;
  }
}
