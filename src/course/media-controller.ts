import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warnOnce } from '../core/warn.js';
import type { CaptionTrack, MediaSource } from '../data/types.js';
import type { HlsEngine } from './course.types.js';
import {
  INITIAL_MEDIA_STATE,
  MEDIA_EVENTS,
  type MediaFact,
  type MediaOptions,
  type MediaRequest,
  type MediaState,
} from './media-state.js';
import { attachHls, pickSource } from './sources.js';

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

/**
 * The one owner of media state, in the shape of media-chrome's media controller: it takes over
 * the player's `<video>` (`video.main` in `.stage`) once the host rendered it, listens to it,
 * keeps a {@link MediaState} snapshot for the controls, carries out their {@link MediaRequest}s,
 * reports playback facts, and keeps where a resumed video really got to (the resume notice).
 * A sign-language video (`video.sign`) follows it.
 */
export class MediaController implements ReactiveController {
  state: MediaState = INITIAL_MEDIA_STATE;
  /** Changes whenever the lesson needs a fresh `<video>` (another lesson, or a retry). */
  key = 0;
  /** Where the resumed video stands, for the resume notice: 0 when it could not get there or the learner moved since. */
  resumedFrom = 0;
  /**
   * Where the video was asked to resume but could not get to (a server that serves no byte
   * ranges), for the notice that says so in the resume notice's place: 0 otherwise.
   */
  resumeFailedAt = 0;
  /** Where the next fresh video starts, and whether it plays once loaded. */
  private readonly next = { at: 0, play: false };
  /** The resume position asked for the open lesson, until the video reports where it got to. */
  private claim = 0;
  private video: HTMLVideoElement | undefined;
  private container: HTMLElement | undefined;
  private follower: HTMLVideoElement | undefined;
  private listeners: AbortController | undefined;
  private detachEngine: (() => void) | undefined;
  private startAt = 0;
  private seekFrom: number | undefined;
  private silentSeek = false;
  private preferredLang = '';
  /** The learner's own caption choice, kept across lessons; `undefined` until they make one. */
  chosenCaptions: string | undefined;
  private lastLang = '';
  private failedLangs = new Set<string>();
  private rate = 1;

