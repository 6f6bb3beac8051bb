import { z } from 'zod';
import { listFiltersSchema } from '../filters';
import { DATA_LICENSE } from './datapackage';
import { CACHE_CONTROL, CORS_HEADERS } from './http';
import { DEFAULT_PER_PAGE, localeSchema, MAX_PER_PAGE, pathSlugSchema, perPageSchema } from './params';
import {
  apiSchemas,
  badRequestBodySchema,
  commitmentDetailResponseSchema,
  commitmentListResponseSchema,
  dataPackageSchema,
  indexResponseSchema,
  changesResponseSchema,
  internalErrorBodySchema,
  metricListResponseSchema,
  notFoundBodySchema,
  observationsResponseSchema,
  openApiDocumentSchema,
} from './schemas';
import { COMMITMENT_CSV_COLUMNS, OBSERVATION_CSV_COLUMNS } from './serialise';

// The OpenAPI 3.1 description of the open data API, served at /api/v1/openapi.json. Pure: the
// document is built from the site's address and the code's own schemas:
//  - query and path parameters from the zod schemas the API validates with (the list page's
//    listFiltersSchema in lib/filters.ts, and per_page, locale and the slug in ./params.ts);
//  - response bodies from the schemas of ./schemas.ts, which are checked against the
//    serialisers' types;
//  - headers and caching from ./http.ts.
// Everything is converted with zod's z.toJSONSchema to JSON Schema 2020-12, the dialect of
// OpenAPI 3.1. tests/open-data/openapi-responses.test.ts validates real responses against it.

type JsonSchema = Record<string, unknown>;
type Json = Record<string, unknown>;

export type OpenApiDocument = {
  openapi: '3.1.0';
  info: Json;
  servers: { url: string; description: string }[];
  tags: { name: string; description: string }[];
  /** Each path's operations by method, and its path parameters under `parameters`. */
  paths: Record<string, Record<string, unknown>>;
  components: {
    schemas: Record<string, JsonSchema>;
    parameters: Record<string, Json>;
    headers: Record<string, Json>;
    responses: Record<string, Json>;
  };
  externalDocs: { description: string; url: string };
};

const SCHEMA_URI = (id: string) => `#/components/schemas/${id}`;
const ref = (kind: keyof OpenApiDocument['components'], name: string) => ({ $ref: `#/components/${kind}/${name}` });

/** A reference to one of the schemas of ./schemas.ts, by the name it is registered under. */
function schemaRef(schema: z.ZodType): { $ref: string } {
  const id = apiSchemas.get(schema)?.id;
  if (!id) throw new Error('A response schema is not registered in apiSchemas (lib/open-data/schemas.ts).');
  return { $ref: SCHEMA_URI(id) };
}

/** Drops what only makes sense at the root of a standalone JSON Schema document. */
function embedded(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

/**
 * Every response schema of ./schemas.ts, by name, each referring to the others by
 * #/components/schemas/…. `readonly()` (a TypeScript notion, used so that the schemas infer
 * the serialisers' readonly arrays) is not turned into readOnly, which means something else
 * in OpenAPI; and dates keep their `format` without zod's 300-character regular expression
 * for it, which would be most of the document.
 */
export function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiSchemas, {
    target: 'draft-2020-12',
    uri: SCHEMA_URI,
    override: ({ zodSchema, jsonSchema }) => {
      const schema = jsonSchema as JsonSchema;
      if (zodSchema._zod.def.type === 'readonly') delete schema.readOnly;
      if (schema.format === 'date' || schema.format === 'date-time') delete schema.pattern;
    },
  });
  const out: Record<string, JsonSchema> = {};
  for (const [name, schema] of Object.entries(schemas)) out[name] = embedded(schema as JsonSchema);
  return out;
}

/** A parameter's schema as the API reads it (input: defaults shown, coercion from text allowed). */
function parameterSchema(schema: z.ZodType): JsonSchema {
  return embedded(z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) as JsonSchema);
}

// ---------------------------------------------------------------- parameters

type FilterName = keyof typeof listFiltersSchema.shape;

