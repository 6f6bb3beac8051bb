// CSV for spreadsheets: RFC 4180 (CRLF line ends, fields with a comma, quote or line break
// quoted, quotes doubled), a header row, and a UTF-8 byte-order mark, without which Excel
// reads UTF-8 as the local code page and turns Cyrillic into mojibake.

export type CsvCell = string | number | boolean | null | undefined;

export type CsvColumn<T> = { header: string; value: (row: T) => CsvCell };

const BOM = '\uFEFF';

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @; tab and carriage return can
 * smuggle one in too; OWASP "CSV injection"). Numbers are written as numbers and never
 * escaped: a negative value is data, not a formula, and must stay numeric.
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/** One field: text neutralised against formula injection, then quoted if it needs it. */
export function csvField(value: CsvCell): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else if (typeof value === 'boolean') text = value ? 'true' : 'false';
  else text = FORMULA_TRIGGER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole file: BOM, header row, one line per row, each line ended by CRLF. */
export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const lines = [columns.map((c) => csvField(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(c.value(row))).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** A filename safe in Content-Disposition on every platform: ASCII letters, digits, dots, hyphens. */
export function safeFilename(parts: readonly string[], extension: string): string {
  const stem = parts
    .map((p) =>
      p
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter(Boolean)
    .join('_')
    .slice(0, 120);
  return `${stem || 'download'}.${extension}`;
}
