import { describe, expect, it } from 'vitest';
import { isTranslationLocale, searchFold, titleSortKey, type TranslationLocale } from './content-locale';

/** Sorts by the stored key the way SQLite compares text: by code point. */
function sortByKey(titles: string[], locale: TranslationLocale): string[] {
  return [...titles].sort((a, b) => {
    const ka = titleSortKey(a, locale);
    const kb = titleSortKey(b, locale);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}

describe('titleSortKey', () => {
  it('orders Kazakh letters inside the alphabet, not after я', () => {
    // By code point ә (U+04D9) and қ (U+049B) come after я (U+044F).
    expect(sortByKey(['Яркий', 'Қала', 'Әлем', 'Бала', 'Кітап', 'Ауыл'], 'kk')).toEqual(['Ауыл', 'Әлем', 'Бала', 'Кітап', 'Қала', 'Яркий']);
  });

  it('orders і between ы and ь in Kazakh', () => {
    expect(sortByKey(['ь', 'і', 'ы'], 'kk')).toEqual(['ы', 'і', 'ь']);
  });

  it('ignores case and puts ё after е in Russian', () => {
    expect(sortByKey(['жук', 'Ёлка', 'Елка', 'ель', 'АКТАУ', 'банк'], 'ru')).toEqual(['АКТАУ', 'банк', 'Елка', 'ель', 'Ёлка', 'жук']);
  });

  it('puts digits and Latin text before Cyrillic text', () => {
    expect(sortByKey(['Торговля', 'IT', '15 млрд'], 'ru')).toEqual(['15 млрд', 'IT', 'Торговля']);
  });

  it('keeps the same key for the same word whatever its case', () => {
    expect(titleSortKey('ҚАЗАҚСТАН', 'kk')).toBe(titleSortKey('қазақстан', 'kk'));
    expect(titleSortKey('Қазақстан', 'kk')).not.toBe(titleSortKey('Казахстан', 'kk'));
  });
});

describe('searchFold', () => {
  it('folds Cyrillic case, which SQLite cannot', () => {
    expect(searchFold('ТОРГОВЛЯ Қазақстан')).toBe('торговля қазақстан');
  });

  it('treats ё as е', () => {
    expect(searchFold('Объём')).toBe(searchFold('объем'));
  });

  it('composes decomposed letters so typed and stored text agree', () => {
    expect(searchFold('\u0438\u0306')).toBe('\u0439');
  });
});

describe('isTranslationLocale', () => {
  it('accepts only the translated languages', () => {
    expect(['en', 'ru', 'kk', 'de', ''].filter(isTranslationLocale)).toEqual(['ru', 'kk']);
  });
});
