import type { LocalizedText } from '../data/types.js';

export const LOCALES = ['ko', 'en'] as const;
/** The UI languages: Korean (the default) and English. */
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ko';

/** A message is plain text or a function of typed parameters that returns text. */
export type Message = string | ((...args: never[]) => string);
export type Messages = Readonly<Record<string, Message>>;

/**
 * Declares one message catalogue per element (or per concern), with English required to have
 * exactly the keys and parameter types of Korean. Each element bundles only its own messages.
 *
 * @example
 * const messages = defineMessages({
 *   ko: { retry: '다시 시도', lessons: (n: number) => `${n}개 강의` },
 *   en: { retry: 'Try again', lessons: (n: number) => `${n} lessons` },
 * });
 * messages('en').lessons(3); // '3 lessons'
 */
export function defineMessages<M extends Messages>(catalogue: {
  readonly ko: M;
  readonly en: NoInfer<M>;
}): (locale: Locale) => M {
  return (locale) => catalogue[locale] ?? catalogue.ko;
}

/** Whether `value` is a supported locale. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Picks the text for `locale` from content data. When an English translation is missing the
 * Korean text is returned with `lang: 'ko'` so the caller can mark it up for screen readers.
 */
export function localize(text: LocalizedText, locale: Locale): { readonly value: string; readonly lang: Locale } {
  if (locale === 'en' && text.en) return { value: text.en, lang: 'en' };
  return { value: text.ko, lang: 'ko' };
}

/** The text of `text` in `locale`, falling back to Korean. */
export function pick(text: LocalizedText, locale: Locale): string {
  return localize(text, locale).value;
}
