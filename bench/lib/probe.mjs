// The "rendered" probe, injected into every benchmark page before its own scripts run. Both
// pages of a comparison are judged by this same code; only the selectors (in run.mjs) differ.
//
// A page counts as rendered at the first animation frame in which
//   - every selector of `parts` matches at least its count of elements that are shown, and
//     every element matching `allShown` (at least one) is shown;
//   - with `video`: a matching <video> is shown and its poster image has loaded and decoded, or
//     its first frame is ready (readyState ≥ HAVE_CURRENT_DATA).
// "Shown" means: a defined element (custom elements upgraded and, with a shadow root, holding
// rendered content), with a box of non-zero width and height, not `visibility: hidden`, not
// `display: none`, not `opacity: 0`. Selectors look into open shadow roots at any depth.
// The time reported is `performance.now()` in that frame's callback, i.e. milliseconds since
// navigation start, before the frame is painted.

/**
 * @param {Record<string, Spec>} specs by page path
 * @param {{ posterFromTiming: boolean }} options with `posterFromTiming` (cold runs, cache off) the
 *   poster counts as loaded when its resource timing entry has ended, so that the probe adds no
 *   request of its own; otherwise (warm runs) an Image of the poster URL is decoded, which the
 *   browser serves from its cache or from the request already under way.
 * @typedef {{ parts?: [string, number][], allShown?: string, video?: string }} Spec
 */
export function probe(specs, options) {
  const spec = specs[location.pathname];
  if (!spec) return;
  const deepAll = (selector, root = document, out = []) => {
    out.push(...root.querySelectorAll(selector));
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) deepAll(selector, el.shadowRoot, out);
    return out;
  };
  const shown = (el) => {
    if (el.localName.includes('-') && (!el.matches(':defined') || (el.shadowRoot && !el.shadowRoot.childElementCount)))
      return false;
    const box = el.getBoundingClientRect();
    if (box.width <= 0 || box.height <= 0) return false;
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0;
  };
  const posters = new Map();
  const posterReady = (video) => {
    const url = video.poster;
    if (!url) return false;
    if (options.posterFromTiming) return performance.getEntriesByName(url).some((entry) => entry.responseEnd > 0);
    if (!posters.has(url)) {
      const image = new Image();
      image.src = url;
      posters.set(url, false);
      image.decode().then(
        () => posters.set(url, true),
        () => posters.set(url, false),
      );
    }
    return posters.get(url);
  };
  const done = () => {
    for (const [selector, count] of spec.parts ?? []) {
      if (deepAll(selector).filter(shown).length < count) return false;
    }
    if (spec.allShown) {
      const all = deepAll(spec.allShown);
      if (!all.length || !all.every(shown)) return false;
    }
    if (spec.video) {
      const video = deepAll(spec.video).find(shown);
      if (!video || !(posterReady(video) || video.readyState >= 2)) return false;
    }
    return true;
  };
  const started = performance.now();
  const frame = () => {
    if (done()) {
      window.__benchRendered?.(performance.now());
      return;
    }
    if (performance.now() - started > 60_000) window.__benchRendered?.(-1);
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}
