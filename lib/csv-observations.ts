// Parses and validates a CSV of observations for import, producing a per-row
// preview (what was read, what it means, what is wrong) plus file-level errors.
//
// Expected columns (header on the first non-blank line, normally line 1; case-insensitive, any order):
//   period, value, source[, note]
// Pure: the caller supplies the set of known source slugs. The messages are said in the
// request's language (lib/server-text.ts); column names and period formats stay as written in
// the file, so they are passed in as {arguments}.

import { parse } from 'csv-parse/sync';
import { tr } from './server-text';

export const CSV_MAX_ROWS = 5000;
export const NOTE_MAX_LENGTH = 2000;
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;

const REQUIRED_COLUMNS = ['period', 'value', 'source'] as const;
const OPTIONAL_COLUMNS = ['note'] as const;
type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];
const ALL_COLUMNS: readonly Column[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];

export interface ParsedObservation {
  /** Normalised period label, e.g. '2022', '2022-Q3', '2022-07', '2022-07-15'. */
  period: string;
  /** Last calendar day of the period, 'YYYY-MM-DD'. */
  periodEnd: string;
  value: number;
  sourceSlug: string;
  note: string;
}

export interface PreviewRow {
  /** Line in the file where this row starts (the header is line 1). */
  line: number;
  period: string;
  value: string;
  source: string;
  note: string;
  /** The row's meaning, or null when it has errors. */
  parsed: ParsedObservation | null;
  errors: string[];
}

export interface ObservationsCsvResult {
  rows: PreviewRow[];
  valid: boolean;
  fileError: string | null;
}

export interface ObservationsCsvContext {
  knownSourceSlugs: ReadonlySet<string>;
}

// ---------------------------------------------------------------------------
// Field rules

const pad2 = (n: number) => String(n).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

const periodHint = () => tr('use {year}, {quarter}, {month} or {date}', { year: 'YYYY', quarter: 'YYYY-Qn', month: 'YYYY-MM', date: 'YYYY-MM-DD' });

/** Reads a period label; returns its normalised form and end date, or an error message. */
export function parsePeriod(raw: string): { period: string; periodEnd: string } | { error: string } {
  const s = raw.trim();
  if (s === '') return { error: tr('period is missing; {hint}', { hint: periodHint() }) };
  const m = /^(\d{4})(?:-(?:[Qq](\d)|(\d{2})(?:-(\d{2}))?))?$/.exec(s);
  if (!m) return { error: tr('period "{period}" is not recognised; {hint}', { period: s, hint: periodHint() }) };
  const [, yearStr, quarterStr, monthStr, dayStr] = m;
  const year = Number(yearStr);
  if (year < YEAR_MIN || year > YEAR_MAX) {
    return { error: tr('period "{period}": year {year} is outside {min}–{max}', { period: s, year, min: YEAR_MIN, max: YEAR_MAX }) };
  }
  if (quarterStr !== undefined) {
    const q = Number(quarterStr);
    if (q < 1 || q > 4) {
      return { error: tr('period "{period}": quarter must be {q1}, {q2}, {q3} or {q4}', { period: s, q1: 'Q1', q2: 'Q2', q3: 'Q3', q4: 'Q4' }) };
    }
    const endMonth = q * 3;
    return { period: `${year}-Q${q}`, periodEnd: isoDate(year, endMonth, lastDayOfMonth(year, endMonth)) };
  }
  if (monthStr === undefined) return { period: String(year), periodEnd: `${year}-12-31` };
  const month = Number(monthStr);
  if (month < 1 || month > 12) return { error: tr('period "{period}": month must be 01–12', { period: s }) };
  if (dayStr === undefined) {
    return { period: `${year}-${pad2(month)}`, periodEnd: isoDate(year, month, lastDayOfMonth(year, month)) };
  }
  const day = Number(dayStr);
  if (day < 1 || day > lastDayOfMonth(year, month)) return { error: tr('period "{period}" is not a real date', { period: s }) };
  const date = isoDate(year, month, day);
  return { period: date, periodEnd: date };
}

const PLAIN_NUMBER_RE = /^-?(?:\d+(?:\.\d+)?|\.\d+)$/;
const numberHint = () => tr('use a plain number like 1234.5');

