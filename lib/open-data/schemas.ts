import { EVIDENCE_FILE_TYPES } from '../file-sniff';
import { COMPARED_FIELDS } from '../compare';
import { z } from 'zod';
import { CONTENT_LOCALES } from '../content-locale';
import {
  ALL_STAGES,
  CATEGORIES,
  COMMITMENT_KINDS,
  COUNTRY_CODES,
  DIRECTIONS,
  SOURCE_KINDS,
  TRAJECTORY_STATUSES,
  VALUE_QUALIFIERS,
  VERDICTS,
} from '../domain';
import { SORTS, STATUS_FILTERS } from '../list-query';
import type { GrowthMode, ProjectionBasis, StatusReason } from '../progress';
import type { ErrorBody } from './http';
import type { ApiErrorCode } from './params';
import type {
  ApiCommitment,
  ApiCommitmentDetail,
  ApiComputedProgress,
  ApiObservation,
  ApiPagination,
  ApiPeriod,
  ApiPoint,
  ApiArchive,
  ApiEvidenceFile,
  ApiSourceLink,
  ApiSourceRef,
  ApiUsedPoint,
  appliedFilters,
} from './serialise';

// The open data API's response bodies as zod schemas, for its OpenAPI description
// (./openapi.ts turns them into JSON Schema 2020-12 with z.toJSONSchema). They describe what
// ./serialise.ts and the route handlers produce, no more and no less:
//  - every object is closed (no properties beyond those named), so a field a serialiser starts
//    sending without being described here fails the test that validates real responses
//    (tests/open-data/openapi-responses.test.ts); the one exception is the outline of the
//    OpenAPI document itself, which the OpenAPI specification describes;
//  - each schema that has a serialiser type is checked against it at the type level below
//    (Expect<Equal<…>>), so a field added to, renamed in or retyped in that type without the
//    schema following is a compile error (`npx tsc --noEmit`).
// Nothing here is used to parse: the API's output is built by typed code, not validated.

// ---------------------------------------------------------------- type-level checks

/** The same type, spelled out: intersections flattened, at every depth, arrays kept arrays. */
type Normal<T> = T extends (...args: never[]) => unknown ? T : T extends object ? { [K in keyof T]: Normal<T[K]> } : T;
/** True only when A and B are the same type (not merely assignable one way). */
export type Equal<A, B> = (<T>() => T extends Normal<A> ? 1 : 2) extends <T>() => T extends Normal<B> ? 1 : 2 ? true : false;
export type Expect<T extends true> = T;

// ---------------------------------------------------------------- shared pieces

/** The schemas by the name they have in the OpenAPI document's components.schemas. */
export const apiSchemas = z.registry<{ id: string }>();

/** Describes a schema and registers the described one (describe() returns a copy) under its name. */
const named = <S extends z.ZodType>(id: string, schema: S, description: string): S => {
  const described = schema.describe(description) as S;
  apiSchemas.add(described, { id });
  return described;
};

const date = () => z.iso.date();
const nullableDate = () => date().nullable();
const url = () => z.url();

export const sourceRefSchema = named(
  'SourceRef',
  z.strictObject({
    slug: z.string(),
    title: z.string(),
    publisher: z.string().nullable().describe('null = not recorded.'),
    published_on: date().optional(),
    url: url().nullable().optional().describe("The source's own address; null when it has none."),
    kind: z.enum(SOURCE_KINDS).optional(),
    html_url: url().describe("The source's page on this site."),
  }),
  'The source a commitment or figure comes from.',
);

export const sourceLinkSchema = named(
  'SourceLink',
  z.strictObject({ slug: z.string(), title: z.string(), html_url: url() }),
  'A source named by a log entry, a revision or a planned date: enough to find it.',
);

export const archiveSchema = named(
  'Archive',
  z.strictObject({
    state: z
      .enum(['archived', 'failed', 'pending'])
      .describe('archived: a copy is stored; failed: the last try stored nothing; pending: not tried yet.'),
    archived_on: nullableDate().describe('The day the copy was fetched.'),
    sha256: z.string().nullable().describe('The sha256 of the stored bytes, in hex.'),
    bytes: z.int().nullable().describe('The size of the stored copy.'),
    truncated: z.boolean().describe('The page was longer than the archive keeps; the copy is its beginning.'),
    copy_url: url().nullable().describe('Our copy, served from this site.'),
    dead_since: nullableDate().describe('The link check found the address no longer answering on this day; null = it answered at the last check.'),
    failure: z.enum(['unreachable', 'http-error', 'refused', 'not-a-page', 'redirects']).nullable().describe('Why there is no copy.'),
    http_status: z.int().nullable().describe('The HTTP status of the failed try, when the site answered.'),
    will_retry: z.boolean().describe('Another try is scheduled (retries back off, up to a week apart).'),
  }),
  'What the evidence archive holds of an address: a copy made when the link was saved, or why there is none.',
);

