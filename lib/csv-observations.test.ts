import { describe, expect, it } from 'vitest';
import { CSV_MAX_ROWS, parseObservationsCsv, parsePeriod, parseValue } from './csv-observations';
import { inLocale } from './server-text';

const ctx = { knownSourceSlugs: new Set(['ons', 'eurostat', 'world-bank']) };
const HEADER = 'period,value,source,note';
const csv = (...lines: string[]) => lines.join('\n');
const run = (text: string) => parseObservationsCsv(text, ctx);

/** Errors of the single data row of a minimal file built from one row's fields. */
function rowErrors(period: string, value: string, source = 'ons', note = ''): string[] {
  const r = run(csv(HEADER, [period, value, source, note].join(',')));
  expect(r.fileError).toBeNull();
  expect(r.rows).toHaveLength(1);
  return r.rows[0]!.errors;
}

describe('parseObservationsCsv: happy path', () => {
  it('parses a well-formed file', () => {
    const r = run(csv(HEADER, '2022,1234.5,ons,First estimate', '2023,-0.75,eurostat,'));
    expect(r.fileError).toBeNull();
    expect(r.valid).toBe(true);
    expect(r.rows).toEqual([
      {
        line: 2,
        period: '2022',
        value: '1234.5',
        source: 'ons',
        note: 'First estimate',
        parsed: { period: '2022', periodEnd: '2022-12-31', value: 1234.5, sourceSlug: 'ons', note: 'First estimate' },
        errors: [],
      },
      {
        line: 3,
        period: '2023',
        value: '-0.75',
        source: 'eurostat',
        note: '',
        parsed: { period: '2023', periodEnd: '2023-12-31', value: -0.75, sourceSlug: 'eurostat', note: '' },
        errors: [],
      },
    ]);
  });

  it('accepts headers in any order and case, with surrounding spaces', () => {
    const r = run(csv(' Source , NOTE,Value,PERIOD ', 'ons,hello,42,2021'));
    expect(r.valid).toBe(true);
    expect(r.rows[0]!.parsed).toEqual({
      period: '2021',
      periodEnd: '2021-12-31',
      value: 42,
      sourceSlug: 'ons',
      note: 'hello',
    });
  });

  it('treats the note column as optional', () => {
    const r = run(csv('period,value,source', '2021,1,ons'));
    expect(r.valid).toBe(true);
    expect(r.rows[0]!.note).toBe('');
    expect(r.rows[0]!.parsed?.note).toBe('');
  });

  it('trims cell values', () => {
    const r = run(csv(HEADER, ' 2021 , 7 , ons ,  a note  '));
    expect(r.rows[0]!.parsed).toEqual({ period: '2021', periodEnd: '2021-12-31', value: 7, sourceSlug: 'ons', note: 'a note' });
  });
});

describe('parseObservationsCsv: file format', () => {
  it('handles a UTF-8 BOM', () => {
    const r = run('\uFEFF' + csv(HEADER, '2022,1,ons,'));
    expect(r.fileError).toBeNull();
    expect(r.valid).toBe(true);
  });

  it('handles CRLF line endings with correct line numbers', () => {
    const r = run(['period,value,source,note', '2021,1,ons,a', '2022,2,ons,b', ''].join('\r\n'));
    expect(r.valid).toBe(true);
    expect(r.rows.map((row) => [row.line, row.period, row.note])).toEqual([
      [2, '2021', 'a'],
      [3, '2022', 'b'],
    ]);
  });

  it('handles quoted fields containing commas, quotes and line breaks', () => {
    const r = run(
      csv(HEADER, '2021,1,ons,"Revised, after consultation"', '2022,2,ons,"He said ""final"""', '2023,3,ons,"two\nlines"', '2024,4,ons,x'),
    );
    expect(r.valid).toBe(true);
    expect(r.rows.map((row) => row.note)).toEqual(['Revised, after consultation', 'He said "final"', 'two\nlines', 'x']);
    // The multi-line note spans lines 4–5, so the next row is on line 6.
    expect(r.rows.map((row) => row.line)).toEqual([2, 3, 4, 6]);
  });

  it('normalises CRLF inside quoted fields', () => {
    const r = run(['period,value,source,note', '2021,1,ons,"a\r\nb"', '2022,2,ons,c'].join('\r\n'));
    expect(r.rows.map((row) => [row.line, row.note])).toEqual([
      [2, 'a\nb'],
      [4, 'c'],
    ]);
  });

  it('keeps stray quotes inside unquoted fields literally', () => {
    const r = run(csv(HEADER, '2021,1,ons,He said "hi"'));
    expect(r.rows[0]!.note).toBe('He said "hi"');
  });

  it('ignores blank lines, including trailing ones and rows of empty fields, keeping real line numbers', () => {
    const r = run(csv(HEADER, '2021,1,ons,', '', '2022,2,ons,', '', '   ', ',,,', ''));
    expect(r.valid).toBe(true);
    expect(r.rows.map((row) => row.line)).toEqual([2, 4]);
  });

  it('accepts a value written as a quoted string', () => {
    const r = run(csv(HEADER, '"2021","12.5","ons",""'));
    expect(r.rows[0]!.parsed?.value).toBe(12.5);
  });
});

