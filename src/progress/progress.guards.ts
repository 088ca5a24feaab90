/**
 * The checks both dashboards (`progress.sanitize.ts`, `cohort/cohort.sanitize.ts`) use on data
 * from a data source, which may hold anything: none of them throws, each counts what it fixed.
 * @module
 */
import type { LocalizedText } from '../data/types.js';

/** A record of `T` whose fields may be anything, as it arrives from outside. */
export type Loose<T> = { readonly [K in keyof T]?: unknown };

/** Text with at least its Korean version, as every localized field needs. */
export const isText = (value: unknown): value is LocalizedText =>
  typeof value === 'object' && value !== null && typeof (value as LocalizedText).ko === 'string';

/** A non-empty string id. */
export const isId = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** A string that `Date.parse` reads as an instant. */
export const isInstant = (value: unknown): value is string =>
  typeof value === 'string' && Number.isFinite(Date.parse(value));

/** The objects of an array, each with fields still to check; anything else is an empty list. */
export const records = <T>(value: unknown): readonly Loose<T>[] =>
  Array.isArray(value) ? value.filter((item) => typeof item === 'object' && item !== null) : [];

/** Counts every value it had to change. */
export class Clamp {
  fixes = 0;

  /** A finite number in `[min, max]`; anything else is clamped (NaN becomes `min`). */
  number(value: unknown, min: number, max = Infinity): number {
    const n = typeof value === 'number' && Number.isFinite(value) ? value : min;
    const clamped = Math.min(max, Math.max(min, n));
    if (clamped !== value) this.fixes++;
    return clamped;
  }

  /** Whether to keep a record; counts the ones dropped. */
  keep(ok: boolean): boolean {
    if (!ok) this.fixes++;
    return ok;
  }

  /**
   * A summary's `generatedAt` if it is a readable instant, else `now`. A string that does not
   * parse counts as a fix; a missing one does not.
   */
  generatedAt(value: unknown, now: Date): string {
    return typeof value === 'string' && this.keep(isInstant(value)) ? value : now.toISOString();
  }
}
