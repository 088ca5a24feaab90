import { DEMO_MEDIA_BASE } from './media-base.js';

/**
 * The URL of a file in the demo media folder, as the page fetches it.
 *
 * This is the source tree's version. The library build replaces this module
 * (scripts/demo-media.mjs) with one that writes each shipped file's URL as
 * `new URL('../media/<file>', import.meta.url)`, the form that bundlers recognise: an app that
 * bundles the package then ships the files and rewrites the URLs, and a page that loads the
 * modules unbundled finds the files beside them.
 */
export const demoMediaUrl = (file: string): string => new URL(file, DEMO_MEDIA_BASE).href;
