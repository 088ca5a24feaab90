import type { LocalizedText } from '../data/types.js';

import { LOCALES, type Locale } from './locales.js';

export { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.js';

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

/** A catalogue from {@link lazyMessages}: call it for the text; `ready` loads English. */
export interface LazyMessages<M extends Messages> {
  (locale: Locale): M;
  /** Loads English the first time it is asked for; `undefined` when nothing needs loading. */
  ready(locale: Locale): Promise<void> | undefined;
}

/**
 * A catalogue whose Korean text ships with the element and whose English text loads the first
 * time an English element asks for it, so that Korean pages (the default) never download it.
 * An element awaits `ready(locale)` before it renders (in `scheduleUpdate`). If English cannot
 * be loaded the element shows Korean and asks again at its next update.
 */
export function lazyMessages<M extends Messages>(ko: M, loadEn: () => Promise<NoInfer<M>>): LazyMessages<M> {
  let en: M | undefined;
  let loading: Promise<void> | undefined;
  const messages = (locale: Locale): M => (locale === 'en' && en) || ko;
  messages.ready = (locale: Locale): Promise<void> | undefined =>
    locale !== 'en' || en
      ? undefined
      : (loading ??= loadEn().then(
          (loaded) => void (en = loaded),
          () => void (loading = undefined),
        ));
  return messages;
}
