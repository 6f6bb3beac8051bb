import { ALL_STAGES, CATEGORIES, COMMITMENT_KINDS, COUNTRY_CODES, DIRECTIONS, TRAJECTORY_STATUSES, VALUE_QUALIFIERS, VERDICTS } from '../domain';
import type { CsvColumn } from './csv';
import type { DataPackage, DataResource, TableField } from './schemas';
import { COMMITMENT_CSV_COLUMNS, OBSERVATION_CSV_COLUMNS } from './serialise';

// GET /api/v1/datapackage.json: a Frictionless Tabular Data Package
// (https://specs.frictionlessdata.io/tabular-data-package/) describing the CSV files the API
// serves, so that tools such as frictionless-py, R's frictionless or a data portal can load
// them with the right types. The fields follow the CSV columns of ./serialise.ts in their
// order (the CSV writer is ./csv.ts): a column there without a description here is still
// listed, as text, and the unit test says which one lacks a description.

/**
 * The licence of the data the tracker publishes. A decision for the editors; stated once here
 * for the data package and the schema.org Dataset (lib/structured-data.ts).
 */
export const DATA_LICENSE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0',
} as const;

/** Who compiles the data: named as an organisation, never as the individual editors. */
export const EDITORS_NAME = 'Commitments Tracker editors';

export type DataPackageMetric = { slug: string; name: string; unit: string };

// How the CSV writer (./csv.ts) writes values, in Table Schema's words.
const TEXT_NOTE = 'Text that a spreadsheet would run as a formula (starting with =, +, - or @) is prefixed with an apostrophe.';
const CSV_DESCRIPTION =
  'UTF-8 with a byte-order mark, a header row, fields quoted as in RFC 4180, lines ended by CRLF. ' +
  'An empty field is a missing value (null in the JSON); booleans are true or false; dates are ISO 8601 (YYYY-MM-DD). ' +
  TEXT_NOTE;

type FieldSpec = Omit<TableField, 'name'>;

const text = (description: string, constraints?: TableField['constraints']): FieldSpec => ({
  type: 'string',
  description,
  ...(constraints ? { constraints } : {}),
});
const code = (values: readonly string[], description: string, required = false): FieldSpec => ({
  type: 'string',
  description,
  constraints: { ...(required ? { required: true } : {}), enum: [...values] },
});
const day = (description: string, required = false): FieldSpec => ({
  type: 'date',
  format: 'default',
  description,
  ...(required ? { constraints: { required: true } } : {}),
});
const flag = (description: string): FieldSpec => ({ type: 'boolean', description, constraints: { required: true } });
const number = (description: string): FieldSpec => ({ type: 'number', description });
const link = (description: string, required = false): FieldSpec => ({
  type: 'string',
  format: 'uri',
  description,
  ...(required ? { constraints: { required: true } } : {}),
});

const SLUG_PATTERN = '[a-z0-9]+(-[a-z0-9]+)*';
const COUNTRY = `(${COUNTRY_CODES.join('|')})`;

/** The commitments CSV, column by column (COMMITMENT_CSV_COLUMNS). */
const COMMITMENT_FIELDS: Record<string, FieldSpec> = {
  slug: {
    type: 'string',
    description: "The commitment's identifier, as in its address /commitments/{slug}.",
    constraints: { required: true, unique: true, pattern: SLUG_PATTERN },
  },
  title: text('Title, in the language asked for with locale (English where not translated yet).', { required: true }),
  category: code(CATEGORIES, 'Area of the commitment.', true),
  kind: code(COMMITMENT_KINDS, 'How progress is measured: target = a number to reach; the others move through stages.', true),
  owner: text('Who made the commitment (a country or body).', { required: true }),
  countries: text('Countries involved: ISO 3166-1 alpha-2 codes separated by "; ".', { pattern: `${COUNTRY}(; ${COUNTRY})*` }),
  announced_on: day('Day the commitment was announced.', true),
  verdict: code(VERDICTS, "The editors' verdict.", true),
  stage: code(ALL_STAGES, 'The stage reached (staged kinds only).'),
  trajectory: code(TRAJECTORY_STATUSES, 'The computed trajectory of a numeric target.'),
  trajectory_basis: code(VALUE_QUALIFIERS, 'The exactness of the figure the trajectory rests on, when not plainly reported.'),
  last_update_on: day('As-of date of the latest update in the log.'),
  last_reviewed_on: day('Day an editor last recorded a review, update or figure.'),
  overdue: flag('The deadline in force has passed and the commitment is neither achieved nor dropped.'),
  delayed: flag('The planned completion date moved later, or passed without completion.'),
  stale: flag('No review, update or figure for longer than the stale period.'),
  disagreement: flag("The editors' verdict and the computed trajectory disagree."),
  progress_share: number(
    'Share of the way from baseline to target (or through the stages); unclamped: below 0 or above 1 when a figure moved the wrong way or overshot.',
  ),
  progress_percent: {
    type: 'integer',
    description: 'The share clamped to 0–100 and rounded, as the progress bars show it.',
    constraints: { minimum: 0, maximum: 100 },
  },
  deadline_on: day('The deadline in force after any revision.'),
  deadline_text: text('The words of the deadline in force.'),
  deadline_interpreted: flag('The deadline date is our interpretation of vague words.'),
  deadline_interpretation_note: text('Why the deadline was read that way.'),
  deadline_revised: flag('A revision in force changed the deadline.'),
  planned_completion_on: day('Latest planned completion date a source gave (projects, agreements, decisions).'),
  planned_completion_moved_later: {
    type: 'boolean',
    description: 'The planned completion date moved later than first planned (empty for numeric targets).',
  },
  baseline_value: number("Baseline in force (numeric targets), in the target's unit."),
  baseline_on: day('Day of the baseline.'),
  target_value: number('Target in force, after any revision, in the unit.'),
  target_value_as_announced: number('Target as announced.'),
  target_multiple_of_baseline: number('Set when the target is a multiple of the baseline (5 for fivefold).'),
  unit: text("The target's unit code, the same in every language (for example USD bn)."),
  direction: code(DIRECTIONS, 'Whether the target is reached by going up or down.'),
  metric_slug: text('The metric (time series) the target is measured with; its figures are in the observations files.', { pattern: SLUG_PATTERN }),
  source_slug: text('The source the commitment comes from, as in /sources/{slug}.', { required: true, pattern: SLUG_PATTERN }),
  source_title: text("The source's title.", { required: true }),
  source_publisher: text("The source's publisher; empty = not recorded."),
  source_published_on: day('Day the source was published.'),
  source_url: link("The source's own address, when it has one."),
  summary: text('Summary, in the language asked for with locale.'),
  url: link("The commitment's page on the site.", true),
};

