import type { ReactiveElement } from 'lit';
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
 * tab stop (a roving tabindex), moved by the WAI-ARIA tree keys of {@link treeMove}, which also
 * open and close chapters and choose lessons.
 */
export class OutlineController {
  /** Ids of the chapters whose lessons are hidden. */
  collapsed: ReadonlySet<string> = new Set();
  /** The key of the item that holds the tab stop. */
  private focusKey = '';

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: OutlineOptions,
  ) {}

  /** Makes a lesson's item the tab stop, without moving focus. */
  current(lessonId: string): void {
    this.focusKey = lessonKey(lessonId);
    this.host.requestUpdate();
  }

  /** Opens or closes a chapter; its item becomes the tab stop. */
  toggle(chapterId: string): void {
    const collapsed = new Set(this.collapsed);
    if (!collapsed.delete(chapterId)) collapsed.add(chapterId);
    this.collapsed = collapsed;
    this.focusKey = chapterKey(chapterId);
    this.host.requestUpdate();
  }

  /** The item in the tab order: the tab stop, or the first item while the tab stop is in a closed chapter. */
  tabKey(course: Course): string {
    const keys = visibleKeys(course, this.collapsed);
    return keys.includes(this.focusKey) ? this.focusKey : keys[0]!;
  }

  /** Every tree item's `keydown` handler. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    const course = this.options.course();
    if (!course) return;
    const from = (event.currentTarget as HTMLElement).dataset['key'] ?? this.focusKey;
    const move = treeMove(course, this.collapsed, from, event.key);
    if (!move) return;
    event.preventDefault();
    if (move.toggle) this.toggle(move.toggle);
    if (move.activate) this.options.select(from.slice(2));
    if (move.focus) {
      this.focusKey = move.focus;
      this.host.requestUpdate();
      const selector = `[role="treeitem"][data-key="${CSS.escape(move.focus)}"]`;
      void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
    }
  };
}
