import { z } from 'zod';
import { CONTENT_LOCALES, type ContentLocale } from '../content-locale';
import { listFiltersSchema, PAGE_SIZE, parseListFilters, type ListFilters } from '../filters';
import { slugSchema } from '../validation';

// Query parameters of the open data API. The list filters are read with the very schema and
// parser the /commitments page uses, so the same query string selects the same rows on both.
// Unlike the page, which drops a bad value and shows what it could, the API refuses it: a
// script that silently gets unfiltered data is worse off than one that gets a 400.

export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = PAGE_SIZE;

// The API's own parameters, as zod schemas: the parsers below check values with them, and the
// OpenAPI description (./openapi.ts) is generated from them, so the two cannot disagree.
/** `per_page`: a whole number of rows per page (written in plain digits: checked before this schema). */
export const perPageSchema = z.int().min(1).max(MAX_PER_PAGE).default(DEFAULT_PER_PAGE);
/** `locale`: the language of titles, summaries and metric names. */
export const localeSchema = z.enum(CONTENT_LOCALES).default('en');
/** `slug` in a path: the slug rule of the workspace's forms, with nothing to trim. */
export const pathSlugSchema = slugSchema;

export type ApiErrorCode = 'invalid_parameter' | 'unknown_parameter' | 'repeated_parameter' | 'not_found';

export type ApiError = {
  status: 400 | 404;
  code: ApiErrorCode;
  message: string;
  /** The offending query or path parameter; null when the error is not about one. */
  parameter: string | null;
};

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: ApiError };

type FilterKey = keyof typeof listFiltersSchema.shape;
const FILTER_KEYS = Object.keys(listFiltersSchema.shape) as FilterKey[];

/** The page's filters without `page`: what selects rows, as opposed to which slice of them. */
const SELECTING_KEYS = FILTER_KEYS.filter((k) => k !== 'page');

/** `asOf`: the as_of parameter as given (a past day, checked against the tracker's dates by the handler). */
export type ListQuery = { filters: ListFilters; perPage: number; locale: ContentLocale; asOf: string | null };

function invalid(parameter: string, message: string): { ok: false; error: ApiError } {
  return { ok: false, error: { status: 400, code: 'invalid_parameter', message, parameter } };
}

/** Says what a parameter accepts, from zod's structured issue rather than its generic wording. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `must be at least ${String(issue.minimum)} characters`
        : `must be a whole number of at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `must be at most ${String(issue.maximum)} characters`
        : `must be a whole number of at most ${String(issue.maximum)}`;
    case 'invalid_type':
      return issue.expected === 'number' || issue.expected === 'int' ? 'must be a whole number' : `expected ${issue.expected}`;
    default:
      return issue.message;
  }
}

function quoted(value: string): string {
  return `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;
}

/**
 * Rejects parameters outside `allowed` and repeated ones, and returns the single value of each
 * allowed parameter that is present and not empty (an empty value means "not set", as on the
 * page, whose filter form submits `category=` for "all").
 */
function singleValues(params: URLSearchParams, allowed: readonly string[], hint: (name: string) => string | null): Parsed<Map<string, string>> {
  const values = new Map<string, string>();
  for (const name of new Set(params.keys())) {
    if (!allowed.includes(name)) {
      const extra = hint(name);
      const accepted = allowed.length > 0 ? `accepted: ${allowed.join(', ')}` : 'this endpoint takes no query parameters';
      return {
        ok: false,
        error: {
          status: 400,
          code: 'unknown_parameter',
          message: `Unknown parameter ${quoted(name)}${extra ? ` (${extra})` : ''}; ${accepted}.`,
          parameter: name,
        },
      };
    }
    const all = params.getAll(name);
    if (all.length > 1) {
      return {
        ok: false,
        error: {
          status: 400,
          code: 'repeated_parameter',
          message: `Parameter ${name} is given ${all.length} times; give it once (one value per filter).`,
          parameter: name,
        },
      };
    }
    const value = all[0] ?? '';
    if (value !== '') values.set(name, value);
  }
  return { ok: true, value: values };
}

function validateFilterValues(values: Map<string, string>): Parsed<Record<string, string>> {
  const clean: Record<string, string> = {};
  for (const [name, value] of values) {
    if (!(FILTER_KEYS as string[]).includes(name)) continue;
    const result = listFiltersSchema.shape[name as FilterKey].safeParse(value);
    if (!result.success) {
      const issue = result.error.issues[0];
      return invalid(name, `Invalid ${name} ${quoted(value)}: ${issue ? describeIssue(issue) : 'not a recognised value'}.`);
    }
    clean[name] = value;
  }
  return { ok: true, value: clean };
}

/**
 * `locale` picks the language of titles, summaries and metric names (English where a text is
 * not translated yet); with it the search and the title order follow that language too, as on
 * the /ru and /kk pages.
 */
function readLocale(values: Map<string, string>): Parsed<ContentLocale> {
  const result = localeSchema.safeParse(values.get('locale'));
  if (result.success) return { ok: true, value: result.data };
  const raw = values.get('locale') ?? '';
  return invalid('locale', `Invalid locale ${quoted(raw)}: expected one of ${CONTENT_LOCALES.join(', ')}.`);
}

function toFilters(clean: Record<string, string>): ListFilters {
  // Every value was checked above, so the page's parser reports nothing and the filters are
  // exactly those the page would build from the same query string.
  return parseListFilters(clean).filters;
}