/** Every filter of the list page must be described: a new one without a line here does not compile. */
const FILTER_DESCRIPTIONS: Record<FilterName, string> = {
  category: 'Area of the commitment.',
  status: "The editors' verdict, or `overdue`: the deadline in force has passed and the commitment is neither achieved nor dropped.",
  kind: 'How progress is measured: a number to reach (`target`), or the stages of a project, agreement, decision or event.',
  country: 'A country involved (ISO 3166-1 alpha-2 code).',
  q: 'Text searched in the title, summary and owner (in the language chosen with `locale`). Surrounding spaces are ignored.',
  sort: 'Order: `deadline` (soonest first), `progress` (furthest first) or `title`. Ties are broken by a fixed key, so pages never overlap.',
  page: 'Page number, from 1. A page past the last one is a 400.',
};

const FILTER_NAMES = Object.keys(listFiltersSchema.shape) as FilterName[];

function queryParameter(name: string, schema: z.ZodType, description: string): Json {
  return {
    name,
    in: 'query',
    required: false,
    // An empty value (category=) means "not set", as the page's filter form submits it.
    description: `${description} An empty value means not set.`,
    schema: parameterSchema(schema),
    style: 'form',
    explode: false,
  };
}

function parameters(): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const name of FILTER_NAMES) out[name] = queryParameter(name, listFiltersSchema.shape[name], FILTER_DESCRIPTIONS[name]);
  out.per_page = queryParameter(
    'per_page',
    perPageSchema,
    `Rows per page, written in digits: 1 to ${MAX_PER_PAGE} (default ${DEFAULT_PER_PAGE}). JSON list only.`,
  );
  out.locale = queryParameter(
    'locale',
    localeSchema,
    'Language of titles, summaries and metric names (English where a text is not translated yet; `title_locale` says which). With it the search and the title order follow that language.',
  );
  out.as_of = queryParameter(
    'as_of',
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    'A past day (YYYY-MM-DD): the answer as the tracker gave it at the end of that day, built from the append-only log and the time each row was recorded (entries, figures, revisions and corrections recorded later are left out; flags are computed for that day). Today, or no value, is the tracker as it stands now; a day after today or before the first entry is a 400 that says which days are possible.',
  );
  const day = (name: string, description: string) => ({
    name,
    in: 'query',
    required: true,
    description,
    schema: parameterSchema(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
    example: name === 'from' ? '2024-06-30' : '2025-06-30',
  });
  out.from = day('from', 'The first day (YYYY-MM-DD): the tracker as it stood at its end. From the first entry on, before `to`.');
  out.to = day('to', 'The second day (YYYY-MM-DD), after `from`; today means the tracker as it stands now.');
  out.commitment = queryParameter('commitment', pathSlugSchema, 'One commitment’s changes only: its slug.');
  out.commitmentSlug = {
    name: 'slug',
    in: 'path',
    required: true,
    description: "The commitment's slug, as in its page's address. A malformed slug is a 400, an unknown one a 404.",
    schema: parameterSchema(pathSlugSchema),
    example: 'intra-regional-trade-15bn',
  };
  out.metricSlug = {
    name: 'slug',
    in: 'path',
    required: true,
    description: "The metric's slug (GET /metrics lists them). A malformed slug is a 400, an unknown one a 404.",
    schema: parameterSchema(pathSlugSchema),
    example: 'intra-regional-trade',
  };
  out.ifNoneMatch = {
    name: 'If-None-Match',
    in: 'header',
    required: false,
    description:
      'The ETag of a copy the client holds: if it is still current, the answer is 304 without a body. W/ prefixes, lists and * are accepted (RFC 9110).',
    schema: { type: 'string' },
  };
  return out;
}

// ---------------------------------------------------------------- headers and responses

const stringHeader = (description: string, required: boolean, example?: string): Json => ({
  description,
  required,
  schema: { type: 'string', ...(example ? { examples: [example] } : {}) },
});