export const evidenceFileSchema = named(
  'EvidenceFile',
  z.strictObject({
    name: z.string().describe('The file name the editor gave.'),
    content_type: z.enum(EVIDENCE_FILE_TYPES).describe('Read from the file’s bytes, not its name.'),
    bytes: z.int(),
    sha256: z.string(),
    url: url().describe('The file, served from this site.'),
  }),
  'A file attached to a log entry as evidence when no link exists.',
);

export const pointSchema = named('Point', z.strictObject({ on: date(), value: z.number() }), 'A value on a day (the end of its period).');

export const usedPointSchema = named(
  'UsedPoint',
  z.strictObject({
    on: date(),
    value: z.number(),
    period: z.string().nullable(),
    qualifier: z.enum(VALUE_QUALIFIERS),
  }),
  'A figure the progress computation used, with its period and exactness.',
);

// ---------------------------------------------------------------- commitments

const STATUS_REASONS = [
  'inconsistent-terms',
  'no-baseline',
  'no-deadline',
  'deadline-before-baseline',
  'only-baseline',
  'under-a-year',
  'short-horizon',
  'awaiting-deadline-figure',
  'deadline-figure-is-a-bound',
] as const satisfies readonly StatusReason[];
const GROWTH_MODES = ['compound', 'linear'] as const satisfies readonly GrowthMode[];
const PROJECTION_BASES = ['since-baseline', 'historical-trend'] as const satisfies readonly ProjectionBasis[];

export const commitmentSchema = named(
  'Commitment',
  z.strictObject({
    slug: z.string(),
    title: z.string(),
    summary: z.string(),
    title_locale: z.enum(CONTENT_LOCALES).describe('The language the title is really in: English where no translation exists yet.'),
    summary_locale: z.enum(CONTENT_LOCALES),
    category: z.enum(CATEGORIES),
    kind: z.enum(COMMITMENT_KINDS),
    owner: z.string(),
    countries: z.array(z.string().regex(/^[A-Z]{2}$/)).describe('ISO 3166-1 alpha-2 codes.'),
    announced_on: date(),
    status: z.strictObject({
      verdict: z.enum(VERDICTS),
      stage: z.enum(ALL_STAGES).nullable(),
      stages: z.array(z.enum(ALL_STAGES)).readonly().nullable().describe('Stages of this kind in order; null for numeric targets.'),
      trajectory: z.enum(TRAJECTORY_STATUSES).nullable(),
      trajectory_basis: z.enum(VALUE_QUALIFIERS).nullable(),
      last_update_on: nullableDate(),
      last_reviewed_on: nullableDate(),
      overdue: z.boolean(),
      delayed: z.boolean(),
      stale: z.boolean(),
      disagreement: z.boolean(),
    }),
    progress: z.strictObject({
      share: z.number().nullable().describe('Unclamped: below 0 or above 1 when a figure moved the wrong way or overshot.'),
      percent: z.int().min(0).max(100).nullable().describe('Clamped to 0–100 and rounded, as the progress bars show it.'),
      basis: z.enum(['data', 'stage']),
    }),
    deadline: z.strictObject({
      on: nullableDate(),
      text: z.string().nullable(),
      interpreted: z.boolean(),
      interpretation_note: z.string().nullable(),
      revised: z.boolean(),
      revised_on: nullableDate(),
      as_announced: z.strictObject({ on: nullableDate(), text: z.string().nullable() }),
    }),
    planned_completion: z.strictObject({ on: nullableDate(), moved_later: z.boolean() }).nullable(),
    baseline: z
      .strictObject({
        value: z.number().nullable(),
        on: nullableDate(),
        period: z.string().nullable(),
        revised_on: nullableDate(),
        as_announced: z.strictObject({ value: z.number().nullable(), on: nullableDate() }),
        note: z.string().nullable().optional().describe('In the detail only.'),
      })
      .nullable(),
    target: z
      .strictObject({
        value: z.number().nullable(),
        as_announced: z.number().nullable(),
        multiple_of_baseline: z.number().nullable(),
        revised_on: nullableDate(),
        unit: z.string().nullable(),
        unit_label: z.string().nullable(),
        direction: z.enum(DIRECTIONS).nullable(),
        note: z.string().nullable().optional().describe('In the detail only.'),
        metric: z.strictObject({ slug: z.string(), name: z.string(), observations_url: url(), observations_csv_url: url() }).nullable(),
      })
      .nullable(),
    source: sourceRefSchema,
    links: z.strictObject({ self: url(), html: url() }),
  }),
  'A commitment as the list returns it.',
);