/** GET /api/v1/commitments: the page's filters, `page`, and `per_page` up to MAX_PER_PAGE. */
export function parseCommitmentListQuery(params: URLSearchParams): Parsed<ListQuery> {
  const allowed = [...FILTER_KEYS, 'per_page', 'locale', 'as_of'];
  const values = singleValues(params, allowed, (name) =>
    name === 'perPage' || name === 'limit' || name === 'page_size'
      ? 'did you mean per_page?'
      : name === 'asOf' || name === 'date'
        ? 'did you mean as_of?'
        : null,
  );
  if (!values.ok) return values;
  const clean = validateFilterValues(values.value);
  if (!clean.ok) return clean;
  let perPage = DEFAULT_PER_PAGE;
  const rawPerPage = values.value.get('per_page');
  if (rawPerPage !== undefined) {
    const result = /^\d+$/.test(rawPerPage) ? perPageSchema.safeParse(Number(rawPerPage)) : null;
    if (!result?.success) {
      return invalid('per_page', `Invalid per_page ${quoted(rawPerPage)}: must be a whole number from 1 to ${MAX_PER_PAGE}.`);
    }
    perPage = result.data;
  }
  const locale = readLocale(values.value);
  if (!locale.ok) return locale;
  return { ok: true, value: { filters: toFilters(clean.value), perPage, locale: locale.value, asOf: values.value.get('as_of') ?? null } };
}

/** GET /api/v1/commitments.csv: the same filters, every matching row, so no paging parameters. */
export function parseCommitmentCsvQuery(params: URLSearchParams): Parsed<{ filters: ListFilters; locale: ContentLocale }> {
  const values = singleValues(params, [...SELECTING_KEYS, 'locale'], (name) =>
    name === 'page' || name === 'per_page' ? 'the CSV holds every matching row, so it is not paged' : null,
  );
  if (!values.ok) return values;
  const clean = validateFilterValues(values.value);
  if (!clean.ok) return clean;
  const locale = readLocale(values.value);
  if (!locale.ok) return locale;
  return { ok: true, value: { filters: toFilters(clean.value), locale: locale.value } };
}

/** One commitment or metric: the language of its texts is the only choice. */
export function parseLocaleQuery(params: URLSearchParams): Parsed<ContentLocale> {
  const values = singleValues(params, ['locale'], () => null);
  return values.ok ? readLocale(values.value) : values;
}

/** One commitment, as of a past day or today: `locale` and `as_of`. */
export function parseDetailQuery(params: URLSearchParams): Parsed<{ locale: ContentLocale; asOf: string | null }> {
  const values = singleValues(params, ['locale', 'as_of'], (name) => (name === 'asOf' || name === 'date' ? 'did you mean as_of?' : null));
  if (!values.ok) return values;
  const locale = readLocale(values.value);
  if (!locale.ok) return locale;
  return { ok: true, value: { locale: locale.value, asOf: values.value.get('as_of') ?? null } };
}

/** GET /changes: two days, an optional commitment, a language. The days are checked by the handler. */
export function parseChangesQuery(params: URLSearchParams): Parsed<{ from: string; to: string; commitment: string | null; locale: ContentLocale }> {
  const values = singleValues(params, ['from', 'to', 'commitment', 'locale'], (name) => (name === 'slug' ? 'did you mean commitment?' : null));
  if (!values.ok) return values;
  for (const name of ['from', 'to'] as const) if (!values.value.has(name)) return invalid(name, `${name} is required: a day written YYYY-MM-DD.`);
  const locale = readLocale(values.value);
  if (!locale.ok) return locale;
  return {
    ok: true,
    value: { from: values.value.get('from')!, to: values.value.get('to')!, commitment: values.value.get('commitment') ?? null, locale: locale.value },
  };
}

/** Endpoints addressed by their path alone: any query parameter is a mistake worth reporting. */
export function parseNoQuery(params: URLSearchParams): Parsed<null> {
  const values = singleValues(params, [], () => null);
  return values.ok ? { ok: true, value: null } : values;
}

/** A slug from the path: malformed ones are a 400 naming the parameter; well-formed ones may still be unknown (404). */
export function parseSlug(raw: string, parameter = 'slug'): Parsed<string> {
  const result = pathSlugSchema.safeParse(raw);
  if (!result.success || result.data !== raw) {
    return invalid(
      parameter,
      `Invalid ${parameter} ${quoted(raw)}: use lower-case letters, digits and single hyphens, 3 to 80 characters (e.g. aktau-container-hub).`,
    );
  }
  return { ok: true, value: raw };
}

export function notFound(what: string, slug: string, parameter = 'slug'): ApiError {
  return { status: 404, code: 'not_found', message: `No ${what} has the slug ${quoted(slug)}.`, parameter };
}

/** A page past the last one is almost always a script's off-by-one: say where the data ends. */
export function checkPageInRange(page: number, total: number, perPage: number): ApiError | null {
  const pages = Math.max(1, Math.ceil(total / perPage));
  if (page <= pages) return null;
  return {
    status: 400,
    code: 'invalid_parameter',
    message: `page ${page} is past the last page: ${total} matching commitment${total === 1 ? '' : 's'} at ${perPage} per page make ${pages} page${pages === 1 ? '' : 's'}.`,
    parameter: 'page',
  };
}
