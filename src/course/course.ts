import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Announcer } from '../core/announcer.js';
import { focusAfterUpdate } from '../core/focus.js';
import { LazyPart } from '../core/lazy-part.js';
import { SeoulLearnElement, baseStyles } from '../core/base-element.js';
import { dataSourceOf } from '../core/data-source.js';
import { below, heading, headingLevel, type HeadingLevel } from '../core/headings.js';
import { localize } from '../core/i18n.js';
import { enumAttribute } from '../core/enum-attribute.js';
import { DEFAULT_COMPLETION_THRESHOLD } from '../data/progress.js';
import type { Course, Lesson } from '../data/types.js';
import { CourseLoader } from './course-loader.js';
import { courseStyles } from './course.styles.js';
import { HLS_ENGINES, SHORTCUTS_MODES, type HlsEngine, type ShortcutsMode } from './course.types.js';
import { LessonController, completionThreshold, lessonsOf, nextLesson } from './lesson-controller.js';
import { MediaController } from './media-controller.js';
import type { MediaFact } from './media-state.js';
import { courseMessages, type CourseMessages } from './messages.js';
import { renderLayout } from './layout.js';
import { lessonStatus } from './outline.js';
import { OutlineController } from './outline-controller.js';
import { followCue, renderEnded, renderMaterials, renderResume, renderTranscript } from './panels.js';
import { HelpController } from './shortcuts.js';
import { PLAYER_START, renderPlayer } from './player.js';
import { PlayerUi } from './player-ui.js';
import { renderProblem, renderSkeleton } from './states.js';

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

  @state() private currentId: string | undefined;
  @state() private atEnd = false;

  private readonly announcer = new Announcer(this);
  private readonly ui = new PlayerUi(this);
  private readonly external = new LazyPart(
    this,
    () => import('./external.js'),
    (module) => module.externalStyles,
  );
  private readonly brand = new LazyPart(
    this,
    () => import('../core/brand.js'),
    (module) => module.brandStyles,
  );
  private readonly loader = new CourseLoader(this, {
    target: () => ({
      courseId: this.courseId,
      learnerId: this.settings.learnerId,
      source: dataSourceOf(this.settings),
    }),
    starting: (previous) => {
      this.endSession();
      // What failed before goes out now, through the source it was meant for.
      if (previous.status === 'ready') this.lessons.progress.flush(previous.source);
      this.currentId = undefined;
    },
    loaded: (course, progress) => {
      this.lessons.load(progress);
      const lessons = lessonsOf(course);
      // The link-out card's code loads with a course that has such a lecture, before it is opened.
      if (lessons.some((lesson) => lesson.kind === 'external')) void this.external.ready();
      const first =
        lessons.find((lesson) => lesson.id === this.lessonId) ??
        lessons.find((lesson) => !this.lessons.records.get(lesson.id)?.completed) ??
        lessons[0];
      if (first) {
        this.openLesson(first.id);
        this.outline.current(first.id);
      }
    },
  });
  private readonly media = new MediaController(this, {
    target: () => {
      const lesson = this.lesson;
      return lesson && { lesson, engine: this.hls, locale: this.settings.locale };
    },
    report: (fact) => this.onFact(fact),
  });
  private readonly lessons = new LessonController(this, {
    media: this.media,
    threshold: () => this.threshold,
    clock: () => this.now(),
    completed: (lesson, courseDone) =>
      this.announcer.announce(
        courseDone ? this.m.courseDone : this.m.lessonDone(localize(lesson.title, this.settings.locale).value),
      ),
  });
  private readonly help = new HelpController(this, {
    enabled: () => this.shortcutsOn,
    request: (request) => this.media.request(request),
  });
  private readonly outline = new OutlineController(this, {
    course: () => this.course,
    select: (lessonId) => this.selectLesson(lessonId),
  });
  private lastCue = -1;

  override disconnectedCallback(): void {
    // Save while the video is still attached, before the media controller lets go of it.
    this.endSession();
    super.disconnectedCallback();
  }

  /** An English player loads its text before it renders. */
  protected override async scheduleUpdate(): Promise<void> {
    await courseMessages.ready(this.settings.locale);
    super.scheduleUpdate();
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

  private get course(): Course | undefined {
    const load = this.loader.state;
    return load.status === 'ready' ? load.course : undefined;
  }

  private get lesson(): Lesson | undefined {
    const course = this.course;
    return course && lessonsOf(course).find((lesson) => lesson.id === this.currentId);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.loader.sync() && changed.has('lessonId') && this.lessonId && this.lessonId !== this.currentId) {
      // A lesson the course does not have leaves the open one as it is.
      this.openLesson(this.lessonId);
    }
    // Reading them warns once about an invalid value.
    if (changed.has('shortcuts')) void this.shortcutsOn;
    if (changed.has('completionThreshold')) void this.threshold;
  }

  /** Retry after a failed load. The button goes away with the error: keep focus in the player. */
  private readonly retryLoad = (): void => void (this.loader.load(), focusAfterUpdate(this, '.course'));

  /** Switches to a lesson: saves and closes the previous view, and resumes where the learner stopped. */
  private openLesson(lessonId: string, play = false): void {
    const load = this.loader.state;
    const course = this.course;
    const lesson = course && lessonsOf(course).find((item) => item.id === lessonId);
    if (!course || !lesson || load.status !== 'ready') return;
    this.endSession();
    const resume = this.lessons.open({ course, lesson, source: load.source, learnerId: load.learnerId });
    this.currentId = lessonId;
    this.atEnd = false;
    this.lastCue = -1;
    this.media.load(resume, play);
  }

  /** A lesson the learner chose in the outline or from the "next lesson" offer. */
  private selectLesson(lessonId: string, play = false): void {
    this.outline.current(lessonId);
    if (lessonId === this.currentId) return;
    this.openLesson(lessonId, play);
    const lesson = this.lesson;
    if (lesson) this.announcer.announce(this.m.nowPlaying(localize(lesson.title, this.settings.locale).value));
  }

  /** "Start over" in the resume notice, which goes away: focus moves to the player. */
  private readonly startOver = () => {
    this.media.request({ type: 'seek', time: 0 });
    void focusAfterUpdate(this, PLAYER_START);
  };

  private endSession(): void {
    this.lessons.end();
    this.media.detach();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.lastCue = followCue(this.renderRoot.querySelector('.cues'), this.lastCue);
  }

  /** Facts come only from the open video lesson's video, which has a lesson view. */
  private onFact(fact: MediaFact): void {
    this.lessons.fact(fact);
    if (fact.type === 'play') this.atEnd = false;
    if (fact.type === 'ended') this.onEnded(this.lesson!);
  }

  private onEnded(lesson: Lesson): void {
    this.atEnd = true;
    const next = nextLesson(this.course!, lesson);
    if (next && this.autoplayNext) {
      this.selectLesson(next.id, true);
      return;
    }
    const { m } = this;
    const title = next && localize(next.title, this.settings.locale).value;
    this.announcer.announce(title ? `${m.ended} ${m.next(title)}` : m.ended);
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
    else body = this.renderCourse(load.course, m);
    const brand = this.settings.showBrand && this.brand.get()?.brand(this.settings);
    return html`<div class="course" part="base" lang=${locale} tabindex="-1">
      ${brand || nothing}${body} ${this.announcer.render()}
    </div>`;
  }

  private renderCourse(course: Course, m: CourseMessages): TemplateResult {
    const lesson = this.lesson;
    const level = this.level;
    return renderLayout(level, lesson ? this.renderLesson(lesson, m) : nothing, {
      course,
      level: below(level),
      locale: this.settings.locale,
      m,
      currentId: this.currentId,
      tabKey: this.outline.tabKey(course),
      collapsed: this.outline.collapsed,
      statusOf: (item) => lessonStatus(this.lessons.recordOf(item.id), item.durationSec),
      onKeydown: this.outline.onKeydown,
      onLesson: (id) => this.selectLesson(id),
      onChapter: (id) => this.outline.toggle(id),
    });
  }

  private renderLesson(lesson: Lesson, m: CourseMessages): TemplateResult {
    const locale = this.settings.locale;
    const title = localize(lesson.title, locale);
    const done = this.lessons.records.get(lesson.id)?.completed ?? false;
    const level = this.level;
    const head = heading(below(level), 'lesson-heading', title.value, {
      lang: title.lang === locale ? nothing : title.lang,
    });
    return html`${head}
    ${
      lesson.kind === 'external'
        ? this.external.get()?.renderExternal(lesson, done, locale, m, {
            onOpen: () => this.lessons.openedExternal(),
            onDone: () => {
              this.lessons.markDone();
              this.atEnd = true;
              // The button goes away: focus what replaces it, the lesson-ended notice.
              void focusAfterUpdate(this, '.ended');
            },
          })
        : this.renderPlayer(lesson, m)
    }
    ${this.media.resumedFrom > 0 ? renderResume(this.media.resumedFrom, m, this.startOver) : nothing}
    ${
      this.atEnd
        ? renderEnded(nextLesson(this.course!, lesson), this.lessons.allDone(this.course!), locale, m, (id) => {
            this.selectLesson(id, true);
            void focusAfterUpdate(this, PLAYER_START);
          })
        : nothing
    }
    ${renderTranscript(lesson, this.media.state, locale, m, below(level, 2), (time) => this.media.request({ type: 'seek', time }))}
    ${renderMaterials(lesson, locale, m, below(level, 2))}`;
  }

  private renderPlayer(lesson: Lesson, m: CourseMessages): TemplateResult {
    return renderPlayer({
      state: this.media.state,
      lesson,
      locale: this.settings.locale,
      m,
      panelLevel: below(this.level, 2),
      mediaKey: this.media.key,
      ui: this.ui,
      shortcutsOn: this.shortcutsOn,
      canPip: document.pictureInPictureEnabled ?? false,
      request: (request) => this.media.request(request),
      onHelp: this.help.open,
      onHelpClosed: this.help.onClosed,
      help: this.help.module,
      onKeydown: this.help.onKeydown,
      onTrackError: (track) => this.media.dropCaptions(track),
      onRetry: () => {
        this.media.retry();
        void focusAfterUpdate(this, '.course');
      },
    });
  }
}