describe('parseObservationsCsv: file-level errors', () => {
  it('reports an empty file', () => {
    for (const text of ['', '   ', '\n\n', '\uFEFF', '\r\n\r\n']) {
      expect(run(text)).toEqual({ rows: [], valid: false, fileError: 'The file is empty.' });
    }
  });

  it('reports a header with no data rows', () => {
    const r = run(HEADER + '\n\n');
    expect(r).toEqual({ rows: [], valid: false, fileError: 'The file has a header row but no data rows.' });
  });

  it('names missing required columns', () => {
    const r = run(csv('period,note', '2021,x'));
    expect(r.rows).toEqual([]);
    expect(r.valid).toBe(false);
    expect(r.fileError).toContain('missing required columns "value", "source"');
    expect(run(csv('value,source,note', '1,ons,')).fileError).toContain('missing required column "period"');
  });

  it('names unknown columns', () => {
    const r = run(csv('period,value,source,unit,Comment', '2021,1,ons,kg,x'));
    expect(r.rows).toEqual([]);
    expect(r.fileError).toContain('unknown columns "unit", "Comment"');
    expect(r.fileError).toContain('Expected columns: period, value, source and optionally note');
  });

  it('reports unnamed and duplicated columns', () => {
    expect(run(csv('period,value,source,', '2021,1,ons,')).fileError).toContain('a column has no name');
    expect(run(csv('period,value,source,Value', '2021,1,ons,2')).fileError).toContain('column "value" appears more than once');
  });

  it('reports several header problems together', () => {
    const r = run(csv('period,amount', '2021,1'));
    expect(r.fileError).toContain('missing required columns "value", "source"');
    expect(r.fileError).toContain('unknown column "amount"');
  });

  it(`rejects more than ${CSV_MAX_ROWS} rows, and accepts exactly ${CSV_MAX_ROWS}`, () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `${1900 + (i % 201)}-01-${String((i % 28) + 1).padStart(2, '0')},1,ons,`);
    const tooMany = run(csv(HEADER, ...rows(CSV_MAX_ROWS + 1)));
    expect(tooMany.rows).toEqual([]);
    expect(tooMany.valid).toBe(false);
    expect(tooMany.fileError).toContain(`has ${CSV_MAX_ROWS + 1} data rows; at most ${CSV_MAX_ROWS}`);
    const atLimit = run(csv(HEADER, ...rows(CSV_MAX_ROWS)));
    expect(atLimit.fileError).toBeNull();
    expect(atLimit.rows).toHaveLength(CSV_MAX_ROWS);
  });

  it('reports an unclosed quote with the line where it opens', () => {
    const r = run(csv(HEADER, '2021,1,ons,ok', '2022,2,ons,"never closed', '2023,3,ons,x'));
    expect(r.rows).toEqual([]);
    expect(r.valid).toBe(false);
    expect(r.fileError).toBe('The file could not be read as CSV: the quoted field starting on line 3 is never closed.');
  });

  it('reports text after a closing quote with its line', () => {
    const r = run(csv(HEADER, '2021,1,ons,ok', '2022,2,ons,"quoted" then more'));
    expect(r.rows).toEqual([]);
    expect(r.fileError).toMatch(/^The file could not be read as CSV on line 3: there is text after a closing quote/);
  });
});

