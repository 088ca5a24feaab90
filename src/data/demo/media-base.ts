declare const __SEOUL_LEARN_DEMO_MEDIA__: string | undefined;

/**
 * Where the demo lesson media (video, captions) live. In the source tree they sit in
 * `assets/media/`; the library build defines `__SEOUL_LEARN_DEMO_MEDIA__` with the path of the
 * copy it ships beside its modules. A variable (not a literal) keeps bundlers from inlining videos.
 */
const relativePath =
  typeof __SEOUL_LEARN_DEMO_MEDIA__ === 'string' ? __SEOUL_LEARN_DEMO_MEDIA__ : '../../../assets/media/';

export const DEMO_MEDIA_BASE: string = new URL(relativePath, import.meta.url).href;
