import { CATEGORIES, COMMITMENT_KINDS, COUNTRY_CODES, VERDICTS } from './domain';

// The commitments list's filters as plain values and types, without zod: the filter form in the
// browser builds addresses from them (lib/filters.ts validates them on the server).

export const SORTS = ['deadline', 'progress', 'title'] as const;
export type Sort = (typeof SORTS)[number];
export const STATUS_FILTERS = [...VERDICTS, 'overdue'] as const;
export const PAGE_SIZE = 25;

/** Filters of the commitments list, as they travel in the URL. */
export type ListFilters = {
  category?: (typeof CATEGORIES)[number];
  status?: (typeof STATUS_FILTERS)[number];
  kind?: (typeof COMMITMENT_KINDS)[number];
  country?: (typeof COUNTRY_CODES)[number];
  q?: string;
  sort: Sort;
  page: number;
};

/** The URL query string for a set of filters, leaving defaults out so links stay short. */
export function filtersToQuery(filters: Partial<ListFilters>): string {
  const params = new URLSearchParams();
  if (filters.category) params.set('category', filters.category);
  if (filters.status) params.set('status', filters.status);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.country) params.set('country', filters.country);
  if (filters.q) params.set('q', filters.q);
  if (filters.sort && filters.sort !== 'deadline') params.set('sort', filters.sort);
  if (filters.page && filters.page > 1) params.set('page', String(filters.page));
  const query = params.toString();
  return query ? `?${query}` : '';
}
