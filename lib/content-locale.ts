// Languages of the tracker's own content (commitment titles and summaries, metric names).
// English lives in the main tables and is always complete; Russian and Kazakh live in
// translation tables, and a missing translation falls back to English.
//
// Kept free of next-intl so the database layer and its tests can use it; the public
// routing locales (i18n/routing.ts) are the same three.

export const CONTENT_LOCALES = ['en', 'ru', 'kk'] as const;
export type ContentLocale = (typeof CONTENT_LOCALES)[number];

/** The languages the editor workspace speaks: each editor picks one (users.locale). */
export const WORKSPACE_LOCALES = ['en', 'ru', 'kk'] as const;
export type WorkspaceLocale = (typeof WORKSPACE_LOCALES)[number];

export const TRANSLATION_LOCALES = ['ru', 'kk'] as const;
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];

export function isTranslationLocale(locale: string): locale is TranslationLocale {
  return (TRANSLATION_LOCALES as readonly string[]).includes(locale);
}

/**
 * Text as it is stored for searching and as the search box's words are compared to it.
 * SQLite's lower() and LIKE fold ASCII letters only, so Cyrillic text is folded here once,
 * when it is written. "ё" is written "е" by most readers and keyboards, so both match.
 */
export function searchFold(text: string): string {
  return text.normalize('NFC').toLowerCase().replaceAll('ё', 'е');
}

/** Lower-case alphabets in dictionary order. Kazakh letters such as ә, ғ, қ sit inside the
 * Russian sequence, not after я where their code points would put them. */
const ALPHABETS: Record<TranslationLocale, string> = {
  ru: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
  kk: 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя',
};

/** First code point of the Private Use Area: above every letter of either alphabet, so mapped
 * letters sort after digits, punctuation and Latin letters, and among themselves by position. */
const SORT_BASE = 0xe000;

const SORT_MAPS: Record<TranslationLocale, Map<string, string>> = {
  ru: new Map([...ALPHABETS.ru].map((letter, i) => [letter, String.fromCodePoint(SORT_BASE + i)])),
  kk: new Map([...ALPHABETS.kk].map((letter, i) => [letter, String.fromCodePoint(SORT_BASE + i)])),
};

/**
 * A key whose plain binary order (SQLite's default collation, which has no Russian or Kazakh
 * rules) is the dictionary order of the title in its language, ignoring case. Stored beside
 * the translated title so the list can sort by it in SQL.
 */
export function titleSortKey(title: string, locale: TranslationLocale): string {
  const map = SORT_MAPS[locale];
  let key = '';
  for (const char of title.normalize('NFC').toLocaleLowerCase(locale).trim()) key += map.get(char) ?? char;
  return key;
}
