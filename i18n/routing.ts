import { defineRouting } from 'next-intl/routing';

// English keeps the unprefixed addresses that are already linked from elsewhere; Russian
// and Kazakh live under /ru and /kk. No detection from Accept-Language: an address always
// shows the same language, so pages stay cacheable and links shared between readers agree.
export const routing = defineRouting({
  locales: ['en', 'ru', 'kk'],
  defaultLocale: 'en',
  localePrefix: 'as-needed',
  localeDetection: false,
});

export type Locale = (typeof routing.locales)[number];

export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ru: 'Русский', kk: 'Қазақша' };

/** BCP 47 tags for Intl formatting (Kazakh numbers use a comma decimal and a space grouping). */
export const INTL_TAGS: Record<Locale, string> = { en: 'en-GB', ru: 'ru-RU', kk: 'kk-KZ' };
