import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { allInShadow, closePages, element, eventually, inShadow, openPage } from './helpers.js';

/**
 * Layout shift while each element goes from nothing (before its script runs) through its
 * skeleton to its content, on a page that embeds it as the guide's snippet does: the host
 * stylesheet, the CDN module, a provider in a region that loads its theme, and a tall block below
 * the element that would move if the element did not hold its place. The module and each file it
 * loads arrive 300 ms late (`late/<n>/`, scripts/wtr-embedding.mjs), so the page paints before the
 * elements are defined and again while they show their skeletons. The goal of issue 16 is a
 * cumulative layout shift of at most 0.02 on the partner page, at desktop and at phone width.
 */

/** What each element shows once its demo data is there. */
const CONTENT: Record<string, (el: HTMLElement) => Promise<unknown>> = {
  course: async (el) => {
    await inShadow(el, '.lesson-item');
    const video = await inShadow<HTMLVideoElement>(el, 'video');
    await eventually(() => video.readyState >= 1, 'the lesson video to load its metadata');
  },
  progress: (el) => inShadow(el, '[part="bar"]'),
  booking: (el) => eventually(() => allInShadow(el, '.choice').length >= 3, 'the booking kinds'),
};

interface LayoutShift extends PerformanceEntry {
  readonly value: number;
  readonly hadRecentInput: boolean;
  readonly sources: readonly { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
}

/**
 * The layout shift of the page in `frame` so far (recorded by pages/layout-shift.js from the
 * page's start): the sum of every shift not caused by input, and what moved.
 */
function layoutShift(frame: HTMLIFrameElement): { total: number; sources: string[] } {
  const win = frame.contentWindow as Window & { layoutShifts: () => LayoutShift[] };
  let total = 0;
  const sources: string[] = [];
  for (const entry of win.layoutShifts()) {
    if (entry.hadRecentInput) continue;
    total += entry.value;
    for (const { node, previousRect, currentRect } of entry.sources) {
      const host = (node?.getRootNode() as ShadowRoot | undefined)?.host;
      const name = node?.nodeName ?? '?';
      const inside = host ? `<${host.localName}> ` : '';
      sources.push(`${entry.value.toFixed(4)} ${inside}${name} y ${previousRect.y} → ${currentRect.y}`);
    }
  }
  return { total, sources };
}

describe('no layout shift while the elements load (host stylesheet and skeletons)', function () {
  this.timeout(60_000);
  afterEach(closePages);
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [width, height] of [
    [1280, 900],
    [390, 844],
  ] as const) {
    for (const name of Object.keys(CONTENT)) {
      // Issue 16's goal: 0.02 everywhere. The course on a phone keeps its resume notice's place
      // even when the video cannot seek to the resume point (this test server answers no byte
      // ranges): the notice then says the resume failed, with a retry.
      const limit = 0.02;
      it(`<seoul-learn-${name}> at ${width}px shifts the page by at most ${limit}`, async () => {
        await setViewport({ width: width + 20, height: height + 20 });
        const frame = await openPage(`layout-shift.html?element=${name}&width=${width}`, width, height);
        const el = await element(frame, `seoul-learn-${name}`);
        await CONTENT[name]!(el);
        // Two frames, so that the content's layout has been painted and measured.
        await new Promise((resolve) =>
          frame.contentWindow!.requestAnimationFrame(() => requestAnimationFrame(resolve)),
        );
        const { total, sources } = layoutShift(frame);
        expect(total, `layout shift, from:\n${sources.join('\n')}`).to.be.at.most(limit);
      });
    }
  }
});
