import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Announcer } from '../core/announcer.js';
import { focusAfterUpdate } from '../core/focus.js';
import { LazyPart } from '../core/lazy-part.js';
import { SeoulLearnElement, baseStyles } from '../core/base-element.js';
import { dataSourceOf } from '../core/data-source.js';
import { headingLevel, type HeadingLevel } from '../core/headings.js';
import { enumAttribute } from '../core/enum-attribute.js';
import { warnOnce } from '../core/warn.js';
import { DEFAULT_COMPLETION_THRESHOLD } from '../data/progress.js';
import type { Lesson } from '../data/types.js';
import { CourseLoader, openingLesson } from './course-loader.js';
import { courseStyles } from './course.styles.js';
import { HLS_ENGINES, SHORTCUTS_MODES, type HlsEngine, type LoadState, type ShortcutsMode } from './course.types.js';
import type * as View from './course-view.js';
import type { CourseView } from './course-view.js';
import { courseMessages, type CourseMessages } from './messages.js';
import { renderProblem, renderSkeleton } from './states.js';

/**
 * `value` when it is a valid share of a video to watch for completion (0 < x ≤ 1), else the
 * default, with one warning on `host` that names the valid range.
 */
function completionThreshold(host: Element, value: number): number {
  if (Number.isFinite(value) && value > 0 && value <= 1) return value;
  warnOnce(
    host,
    `threshold=${value}`,
    `<${host.localName}> completion-threshold="${value}" is not valid; use a number above 0 and up to 1. Using ${DEFAULT_COMPLETION_THRESHOLD}.`,
  );
  return DEFAULT_COMPLETION_THRESHOLD;
}

/**
 * The course player: the lesson outline (chapters → lessons, with completion), a video player
 * on a native `<video>` with captions, transcript, playback rate, sign language and keyboard
 * shortcuts, link-out cards for lectures hosted elsewhere, and resume and completion from the
 * learner's stored progress. Progress is saved through the data source at most every 10 s of
 * playback and on pause, seek, lesson change and page hide.
 * `heading-level` sets the level of its headings to fit the host page's outline.
 *
 * Events fired after a host removed the element (the last progress save, xAPI `terminated`) are
 * dispatched on the element and, as a copy with the same detail, on the document it was removed
 * from (there `event.target` is the document). Listeners on the element, on the document or on
 * the window each hear such an event once; listeners on ancestors that stayed in the page after
 * the element was taken out of them do not.
 *
 * @summary Course player with outline, captions, transcript, resume and progress tracking.
 * @tag seoul-learn-course
 *
 * @cssstate pending - From when the element is made until its first render, which runs in a task of its own; `seoul-learn.css` keeps the element's room in this state, as before it is defined.
 * @csspart base - The element's root wrapper.
 * @csspart brand - The programme's name and mark, with `show-brand` (here or on the provider).
 * @csspart lesson - The current lesson: title, player or link-out card, and its panels.
 * @csspart player - The video player region (video and controls).
 * @csspart controls - The playback controls.
 * @csspart transcript - The transcript panel.
 * @csspart outline - The course outline.
 *
 * @cssprop --seoul-learn-course-outline-width - Width of the outline beside the player on wide layouts (default 320px).
 * @cssprop --seoul-learn-course-player-background - Background behind the video (default #000).
 * @cssprop --seoul-learn-brand-mark - With `show-brand`: the mark's colour (default: the theme's primary).
 * @cssprop --seoul-learn-brand-on-mark - With `show-brand`: the mark's letter (default: the theme's on-primary).
 * @cssprop --seoul-learn-brand-surface - With `show-brand`: the strip's background (default: the theme's primary subtle).
 * @cssprop --seoul-learn-brand-on-surface - With `show-brand`: the programme name (default: the theme's on-primary-subtle).
 *
 * @fires {CustomEvent<LessonStartedDetail>} seoul-learn-lesson-started - a lesson view started playing for the first time, or the learner opened an external lesson's link; detail `{ courseId, lessonId, positionSec }`.
 * @fires {CustomEvent<LessonProgressedDetail>} seoul-learn-lesson-progressed - progress was saved (at most every 10 s of playback, and on pause, seek, lesson change, page hide, removal); detail `{ courseId, lessonId, positionSec, durationSec, progress }`.
 * @fires {CustomEvent<LessonCompletedDetail>} seoul-learn-lesson-completed - watched coverage reached `completion-threshold`, or an external lesson was marked done; detail `{ courseId, lessonId, progress }`.
 * @fires {CustomEvent<CourseCompletedDetail>} seoul-learn-course-completed - the last lesson left was completed; detail `{ courseId, totalLessons }`.
 * @fires {CustomEvent<XapiDetail>} seoul-learn-xapi - an xAPI Video Profile statement (initialized, played, paused, seeked, completed, terminated) for the host to forward to its LRS; detail `{ statement }`. Every statement of a view reaches a document listener, `terminated` included when a host ends the view by removing the element (see the description).
 */