function headers(): Record<string, Json> {
  return {
    ETag: stringHeader(
      'A strong validator: a hash of the exact body. Send it back in If-None-Match.',
      true,
      '"3q2-7w1ZVpVd7Vhf8bGqH9f0l9rB2bq2kGmWb7pXyS8"',
    ),
    CacheControl: stringHeader(
      'Browsers keep a copy a minute, shared caches five minutes, and may serve a stale one ten minutes more while they fetch a fresh one.',
      true,
      CACHE_CONTROL,
    ),
    NoStore: stringHeader('Errors are not cached: a 404 becomes a 200 as soon as an editor adds the commitment.', true, 'no-store'),
    AccessControlAllowOrigin: stringHeader('Any origin may read the API.', true, CORS_HEADERS['Access-Control-Allow-Origin']),
    AccessControlExposeHeaders: stringHeader('Headers a script on another origin may read.', true, CORS_HEADERS['Access-Control-Expose-Headers']),
    Link: stringHeader(
      'RFC 8288 links to the first, previous, next and last pages, as in the body’s pagination.links.',
      true,
      '<https://example.org/api/v1/commitments?page=2>; rel="next"',
    ),
    ContentDisposition: stringHeader(
      'A download named after the filters and the day.',
      true,
      'attachment; filename="commitments_transport_2026-01-15.csv"',
    ),
    AccessControlAllowMethods: stringHeader('Methods a browser may use.', true, 'GET, HEAD, OPTIONS'),
    AccessControlAllowHeaders: stringHeader('Request headers a browser may send.', true, 'If-None-Match'),
    AccessControlMaxAge: stringHeader('Seconds a browser may keep this preflight answer.', true, '86400'),
    Allow: stringHeader('Methods the resource answers.', true, 'GET, HEAD, OPTIONS'),
  };
}

const CACHED_HEADERS = {
  ETag: ref('headers', 'ETag'),
  'Cache-Control': ref('headers', 'CacheControl'),
  'Access-Control-Allow-Origin': ref('headers', 'AccessControlAllowOrigin'),
  'Access-Control-Expose-Headers': ref('headers', 'AccessControlExposeHeaders'),
};

const ERROR_HEADERS = {
  'Cache-Control': ref('headers', 'NoStore'),
  'Access-Control-Allow-Origin': ref('headers', 'AccessControlAllowOrigin'),
  'Access-Control-Expose-Headers': ref('headers', 'AccessControlExposeHeaders'),
};

const errorResponse = (description: string, schema: z.ZodType, example: Json): Json => ({
  description,
  headers: ERROR_HEADERS,
  content: { 'application/json': { schema: schemaRef(schema), example } },
});

function responses(): Record<string, Json> {
  return {
    NotModified: { description: 'The copy the client holds (If-None-Match) is current: no body.', headers: CACHED_HEADERS },
    BadRequest: errorResponse('A parameter this endpoint does not take, one given twice, or a value it does not accept.', badRequestBodySchema, {
      error: {
        code: 'unknown_parameter',
        message: 'Unknown parameter “categroy”; accepted: category, status, kind, country, q, sort, page, per_page, locale.',
        parameter: 'categroy',
      },
    }),
    NotFound: errorResponse('No commitment or metric has this slug.', notFoundBodySchema, {
      error: { code: 'not_found', message: 'No commitment has the slug “no-such-commitment”.', parameter: 'slug' },
    }),
    NoSuchEndpoint: errorResponse('There is no such endpoint.', notFoundBodySchema, {
      error: { code: 'not_found', message: 'There is no endpoint /api/v1/commitment; GET /api/v1 lists them.', parameter: null },
    }),
    InternalError: errorResponse(
      'The data could not be read just now; try again shortly. The details stay in the server’s log.',
      internalErrorBodySchema,
      {
        error: { code: 'internal_error', message: 'The data could not be read just now; please try again shortly.', parameter: null },
      },
    ),
    Preflight: {
      description: 'CORS preflight: a browser asks before a GET that carries If-None-Match.',
      headers: {
        'Access-Control-Allow-Origin': ref('headers', 'AccessControlAllowOrigin'),
        'Access-Control-Allow-Methods': ref('headers', 'AccessControlAllowMethods'),
        'Access-Control-Allow-Headers': ref('headers', 'AccessControlAllowHeaders'),
        'Access-Control-Max-Age': ref('headers', 'AccessControlMaxAge'),
        Allow: ref('headers', 'Allow'),
      },
    },
  };
}

// ---------------------------------------------------------------- operations

type OperationSpec = {
  operationId: string;
  tag: 'Commitments' | 'Metrics' | 'About the API';
  summary: string;
  description: string;
  parameters: string[];
  ok: { json: z.ZodType; link?: boolean } | { csv: string };
  notFound?: boolean;
};

