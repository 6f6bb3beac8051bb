// Small, pure helpers for ISO calendar dates ('YYYY-MM-DD').
//
// All dates in the app are plain calendar dates without a time of day. They are
// parsed with date-fns `parseISO` (local midnight) and compared by calendar day,
// so daylight-saving changes never shift a result. Nothing here reads the clock:
// "today" is always passed in by the caller.

import { addDays, addYears, differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';

/** Average length of a year in days, used to turn day counts into fractional years. */
export const DAYS_PER_YEAR = 365.25;

const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `s` is exactly 'YYYY-MM-DD' and names a real calendar date (no 2023-02-30). */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string' || !ISO_DATE_RE.test(s)) return false;
  const d = parseISO(s);
  // parseISO rejects out-of-range months/days, but round-tripping is the strictest check.
  return isValid(d) && format(d, 'yyyy-MM-dd') === s;
}

function parse(iso: string): Date {
  if (!isIsoDate(iso)) throw new RangeError(`Not an ISO calendar date (YYYY-MM-DD): ${String(iso)}`);
  return parseISO(iso);
}

/** Formats a Date as 'YYYY-MM-DD' (local calendar date). */
export function toIsoDate(d: Date): string {
  return format(d, 'yyyy-MM-dd');
}

/** Whole calendar days from `fromIso` to `toIso` (negative when `toIso` is earlier). */
export function daysBetween(fromIso: string, toIso: string): number {
  return differenceInCalendarDays(parse(toIso), parse(fromIso));
}

/** Fractional years from `fromIso` to `toIso`: calendar days / 365.25 (negative when earlier). */
export function yearsBetween(fromIso: string, toIso: string): number {
  return daysBetween(fromIso, toIso) / DAYS_PER_YEAR;
}

/**
 * Adds a whole number of years. 29 February maps to 28 February in non-leap years
 * (date-fns behaviour). Throws for non-integer `years`.
 */
export function addYearsIso(iso: string, years: number): string {
  if (!Number.isInteger(years)) throw new RangeError(`addYearsIso needs whole years, got ${years}`);
  return toIsoDate(addYears(parse(iso), years));
}

/** Adds a whole number of days (may be negative). */
export function addDaysIso(iso: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`addDaysIso needs whole days, got ${days}`);
  return toIsoDate(addDays(parse(iso), days));
}

/** Calendar year of an ISO date, e.g. 2023 for '2023-12-31'. */
export function yearOf(iso: string): number {
  return parse(iso).getFullYear();
}
