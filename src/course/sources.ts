// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- hls.js/light has no types of its own; every program that compiles this file (the React example too) needs these.
/// <reference path="./hls-light.d.ts" />
import type { MediaSource } from '../data/types.js';
import type { HlsEngine } from './course.types.js';

export const HLS_TYPE = 'application/vnd.apple.mpegurl';

const isHls = (source: MediaSource): boolean => /mpegurl/i.test(source.type) || /\.m3u8(\?|#|$)/i.test(source.src);

/** How a chosen source plays: natively through `video.src`, or through hls.js. */
export interface PlayableSource {
  readonly src: string;
  readonly engine: 'native' | 'hls.js';
}

/**
 * Picks the first source the browser can play, in the lesson's order of preference. HLS plays
 * natively where the browser says it can (Safari, iOS), otherwise through hls.js where Media
 * Source Extensions exist; `engine: 'hls.js'` skips the native HLS check.
 */
export function pickSource(
  video: HTMLVideoElement,
  media: readonly MediaSource[],
  engine: HlsEngine,
): PlayableSource | undefined {
  for (const source of media) {
    if (isHls(source)) {
      if (engine === 'auto' && video.canPlayType(HLS_TYPE)) return { src: source.src, engine: 'native' };
      if (typeof globalThis.MediaSource === 'function') return { src: source.src, engine: 'hls.js' };
    } else if (video.canPlayType(source.type)) {
      return { src: source.src, engine: 'native' };
    }
  }
  return undefined;
}

/**
 * Plays an HLS stream through hls.js, loaded with a dynamic `import()` so that it is a separate
 * chunk fetched only for a lesson that needs it. Workers stay off: a strict CSP blocks `blob:` workers.
 * The light build (about a third smaller) is enough: captions and sign language come as sidecar
 * WebVTT tracks and a second video, never inside the stream, and lessons carry no DRM or
 * alternate audio; the full build would only add those.
 * @returns a function that detaches hls.js from the video.
 */
export async function attachHls(video: HTMLVideoElement, src: string, onFatal: () => void): Promise<() => void> {
  const { default: Hls } = await import('hls.js/light');
  if (!Hls.isSupported()) throw new Error('hls.js is not supported here');
  const hls = new Hls({ enableWorker: false });
  hls.on(Hls.Events.ERROR, (_event, data) => {
    if (data.fatal) onFatal();
  });
  hls.loadSource(src);
  hls.attachMedia(video);
  return () => hls.destroy();
}
