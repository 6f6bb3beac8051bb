/**
 * Observation periods as editors write them: a year '2024', a half '2024-H1', a quarter
 * '2024-Q2', a month '2024-06', a run of months within one year '2024-01..09' (January to
 * September: the year-to-date figures ministries publish), or a date '2024-06-30' (a value
 * at a point in time, such as a share on a given day).
 *
 * The progress engine places a value on the time axis at the period's last day, and uses the
 * first day to tell whether the period covers a deadline. `likeKey` says which periods can be
 * compared: a 9-month total is comparable with the 9 months of another year, never with a
 * full year (lib/progress.ts).
 */

export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'months' | 'date';

export type ParsedPeriod = {
  kind: PeriodKind;
  /** First day covered, 'YYYY-MM-DD'. For a date: the date itself. */
  start: string;
  /** Last day covered. */
  end: string;
  year: number;
  /** Same for like periods of different years: 'year', 'H1', 'Q2', 'M06', 'M01-M09'; 'date' for points in time. */
  likeKey: string;
};

const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function inRange(year: number): boolean {
  return year >= 1900 && year <= 2100;
}

function months(year: number, from: number, to: number, kind: PeriodKind, likeKey: string): ParsedPeriod {
  return {
    kind,
    start: `${year}-${pad(from)}-01`,
    end: `${year}-${pad(to)}-${pad(lastDayOfMonth(year, to))}`,
    year,
    likeKey,
  };
}

/** Reads a period label; null when it is not one of the forms above. */
export function parsePeriod(period: string): ParsedPeriod | null {
  const p = period.trim().toUpperCase();
  let m = /^(\d{4})$/.exec(p);
  if (m) {
    const year = Number(m[1]);
    return inRange(year) ? months(year, 1, 12, 'year', 'year') : null;
  }
  m = /^(\d{4})-H([12])$/.exec(p);
  if (m) {
    const year = Number(m[1]);
    const half = Number(m[2]);
    return inRange(year) ? months(year, half === 1 ? 1 : 7, half === 1 ? 6 : 12, 'half', `H${half}`) : null;
  }
  m = /^(\d{4})-Q([1-4])$/.exec(p);
  if (m) {
    const year = Number(m[1]);
    const q = Number(m[2]);
    return inRange(year) ? months(year, q * 3 - 2, q * 3, 'quarter', `Q${q}`) : null;
  }
  m = /^(\d{4})-(\d{2})\.\.(\d{2})$/.exec(p);
  if (m) {
    const year = Number(m[1]);
    const from = Number(m[2]);
    const to = Number(m[3]);
    if (!inRange(year) || from < 1 || to > 12 || from >= to) return null;
    return months(year, from, to, 'months', `M${pad(from)}-M${pad(to)}`);
  }
  m = /^(\d{4})-(\d{2})$/.exec(p);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (!inRange(year) || month < 1 || month > 12) return null;
    return months(year, month, month, 'month', `M${pad(month)}`);
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(p);
  if (m) {
    const d = new Date(`${p}T00:00:00Z`);
    if (!inRange(Number(m[1])) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== p) return null;
    return { kind: 'date', start: p, end: p, year: Number(m[1]), likeKey: 'date' };
  }
  return null;
}

/** The last day a period covers, or null when the label is not a period. */
export function periodEnd(period: string): string | null {
  return parsePeriod(period)?.end ?? null;
}

/** The first day a period covers, or null when the label is not a period. */
export function periodStart(period: string): string | null {
  return parsePeriod(period)?.start ?? null;
}

/** The same period one year earlier ('2026-01..09' -> '2025-01..09'), or null for dates and bad labels. */
export function samePeriodYearBefore(period: string): string | null {
  const parsed = parsePeriod(period);
  if (!parsed || parsed.kind === 'date') return null;
  const p = period.trim().toUpperCase();
  return `${parsed.year - 1}${p.slice(4)}`;
}

/** Normalises a label as stored: upper-case letters ('2024-q2' -> '2024-Q2'). */
export function normalisePeriod(period: string): string {
  return period.trim().toUpperCase();
}
