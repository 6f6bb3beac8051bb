import { describe, expect, it } from 'vitest';
import { formatDate, formatPercent, formatProgress, formatQualifiedValue, formatValue } from './format';

describe('format', () => {
  it('formats calendar dates without time-zone drift', () => {
    expect(formatDate('2023-09-14')).toMatch(/^14 Sept? 2023$/);
    expect(formatDate('2024-01-01')).toMatch(/^1 Jan 2024$/);
    expect(formatDate(null)).toBe('—');
  });

  it('formats values in their unit', () => {
    expect(formatValue(10.6, 'USD bn')).toBe('$10.6 bn');
    expect(formatValue(-3, 'USD bn')).toBe('−$3 bn');
    expect(formatValue(-0.001, 'USD m')).toBe('$0 m');
    expect(formatValue(82, '%')).toBe('82%');
    expect(formatValue(175, 'commodity categories')).toBe('175 commodity categories');
    expect(formatQualifiedValue(10.5, 'USD bn', 'at-least')).toBe('over $10.5 bn');
  });

  it('formats bare numbers, significant digits and never -0', () => {
    expect(formatValue(11.2, '')).toBe('11.2');
    expect(formatValue(15, ' ')).toBe('15');
    expect(formatValue(19.08, 'USD bn')).toBe('$19.08 bn'); // default: up to 2 decimals
    expect(formatValue(19.08, 'USD bn', undefined, { significant: 3 })).toBe('$19.1 bn');
    expect(formatValue(13.9615, 'bn USD', 'en-GB', { significant: 3 })).toBe('14 bn USD');
    expect(formatValue(10520, 'tonnes', undefined, { significant: 3 })).toBe('10,500 tonnes');
    expect(formatValue(0.012345, '%', undefined, { significant: 3 })).toBe('0.0123%');
    expect(formatValue(-2.345, '', undefined, { significant: 3 })).toBe('-2.35');
    expect(formatValue(-0, '')).toBe('0');
    expect(formatValue(-0.001, 'USD bn')).toBe('$0 bn');
    expect(formatValue(-0, '', undefined, { significant: 3 })).toBe('0');
  });

  it('formats shares and progress', () => {
    expect(formatPercent(0.07187)).toBe('7.2%');
    expect(formatPercent(0.0566, { signed: true })).toBe('+5.7%');
    expect(formatPercent(-0.02, { signed: true })).toBe('−2.0%');
    expect(formatPercent(-0.1294)).toBe('−12.9%');
    expect(formatPercent(-0.0001, { signed: true })).toBe('0.0%');
    expect(formatPercent(-0.0001)).toBe('0.0%');
    expect(formatPercent(0.0001, { signed: true })).toBe('0.0%');
    expect(formatPercent(0.05, { signed: true, digits: 0 })).toBe('+5%');
    expect(formatPercent(null)).toBe('—');
    expect(formatProgress(1.4)).toBe('100%');
    expect(formatProgress(-0.2)).toBe('0%');
    expect(formatProgress(null)).toBe('Not measured');
  });
});