export const observationSchema = named(
  'Observation',
  z.strictObject({
    period: z.string().describe("The period's label: '2022', '2023-Q2', '2026-01..09'."),
    period_end: date(),
    value: z.number(),
    qualifier: z.enum(VALUE_QUALIFIERS),
    preferred: z.boolean().describe('The one figure of its period that the tracker uses.'),
    derived: z.boolean(),
    note: z.string().nullable(),
    source: sourceRefSchema,
  }),
  'One figure of a metric from one source.',
);

export const computedProgressSchema = named(
  'ComputedProgress',
  z.strictObject({
    status: z.enum(TRAJECTORY_STATUSES),
    reason: z.enum(STATUS_REASONS).nullable(),
    basis: usedPointSchema.nullable(),
    met: z.boolean(),
    met_on: nullableDate(),
    deadline_figure: usedPointSchema.nullable(),
    shortfall: z.number().nullable(),
    fell_back_to: usedPointSchema.nullable(),
    forecasts: z.array(usedPointSchema),
    not_comparable: z.array(usedPointSchema),
    share: z.number().nullable(),
    ratio: z.number().nullable(),
    latest: pointSchema.nullable(),
    data_points: z.int().min(0),
    growth_mode: z.enum(GROWTH_MODES),
    required_annual_growth: z.number().nullable(),
    observed_annual_growth: z.number().nullable(),
    needed_annual_growth_from_latest: z.number().nullable(),
    projection_at_deadline: pointSchema.nullable(),
    projection_basis: z.enum(PROJECTION_BASES).nullable(),
    deadline_passed: z.boolean(),
    required_path: z.array(pointSchema),
    projection_path: z.array(pointSchema),
  }),
  "The progress engine's result for a numeric target (see the methodology page).",
);

export const commitmentDetailSchema = named(
  'CommitmentDetail',
  commitmentSchema.extend({
    quote: z.string(),
    computed: computedProgressSchema.nullable(),
    computed_against_original: computedProgressSchema.nullable(),
    observations: z.array(observationSchema),
    revisions: z.array(
      z.strictObject({
        id: z.int(),
        revised_on: date(),
        in_force: z.boolean(),
        target_value: z.number().nullable(),
        deadline_on: nullableDate(),
        deadline_text: z.string().nullable(),
        baseline_value: z.number().nullable(),
        baseline_on: nullableDate(),
        note: z.string().nullable(),
        source: sourceLinkSchema,
      }),
    ),
    planned_dates: z.array(
      z.strictObject({
        stated_on: date(),
        planned_on: date(),
        planned_text: z.string().nullable(),
        note: z.string().nullable(),
        source: sourceLinkSchema,
      }),
    ),
    updates: z.array(
      z.strictObject({
        id: z.int(),
        entry_type: z.enum(['update', 'review']),
        as_of: date(),
        verdict: z.enum(VERDICTS),
        stage: z.enum(ALL_STAGES).nullable(),
        stage_in_force: z.enum(ALL_STAGES).nullable(),
        value: z.number().nullable(),
        figure: z.strictObject({ period: z.string(), value: z.number(), qualifier: z.enum(VALUE_QUALIFIERS) }).nullable(),
        note: z.string(),
        corrects_id: z.int().nullable(),
        corrected_by_id: z.int().nullable(),
        date_confirmed: z.boolean(),
        recorded_at: z.iso.datetime(),
        source: sourceLinkSchema.nullable(),
        evidence: z.array(z.strictObject({ url: url(), title: z.string(), archive: archiveSchema.nullable() })),
        files: z.array(evidenceFileSchema),
      }),
    ),
    context_metrics: z.array(
      z.strictObject({
        slug: z.string(),
        name: z.string(),
        unit: z.string(),
        description: z.string().nullable(),
        observations_url: url(),
        observations: z.array(observationSchema),
      }),
    ),
  }),
  'One commitment with its log, revisions, planned dates, figures and computed trajectory.',
);

