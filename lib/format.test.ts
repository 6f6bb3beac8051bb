import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatNumber, formatPercent, formatPeriod, formatProgress, formatQualifiedValue, formatValue } from './format';

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

// Intl separates Russian and Kazakh thousands with a no-break space and puts one before
// Russian percent signs; written out here so a change in either shows up.
const NBSP = '\u00a0';

describe('format in Russian and Kazakh', () => {
  it('formats dates in the language', () => {
    expect(formatDate('2023-09-14', 'ru-RU')).toBe('14 сент. 2023 г.');
    expect(formatDate('2023-09-14', 'kk-KZ')).toBe('2023 ж. 14 қыр.');
  });

  it('writes currency units in words of the language', () => {
    expect(formatValue(10.6, 'USD bn', 'ru-RU')).toBe('$10,6 млрд');
    expect(formatValue(250, 'USD m', 'ru-RU')).toBe('$250 млн');
    expect(formatValue(-3, 'USD bn', 'ru-RU')).toBe('−$3 млрд');
    expect(formatValue(10.6, 'USD bn', 'kk-KZ')).toBe('$10,6 млрд');
    expect(formatValue(1, 'USD m', 'kk-KZ')).toBe('$1 млн');
    expect(formatValue(19.08, 'USD bn', 'kk-KZ', { significant: 3 })).toBe('$19,1 млрд');
  });

  it('groups thousands and places the percent sign as the language does', () => {
    expect(formatValue(10520, 'tonnes', 'ru-RU', { significant: 3 })).toBe(`10${NBSP}500 tonnes`);
    expect(formatValue(82, '%', 'ru-RU')).toBe(`82${NBSP}%`);
    expect(formatValue(82.5, '%', 'kk-KZ')).toBe('82,5%');
    expect(formatNumber(1234.5, 'kk-KZ')).toBe(`1${NBSP}234,5`);
    expect(formatValue(175, 'commodity categories', 'ru-RU', { unitLabel: 'товарных позиций' })).toBe('175 товарных позиций');
    expect(formatValue(10.6, 'USD bn', 'ru-RU', { unitLabel: 'млрд долл. США' })).toBe('$10,6 млрд');
  });

  it('qualifies values in words of the language', () => {
    expect(formatQualifiedValue(10.5, 'USD bn', 'at-least', 'ru-RU')).toBe('свыше $10,5 млрд');
    expect(formatQualifiedValue(10.5, 'USD bn', 'about', 'ru-RU')).toBe('около $10,5 млрд');
    expect(formatQualifiedValue(10.5, 'USD bn', 'at-least', 'kk-KZ')).toBe('кемінде $10,5 млрд');
    expect(formatQualifiedValue(10.5, 'USD bn', 'at-most', 'kk-KZ')).toBe('ең көбі $10,5 млрд');
    expect(formatQualifiedValue(10.5, 'USD bn', 'exact', 'kk-KZ')).toBe('$10,5 млрд');
  });

  it('formats shares and progress with a decimal comma', () => {
    expect(formatPercent(0.07187, { locale: 'ru-RU' })).toBe(`7,2${NBSP}%`);
    expect(formatPercent(0.0566, { signed: true, locale: 'kk-KZ' })).toBe('+5,7%');
    expect(formatPercent(-0.02, { signed: true, locale: 'ru-RU' })).toBe(`−2,0${NBSP}%`);
    expect(formatPercent(-0.0001, { signed: true, locale: 'kk-KZ' })).toBe('0,0%');
    expect(formatProgress(0.426, 'ru-RU')).toBe(`43${NBSP}%`);
    expect(formatProgress(0.426, 'kk-KZ')).toBe('43%');
    expect(formatProgress(null, 'ru-RU')).toBe('Не измеряется');
    expect(formatProgress(null, 'kk-KZ')).toBe('Өлшенбейді');
  });

  it('falls back to English words for a language it has none for', () => {
    expect(formatValue(10.6, 'USD bn', 'de-DE')).toBe('$10,6 bn');
    expect(formatProgress(null, 'de-DE')).toBe('Not measured');
  });
});