describe('parseObservationsCsv: period rule', () => {
  it('accepts a year, ending on 31 December', () => {
    expect(run(csv(HEADER, '2022,1,ons,')).rows[0]!.parsed).toMatchObject({ period: '2022', periodEnd: '2022-12-31' });
  });

  it('accepts quarters, ending on the last day of the quarter', () => {
    const r = run(csv(HEADER, '2022-Q1,1,ons,', '2022-Q2,1,ons,', '2022-q3,1,ons,', '2022-Q4,1,ons,'));
    expect(r.valid).toBe(true);
    expect(r.rows.map((row) => [row.parsed?.period, row.parsed?.periodEnd])).toEqual([
      ['2022-Q1', '2022-03-31'],
      ['2022-Q2', '2022-06-30'],
      ['2022-Q3', '2022-09-30'],
      ['2022-Q4', '2022-12-31'],
    ]);
  });

  it('accepts months, ending on the last day of the month (leap years included)', () => {
    expect(parsePeriod('2024-02')).toEqual({ period: '2024-02', periodEnd: '2024-02-29' });
    expect(parsePeriod('2023-02')).toEqual({ period: '2023-02', periodEnd: '2023-02-28' });
    expect(parsePeriod('1900-02')).toEqual({ period: '1900-02', periodEnd: '1900-02-28' });
    expect(parsePeriod('2023-04')).toEqual({ period: '2023-04', periodEnd: '2023-04-30' });
    expect(parsePeriod('2023-12')).toEqual({ period: '2023-12', periodEnd: '2023-12-31' });
  });

  it('accepts full dates, ending on that date', () => {
    expect(parsePeriod('2024-02-29')).toEqual({ period: '2024-02-29', periodEnd: '2024-02-29' });
    expect(run(csv(HEADER, '2021-06-15,1,ons,')).rows[0]!.parsed).toMatchObject({
      period: '2021-06-15',
      periodEnd: '2021-06-15',
    });
  });

  it('accepts the boundary years 1900 and 2100', () => {
    expect(parsePeriod('1900')).toEqual({ period: '1900', periodEnd: '1900-12-31' });
    expect(parsePeriod('2100-Q4')).toEqual({ period: '2100-Q4', periodEnd: '2100-12-31' });
  });

  it('rejects years outside 1900–2100', () => {
    expect(rowErrors('1899', '1')).toEqual(['period "1899": year 1899 is outside 1900–2100']);
    expect(rowErrors('2101-01', '1')).toEqual(['period "2101-01": year 2101 is outside 1900–2100']);
  });

  it('rejects impossible quarters, months and dates', () => {
    expect(rowErrors('2022-Q5', '1')).toEqual(['period "2022-Q5": quarter must be Q1, Q2, Q3 or Q4']);
    expect(rowErrors('2022-Q0', '1')).toEqual(['period "2022-Q0": quarter must be Q1, Q2, Q3 or Q4']);
    expect(rowErrors('2022-13', '1')).toEqual(['period "2022-13": month must be 01–12']);
    expect(rowErrors('2022-00', '1')).toEqual(['period "2022-00": month must be 01–12']);
    expect(rowErrors('2023-02-29', '1')).toEqual(['period "2023-02-29" is not a real date']);
    expect(rowErrors('2023-04-31', '1')).toEqual(['period "2023-04-31" is not a real date']);
    expect(rowErrors('2023-13-01', '1')).toEqual(['period "2023-13-01": month must be 01–12']);
  });

  it('rejects other formats and a missing period', () => {
    const hint = 'use YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD';
    for (const bad of ['22', '2022-1', '2022/01', '01/02/2022', 'Q1 2022', '2022-Q1-01', '2022-01-01T00:00', 'FY2022']) {
      expect(rowErrors(bad, '1')).toEqual([`period "${bad}" is not recognised; ${hint}`]);
    }
    expect(rowErrors('', '1')).toEqual([`period is missing; ${hint}`]);
  });

  it('flags a repeated period on the later row, pointing at the first', () => {
    const r = run(csv(HEADER, '2022,1,ons,', '2023,2,ons,', '2022,3,ons,', '2022,4,ons,'));
    expect(r.valid).toBe(false);
    expect(r.rows.map((row) => row.errors)).toEqual([
      [],
      [],
      ['period 2022 appears twice in this file (line 2)'],
      ['period 2022 appears twice in this file (line 2)'],
    ]);
    expect(r.rows[0]!.parsed).not.toBeNull();
    expect(r.rows[2]!.parsed).toBeNull();
  });

  it('compares periods after normalisation', () => {
    const r = run(csv(HEADER, '2022-q1,1,ons,', '2022-Q1,2,ons,'));
    expect(r.rows[1]!.errors).toEqual(['period 2022-Q1 appears twice in this file (line 2)']);
  });
});

