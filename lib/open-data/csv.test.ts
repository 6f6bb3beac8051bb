import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, safeFilename, toCsv, type CsvColumn } from './csv';

describe('csvField', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvField('Aktau container hub')).toBe('Aktau container hub');
    expect(csvField(10.6)).toBe('10.6');
    expect(csvField(0)).toBe('0');
  });

  it('quotes fields with a comma, a quote or a line break, doubling quotes (RFC 4180)', () => {
    expect(csvField('10.6, then 15')).toBe('"10.6, then 15"');
    expect(csvField('the “near future”, "soon"')).toBe('"the “near future”, ""soon"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });

  it('writes empty cells for null, undefined and non-finite numbers, and true/false for booleans', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(Number.POSITIVE_INFINITY)).toBe('');
    expect(csvField(true)).toBe('true');
    expect(csvField(false)).toBe('false');
  });

  it.each([
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['+7 (727) 000', "'+7 (727) 000"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
  ])('neutralises text a spreadsheet would run as a formula: %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it('keeps negative numbers numeric: a number cannot carry a formula', () => {
    expect(csvField(-0.25)).toBe('-0.25');
  });

  it('does not touch formula characters after the first one', () => {
    expect(csvField('Growth +5.7% a year = acceleration needed')).toBe('Growth +5.7% a year = acceleration needed');
  });
});

describe('toCsv', () => {
  type Row = { name: string; value: number | null; note: string | null };
  const columns: CsvColumn<Row>[] = [
    { header: 'name', value: (r) => r.name },
    { header: 'value', value: (r) => r.value },
    { header: 'note', value: (r) => r.note },
  ];
  const rows: Row[] = [
    { name: 'Товарооборот', value: 10.6, note: 'более $10,5 млрд, "по данным"' },
    { name: 'Сауда айналымы', value: null, note: 'екі жол\nмәтін' },
    { name: '=cmd', value: -1, note: null },
  ];

  it('starts with a UTF-8 byte-order mark and ends every line with CRLF', () => {
    const csv = toCsv(columns, rows);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.startsWith('\uFEFFname,value,note\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('parses back with a standard CSV parser to the same cells, Cyrillic and Kazakh letters included', () => {
    const parsed: Record<string, string>[] = parse(toCsv(columns, rows), { bom: true, columns: true });
    expect(parsed).toEqual([
      { name: 'Товарооборот', value: '10.6', note: 'более $10,5 млрд, "по данным"' },
      { name: 'Сауда айналымы', value: '', note: 'екі жол\nмәтін' },
      { name: "'=cmd", value: '-1', note: '' },
    ]);
  });

  it('writes only the header row when there are no rows', () => {
    expect(toCsv(columns, [])).toBe('\uFEFFname,value,note\r\n');
  });
});

describe('safeFilename', () => {
  it('keeps ASCII letters, digits and hyphens and joins the parts with underscores', () => {
    expect(safeFilename(['commitments', 'trade', 'Aktau port!', '2026-01-15'], 'csv')).toBe('commitments_trade_aktau-port_2026-01-15.csv');
  });

  it('drops characters that could break the Content-Disposition header', () => {
    expect(safeFilename(['a"b', 'c\r\nd', 'Қазақ'], 'csv')).toBe('a-b_c-d.csv');
    expect(safeFilename(['"""'], 'csv')).toBe('download.csv');
  });
});