describe('formatQualifiedValue: exactness words around the figure', () => {
  it("puts 'over', 'at most' and 'about' before the figure, nothing for a reported one", () => {
    expect(formatQualifiedValue(10.5, 'USD bn', 'exact')).toBe('$10.5 bn');
    expect(formatQualifiedValue(10.5, 'USD bn', 'at-least')).toBe('over $10.5 bn');
    expect(formatQualifiedValue(10.5, 'USD bn', 'at-most')).toBe('at most $10.5 bn');
    expect(formatQualifiedValue(10.5, 'USD bn', 'about')).toBe('about $10.5 bn');
  });

  it("marks a preliminary figure or a forecast after it: ' (preliminary)', ' (forecast)'", () => {
    expect(formatQualifiedValue(10.5, 'USD bn', 'preliminary')).toBe('$10.5 bn (preliminary)');
    expect(formatQualifiedValue(10.5, 'USD bn', 'forecast')).toBe('$10.5 bn (forecast)');
    expect(formatQualifiedValue(82, '%', 'forecast')).toBe('82% (forecast)');
  });

  it('does the same in Russian and Kazakh', () => {
    expect(formatQualifiedValue(10.5, 'USD bn', 'preliminary', 'ru-RU')).toBe('$10,5 млрд (предварительно)');
    expect(formatQualifiedValue(10.5, 'USD bn', 'forecast', 'ru-RU')).toBe('$10,5 млрд (прогноз)');
    expect(formatQualifiedValue(10.5, 'USD bn', 'at-most', 'ru-RU')).toBe('не более $10,5 млрд');
    expect(formatQualifiedValue(10.5, 'USD bn', 'preliminary', 'kk-KZ')).toBe('$10,5 млрд (алдын ала)');
    expect(formatQualifiedValue(10.5, 'USD bn', 'forecast', 'kk-KZ')).toBe('$10,5 млрд (болжам)');
    expect(formatQualifiedValue(10.5, 'USD bn', 'about', 'kk-KZ')).toBe('шамамен $10,5 млрд');
  });

  it('passes the formatting options through (significant digits, unit label)', () => {
    expect(formatQualifiedValue(19.08, 'USD bn', 'preliminary', 'en-GB', { significant: 3 })).toBe('$19.1 bn (preliminary)');
    expect(formatQualifiedValue(175, 'commodity categories', 'at-least', 'ru-RU', { unitLabel: 'товарных позиций' })).toBe(
      'свыше 175 товарных позиций',
    );
  });
});

describe('formatPeriod', () => {
  it('in English: year, half, quarter, month, run of months, date', () => {
    expect(formatPeriod('2024')).toBe('2024');
    expect(formatPeriod('2024-H1')).toBe('H1 2024');
    expect(formatPeriod('2024-H2')).toBe('H2 2024');
    expect(formatPeriod('2024-Q2')).toBe('Q2 2024');
    expect(formatPeriod('2024-06')).toBe('Jun 2024');
    // en-GB ICU data writes September 'Sept' or 'Sep' depending on the version.
    expect(formatPeriod('2026-01..09')).toMatch(/^Jan–Sept? 2026$/);
    expect(formatPeriod('2024-03..05', 'en-GB')).toBe('Mar–May 2024');
    expect(formatPeriod('2024-06-30')).toBe('30 Jun 2024');
  });

  it('reads labels in lower case', () => {
    expect(formatPeriod('2024-q3')).toBe('Q3 2024');
    expect(formatPeriod('2024-h2', 'ru-RU')).toBe('2-е полугодие 2024');
  });

  it('returns a label that is not a period as it is', () => {
    expect(formatPeriod('junk')).toBe('junk');
    expect(formatPeriod('2024-H3', 'kk-KZ')).toBe('2024-H3');
  });

  it('in Russian', () => {
    expect(formatPeriod('2024', 'ru-RU')).toBe('2024');
    expect(formatPeriod('2024-H1', 'ru-RU')).toBe('1-е полугодие 2024');
    expect(formatPeriod('2024-H2', 'ru-RU')).toBe('2-е полугодие 2024');
    expect(formatPeriod('2024-Q2', 'ru-RU')).toBe('2-й квартал 2024');
    expect(formatPeriod('2024-06', 'ru-RU')).toBe('июнь 2024 г.');
    expect(formatPeriod('2024-01..09', 'ru-RU')).toBe('янв.–сент. 2024 г.');
    expect(formatPeriod('2024-06-30', 'ru-RU')).toBe('30 июн. 2024 г.');
  });

  it('in Kazakh', () => {
    expect(formatPeriod('2024', 'kk-KZ')).toBe('2024');
    expect(formatPeriod('2024-H1', 'kk-KZ')).toBe('2024 ж. 1-жартыжылдық');
    expect(formatPeriod('2024-H2', 'kk-KZ')).toBe('2024 ж. 2-жартыжылдық');
    expect(formatPeriod('2024-Q2', 'kk-KZ')).toBe('2024 ж. 2-тоқсан');
    expect(formatPeriod('2024-06', 'kk-KZ')).toBe('2024 ж. мау.');
    expect(formatPeriod('2024-06-30', 'kk-KZ')).toBe('2024 ж. 30 мау.');
  });

  // Kazakh writes the year first: one year for the run, never between the two months.
  it('in Kazakh, a run of months does not put the year between the two months', () => {
    expect(formatPeriod('2024-01..09', 'kk-KZ')).toBe('2024 ж. қаң.–қыр.');
  });
});

describe('formatBytes', () => {
  it('reads as bytes, kilobytes or megabytes, in the page language', () => {
    expect(formatBytes(512, 'en')).toBe('512 byte');
    expect(formatBytes(84_321, 'en')).toBe('84 kB');
    expect(formatBytes(2_400_000, 'en')).toBe('2.4 MB');
    expect(formatBytes(2_400_000, 'ru')).toMatch(/^2,4\s?МБ$/);
  });
});
