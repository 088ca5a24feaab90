import { warnOnce } from './warn.js';

/**
 * An enumerated attribute's value when it is one of `valid`; otherwise `undefined`, with one
 * console warning per element and value that names the valid values and says what happens
 * instead (`then`, e.g. `Using "book".`). An unset or empty value is `undefined` without a warning.
 */
export function checkedEnum<T extends string | number>(
  host: HTMLElement,
  attribute: string,
  value: unknown,
  valid: readonly T[],
  then: string,
): T | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if ((valid as readonly unknown[]).includes(value)) return value as T;
  const shown = String(value);
  warnOnce(
    host,
    `${attribute}=${shown}`,
    `<${host.localName}> ${attribute}="${shown}" is not valid; use one of ${valid.join(', ')}. ${then}`,
  );
  return undefined;
}

/** `checkedEnum`, falling back to `fallback` (and saying so in the warning) when the value is unset or invalid. */
export function enumAttribute<T extends string | number>(
  host: HTMLElement,
  attribute: string,
  value: unknown,
  valid: readonly T[],
  fallback: T,
): T {
  const then = typeof fallback === 'number' ? `Using ${fallback}.` : `Using "${fallback}".`;
  return checkedEnum(host, attribute, value, valid, then) ?? fallback;
}