// ---------------------------------------------------------------- envelopes

const contentLocale = z.enum(CONTENT_LOCALES);

export const paginationSchema = named(
  'Pagination',
  z.strictObject({
    total: z.int().min(0),
    page: z.int().min(1),
    per_page: z.int().min(1),
    pages: z.int().min(1),
    links: z.strictObject({ self: url(), first: url(), last: url(), prev: url().nullable(), next: url().nullable() }),
  }),
  'Where this page is among all of them; the same links are in the Link header.',
);

export const appliedFiltersSchema = named(
  'AppliedFilters',
  z.strictObject({
    category: z.enum(CATEGORIES).nullable(),
    status: z.enum(STATUS_FILTERS).nullable(),
    kind: z.enum(COMMITMENT_KINDS).nullable(),
    country: z.enum(COUNTRY_CODES).nullable(),
    q: z.string().nullable(),
    sort: z.enum(SORTS),
  }),
  'The filters as the API read them.',
);

export const commitmentListResponseSchema = named(
  'CommitmentList',
  z.strictObject({
    data: z.array(commitmentSchema),
    pagination: paginationSchema,
    meta: z.strictObject({
      as_of: date().describe('The day the flags (overdue, stale…) are computed for.'),
      stale_after_days: z.int().min(1),
      locale: contentLocale,
      filters: appliedFiltersSchema,
    }),
    links: z.strictObject({ csv: url(), html: url() }),
  }),
  'GET /commitments.',
);

export const commitmentDetailResponseSchema = named(
  'CommitmentDetailResponse',
  z.strictObject({
    data: commitmentDetailSchema,
    meta: z.strictObject({ as_of: date(), stale_after_days: z.int().min(1), locale: contentLocale }),
  }),
  'GET /commitments/{slug}.',
);

export const metricListResponseSchema = named(
  'MetricList',
  z.strictObject({
    data: z.array(
      z.strictObject({
        slug: z.string(),
        name: z.string(),
        unit: z.string(),
        observation_count: z.int().min(0),
        links: z.strictObject({ observations: url(), csv: url() }),
      }),
    ),
    meta: z.strictObject({ as_of: date() }),
  }),
  'GET /metrics.',
);

export const periodSchema = named(
  'Period',
  z.strictObject({
    period: z.string(),
    period_end: date(),
    preferred_value: z.number().nullable().describe("The value the tracker uses for the period (the preferred source's); null if none is preferred."),
    sources_disagree: z.boolean(),
    observations: z.array(observationSchema),
  }),
  'The observations of one period, the preferred one first.',
);

export const observationsResponseSchema = named(
  'Observations',
  z.strictObject({
    data: z.strictObject({
      metric: z.strictObject({
        slug: z.string(),
        name: z.string(),
        name_locale: contentLocale,
        unit: z.string().describe("The unit's code, the same in every language ('USD bn')."),
        unit_label: z.string().describe('The unit as readers of this language see it.'),
        description: z.string().nullable(),
      }),
      periods: z.array(periodSchema),
    }),
    meta: z.strictObject({ as_of: date(), locale: contentLocale, observation_count: z.int().min(0), period_count: z.int().min(0) }),
    links: z.strictObject({ self: url(), csv: url() }),
  }),
  'GET /metrics/{slug}/observations.',
);

/** A moved value as text: a verdict, a stage, a day, or a number written in digits (progress is a share, 0 to 1). */
const changedValue = z.string().nullable();

