import { CATEGORIES, COMMITMENT_KINDS, COUNTRY_CODES } from './domain';
import { filtersToQuery, SORTS, STATUS_FILTERS, type ListFilters } from './list-query';
import { isCacheableListView, MAX_CACHED_PAGE } from './cache-policy';

// The commitments list has two kinds of address. Pure.
//
//   - A view: the select filters in the path, /commitments/view/category/transport/sort/progress.
//     It is an ordinary page route, cached like every public page and refreshed by every save;
//     the bare list, /commitments, is the view with no filter.
//   - The query form, /commitments?q=rail&page=40: searches and deep pages, rendered per visit
//     (they are rare, and anyone can make up endless ones). A query-form address that is a view
//     (links shared before views had paths, or the filter form without JavaScript) is
//     redirected to the view's path, so old links keep working.
//
// This replaces one rewrite rule per combination of filters (192 of them, each tried on every
// request): routing a view now costs the same whatever the number of filters and values.

/** The filters a view can hold, in the order its path lists them. */
export const VIEW_KEYS = ['category', 'status', 'kind', 'country', 'sort', 'page'] as const;
export type ViewKey = (typeof VIEW_KEYS)[number];

export const VIEW_SEGMENT = 'view';

const ALLOWED: Record<ViewKey, readonly string[]> = {
  category: CATEGORIES,
  status: STATUS_FILTERS,
  kind: COMMITMENT_KINDS,
  country: COUNTRY_CODES,
  sort: SORTS,
  page: Array.from({ length: MAX_CACHED_PAGE }, (_, i) => String(i + 1)),
};

/** Values a view leaves out of its path: the defaults. */
const DEFAULTS: Partial<Record<ViewKey, string>> = { sort: 'deadline', page: '1' };

/** The path of the view holding these filters, or null when they are not a view (a search, a deep page). */
export function viewPath(filters: Partial<ListFilters>): string | null {
  if (!isCacheableListView({ q: filters.q, page: filters.page ?? 1 })) return null;
  const segments: string[] = [];
  for (const key of VIEW_KEYS) {
    const value = filters[key] === undefined ? undefined : String(filters[key]);
    if (value === undefined || value === DEFAULTS[key]) continue;
    if (!ALLOWED[key].includes(value)) return null;
    segments.push(key, value);
  }
  return segments.length === 0 ? '/commitments' : `/commitments/${VIEW_SEGMENT}/${segments.join('/')}`;
}

/** Where a set of filters is shown: its view's path, or the query form for a search or a deep page. */
export function listHref(filters: Partial<ListFilters>): string {
  return viewPath(filters) ?? `/commitments${filtersToQuery(filters)}`;
}

export type ParsedView = { params: Partial<Record<ViewKey, string>>; canonical: string };

/**
 * The segments after /commitments/view back to filters, with the view's canonical path (keys in
 * order, defaults left out); null when they are not a view (an unknown key or value, a key twice,
 * an odd number of segments).
 */
export function parseViewSegments(segments: readonly string[]): ParsedView | null {
  if (segments.length % 2 !== 0 || segments.length > VIEW_KEYS.length * 2) return null;
  const params: Partial<Record<ViewKey, string>> = {};
  for (let i = 0; i < segments.length; i += 2) {
    const key = segments[i] as ViewKey;
    const value = decodeURIComponent(segments[i + 1]!);
    if (!VIEW_KEYS.includes(key) || key in params || !ALLOWED[key].includes(value)) return null;
    params[key] = value;
  }
  const filters: Partial<ListFilters> = { ...params, page: params.page ? Number(params.page) : 1 } as Partial<ListFilters>;
  return { params, canonical: viewPath(filters)! };
}