/** Reads a value: a plain decimal number, optionally negative; no separators or exponents. */
export function parseValue(raw: string): { value: number } | { error: string } {
  const s = raw.trim();
  if (s === '') return { error: tr('value is missing; {hint}', { hint: numberHint() }) };
  if (/\d[,\s'’_]\d/.test(s) || s.includes(',')) {
    return {
      error: tr('value "{value}" contains a separator; {hint} (no thousands separators or decimal commas)', { value: s, hint: numberHint() }),
    };
  }
  if (!PLAIN_NUMBER_RE.test(s)) return { error: tr('value "{value}" is not a number; {hint}', { value: s, hint: numberHint() }) };
  const value = Number(s);
  if (!Number.isFinite(value)) return { error: tr('value "{value}" is too large; {hint}', { value: s, hint: numberHint() }) };
  return { value: Object.is(value, -0) ? 0 : value };
}

// ---------------------------------------------------------------------------
// CSV reading

interface RawRecord {
  line: number;
  fields: string[];
}

/** Line where an unterminated quoted field opens (quotes open only at the start of a field). */
function unclosedQuoteLine(text: string): number | null {
  let line = 1;
  let inQuotes = false;
  let openedAt = 0;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      } else if (c === '\n') line++;
      continue;
    }
    if (c === '\n') {
      line++;
      atFieldStart = true;
    } else if (c === ',') atFieldStart = true;
    else if (c === '"' && atFieldStart) {
      inQuotes = true;
      openedAt = line;
    } else if (c !== ' ' && c !== '\t') atFieldStart = false;
  }
  return inQuotes ? openedAt : null;
}

function describeCsvError(err: unknown, text: string): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  const lines = typeof err === 'object' && err !== null && 'lines' in err ? err.lines : undefined;
  const line = typeof lines === 'number' ? lines : null;
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED': {
      const opened = unclosedQuoteLine(text) ?? line;
      return opened === null
        ? tr('The file could not be read as CSV: a quoted field is never closed.')
        : tr('The file could not be read as CSV: the quoted field starting on line {line} is never closed.', { line: opened });
    }
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return line === null
        ? tr(
            'The file could not be read as CSV: there is text after a closing quote. Wrap the whole field in quotes and write any quote inside it as "".',
          )
        : tr(
            'The file could not be read as CSV on line {line}: there is text after a closing quote. Wrap the whole field in quotes and write any quote inside it as "".',
            { line },
          );
    default: {
      // The parser's own words (English) are passed on as they are.
      if (!(err instanceof Error)) {
        return line === null ? tr('The file could not be read as CSV.') : tr('The file could not be read as CSV on line {line}.', { line });
      }
      const detail = err.message;
      return line === null
        ? tr('The file could not be read as CSV ({detail}).', { detail })
        : tr('The file could not be read as CSV on line {line} ({detail}).', { line, detail });
    }
  }
}

function readRecords(text: string): { records: RawRecord[] } | { error: string } {
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, {
      info: true,
      trim: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    return { error: describeCsvError(err, text) };
  }
  const records: RawRecord[] = [];
  for (const { record, info } of rows) {
    // Rows of nothing but commas/whitespace (common at the end of spreadsheet exports) are blank.
    if (record.every((f) => f.trim() === '')) continue;
    // `info.lines` is the line where the record ends; a quoted field may span lines.
    const spanned = record.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0);
    records.push({ line: info.lines - spanned, fields: record });
  }
  return { records };
}

function list(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(', ');
}

type HeaderMap = { [K in Column]?: number };

function readHeader(fields: string[], line: number): { columns: HeaderMap } | { error: string } {
  const columns: HeaderMap = {};
  const unknown: string[] = [];
  const duplicate: string[] = [];
  let unnamed = 0;
  fields.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    if (name === '') {
      unnamed++;
      return;
    }
    if (!(ALL_COLUMNS as readonly string[]).includes(name)) {
      unknown.push(raw.trim());
      return;
    }
    const col = name as Column;
    if (columns[col] !== undefined) {
      if (!duplicate.includes(col)) duplicate.push(col);
    } else columns[col] = index;
  });
  const missing = REQUIRED_COLUMNS.filter((c) => columns[c] === undefined);
  const problems: string[] = [];
  if (missing.length > 0) {
    const columns = list(missing);
    problems.push(missing.length > 1 ? tr('missing required columns {columns}', { columns }) : tr('missing required column {columns}', { columns }));
  }
  if (unknown.length > 0) {
    const columns = list(unknown);
    problems.push(unknown.length > 1 ? tr('unknown columns {columns}', { columns }) : tr('unknown column {columns}', { columns }));
  }
  if (unnamed > 0) problems.push(unnamed > 1 ? tr('{count} columns have no name', { count: unnamed }) : tr('a column has no name'));
  if (duplicate.length > 0) {
    const columns = list(duplicate);
    problems.push(
      duplicate.length > 1 ? tr('columns {columns} appear more than once', { columns }) : tr('column {columns} appears more than once', { columns }),
    );
  }
  if (problems.length > 0) {
    return {
      error: tr('Problem with the header row (line {line}): {problems}. Expected columns: {period}, {value}, {source} and optionally {note}.', {
        line,
        problems: problems.join('; '),
        period: 'period',
        value: 'value',
        source: 'source',
        note: 'note',
      }),
    };
  }
  return { columns };
}