export const changesResponseSchema = named(
  'ChangesResponse',
  z.strictObject({
    data: z.strictObject({
      from: date(),
      to: date(),
      moved: z.array(
        z.strictObject({
          slug: z.string(),
          title: z.string(),
          added: z.boolean().describe('Not in the tracker yet at the end of the first day.'),
          html_url: url(),
          changes: z.array(z.strictObject({ field: z.enum(COMPARED_FIELDS), from: changedValue, to: changedValue })),
        }),
      ),
      recorded: z.strictObject({
        updates: z.array(
          z.strictObject({
            id: z.int(),
            commitment: z.string(),
            entry_type: z.enum(['update', 'review']),
            as_of: date(),
            verdict: z.enum(VERDICTS),
            stage: z.enum(ALL_STAGES).nullable(),
            note: z.string(),
            recorded_at: z.iso.datetime(),
          }),
        ),
        figures: z.array(
          z.strictObject({
            id: z.int(),
            metric: z.string(),
            period: z.string(),
            value: z.number(),
            qualifier: z.enum(VALUE_QUALIFIERS),
            recorded_at: z.iso.datetime(),
          }),
        ),
        revisions: z.array(
          z.strictObject({
            id: z.int(),
            commitment: z.string(),
            revised_on: date(),
            new_target_value: z.number().nullable(),
            new_deadline_on: nullableDate(),
            recorded_at: z.iso.datetime(),
          }),
        ),
        planned_dates: z.array(
          z.strictObject({ id: z.int(), commitment: z.string(), stated_on: date(), planned_on: date(), recorded_at: z.iso.datetime() }),
        ),
        commitments_added: z.array(z.string()),
      }),
    }),
    meta: z.strictObject({ from: date(), to: date(), locale: contentLocale }),
  }),
  'What moved between the ends of two days (verdicts, stages, progress, terms), and every entry recorded in between.',
);

export const indexResponseSchema = named(
  'Index',
  z.strictObject({
    data: z.strictObject({
      commitments: url(),
      commitment: z.string().describe('A URI template: replace {slug}.'),
      commitments_csv: url(),
      metrics: url(),
      observations: z.string().describe('A URI template: replace {slug}.'),
      observations_csv: z.string().describe('A URI template: replace {slug}.'),
      openapi: url(),
      datapackage: url(),
      documentation: url(),
    }),
  }),
  'GET /: where everything is.',
);

// ---------------------------------------------------------------- the data package

/** Field types of Table Schema v1 (https://specs.frictionlessdata.io/table-schema/#types-and-formats). */
export const TABLE_SCHEMA_TYPES = [
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'date',
  'time',
  'datetime',
  'year',
  'yearmonth',
  'duration',
  'geopoint',
  'geojson',
  'any',
] as const;

/** Data Package and Data Resource names: lower-case letters, digits and . _ - (the spec's rule). */
export const FRICTIONLESS_NAME = /^[a-z0-9._-]+$/;

export const tableFieldSchema = named(
  'TableSchemaField',
  z.strictObject({
    name: z.string().min(1),
    title: z.string().optional(),
    description: z.string(),
    type: z.enum(TABLE_SCHEMA_TYPES),
    format: z.string().optional(),
    constraints: z
      .strictObject({
        required: z.boolean().optional(),
        unique: z.boolean().optional(),
        enum: z.array(z.string()).min(1).optional(),
        pattern: z.string().optional(),
        minimum: z.number().optional(),
        maximum: z.number().optional(),
      })
      .optional(),
  }),
  'A column of a CSV file, as Table Schema describes it.',
);

export const dataResourceSchema = named(
  'TabularDataResource',
  z.strictObject({
    profile: z.literal('tabular-data-resource'),
    name: z.string().regex(FRICTIONLESS_NAME),
    path: url(),
    title: z.string(),
    description: z.string(),
    homepage: url(),
    format: z.literal('csv'),
    mediatype: z.literal('text/csv'),
    encoding: z.literal('utf-8'),
    dialect: z.strictObject({
      delimiter: z.literal(','),
      lineTerminator: z.literal('\r\n'),
      quoteChar: z.literal('"'),
      doubleQuote: z.literal(true),
      header: z.literal(true),
    }),
    schema: z.strictObject({
      fields: z.array(tableFieldSchema).min(1),
      primaryKey: z.array(z.string()).min(1).optional(),
      missingValues: z.array(z.string()),
    }),
  }),
  'One CSV file the API serves.',
);

export const dataPackageSchema = named(
  'DataPackage',
  z.strictObject({
    profile: z.literal('tabular-data-package'),
    name: z.string().regex(FRICTIONLESS_NAME),
    id: url(),
    title: z.string(),
    description: z.string(),
    homepage: url(),
    keywords: z.array(z.string()),
    licenses: z.array(z.strictObject({ name: z.string(), path: url(), title: z.string() })).min(1),
    sources: z.array(z.strictObject({ title: z.string(), path: url() })),
    contributors: z.array(z.strictObject({ title: z.string(), role: z.enum(['author', 'publisher', 'maintainer']), path: url() })),
    resources: z.array(dataResourceSchema).min(1),
  }),
  'GET /datapackage.json: a Frictionless Tabular Data Package of the CSV files.',
);

