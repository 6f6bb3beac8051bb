import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine, formatIcalDate, formatIcalInstant, type Calendar } from './ical';

const octets = (s: string) => new TextEncoder().encode(s).length;

/** Undoes folding (RFC 5545 §3.1): a line break followed by one space or tab is removed. */
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d')).toBe('a\\\\b\\;c\\,d');
    expect(escapeText('one\ntwo\r\nthree\rfour')).toBe('one\\ntwo\\nthree\\nfour');
  });

  it('escapes the backslash first, so an escape is never escaped twice', () => {
    expect(escapeText('\\n')).toBe('\\\\n');
    expect(escapeText(';')).toBe('\\;');
  });

  it('drops control characters that TEXT may not hold, keeps tabs', () => {
    expect(escapeText('a\u0000b\u0007c\td\u007f')).toBe('abc\td');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('keeps every physical line within 75 octets, continuation space included', () => {
    const folded = foldLine(`DESCRIPTION:${'abcdefghij'.repeat(30)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    for (const line of lines.slice(1)) expect(line.startsWith(' ')).toBe(true);
    expect(unfold(folded)).toBe(`DESCRIPTION:${'abcdefghij'.repeat(30)}`);
  });

  it('never splits a multi-byte character', () => {
    // Kazakh Cyrillic is two octets a character; an emoji four (a surrogate pair in JS).
    const text = `SUMMARY:${'Қазақстан '.repeat(12)}😀😀😀 Ә`;
    const folded = foldLine(text);
    const lines = folded.split('\r\n');
    for (const line of lines) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      // A split character would not survive an encode/decode round trip.
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line))).toBe(line);
      expect(line).not.toMatch(/\uFFFD|[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
    }
    expect(unfold(folded)).toBe(text);
  });
});

describe('dates', () => {
  it('formats DATE and UTC DATE-TIME values', () => {
    expect(formatIcalDate('2027-12-31')).toBe('20271231');
    expect(formatIcalInstant('2024-03-01T12:34:56.789Z')).toBe('20240301T123456Z');
    expect(formatIcalInstant('2024-03-01T15:00:00+03:00')).toBe('20240301T120000Z');
  });

  it('refuses values that are not dates', () => {
    expect(() => formatIcalDate('31/12/2027')).toThrow(/YYYY-MM-DD/);
    expect(() => formatIcalInstant('yesterday')).toThrow(/ISO timestamp/);
  });
});

describe('buildCalendar', () => {
  const calendar: Calendar = {
    prodId: '-//Commitments Tracker//Deadlines//RU',
    name: 'Трекер обязательств: сроки',
    description: 'Сроки, с оценкой; и прогрессом',
    language: 'ru',
    refreshInterval: 'PT6H',
    events: [
      {
        uid: 'deadline-intra-regional-trade-15bn@tracker.example.org',
        lastModified: '2024-03-01T10:00:00.000Z',
        date: '2027-12-31',
        summary: 'Срок: товарооборот в регионе, $15 млрд',
        description: 'Статус: выполняется\nСрок в формулировке источника: «в ближайшей перспективе»; дата — наше толкование\\',
        url: 'https://tracker.example.org/ru/commitments/intra-regional-trade-15bn',
        categories: ['Торговля'],
      },
      {
        uid: 'deadline-security-dialogue-2024@tracker.example.org',
        lastModified: '2024-12-20T08:00:00.000Z',
        date: '2024-12-31',
        summary: 'Срок: диалог по безопасности',
        description: 'Статус: выполнено',
        url: 'https://tracker.example.org/ru/commitments/security-dialogue-2024',
      },
    ],
  };
  const ics = buildCalendar(calendar);

  it('uses CRLF line endings only, ends with one, and keeps every line within 75 octets', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('parses with ical.js back to the same calendar properties and events', () => {
    const root = new ICAL.Component(ICAL.parse(ics));
    expect(root.name).toBe('vcalendar');
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    expect(root.getFirstPropertyValue('prodid')).toBe(calendar.prodId);
    expect(root.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe(calendar.name);
    const events = root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid)).toEqual(calendar.events.map((e) => e.uid));
    const [first] = events;
    expect(first?.startDate.isDate).toBe(true);
    expect(first?.startDate.toString()).toBe('2027-12-31');
    expect(first?.endDate.toString()).toBe('2028-01-01');
    expect(first?.summary).toBe(calendar.events[0]?.summary);
    expect(first?.description).toBe(calendar.events[0]?.description);
    expect(first?.component.getFirstPropertyValue('url')).toBe(calendar.events[0]?.url);
    expect(first?.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2024-03-01T10:00:00Z');
  });
});
