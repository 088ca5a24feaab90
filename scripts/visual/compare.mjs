// Compares a screenshot with its baseline, pixel by pixel (pixelmatch), and encodes PNGs small.
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/**
 * YIQ colour distance (0–1) under which two pixels count as the same: a fifth of pixelmatch's
 * default, so that a token nudged by about eight steps of green or ten of red (of 255) fails;
 * the same build renders the same pixels, and anti-aliased pixels are recognised and ignored on
 * their own (`includeAA: false`).
 */
export const THRESHOLD = 0.02;
/** Share of pixels that may differ before a shot fails: rounding noise, never a visible change. */
export const MAX_DIFF_RATIO = 0.0001;

/** Re-encodes a PNG as opaque RGB at the highest compression: baselines stay small in git. */
export function compact(png) {
  // zlib's default strategy packs rendered text about 15 % smaller than pngjs's default (RLE).
  return PNG.sync.write(PNG.sync.read(png), { colorType: 2, inputHasAlpha: true, deflateLevel: 9, deflateStrategy: 0 });
}

/** The image on a canvas of `width` × `height`, with what lies outside it transparent. */
function padded(image, width, height) {
  if (image.width === width && image.height === height) return image.data;
  const out = new PNG({ width, height });
  PNG.bitblt(image, out, 0, 0, image.width, image.height, 0, 0);
  return out.data;
}

/**
 * Compares two PNGs. Returns how many pixels differ, their share, whether the size changed,
 * and the difference image (changed pixels red over a faded copy of the baseline; anti-aliased
 * pixels, which do not count, yellow).
 */
export function compare(baseline, actual) {
  const before = PNG.sync.read(baseline);
  const after = PNG.sync.read(actual);
  const width = Math.max(before.width, after.width);
  const height = Math.max(before.height, after.height);
  const diff = new PNG({ width, height });
  const pixels = pixelmatch(padded(before, width, height), padded(after, width, height), diff.data, width, height, {
    threshold: THRESHOLD,
    includeAA: false,
    alpha: 0.2,
  });
  const sizeChanged = before.width !== after.width || before.height !== after.height;
  const ratio = pixels / (width * height);
  return {
    pixels,
    ratio,
    sizeChanged,
    before: `${before.width}×${before.height}`,
    after: `${after.width}×${after.height}`,
    passed: !sizeChanged && ratio <= MAX_DIFF_RATIO,
    diffPng: () => PNG.sync.write(diff),
  };
}