export type DataPackage = z.infer<typeof dataPackageSchema>;
export type DataResource = z.infer<typeof dataResourceSchema>;
export type TableField = z.infer<typeof tableFieldSchema>;

// ---------------------------------------------------------------- this description

/** What GET /openapi.json is, in outline: enough to recognise an OpenAPI 3.1 document, not its meta-schema. */
export const openApiDocumentSchema = named(
  'OpenApiDocument',
  z.looseObject({
    openapi: z.string().regex(/^3\.1\.\d+$/),
    info: z.looseObject({ title: z.string(), version: z.string() }),
    paths: z.record(z.string(), z.unknown()),
    components: z.looseObject({}),
  }),
  'An OpenAPI 3.1 document (https://spec.openapis.org/oas/v3.1.0).',
);

// ---------------------------------------------------------------- errors

const ERROR_CODES = ['invalid_parameter', 'unknown_parameter', 'repeated_parameter', 'not_found', 'internal_error'] as const;
type ErrorCode = (typeof ERROR_CODES)[number];

/** An error body whose code is one of `codes` (the full list gives the ErrorBody type exactly). */
function errorSchema<const C extends readonly [ErrorCode, ...ErrorCode[]]>(codes: C) {
  return z.strictObject({
    error: z.strictObject({
      code: z.enum(codes),
      message: z.string().describe('For people: what was wrong and what is accepted.'),
      parameter: z.string().nullable().describe('The query or path parameter at fault; null when the error is not about one.'),
    }),
  });
}

export const errorBodySchema = named('Error', errorSchema(ERROR_CODES), 'Every error: a code for programs, a message for people.');
export const badRequestBodySchema = named(
  'BadRequestError',
  errorSchema(['invalid_parameter', 'unknown_parameter', 'repeated_parameter']),
  'A parameter the endpoint does not take, one given twice, or a value it does not accept.',
);
export const notFoundBodySchema = named('NotFoundError', errorSchema(['not_found']), 'No such commitment, metric or endpoint.');
export const internalErrorBodySchema = named('InternalError', errorSchema(['internal_error']), 'The data could not be read; try again shortly.');

// ---------------------------------------------------------------- the checks

type Infer<S extends z.ZodType> = z.infer<S>;

// Each line fails to compile when the schema and the type the serialiser declares drift apart.
type _SchemaChecks = [
  Expect<Equal<Infer<typeof sourceRefSchema>, ApiSourceRef>>,
  Expect<Equal<Infer<typeof sourceLinkSchema>, ApiSourceLink>>,
  Expect<Equal<Infer<typeof pointSchema>, ApiPoint>>,
  Expect<Equal<Infer<typeof archiveSchema>, ApiArchive>>,
  Expect<Equal<Infer<typeof evidenceFileSchema>, ApiEvidenceFile>>,
  Expect<Equal<Infer<typeof usedPointSchema>, ApiUsedPoint>>,
  Expect<Equal<Infer<typeof commitmentSchema>, ApiCommitment>>,
  Expect<Equal<Infer<typeof observationSchema>, ApiObservation>>,
  Expect<Equal<Infer<typeof computedProgressSchema>, ApiComputedProgress>>,
  Expect<Equal<Infer<typeof commitmentDetailSchema>, ApiCommitmentDetail>>,
  Expect<Equal<Infer<typeof paginationSchema>, ApiPagination>>,
  Expect<Equal<Infer<typeof periodSchema>, ApiPeriod>>,
  Expect<Equal<Infer<typeof appliedFiltersSchema>, ReturnType<typeof appliedFilters>>>,
  Expect<Equal<Infer<typeof errorBodySchema>, ErrorBody>>,
  Expect<Equal<ErrorCode, ApiErrorCode | 'internal_error'>>,
  Expect<Equal<(typeof STATUS_REASONS)[number], StatusReason>>,
  Expect<Equal<(typeof GROWTH_MODES)[number], GrowthMode>>,
  Expect<Equal<(typeof PROJECTION_BASES)[number], ProjectionBasis>>,
];
