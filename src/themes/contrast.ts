// WCAG contrast maths, kept apart from the theme runtime: only the gallery and the tests need it,
// so it stays out of every element's initial JavaScript.

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

function luminance(colour: string): number {
  if (!HEX.test(colour)) throw new TypeError(`Expected a #rgb or #rrggbb colour, got ${JSON.stringify(colour)}`);
  const hex = colour.length === 4 ? colour.replace(/[0-9a-f]/gi, '$&$&') : colour;
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The WCAG 2.x contrast ratio of two opaque colours, from their relative luminance:
 * `(L1 + 0.05) / (L2 + 0.05)` with L1 the lighter. 1 for equal colours, 21 for black on white.
 * Compare against 4.5 for text and 3 for UI components and graphics (WCAG 1.4.3, 1.4.11).
 * @param fg - Foreground colour, `#rgb` or `#rrggbb`.
 * @param bg - Background colour, `#rgb` or `#rrggbb`.
 * @returns The ratio, from 1 to 21; the order of the arguments does not matter.
 * @throws TypeError for any other colour syntax.
 */
export function contrastRatio(fg: string, bg: string): number {
  const a = luminance(fg);
  const b = luminance(bg);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
