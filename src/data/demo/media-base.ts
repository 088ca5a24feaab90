declare const __SEOUL_LEARN_DEMO_MEDIA__: string | undefined;

/**
 * Where the demo lesson media (video, captions) live when the sources run as they are: in
 * `assets/media/`, or where a tool that bundles the sources puts them, which it says by defining
 * `__SEOUL_LEARN_DEMO_MEDIA__` (the example apps, the reference server). A variable (not a
 * literal) keeps bundlers from inlining videos. The library build names each file itself
 * (media-urls.ts).
 */
const relativePath =
  typeof __SEOUL_LEARN_DEMO_MEDIA__ === 'string' ? __SEOUL_LEARN_DEMO_MEDIA__ : '../../../assets/media/';

export const DEMO_MEDIA_BASE: string = new URL(relativePath, import.meta.url).href;
