import { describe, expect, it } from 'vitest';
import { normalisePeriod, parsePeriod, periodEnd, periodStart, samePeriodYearBefore } from './periods';

describe('periodEnd', () => {
  it.each([
    ['2022', '2022-12-31'],
    ['2024-Q1', '2024-03-31'],
    ['2024-q3', '2024-09-30'],
    ['2024-02', '2024-02-29'],
    ['2023-02', '2023-02-28'],
    ['2023-09-14', '2023-09-14'],
    ['2024-H1', '2024-06-30'],
    ['2024-h2', '2024-12-31'],
    ['2026-01..09', '2026-09-30'],
    ['2024-01..02', '2024-02-29'],
  ])('%s ends on %s', (period, end) => {
    expect(periodEnd(period)).toBe(end);
  });

  it.each([
    '',
    '22',
    '2024-Q5',
    '2024-13',
    '2023-02-30',
    '1800',
    'twenty',
    '2024/06',
    '2024-H3',
    '2024-H0',
    '2024-09..01',
    '2024-06..06',
    '2024-00..05',
    '2024-01..13',
  ])('rejects %j', (period) => {
    expect(periodEnd(period)).toBeNull();
    expect(parsePeriod(period)).toBeNull();
  });
});

describe('parsePeriod', () => {
  it.each([
    ['2024', { kind: 'year', start: '2024-01-01', end: '2024-12-31', year: 2024, likeKey: 'year' }],
    ['2024-H1', { kind: 'half', start: '2024-01-01', end: '2024-06-30', year: 2024, likeKey: 'H1' }],
    ['2024-H2', { kind: 'half', start: '2024-07-01', end: '2024-12-31', year: 2024, likeKey: 'H2' }],
    ['2024-Q2', { kind: 'quarter', start: '2024-04-01', end: '2024-06-30', year: 2024, likeKey: 'Q2' }],
    ['2024-06', { kind: 'month', start: '2024-06-01', end: '2024-06-30', year: 2024, likeKey: 'M06' }],
    ['2024-01..09', { kind: 'months', start: '2024-01-01', end: '2024-09-30', year: 2024, likeKey: 'M01-M09' }],
    ['2024-06-30', { kind: 'date', start: '2024-06-30', end: '2024-06-30', year: 2024, likeKey: 'date' }],
  ] as const)('%s: start, end and like key', (period, expected) => {
    expect(parsePeriod(period)).toEqual(expected);
  });

  it('reads lower case and surrounding spaces', () => {
    expect(parsePeriod(' 2024-q2 ')).toEqual(parsePeriod('2024-Q2'));
    expect(parsePeriod('2024-h1')?.likeKey).toBe('H1');
  });

  it('gives like periods of different years the same like key, and different parts different keys', () => {
    expect(parsePeriod('2025-01..09')?.likeKey).toBe(parsePeriod('2026-01..09')?.likeKey);
    expect(parsePeriod('2025-Q3')?.likeKey).toBe(parsePeriod('2019-Q3')?.likeKey);
    expect(parsePeriod('2025-01..09')?.likeKey).not.toBe(parsePeriod('2025-01..06')?.likeKey);
    expect(parsePeriod('2025-H1')?.likeKey).not.toBe(parsePeriod('2025-01..06')?.likeKey);
  });

  it('rejects a run of months that goes backwards (2024-09..01) and a third half (2024-H3)', () => {
    expect(parsePeriod('2024-09..01')).toBeNull();
    expect(parsePeriod('2024-H3')).toBeNull();
  });

  it('keeps years within 1900-2100', () => {
    expect(parsePeriod('1899')).toBeNull();
    expect(parsePeriod('2101-Q1')).toBeNull();
    expect(parsePeriod('2100-12-31')?.kind).toBe('date');
  });
});

describe('periodStart', () => {
  it('is the first day covered, or null for a bad label', () => {
    expect(periodStart('2027')).toBe('2027-01-01');
    expect(periodStart('2027-H2')).toBe('2027-07-01');
    expect(periodStart('2027-03..05')).toBe('2027-03-01');
    expect(periodStart('2027-06-30')).toBe('2027-06-30');
    expect(periodStart('2027-H3')).toBeNull();
  });
});

describe('samePeriodYearBefore', () => {
  it.each([
    ['2026-01..09', '2025-01..09'],
    ['2024', '2023'],
    ['2024-H1', '2023-H1'],
    ['2024-Q2', '2023-Q2'],
    ['2024-q2', '2023-Q2'],
    ['2024-06', '2023-06'],
  ])('%s -> %s', (period, before) => {
    expect(samePeriodYearBefore(period)).toBe(before);
  });

  it('is null for a date and for a label that is not a period', () => {
    expect(samePeriodYearBefore('2024-06-30')).toBeNull();
    expect(samePeriodYearBefore('2024-H3')).toBeNull();
    expect(samePeriodYearBefore('last year')).toBeNull();
  });
});

describe('normalisePeriod', () => {
  it('trims and upper-cases a label as stored', () => {
    expect(normalisePeriod(' 2024-q2 ')).toBe('2024-Q2');
    expect(normalisePeriod('2024-h1')).toBe('2024-H1');
    expect(normalisePeriod('2024-01..09')).toBe('2024-01..09');
  });
});
