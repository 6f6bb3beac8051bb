import type { ValueQualifier } from './domain';

// Display formatting, locale-aware through Intl so that later translations only
// have to pass a different locale.

const DEFAULT_LOCALE = 'en-GB';

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
};

/**
 * A value in its unit: 'USD bn' -> '$10.6 bn', '%' -> '82%', '' -> just the number,
 * otherwise '175 commodity categories'. Never prints '-0'.
 */
export function formatValue(
  value: number,
  unit: string,
  locale = DEFAULT_LOCALE,
  { significant }: FormatValueOptions = {},
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
    return `${sign}$${format.format(Math.abs(value))} ${unit === 'USD bn' ? 'bn' : 'm'}`;
  }
  if (unit === '%') return `${n}%`;
  if (unit.trim() === '') return n;
  return `${n} ${unit}`;
}

const QUALIFIER_WORDS: Record<ValueQualifier, string> = {
  exact: '',
  'at-least': 'over ',
  'at-most': 'at most ',
  about: 'about ',
};

export function formatQualifiedValue(
  value: number,
  unit: string,
  qualifier: ValueQualifier,
  locale = DEFAULT_LOCALE,
): string {
  return `${QUALIFIER_WORDS[qualifier]}${formatValue(value, unit, locale)}`;
}

/** 0.0719 -> '7.2%'. Signed when asked, so growth reads '+5.7%' / '−2.0%'. */
export function formatPercent(share: number | null | undefined, { signed = false, digits = 1 } = {}): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  const pct = share * 100;
  const text = Math.abs(pct).toFixed(digits);
  // Sign from the rounded figure, so -0.0001 reads '0.0%', never '−0.0%' or '+0.0%'.
  const rounded = Number(text) === 0 ? 0 : pct;
  const sign = rounded < 0 ? '−' : signed && rounded > 0 ? '+' : '';
  return `${sign}${text}%`;
}

/** Progress share for bars and labels: clamped to 0–100 %, whole percent. */
export function formatProgress(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return 'Not measured';
  return `${Math.round(Math.max(0, Math.min(1, share)) * 100)}%`;
}