/** A metric's observations CSV, column by column (OBSERVATION_CSV_COLUMNS). */
function observationFields(metric: DataPackageMetric): Record<string, FieldSpec> {
  return {
    metric_slug: { type: 'string', description: 'The metric.', constraints: { required: true, enum: [metric.slug] } },
    metric_name: text("The metric's name, in the language asked for with locale.", { required: true }),
    unit: {
      type: 'string',
      description: 'The unit of value: the same code in every language.',
      constraints: { required: true, enum: [metric.unit] },
    },
    period: text("The period's label: a year (2022), a quarter (2023-Q2), a month (2023-06) or months of a year (2026-01..09).", { required: true }),
    period_end: day('Last day of the period: where the progress computation places the figure.', true),
    value: { type: 'number', title: `Value (${metric.unit})`, description: `The figure, in ${metric.unit}.`, constraints: { required: true } },
    qualifier: code(
      VALUE_QUALIFIERS,
      'How the figure relates to the truth: exact (plainly reported), preliminary, forecast, at-least, at-most, about.',
      true,
    ),
    preferred: flag('The one figure of its period that the tracker uses.'),
    derived: flag('Computed from other figures rather than reported.'),
    note: text("An editor's note on the figure."),
    source_slug: text('The source of the figure, as in /sources/{slug}.', { required: true, pattern: SLUG_PATTERN }),
    source_title: text("The source's title.", { required: true }),
    source_publisher: text("The source's publisher; empty = not recorded."),
    source_published_on: day('Day the source was published.'),
    source_url: link("The source's own address, when it has one."),
  };
}

/** The Table Schema fields of a CSV, in its column order. */
export function tableFields<T>(columns: readonly CsvColumn<T>[], specs: Record<string, FieldSpec>): TableField[] {
  return columns.map(({ header }) => ({ name: header, ...(specs[header] ?? { type: 'string', description: '' }) }));
}

const CSV_FORMAT = {
  format: 'csv',
  mediatype: 'text/csv',
  encoding: 'utf-8',
  dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
} as const;

export function buildDataPackage({ siteBase, metrics }: { siteBase: string; metrics: readonly DataPackageMetric[] }): DataPackage {
  const site = siteBase.replace(/\/+$/, '');
  const api = `${site}/api/v1`;
  const commitments: DataResource = {
    profile: 'tabular-data-resource',
    name: 'commitments',
    path: `${api}/commitments.csv`,
    title: 'Commitments',
    description: `Every commitment the tracker follows, one row each, with its verdict, progress, deadline, target and source: the JSON list ${api}/commitments flattened. The same filters as the list may be added to the address (category, status, kind, country, q, sort), and locale=ru or locale=kk gives the titles and summaries in Russian or Kazakh. ${CSV_DESCRIPTION}`,
    homepage: `${site}/commitments`,
    ...CSV_FORMAT,
    schema: { fields: tableFields(COMMITMENT_CSV_COLUMNS, COMMITMENT_FIELDS), primaryKey: ['slug'], missingValues: [''] },
  };
  const series = metrics
    .toSorted((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
    .map((metric): DataResource => ({
      profile: 'tabular-data-resource',
      name: `${metric.slug}-observations`,
      path: `${api}/metrics/${encodeURIComponent(metric.slug)}/observations.csv`,
      title: `${metric.name}: observations`,
      description: `Every figure of the metric “${metric.name}” (${metric.unit}), one row per period and source, every source kept; preferred marks the one the tracker uses. ${CSV_DESCRIPTION}`,
      homepage: `${api}/metrics/${encodeURIComponent(metric.slug)}/observations`,
      ...CSV_FORMAT,
      schema: { fields: tableFields(OBSERVATION_CSV_COLUMNS, observationFields(metric)), missingValues: [''] },
    }));
  return {
    profile: 'tabular-data-package',
    name: 'commitments-tracker',
    id: `${api}/datapackage.json`,
    title: 'Commitments Tracker: commitments, their progress and the figures behind it',
    description:
      'Political commitments the tracker follows, beginning with those announced at the Fifth Consultative Meeting of the Heads of State of Central Asia (Dushanbe, 14 September 2023), each with its source, the editors’ verdict and log, and for numeric targets the time series their progress is computed from. Updated as editors record changes; the JSON API and its OpenAPI description are at ' +
      `${api}/openapi.json.`,
    homepage: `${site}/api`,
    keywords: ['commitments', 'Central Asia', 'accountability', 'open data'],
    licenses: [{ ...DATA_LICENSE }],
    sources: [
      { title: 'Speeches, official statements, news reports and official statistics, each listed with its address', path: `${site}/sources` },
    ],
    contributors: [{ title: EDITORS_NAME, role: 'author', path: site }],
    resources: [commitments, ...series],
  };
}
