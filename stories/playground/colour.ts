// Colour maths for the playground: OKLCH ⇄ sRGB hex, and the nearest colour (same hue, lightness
// moved in OKLCH) that meets every contrast requirement a token has. Storybook only.
import { contrastRatio } from '../../src/themes/contrast.js';

const HEX6 = /^#[0-9a-f]{6}$/i;
const HEX3 = /^#[0-9a-f]{3}$/i;

/** `#rgb` or `#rrggbb` as lower-case `#rrggbb`; `undefined` for anything else (alpha included). */
export function opaqueHex(value: string): string | undefined {
  const v = value.trim();
  if (HEX6.test(v)) return v.toLowerCase();
  if (HEX3.test(v)) return v.replace(/[0-9a-f]/gi, '$&$&').toLowerCase();
  return undefined;
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toGamma = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

/** OKLCH of an opaque hex colour: lightness 0–1, chroma, hue in degrees. */
export function hexToOklch(hex: string): [l: number, c: number, h: number] {
  const [r, g, b] = [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255)) as [number, number, number];
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  const L = 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
  const A = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const B = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  return [L, Math.hypot(A, B), ((Math.atan2(B, A) * 180) / Math.PI + 360) % 360];
}

function oklchToLinear(L: number, C: number, H: number): [number, number, number] {
  const a = C * Math.cos((H * Math.PI) / 180);
  const b = C * Math.sin((H * Math.PI) / 180);
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
}

/** The sRGB hex of an OKLCH colour; chroma is reduced until the colour fits sRGB (hue and lightness kept). */
export function oklchToHex(L: number, C: number, H: number): string {
  let c = C;
  let rgb = oklchToLinear(L, c, H);
  for (let i = 0; i < 40 && rgb.some((v) => v < -1e-6 || v > 1 + 1e-6); i++) {
    c *= 0.9;
    rgb = oklchToLinear(L, c, H);
  }
  return `#${rgb
    .map((v) => Math.round(toGamma(Math.min(1, Math.max(0, v))) * 255))
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')}`;
}

/** A background and the ratio a foreground needs against it. */
export interface Requirement {
  readonly bg: string;
  readonly min: number;
}

/**
 * The colour closest to `fg` in OKLCH lightness, with the same hue (and chroma where sRGB allows),
 * that meets every requirement; `undefined` if none does (both directions tried up to black and white).
 */
export function nearestPassing(fg: string, requirements: readonly Requirement[]): string | undefined {
  const start = opaqueHex(fg);
  if (!start) return undefined;
  const passes = (hex: string) => requirements.every(({ bg, min }) => contrastRatio(hex, bg) >= min);
  if (passes(start)) return start;
  const [L, C, H] = hexToOklch(start);
  for (let step = 1; step <= 1000; step++) {
    const d = step / 1000;
    const candidates = [L - d, L + d].filter((l) => l >= 0 && l <= 1).map((l) => oklchToHex(l, C, H));
    const found = candidates.find(passes);
    if (found) return found;
    if (L - d < 0 && L + d > 1) break;
  }
  return undefined;
}
