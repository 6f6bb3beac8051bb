import { describe, expect, it } from 'vitest';
import { addDaysIso, addYearsIso, daysBetween, isIsoDate, toIsoDate, yearOf, yearsBetween } from './dates';

describe('isIsoDate', () => {
  it('accepts real calendar dates in YYYY-MM-DD form', () => {
    expect(isIsoDate('2023-12-31')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true); // leap year
    expect(isIsoDate('2000-02-29')).toBe(true); // divisible by 400
  });

  it('rejects impossible dates', () => {
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false); // divisible by 100, not 400
    expect(isIsoDate('2023-02-30')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('2023-00-10')).toBe(false);
    expect(isIsoDate('2023-04-31')).toBe(false);
    expect(isIsoDate('2023-01-00')).toBe(false);
  });

  it('rejects anything that is not strictly YYYY-MM-DD', () => {
    expect(isIsoDate('2023-1-05')).toBe(false);
    expect(isIsoDate('2023-01-5')).toBe(false);
    expect(isIsoDate('20230105')).toBe(false);
    expect(isIsoDate('2023-01-05T00:00:00Z')).toBe(false);
    expect(isIsoDate(' 2023-01-05')).toBe(false);
    expect(isIsoDate('2023-01-05 ')).toBe(false);
    expect(isIsoDate('2023/01/05')).toBe(false);
    expect(isIsoDate('')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
    expect(isIsoDate(20230105)).toBe(false);
  });
});

describe('daysBetween', () => {
  it('counts calendar days, signed', () => {
    expect(daysBetween('2023-01-01', '2023-01-01')).toBe(0);
    expect(daysBetween('2023-01-01', '2023-12-31')).toBe(364);
    expect(daysBetween('2023-12-31', '2023-01-01')).toBe(-364);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2); // leap day
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
  });

  it('is not affected by daylight-saving transitions', () => {
    expect(daysBetween('2024-03-30', '2024-04-01')).toBe(2);
    expect(daysBetween('2024-10-26', '2024-10-28')).toBe(2);
  });

  it('throws on malformed input', () => {
    expect(() => daysBetween('2023-02-30', '2023-03-01')).toThrow(RangeError);
  });
});

describe('yearsBetween', () => {
  it('is days / 365.25', () => {
    expect(yearsBetween('2022-12-31', '2023-12-31')).toBeCloseTo(365 / 365.25, 10);
    expect(yearsBetween('2022-12-31', '2027-12-31')).toBeCloseTo(1826 / 365.25, 10);
    expect(yearsBetween('2020-01-01', '2024-01-01')).toBe(4); // 1461 days
  });

  it('is negative when the end is earlier, and zero for the same day', () => {
    expect(yearsBetween('2024-01-01', '2020-01-01')).toBe(-4);
    expect(yearsBetween('2024-01-01', '2024-01-01')).toBe(0);
  });
});

describe('addYearsIso / addDaysIso', () => {
  it('adds whole years', () => {
    expect(addYearsIso('2022-12-31', 5)).toBe('2027-12-31');
    expect(addYearsIso('2022-12-31', -2)).toBe('2020-12-31');
    expect(addYearsIso('2024-02-29', 1)).toBe('2025-02-28');
  });

  it('rejects fractional years', () => {
    expect(() => addYearsIso('2022-12-31', 1.5)).toThrow(RangeError);
  });

  it('adds whole days across month and year ends', () => {
    expect(addDaysIso('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDaysIso('2024-03-01', -1)).toBe('2024-02-29');
    expect(() => addDaysIso('2023-12-31', 0.5)).toThrow(RangeError);
  });
});

describe('toIsoDate / yearOf', () => {
  it('formats and reads calendar dates', () => {
    expect(toIsoDate(new Date(2023, 0, 5))).toBe('2023-01-05');
    expect(yearOf('2023-12-31')).toBe(2023);
  });
});