export class SeoulLearnCourse extends SeoulLearnElement {
  static override styles = [baseStyles, courseStyles];

  /** Id of the course to show, as the data source knows it. */
  @property({ attribute: 'course-id' }) courseId?: string;

  /** Lesson to open. Unset: the first lesson not yet completed. Setting it later switches lessons. */
  @property({ attribute: 'lesson-id' }) lessonId?: string;

  /** Share (0 < x ≤ 1) of a video that must actually be watched for the lesson to count as completed. */
  @property({ attribute: 'completion-threshold', type: Number }) completionThreshold: number =
    DEFAULT_COMPLETION_THRESHOLD;

  /** `on` (default): keyboard shortcuts while focus is inside the player; `off` switches them off. */
  @property() shortcuts: ShortcutsMode = 'on';

  /** Starts the next lesson by itself when one ends. Off by default: the next lesson is offered. */
  @property({ attribute: 'autoplay-next', type: Boolean }) autoplayNext = false;

  /**
   * The level of the course title (2–6, default 2), so that the element's headings continue the
   * host page's outline: the lesson heading and the outline title are one below, the panel
   * titles (transcript, materials, shortcuts) two below (at most 6). An invalid value warns once
   * and uses 2.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel: HeadingLevel = 2;

  /**
   * How HLS (`.m3u8`) sources play: `auto` uses the browser's own HLS where it has it and
   * hls.js (loaded on demand) elsewhere; `hls.js` always uses hls.js (for testing that path).
   */
  @property({ attribute: false }) hlsEngine: HlsEngine = 'auto';

  private readonly announcer = new Announcer(this);
  private readonly brand = new LazyPart(
    this,
    () => import('../core/brand.js'),
    (module) => module.brandStyles,
  );
  /** The loaded course's view (player, outline, panels): its code loads with the course's data. */
  private readonly viewPart = new LazyPart(
    this,
    () => this.loadView(),
    (module) => module.viewStyles,
  );
  private view: CourseView | undefined;
  private readonly loader: CourseLoader = new CourseLoader(this, {
    target: () => ({
      courseId: this.courseId,
      learnerId: this.settings.learnerId,
      source: dataSourceOf(this.settings),
    }),
    prepare: (): Promise<CourseView> =>
      this.viewPart.ready().then(
        (module) =>
          (this.view ??= new module.CourseView(this, {
            loadState: (): LoadState => this.loader.state,
            locale: () => this.settings.locale,
            messages: () => this.m,
            lessonId: () => this.lessonId,
            threshold: () => this.threshold,
            shortcutsOn: () => this.shortcutsOn,
            autoplayNext: () => this.autoplayNext,
            level: () => this.level,
            hls: () => this.hls,
            clock: () => this.now(),
            announce: (text) => this.announcer.announce(text),
            loadPart: (part, load) => this.loadPart(part, load),
          })),
      ),
    starting: (previous) => this.view?.starting(previous),
    arrived: (course, progress) => this.preloadPoster(openingLesson(course, progress, this.lessonId)),
    loaded: (course, progress) => this.view!.loaded(course, progress),
  });

