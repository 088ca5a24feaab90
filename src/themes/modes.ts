/**
 * The contrast modes and colour schemes, on their own so that the elements can check attributes
 * against them without importing the themes API (which registers every region's theme at once).
 * @module
 */

/** Contrast modes: `normal`, or `high` for KRDS 선명한 화면 모드. */
export const CONTRAST_MODES = ['normal', 'high'] as const;

/** A contrast mode: `normal`, or `high` for KRDS 선명한 화면 모드. */
export type ContrastMode = (typeof CONTRAST_MODES)[number];

/** Colour schemes: `light`, or `dark`. Unset (`auto` in `themeCss`) follows `prefers-color-scheme`. */
export const SCHEMES = ['light', 'dark'] as const;

/** A colour scheme: `light` or `dark`. */
export type Scheme = (typeof SCHEMES)[number];