describe('parseObservationsCsv: value rule', () => {
  it('accepts integers, decimals and negatives', () => {
    expect(parseValue('0')).toEqual({ value: 0 });
    expect(parseValue('1234')).toEqual({ value: 1234 });
    expect(parseValue('1234.5')).toEqual({ value: 1234.5 });
    expect(parseValue('-12.25')).toEqual({ value: -12.25 });
    expect(parseValue('.5')).toEqual({ value: 0.5 });
    expect(parseValue('-0')).toEqual({ value: 0 });
    expect(parseValue('007')).toEqual({ value: 7 });
  });

  it('rejects thousands separators and decimal commas with a clear message', () => {
    const hint = 'use a plain number like 1234.5';
    expect(rowErrors('2022', '"1,234.5"')).toEqual([`value "1,234.5" contains a separator; ${hint} (no thousands separators or decimal commas)`]);
    expect(rowErrors('2022', '"1234,5"')[0]).toContain(hint);
    expect(rowErrors('2022', '1 234')[0]).toContain('contains a separator');
    expect(rowErrors('2022', "1'234")[0]).toContain('contains a separator');
  });

  it('rejects non-numbers, exponents, symbols and a missing value', () => {
    const hint = 'use a plain number like 1234.5';
    for (const bad of ['abc', '12abc', '1e6', '+5', '£12', '12%', '1.2.3', '-', '.', 'NaN', 'Infinity', '0x10', '5.']) {
      expect(rowErrors('2022', bad)).toEqual([`value "${bad}" is not a number; ${hint}`]);
    }
    expect(rowErrors('2022', '')).toEqual([`value is missing; ${hint}`]);
  });

  it('rejects numbers too large to be finite', () => {
    expect(rowErrors('2022', '9'.repeat(400))[0]).toContain('is too large');
  });
});

describe('parseObservationsCsv: source rule', () => {
  it('accepts a known slug, case-insensitively', () => {
    const r = run(csv(HEADER, '2021,1,world-bank,', '2022,1,ONS,'));
    expect(r.rows.map((row) => row.parsed?.sourceSlug)).toEqual(['world-bank', 'ons']);
  });

  it('rejects an unknown source with the documented message', () => {
    expect(rowErrors('2022', '1', 'imf')).toEqual(['unknown source "imf"; use the slug of a source listed in the workspace']);
  });

  it('rejects a missing source', () => {
    expect(rowErrors('2022', '1', '')).toEqual(['source is missing; use the slug of a source listed in the workspace']);
  });
});

describe('parseObservationsCsv: note rule', () => {
  it('accepts notes up to 2000 characters', () => {
    expect(rowErrors('2022', '1', 'ons', 'n'.repeat(2000))).toEqual([]);
  });

  it('rejects notes over 2000 characters', () => {
    expect(rowErrors('2022', '1', 'ons', 'n'.repeat(2001))).toEqual(['note is 2001 characters long; the limit is 2000']);
  });
});