// ---------------------------------------------------------------------------
// Entry point

/**
 * Parses an observations CSV for import preview. File-level problems (empty
 * file, bad header, too many rows, unreadable CSV) give `fileError` and no rows;
 * otherwise every data row is returned with its own errors. `valid` only when
 * there are rows and none has an error.
 */
export function parseObservationsCsv(text: string, ctx: ObservationsCsvContext): ObservationsCsvResult {
  const fail = (fileError: string): ObservationsCsvResult => ({ rows: [], valid: false, fileError });

  // Strip a UTF-8 BOM and normalise line endings, so line counting is straightforward.
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (normalized.trim() === '') return fail(tr('The file is empty.'));

  const read = readRecords(normalized);
  if ('error' in read) return fail(read.error);
  const [headerRecord, ...dataRecords] = read.records;
  if (!headerRecord) return fail(tr('The file is empty.'));

  const header = readHeader(headerRecord.fields, headerRecord.line);
  if ('error' in header) return fail(header.error);
  const { columns } = header;

  if (dataRecords.length === 0) return fail(tr('The file has a header row but no data rows.'));
  if (dataRecords.length > CSV_MAX_ROWS) {
    return fail(
      tr('The file has {count} data rows; at most {max} can be imported at once. Split it into smaller files.', {
        count: dataRecords.length,
        max: CSV_MAX_ROWS,
      }),
    );
  }

  const headerWidth = headerRecord.fields.length;
  const firstLineOfPeriod = new Map<string, number>();
  const cell = (fields: string[], col: Column) => {
    const index = columns[col];
    return index === undefined ? '' : (fields[index] ?? '').trim();
  };

  const rows = dataRecords.map(({ line, fields }): PreviewRow => {
    const period = cell(fields, 'period');
    const value = cell(fields, 'value');
    const source = cell(fields, 'source');
    const note = cell(fields, 'note');
    const errors: string[] = [];

    if (fields.length !== headerWidth) {
      const counts = { count: fields.length, width: headerWidth };
      errors.push(
        fields.length === 1
          ? tr(
              'this row has {count} field but the header has {width}; check for a missing or extra comma (fields containing commas need quotes)',
              counts,
            )
          : tr(
              'this row has {count} fields but the header has {width}; check for a missing or extra comma (fields containing commas need quotes)',
              counts,
            ),
      );
    }

    const p = parsePeriod(period);
    if ('error' in p) errors.push(p.error);
    else {
      const firstLine = firstLineOfPeriod.get(p.period);
      if (firstLine !== undefined) errors.push(tr('period {period} appears twice in this file (line {line})', { period: p.period, line: firstLine }));
      else firstLineOfPeriod.set(p.period, line);
    }

    const v = parseValue(value);
    if ('error' in v) errors.push(v.error);

    let sourceSlug: string | null = null;
    if (source === '') errors.push(tr('source is missing; use the slug of a source listed in the workspace'));
    else if (ctx.knownSourceSlugs.has(source)) sourceSlug = source;
    else if (ctx.knownSourceSlugs.has(source.toLowerCase())) sourceSlug = source.toLowerCase();
    else errors.push(tr('unknown source "{source}"; use the slug of a source listed in the workspace', { source }));

    if (note.length > NOTE_MAX_LENGTH) {
      errors.push(tr('note is {length} characters long; the limit is {max}', { length: note.length, max: NOTE_MAX_LENGTH }));
    }

    const parsed =
      errors.length === 0 && !('error' in p) && !('error' in v) && sourceSlug !== null
        ? { period: p.period, periodEnd: p.periodEnd, value: v.value, sourceSlug, note }
        : null;
    return { line, period, value, source, note, parsed, errors };
  });

  return { rows, valid: rows.every((r) => r.errors.length === 0), fileError: null };
}