const errorsOf = (spec: OperationSpec): Json => ({
  '304': ref('responses', 'NotModified'),
  '400': ref('responses', 'BadRequest'),
  ...(spec.notFound ? { '404': ref('responses', 'NotFound') } : {}),
  '500': ref('responses', 'InternalError'),
});

function okResponse(spec: OperationSpec): Json {
  if ('csv' in spec.ok) {
    return {
      description: spec.ok.csv,
      headers: { ...CACHED_HEADERS, 'Content-Disposition': ref('headers', 'ContentDisposition') },
      content: { 'text/csv': { schema: { type: 'string', contentMediaType: 'text/csv' } } },
    };
  }
  return {
    description: 'OK',
    headers: { ...CACHED_HEADERS, ...(spec.ok.link ? { Link: ref('headers', 'Link') } : {}) },
    content: { 'application/json': { schema: schemaRef(spec.ok.json) } },
  };
}

function pathItem(spec: OperationSpec): Record<string, unknown> {
  const pathParameters = spec.parameters.filter((p) => p.endsWith('Slug')).map((p) => ref('parameters', p));
  return {
    get: {
      operationId: spec.operationId,
      tags: [spec.tag],
      summary: spec.summary,
      description: spec.description,
      parameters: [...spec.parameters.filter((p) => !p.endsWith('Slug')).map((p) => ref('parameters', p)), ref('parameters', 'ifNoneMatch')],
      responses: { '200': okResponse(spec), ...errorsOf(spec) },
    },
    options: {
      operationId: `${spec.operationId}Preflight`,
      tags: [spec.tag],
      summary: 'CORS preflight',
      responses: { '204': ref('responses', 'Preflight') },
    },
    // Path parameters are declared once for every method of the path.
    ...(pathParameters.length > 0 ? { parameters: pathParameters } : {}),
  };
}

const FILTERS_WITHOUT_PAGE = FILTER_NAMES.filter((name) => name !== 'page');
const columnList = (columns: readonly { header: string }[]) => columns.map((c) => c.header).join(', ');
const CSV_NOTE =
  'UTF-8 with a byte-order mark, a header row, fields quoted as in RFC 4180, lines ended by CRLF; an empty field is null. Text that a spreadsheet would run as a formula (starting with =, +, - or @) is prefixed with an apostrophe; numbers are never changed. Column types: /datapackage.json.';

