// Which reads may go into the data cache. Pure.
//
// The cache is for what many readers ask for: the views a link on the site can produce. A
// search word, a page number far down the list or an odd page size is rare and can be made up
// by anyone: each would add an entry that nothing evicts (issue 14, "the cache grows without
// bound"). Those reads go to the database directly, which answers them in a few milliseconds
// from its indexes, and leave the cache alone.

import type { ListFilters } from './list-query';

/** The list pages a reader reaches by paging on: deeper ones are read directly. */
export const MAX_CACHED_PAGE = 10;

/** The page sizes the site and the API documentation use. */
export const CACHED_PAGE_SIZES: readonly number[] = [25, 100];

/** Whether a list read is one of the views worth caching: no search words, a near page, a usual size. */
export function isCacheableListView(filters: Pick<ListFilters, 'q' | 'page'>, perPage?: number): boolean {
  if (filters.q !== undefined && filters.q.trim() !== '') return false;
  if (filters.page > MAX_CACHED_PAGE) return false;
  return perPage === undefined || CACHED_PAGE_SIZES.includes(perPage);
}