describe('parseObservationsCsv: row shape and validity', () => {
  it('flags rows with too many or too few fields', () => {
    const r = run(csv(HEADER, '2021,1,ons,a,extra', '2022,2,ons'));
    expect(r.rows[0]!.errors).toEqual([
      'this row has 5 fields but the header has 4; check for a missing or extra comma (fields containing commas need quotes)',
    ]);
    expect(r.rows[1]!.errors[0]).toContain('this row has 3 fields but the header has 4');
    expect(r.valid).toBe(false);
  });

  it('collects every problem in a row', () => {
    expect(rowErrors('2022-13', 'lots', 'nobody')).toEqual([
      'period "2022-13": month must be 01–12',
      'value "lots" is not a number; use a plain number like 1234.5',
      'unknown source "nobody"; use the slug of a source listed in the workspace',
    ]);
  });

  it('a single bad row makes the file invalid while the others still show as parsed', () => {
    const r = run(csv(HEADER, '2020,1,ons,', '2021,"1,000",ons,', '2022,3,eurostat,'));
    expect(r.fileError).toBeNull();
    expect(r.valid).toBe(false);
    expect(r.rows).toHaveLength(3);
    expect(r.rows[0]!.parsed).toEqual({ period: '2020', periodEnd: '2020-12-31', value: 1, sourceSlug: 'ons', note: '' });
    expect(r.rows[1]!.parsed).toBeNull();
    expect(r.rows[1]!.value).toBe('1,000');
    expect(r.rows[1]!.errors).toHaveLength(1);
    expect(r.rows[2]!.parsed).toEqual({ period: '2022', periodEnd: '2022-12-31', value: 3, sourceSlug: 'eurostat', note: '' });
    expect(r.rows[0]!.errors).toEqual([]);
    expect(r.rows[2]!.errors).toEqual([]);
  });

  it('uses the known-source set from the context', () => {
    const text = csv(HEADER, '2022,1,custom,');
    expect(parseObservationsCsv(text, { knownSourceSlugs: new Set() }).valid).toBe(false);
    expect(parseObservationsCsv(text, { knownSourceSlugs: new Set(['custom']) }).valid).toBe(true);
  });
});

describe('parseObservationsCsv: header position', () => {
  it('tolerates blank lines before the header, keeping real line numbers', () => {
    const r = run(csv('', HEADER, '2022,1,ons,'));
    expect(r.valid).toBe(true);
    expect(r.rows[0]!.line).toBe(3);
    expect(run(csv('', 'period,value')).fileError).toMatch(/^Problem with the header row \(line 2\): /);
  });
});

describe('parseObservationsCsv: the editor’s language', () => {
  it('says file and row problems in Russian and Kazakh, keeping column names and formats as written in the file', () => {
    expect(inLocale('ru', () => run(csv('period,value,colour', '2022,1,x')).fileError)).toBe(
      'Ошибка в строке заголовков (строка 1): нет обязательного столбца "source"; неизвестный столбец "colour". ' +
        'Ожидаемые столбцы: period, value, source и, при необходимости, note.',
    );
    expect(inLocale('ru', () => rowErrors('2022-Q5', '1 000', 'nobody'))).toEqual([
      'период «2022-Q5»: квартал должен быть Q1, Q2, Q3 или Q4',
      'значение «1 000» содержит разделитель; используйте простое число, например 1234.5 (без разделителей разрядов и десятичных запятых)',
      'неизвестный источник «nobody»; используйте ярлык одного из источников, перечисленных в рабочем пространстве',
    ]);
    expect(inLocale('kk', () => rowErrors('', '1'))).toEqual(['кезең көрсетілмеген; YYYY, YYYY-Qn, YYYY-MM немесе YYYY-MM-DD пішімін қолданыңыз']);
    expect(inLocale('kk', () => run('').fileError)).toBe('Файл бос.');
    // English outside a request's language, as before.
    expect(rowErrors('', '1')).toEqual(['period is missing; use YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD']);
  });
});
