import type { ValueQualifier } from './domain';
import { parsePeriod } from './periods';

// Display formatting, locale-aware through Intl: every formatter takes a BCP 47 tag
// (i18n/routing.ts INTL_TAGS). Intl has no words for "bn", "over" or "not measured" in a
// form we want, so those few words are kept here per language; they are the same kind of
// thing as Intl's own month names, and keeping them beside the formatters lets the PDF, the
// pages and the charts format a figure identically from a tag alone.

const DEFAULT_LOCALE = 'en-GB';

type FormatWords = {
  billion: string;
  million: string;
  /** Words put before a figure; a forecast or preliminary figure is marked after it instead. */
  qualifier: Record<ValueQualifier, string>;
  /** Words put after a figure ('$1 bn (forecast)'). */
  qualifierAfter: Partial<Record<ValueQualifier, string>>;
  /** Half-year labels, '{year}' replaced: 'H1 2024'. */
  half: [string, string];
  /** Quarter label, '{q}' and '{year}' replaced: 'Q2 2024'. */
  quarter: string;
  /** Months of one year, '{from}', '{to}' and '{year}' replaced: 'Jan–Sept 2026'. */
  months: string;
  notMeasured: string;
};

const WORDS: Record<'en' | 'ru' | 'kk', FormatWords> = {
  en: {
    billion: 'bn',
    million: 'm',
    qualifier: { exact: '', preliminary: '', forecast: '', 'at-least': 'over ', 'at-most': 'at most ', about: 'about ' },
    qualifierAfter: { preliminary: ' (preliminary)', forecast: ' (forecast)' },
    half: ['H1 {year}', 'H2 {year}'],
    quarter: 'Q{q} {year}',
    months: '{from}–{to} {year}',
    notMeasured: 'Not measured',
  },
  ru: {
    billion: 'млрд',
    million: 'млн',
    qualifier: { exact: '', preliminary: '', forecast: '', 'at-least': 'свыше ', 'at-most': 'не более ', about: 'около ' },
    qualifierAfter: { preliminary: ' (предварительно)', forecast: ' (прогноз)' },
    half: ['1-е полугодие {year}', '2-е полугодие {year}'],
    quarter: '{q}-й квартал {year}',
    months: '{from}–{to} {year} г.',
    notMeasured: 'Не измеряется',
  },
  kk: {
    billion: 'млрд',
    million: 'млн',
    qualifier: { exact: '', preliminary: '', forecast: '', 'at-least': 'кемінде ', 'at-most': 'ең көбі ', about: 'шамамен ' },
    qualifierAfter: { preliminary: ' (алдын ала)', forecast: ' (болжам)' },
    half: ['{year} ж. 1-жартыжылдық', '{year} ж. 2-жартыжылдық'],
    quarter: '{year} ж. {q}-тоқсан',
    months: '{year} ж. {from}–{to}',
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
export function formatValue(value: number, unit: string, locale = DEFAULT_LOCALE, { significant, unitLabel }: FormatValueOptions = {}): string {
  const format = new Intl.NumberFormat(locale, significant === undefined ? { maximumFractionDigits: 2 } : { maximumSignificantDigits: significant });
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
  const words = wordsFor(locale);
  return `${words.qualifier[qualifier]}${formatValue(value, unit, locale, options)}${words.qualifierAfter[qualifier] ?? ''}`;
}

/**
 * The key a message selects on for an exactness: ICU select keys cannot contain '-', so
 * 'at-least' is 'atLeast' in the messages.
 */
export function qualifierKey(qualifier: ValueQualifier): string {
  return qualifier.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
}

/**
 * A period label for readers: '2024' stays, '2024-H1' -> 'H1 2024', '2024-Q2' -> 'Q2 2024',
 * '2024-06' -> 'Jun 2024', '2026-01..09' -> 'Jan–Sep 2026', a date as a date. Labels that are
 * not periods are returned as they are.
 */
export function formatPeriod(period: string, locale = DEFAULT_LOCALE): string {
  const parsed = parsePeriod(period);
  if (!parsed) return period;
  const words = wordsFor(locale);
  const year = String(parsed.year);
  const month = (iso: string) =>
    new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(parsed.year, Number(iso.slice(5, 7)) - 1, 1)),
    );
  switch (parsed.kind) {
    case 'year':
      return year;
    case 'half':
      return words.half[parsed.likeKey === 'H1' ? 0 : 1].replace('{year}', year);
    case 'quarter':
      return words.quarter.replace('{q}', parsed.likeKey.slice(1)).replace('{year}', year);
    case 'month':
      return month(parsed.start);
    case 'months': {
      // The year where the language puts it: "Jan–Sept 2026", "янв.–сент. 2026 г.", "2026 ж. қаң.–қыр.".
      const name = (iso: string) =>
        new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(parsed.year, Number(iso.slice(5, 7)) - 1, 1)));
      return words.months.replace('{from}', name(parsed.start)).replace('{to}', name(parsed.end)).replace('{year}', year);
    }
    case 'date':
      return formatDate(parsed.start, locale);
  }
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

/** A file's size for readers: "840 kB", "2.4 MB" (decimal units, as browsers and systems show them). */
export function formatBytes(bytes: number, locale = DEFAULT_LOCALE): string {
  const [unit, divisor] =
    bytes >= 1_000_000 ? (['megabyte', 1_000_000] as const) : bytes >= 1_000 ? (['kilobyte', 1_000] as const) : (['byte', 1] as const);
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: unit === 'megabyte' ? 1 : 0 }).format(
    bytes / divisor,
  );
}