  private readonly report: (fact: MediaFact) => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: MediaOptions,
  ) {
    this.report = options.report;
    host.addController(this);
  }

  hostUpdated(): void {
    // Attaching changes media state; doing it after this update keeps to one update per change.
    queueMicrotask(() => this.attachRendered());
  }

  hostDisconnected(): void {
    this.detach();
  }

  /**
   * The position the video is loading and seeking to for a resume, until it gets there (0: none).
   * Only a place to keep: the learner is told of a resume once it has happened (`resumedFrom`).
   */
  get resuming(): number {
    return this.resumedFrom ? 0 : this.claim;
  }

  /** Asks for a fresh `<video>` for a newly opened lesson, resumed at `startAt` seconds and, with `play`, playing once loaded. */
  load(startAt: number, play: boolean): void {
    this.resumedFrom = 0;
    this.resumeFailedAt = 0;
    this.claim = startAt;
    this.next.play = play;
    this.reload(startAt);
  }

  /** Asks for a fresh `<video>` after a failure, starting where the failed one stood. */
  retry(): void {
    this.reload(this.video?.currentTime ?? 0);
  }

  private reload(startAt: number): void {
    this.key += 1;
    this.next.at = startAt;
    this.host.requestUpdate();
  }

  /** The video the controller drives, if any. */
  get media(): HTMLVideoElement | undefined {
    return this.video;
  }

  /** Takes over the videos the host rendered since the last update, if they are new. */
  private attachRendered(): void {
    const root = this.host.shadowRoot;
    const target = this.options.target();
    const video = root?.querySelector<HTMLVideoElement>('video.main');
    const stage = root?.querySelector<HTMLElement>('.stage');
    if (video && target && stage && video !== this.video) {
      const { lesson, locale } = target;
      this.attach(video, stage, lesson.media, target.engine, this.next.at);
      // Until the learner chooses, captions follow the interface language, else the lesson's default track.
      const initial = lesson.captions.find((track) => track.lang === locale) ?? lesson.captions.find((t) => t.default);
      this.preferCaptions(this.chosenCaptions ?? initial?.lang ?? '');
      if (this.next.play) this.request({ type: 'play' });
      this.next.play = false;
    }
    const sign = root?.querySelector<HTMLVideoElement>('video.sign') ?? undefined;
    if (sign !== this.follower) {
      const source = sign && target?.lesson.signLanguage && pickSource(sign, target.lesson.signLanguage, 'auto');
      if (sign && source) sign.src = source.src;
      this.follow(sign);
    }
  }

  /**
   * Takes over a freshly rendered `<video>` and loads the best of `sources` into it, starting at
   * `startAt` seconds (a resume position) without reporting that as a seek.
   */
  private attach(
    video: HTMLVideoElement,
    container: HTMLElement,
    sources: readonly MediaSource[],
    engine: HlsEngine,
    startAt: number,
  ): void {
    this.detach();
    this.video = video;
    this.container = container;
    this.startAt = startAt;
    this.failedLangs.clear();
    const listeners = new AbortController();
    this.listeners = listeners;
    for (const name of MEDIA_EVENTS) video.addEventListener(name, this.onMediaEvent, { signal: listeners.signal });
    document.addEventListener('fullscreenchange', this.sync, { signal: listeners.signal });
    // The browser may switch a track on by itself (a subtitle track in the user's language); the learner's choice wins.
    video.textTracks.addEventListener('change', this.applyCaptions, { signal: listeners.signal });
    video.textTracks.addEventListener('addtrack', this.applyCaptions, { signal: listeners.signal });
    video.playbackRate = this.rate;
    video.volume = this.state.volume;
    video.muted = this.state.muted;
    this.state = { ...INITIAL_MEDIA_STATE, volume: video.volume, muted: video.muted, rate: this.rate };
    this.applyCaptions();
    const chosen = pickSource(video, sources, engine);
    if (!chosen) {
      this.fail();
    } else if (chosen.engine === 'native') {
      video.src = chosen.src;
    } else {
      attachHls(video, chosen.src, () => this.fail()).then(
        (detach) => {
          if (this.video === video) this.detachEngine = detach;
          else detach();
        },
        () => this.video === video && this.fail(),
      );
    }
    this.host.requestUpdate();
  }

  /** A video that plays in step with the main one (the sign-language interpretation). */
  follow(follower: HTMLVideoElement | undefined): void {
    this.follower = follower;
    const video = this.video;
    if (!follower || !video) return;
    follower.muted = true;
    follower.currentTime = video.currentTime;
    follower.playbackRate = video.playbackRate;
    if (!video.paused) follower.play().catch(() => undefined);
  }

  /** Stops driving the current video. */
  detach(): void {
    this.listeners?.abort();
    this.listeners = undefined;
    this.detachEngine?.();
    this.detachEngine = undefined;
    this.video?.pause();
    this.video = undefined;
    this.follower = undefined;
  }

  /** A caption track that failed to load (e.g. a malformed file) leaves the captions menu, with a warning. */
  dropCaptions(track: CaptionTrack): void {
    const { lang, src } = track;
    warnOnce(this.host, `track-${src}`, `Caption file ${src} could not be loaded or parsed; it is skipped.`);
    this.failedLangs.add(lang);
    if (this.state.captionLang === lang) this.preferredLang = '';
    this.applyCaptions();
    this.host.requestUpdate();
  }

  /** Sets the caption language to show first (`''` for none). */
  preferCaptions(lang: string): void {
    this.preferredLang = lang;
    if (lang) this.lastLang = lang;
    this.applyCaptions();
  }

  /** Carries out a request from a control or a shortcut. */
  request(request: MediaRequest): void {
    const video = this.video;
    if (!video) return;
    switch (request.type) {
      case 'play':
        video.play().catch(() => undefined);
        break;
      case 'pause':
        video.pause();
        break;
      case 'toggle':
        this.request({ type: video.paused || video.ended ? 'play' : 'pause' });
        break;
      case 'seek':
        this.seek(request.time);
        break;
      case 'seek-by':
        this.seek(video.currentTime + request.delta);
        break;
      case 'volume':
        video.volume = clamp(request.value, 0, 1);
        if (video.volume > 0) video.muted = false;
        break;
      case 'volume-by':
        this.request({ type: 'volume', value: Math.round((video.volume + request.delta) * 100) / 100 });
        break;
      case 'toggle-mute':
        video.muted = !video.muted;
        break;
      case 'rate':
        this.rate = request.rate;
        video.playbackRate = request.rate;
        break;
      case 'captions':
        this.chosenCaptions = request.lang;
        this.preferCaptions(request.lang);
        break;
      case 'toggle-captions':
        this.chosenCaptions = this.state.captionLang ? '' : this.lastLang || this.state.captionLangs[0] || '';
        this.preferCaptions(this.chosenCaptions);
        break;
      case 'fullscreen':
        this.toggleFullscreen();
        break;
      case 'pip':
        this.togglePip(video);
        break;
    }
    this.sync();
  }

  private seek(time: number): void {
    const video = this.video!;
    const duration = Number.isFinite(video.duration) ? video.duration : this.state.duration;
    const to = clamp(time, 0, duration || 0);
    this.seekFrom ??= video.currentTime;
    this.resumedFrom = 0;
    this.resumeFailedAt = 0;
    this.claim = 0;
    this.report({ type: 'seeking', from: this.seekFrom });
    video.currentTime = to;
  }

  /** Goes to the resume position without reporting a seek, then notes where the video really is. */
  private resume(video: HTMLVideoElement): void {
    const at = this.startAt;
    this.startAt = 0;
    this.seekSilently(video, at);
  }

  /** Tries again to get to the resume position the video could not get to. */
  retryResume(): void {
    const video = this.video;
    const at = this.resumeFailedAt;
    if (!video || !at) return;
    // The failure stays said until the video reports where it got to this time.
    this.claim = at;
    this.seekSilently(video, at);
    this.host.requestUpdate();
  }

  private seekSilently(video: HTMLVideoElement, at: number): void {
    if (at < video.duration) {
      this.silentSeek = true;
      video.currentTime = at;
    }
    // A video that cannot seek (a server without byte ranges) drops the seek without a `seeked`.
    if (!video.seeking) {
      this.silentSeek = false;
      this.resumed(video.currentTime);
    }
  }

  private resumed(time: number): void {
    // A video that could not seek stays at the start: then there is nothing to claim, and the
    // notice in its place says so.
    const there = this.claim > 0 && Math.abs(time - this.claim) < 1;
    const failedAt = this.claim > 0 && !there ? this.claim : 0;
    // Said once, not again when a retry fails too.
    if (failedAt && !this.resumeFailedAt) this.options.resumeFailed?.(failedAt);
    this.resumeFailedAt = failedAt;
    this.resumedFrom = there ? time : 0;
    this.claim = 0;
  }

  private toggleFullscreen(): void {
    const root = this.host.shadowRoot;
    if (root?.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    else this.container?.requestFullscreen?.().catch(() => undefined);
  }

  private togglePip(video: HTMLVideoElement): void {
    if (document.pictureInPictureElement) document.exitPictureInPicture().catch(() => undefined);
    else video.requestPictureInPicture?.().catch(() => undefined);
  }

  private fail(): void {
    this.state = { ...this.state, error: true, waiting: false, paused: true };
    this.report({ type: 'error' });
    this.host.requestUpdate();
  }

  private readonly applyCaptions = (): void => {
    const video = this.video;
    if (!video) return;
    const want = this.failedLangs.has(this.preferredLang) ? '' : this.preferredLang;
    for (const track of Array.from(video.textTracks)) {
      const mode = want && track.language === want ? 'showing' : 'disabled';
      if (track.mode !== mode) track.mode = mode;
    }
    this.sync();
  };

  private readonly onMediaEvent = (event: Event): void => {
    const video = this.video;
    if (!video || event.target !== video) return;
    const time = video.currentTime;
    const rate = video.playbackRate;
    const follower = this.follower;
    switch (event.type) {
      case 'loadedmetadata':
        if (this.startAt > 0) this.resume(video);
        break;
      case 'play':
        follower?.play().catch(() => undefined);
        this.report({ type: 'play', time, rate });
        break;
      case 'pause':
        follower?.pause();
        this.report({ type: 'pause', time, rate });
        break;
      case 'timeupdate':
        if (!video.paused && !video.seeking) this.report({ type: 'time', time, rate });
        break;
      case 'seeked':
        if (follower) follower.currentTime = time;
        if (this.silentSeek) {
          this.silentSeek = false;
          this.resumed(time);
        } else if (this.seekFrom !== undefined)
          this.report({ type: 'seeked', from: this.seekFrom, to: time, playing: !video.paused });
        this.seekFrom = undefined;
        break;
      case 'ratechange':
        if (follower) follower.playbackRate = rate;
        break;
      case 'ended':
        this.report({ type: 'ended', time, rate });
        break;
      case 'error':
        this.fail();
        return;
    }
    this.sync();
  };

  private readonly sync = (): void => {
    const video = this.video;
    if (!video) return;
    const time = video.currentTime;
    let bufferedEnd = 0;
    for (let i = 0; i < video.buffered.length; i += 1) {
      if (video.buffered.start(i) <= time + 0.5) bufferedEnd = Math.max(bufferedEnd, video.buffered.end(i));
    }
    const tracks = Array.from(video.textTracks);
    const showing = tracks.find((track) => track.mode === 'showing');
    // Waiting for data, never after an error, so a failed video never leaves a spinner spinning.
    const waiting =
      !this.state.error &&
      !video.error &&
      (video.readyState < HTMLMediaElement.HAVE_METADATA ||
        (!video.paused && video.readyState < HTMLMediaElement.HAVE_FUTURE_DATA));
    this.state = {
      ...this.state,
      paused: video.paused,
      ended: video.ended,
      currentTime: time,
      duration: Number.isFinite(video.duration) ? video.duration : 0,
      bufferedEnd,
      volume: video.volume,
      muted: video.muted,
      rate: video.playbackRate,
      waiting,
      fullscreen: !!this.container && this.host.shadowRoot?.fullscreenElement === this.container,
      pip: !!document.pictureInPictureElement && document.pictureInPictureElement === video,
      captionLang: showing?.language ?? '',
      captionLangs: tracks.map((track) => track.language).filter((lang) => !this.failedLangs.has(lang)),
    };
    this.host.requestUpdate();
  };
}