  /** The opening lesson's poster while it loads (kept so that the request is not dropped). */
  private poster: HTMLImageElement | undefined;

  /**
   * Starts loading the opening lesson's poster as soon as the course's data is there, instead of
   * once the view has rendered the video (which may wait for the view's code): the video then
   * takes the poster from the browser's cache.
   */
  private preloadPoster(lesson: Lesson | undefined): void {
    if (lesson?.kind !== 'video' || !lesson.poster || this.poster?.src === lesson.poster) return;
    const image = new Image();
    image.src = lesson.poster;
    // Decoded while the view renders, so that the video can paint it in its first frame.
    image.decode().catch(() => undefined);
    this.poster = image;
  }

  /** Loads the view's module (a test replaces it to see a failed load). */
  protected loadView(): Promise<typeof View> {
    return import('./course-view.js');
  }

  /**
   * Loads a part of the view that comes after it: the details (outline, transcript, materials),
   * once the player has shown, or the link-out card of an external lecture. With `load`; a test
   * holds a part back, or makes it fail, to see the view without it.
   */
  protected loadPart<M>(_part: 'details' | 'external', load: () => Promise<M>): Promise<M> {
    return load();
  }

  override disconnectedCallback(): void {
    // Save while the video is still attached, before the media controller lets go of it.
    this.view?.end();
    super.disconnectedCallback();
  }

  /** An English player loads its text before it renders. */
  protected override beforeRender(): (Promise<unknown> | undefined)[] {
    return [...super.beforeRender(), courseMessages.ready(this.settings.locale)];
  }

  private get m(): CourseMessages {
    return courseMessages(this.settings.locale);
  }

  private get threshold(): number {
    return completionThreshold(this, this.completionThreshold);
  }

  private get shortcutsOn(): boolean {
    return enumAttribute(this, 'shortcuts', this.shortcuts, SHORTCUTS_MODES, 'on') === 'on';
  }

  private get level(): HeadingLevel {
    return headingLevel(this, this.headingLevel, 2);
  }

  private get hls(): HlsEngine {
    return HLS_ENGINES.includes(this.hlsEngine) ? this.hlsEngine : 'auto';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The first load starts at connect (see CourseLoader): a lesson id given from the start is
    // the one it opens, not a change.
    if (!this.loader.sync() && this.hasUpdated && changed.has('lessonId') && this.loader.state.status === 'ready') {
      this.view?.lessonIdChanged();
    }
    // Reading them warns once about an invalid value.
    if (changed.has('shortcuts')) void this.shortcutsOn;
    if (changed.has('completionThreshold')) void this.threshold;
  }

  /** Retry after a failed load. The button goes away with the error: keep focus in the player. */
  private readonly retryLoad = (): void => void (this.loader.load(), focusAfterUpdate(this, '.course'));

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.view?.updated();
  }

  protected override render(): TemplateResult {
    const locale = this.settings.locale;
    const { m } = this;
    const load = this.loader.state;
    let body: TemplateResult;
    if (load.status === 'loading') body = renderSkeleton(m);
    // Trying again cannot help a course that is not open to this learner (403).
    else if (load.status === 'error')
      body = renderProblem(m[load.reason], m, load.reason === 'forbidden' ? undefined : this.retryLoad);
    else body = this.view!.render(load.course);
    const brand = this.settings.showBrand && this.brand.get()?.brand(this.settings);
    return html`<div class="course" part="base" lang=${locale} tabindex="-1">
      ${brand || nothing}${body} ${this.announcer.render()}
    </div>`;
  }
}
