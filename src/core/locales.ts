/**
 * The UI languages, on their own: the settings every element and the provider resolve need only
 * these, and the message helpers (`i18n.ts`) stay out of the provider's download.
 */
export const LOCALES = ['ko', 'en'] as const;
/** The UI languages: Korean (the default) and English. */
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ko';
