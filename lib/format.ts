import type { ValueQualifier } from './domain';

// Display formatting, locale-aware through Intl: every formatter takes a BCP 47 tag
// (i18n/routing.ts INTL_TAGS). Intl has no words for "bn", "over" or "not measured" in a
// form we want, so those few words are kept here per language; they are the same kind of
// thing as Intl's own month names, and keeping them beside the formatters lets the PDF, the
// pages and the charts format a figure identically from a tag alone.

const DEFAULT_LOCALE = 'en-GB';

type FormatWords = {
  billion: string;
  million: string;
  qualifier: Record<ValueQualifier, string>;
  notMeasured: string;
};

const WORDS: Record<'en' | 'ru' | 'kk', FormatWords> = {
  en: {
    billion: 'bn',
    million: 'm',
    qualifier: { exact: '', 'at-least': 'over ', 'at-most': 'at most ', about: 'about ' },
    notMeasured: 'Not measured',
  },
  ru: {
    billion: 'млрд',
    million: 'млн',
    qualifier: { exact: '', 'at-least': 'свыше ', 'at-most': 'не более ', about: 'около ' },
    notMeasured: 'Не измеряется',
  },
  kk: {
    billion: 'млрд',
    million: 'млн',
    qualifier: { exact: '', 'at-least': 'кемінде ', 'at-most': 'ең көбі ', about: 'шамамен ' },
    notMeasured: 'Өлшенбейді',
  },
};

/** The words for a tag's language ('ru-RU' -> Russian); English for any other language. */
function wordsFor(locale: string): FormatWords {
  const language = new Intl.Locale(locale).language;
  return language === 'ru' || language === 'kk' ? WORDS[language] : WORDS.en;
}

/** '2023-09-14' -> '14 Sept 2023'. Parsed as a calendar date, so time zones cannot shift it. */
export function formatDate(iso: string | null | undefined, locale = DEFAULT_LOCALE): string {
  if (!iso) return '—';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return iso;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

export function formatNumber(value: number, locale = DEFAULT_LOCALE, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);
}

export type FormatValueOptions = {
  /** Round to this many significant digits (19.08 -> 19.1 with 3) instead of at most 2 decimals. */
  significant?: number;
  /**
   * How a unit without a built-in form reads in the reader's language ('товарные позиции'
   * for 'commodity categories'); the unit itself stays the key that decides the format.
   */
  unitLabel?: string | null;
};

/**
 * A value in its unit: 'USD bn' -> '$10.6 bn' ('$10,6 млрд' in Russian), '%' -> '82%'
 * ('82 %' in Russian), '' -> just the number, otherwise '175 commodity categories'.
 * Never prints '-0'.
 */
export function formatValue(
  value: number,
  unit: string,
  locale = DEFAULT_LOCALE,
  { significant, unitLabel }: FormatValueOptions = {},
): string {
  const format = new Intl.NumberFormat(
    locale,
    significant === undefined ? { maximumFractionDigits: 2 } : { maximumSignificantDigits: significant },
  );
  const zero = format.format(0);
  // Anything that rounds to zero (including -0 and -0.001) prints as plain zero.
  const n = format.format(Math.abs(value)) === zero ? zero : format.format(value);
  if (unit === 'USD bn' || unit === 'USD m') {
    // The minus goes before the currency sign: −$3 bn, not $-3 bn.
    const sign = n === zero || value >= 0 ? '' : '−';
    const words = wordsFor(locale);
    return `${sign}$${format.format(Math.abs(value))} ${unit === 'USD bn' ? words.billion : words.million}`;
  }
  // The percent sign where the language puts it (Russian: '82 %'); the number is already rounded.
  if (unit === '%') return percentPattern(locale).replace('#', n);
  if (unit.trim() === '') return n;
  return `${n} ${unitLabel || unit}`;
}

/** '#%' in English, '# %' in Russian: how a language writes a percentage around the number. */
function percentPattern(locale: string): string {
  let pattern = percentPatterns.get(locale);
  if (pattern === undefined) {
    pattern = new Intl.NumberFormat(locale, { style: 'percent' })
      .formatToParts(0.5)
      .map((part) => (part.type === 'integer' ? '#' : part.value))
      .join('');
    percentPatterns.set(locale, pattern);
  }
  return pattern;
}
const percentPatterns = new Map<string, string>();

export function formatQualifiedValue(
  value: number,
  unit: string,
  qualifier: ValueQualifier,
  locale = DEFAULT_LOCALE,
  options: FormatValueOptions = {},
): string {
  return `${wordsFor(locale).qualifier[qualifier]}${formatValue(value, unit, locale, options)}`;
}

/**
 * 0.0719 -> '7.2%' ('7,2 %' in Russian). Signed when asked, so growth reads '+5.7%' / '−2.0%'.
 * Always `digits` decimals, so a column of rates lines up.
 */
export function formatPercent(
  share: number | null | undefined,
  { signed = false, digits = 1, locale = DEFAULT_LOCALE }: { signed?: boolean; digits?: number; locale?: string } = {},
): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  const format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const text = format.format(Math.abs(share * 100));
  // Sign from the rounded figure, so -0.0001 reads '0.0%', never '−0.0%' or '+0.0%'.
  const rounded = text === format.format(0) ? 0 : share;
  const sign = rounded < 0 ? '−' : signed && rounded > 0 ? '+' : '';
  return `${sign}${percentPattern(locale).replace('#', text)}`;
}

/** Progress share for bars and labels: clamped to 0–100 %, whole percent. */
export function formatProgress(share: number | null | undefined, locale = DEFAULT_LOCALE): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return wordsFor(locale).notMeasured;
  return percentPattern(locale).replace('#', String(Math.round(Math.max(0, Math.min(1, share)) * 100)));
}
