import { z } from 'zod';
import { CATEGORIES, COMMITMENT_KINDS, COUNTRY_CODES } from './domain';
import { SORTS, STATUS_FILTERS, type ListFilters } from './list-query';

// The list's filters validated from an address. The plain parts (the values, the type, the
// query string) are in ./list-query, free of zod, so the filter form's browser code stays small.
export { filtersToQuery, PAGE_SIZE, SORTS, STATUS_FILTERS, type ListFilters } from './list-query';

/** Filters of the commitments list, as they travel in the URL. */
export const listFiltersSchema = z.object({
  category: z.enum(CATEGORIES).optional(),
  status: z.enum(STATUS_FILTERS).optional(),
  kind: z.enum(COMMITMENT_KINDS).optional(),
  country: z.enum(COUNTRY_CODES).optional(),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(SORTS).default('deadline'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
// The schema gives exactly the type ./list-query spells out.
listFiltersSchema satisfies z.ZodType<ListFilters, unknown>;

/**
 * A filter value from the address that could not be used: which parameter, what it said
 * (cut to 40 characters) and, for a list of codes, the codes it accepts. Data rather than a
 * sentence, so each page can say it in its reader's language.
 */
export type FilterProblem = { parameter: keyof ListFilters; value: string; allowed: readonly string[] };

export type ParsedFilters = { filters: ListFilters; problems: FilterProblem[] };

type RawParams = Record<string, string | string[] | undefined>;

const ALLOWED: Record<keyof ListFilters, readonly string[]> = {
  category: CATEGORIES,
  status: STATUS_FILTERS,
  kind: COMMITMENT_KINDS,
  country: COUNTRY_CODES,
  sort: SORTS,
  q: [],
  page: [],
};

/**
 * Reads the list filters from URL search params. A bad value never breaks the page:
 * it is dropped and reported, so a mistyped shared link still shows something useful.
 */
export function parseListFilters(raw: RawParams): ParsedFilters {
  const problems: FilterProblem[] = [];
  const candidate: Record<string, string> = {};
  for (const key of Object.keys(listFiltersSchema.shape)) {
    const value = raw[key];
    // The last of repeated params, as Next's rewrites read them (lib/list-views.ts), so the
    // cached view and the per-visit page always agree on which value counts.
    const last = Array.isArray(value) ? value.at(-1) : value;
    if (last !== undefined && last !== '') candidate[key] = last;
  }
  const clean: Record<string, string> = {};
  for (const [key, value] of Object.entries(candidate)) {
    const parameter = key as keyof ListFilters;
    if (listFiltersSchema.shape[parameter].safeParse(value).success) clean[key] = value;
    else problems.push({ parameter, value: value.slice(0, 40), allowed: ALLOWED[parameter] });
  }
  return { filters: listFiltersSchema.parse(clean), problems };
}