const OPERATIONS: Record<string, OperationSpec> = {
  '/': {
    operationId: 'getIndex',
    tag: 'About the API',
    summary: 'Where everything is',
    description: 'The addresses of every endpoint and of the documentation. Takes no parameters.',
    parameters: [],
    ok: { json: indexResponseSchema },
  },
  '/commitments': {
    operationId: 'listCommitments',
    tag: 'Commitments',
    summary: 'Commitments matching the filters, one page at a time',
    description:
      'The same filters, values and order as the /commitments page: a query string copied from the page’s address selects the same commitments in the same order. Follow pagination.links.next (or the Link header) until it is null to read every page.',
    parameters: [...FILTER_NAMES, 'per_page', 'locale', 'as_of'],
    ok: { json: commitmentListResponseSchema, link: true },
  },
  '/commitments/{slug}': {
    operationId: 'getCommitment',
    tag: 'Commitments',
    summary: 'One commitment',
    description:
      'Its fields, baseline, target and deadline with their notes, the computed trajectory, every observation of its metric, target revisions, planned dates and the editors’ log with evidence. Editors’ names and accounts never appear.',
    parameters: ['commitmentSlug', 'locale', 'as_of'],
    ok: { json: commitmentDetailResponseSchema },
    notFound: true,
  },
  '/changes': {
    operationId: 'getChanges',
    tag: 'Commitments',
    summary: 'What changed between two days',
    description:
      'The commitments whose verdict, stage, progress, trajectory, target in force, deadline or planned completion moved between the end of `from` and the end of `to`, field by field, and every entry recorded in between: the data of the /compare page and of the snapshots’ “what changed”.',
    parameters: ['from', 'to', 'commitment', 'locale'],
    ok: { json: changesResponseSchema },
  },
  '/commitments.csv': {
    operationId: 'downloadCommitmentsCsv',
    tag: 'Commitments',
    summary: 'The list as CSV: every matching row',
    description: 'The same filters as the list, every matching row (not one page), one column per field of the JSON list. No page or per_page.',
    parameters: [...FILTERS_WITHOUT_PAGE, 'locale'],
    ok: { csv: `Columns: ${columnList(COMMITMENT_CSV_COLUMNS)}. ${CSV_NOTE}` },
  },
  '/metrics': {
    operationId: 'listMetrics',
    tag: 'Metrics',
    summary: 'Every metric (time series)',
    description: 'Every metric with its unit, the number of observations and the addresses of its observations. Takes no parameters.',
    parameters: [],
    ok: { json: metricListResponseSchema },
  },
  '/metrics/{slug}/observations': {
    operationId: 'getObservations',
    tag: 'Metrics',
    summary: 'Every observation of one metric, by period',
    description: 'Grouped by period, with every source that reported a figure and the one the tracker uses (preferred).',
    parameters: ['metricSlug', 'locale'],
    ok: { json: observationsResponseSchema },
    notFound: true,
  },
  '/metrics/{slug}/observations.csv': {
    operationId: 'downloadObservationsCsv',
    tag: 'Metrics',
    summary: 'The observations of one metric as CSV',
    description: 'One row per observation and source.',
    parameters: ['metricSlug', 'locale'],
    ok: { csv: `Columns: ${columnList(OBSERVATION_CSV_COLUMNS)}. ${CSV_NOTE}` },
    notFound: true,
  },
  '/openapi.json': {
    operationId: 'getOpenApiDescription',
    tag: 'About the API',
    summary: 'This description',
    description: 'The OpenAPI 3.1 description of the API. Takes no parameters.',
    parameters: [],
    ok: { json: openApiDocumentSchema },
  },
  '/datapackage.json': {
    operationId: 'getDataPackage',
    tag: 'About the API',
    summary: 'The CSV files as a Frictionless Data Package',
    description:
      'A Tabular Data Package (https://specs.frictionlessdata.io/tabular-data-package/): each CSV file the API serves with its address and a Table Schema of its columns (name, type, meaning, constraints). Takes no parameters.',
    parameters: [],
    ok: { json: dataPackageSchema },
  },
};

export function buildOpenApiDocument({ siteBase }: { siteBase: string }): OpenApiDocument {
  const site = siteBase.replace(/\/+$/, '');
  const paths: OpenApiDocument['paths'] = {};
  for (const [path, spec] of Object.entries(OPERATIONS)) paths[path] = pathItem(spec);
  // app/api/v1/[...path]: anything else below /api/v1 answers in the API's JSON, not with a page.
  paths['/{path}'] = {
    get: {
      operationId: 'unknownEndpoint',
      tags: ['About the API'],
      summary: 'Any other address below /api/v1',
      description: 'Answers a JSON 404 rather than the site’s HTML page, for any path (of one or more segments) that is not an endpoint above.',
      parameters: [{ name: 'path', in: 'path', required: true, description: 'The rest of the address.', schema: { type: 'string' } }],
      responses: { '404': ref('responses', 'NoSuchEndpoint') },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Commitments Tracker open data API',
      version: '1.0.0',
      summary: 'Every commitment, status update and figure of the tracker, with its sources, as JSON or CSV.',
      description:
        'Read-only; no sign-in and no key. It returns the same data as the pages, computed the same way. Names are snake_case, dates ISO 8601, a missing value is null. Errors are JSON with a code, a message and the parameter at fault. Every response may be cached and carries a strong ETag; any origin may read it (CORS).',
      license: { name: DATA_LICENSE.title, identifier: DATA_LICENSE.name },
    },
    servers: [{ url: `${site}/api/v1`, description: 'This site' }],
    tags: [
      { name: 'Commitments', description: 'The commitments, as a paged list, one by one, or as CSV.' },
      { name: 'Metrics', description: 'The time series numeric targets are measured with.' },
      { name: 'About the API', description: 'Descriptions for people and programs.' },
    ],
    paths,
    components: {
      schemas: componentSchemas(),
      parameters: parameters(),
      headers: headers(),
      responses: responses(),
    },
    externalDocs: { description: 'The documentation for people', url: `${site}/api` },
  };
}
