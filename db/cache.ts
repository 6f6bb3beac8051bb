import { unstable_cache } from 'next/cache';
import { listCommitments, listCommitmentsForOpenData } from './queries';
import type { ContentLocale } from '../lib/content-locale';
import { isCacheableListView } from '../lib/cache-policy';
import { isRewound } from './client';

/**
 * Every cached public read carries this tag. Writes are rare next to reads, so a save
 * invalidates the whole public cache (tag + revalidatePath('/', 'layout')) rather than
 * tracking which filtered lists a change could affect: always fresh, never subtle.
 */
export const PUBLIC_DATA_TAG = 'public-data';
export const PUBLIC_REVALIDATE_SECONDS = 300;

const listCommitmentsCache = unstable_cache(listCommitments, ['list-commitments'], {
  tags: [PUBLIC_DATA_TAG],
  revalidate: PUBLIC_REVALIDATE_SECONDS,
});

/**
 * The filtered list is rendered per request (it reads the URL); its data is cached per filter
 * set and language. The arguments are the cache key, so the locale is always spelled out:
 * a Russian list can never be served from the English entry or the other way round.
 */
export function cachedListCommitments(args: Parameters<typeof listCommitments>[0]) {
  const withLocale = { ...args, locale: args.locale ?? 'en' };
  // Searches and deep pages are read directly: made-up ones must not fill the cache (lib/cache-policy.ts).
  // A rewound view (db/rewind.ts) must neither read nor fill the live cache.
  return isCacheableListView(args.filters) && !isRewound() ? listCommitmentsCache(withLocale) : listCommitments(withLocale);
}

/**
 * One page of the open data list (at most MAX_PER_PAGE rows), cached like the page's list and
 * cleared by the same tag on every save. The CSV reads every matching row uncached instead:
 * a large dataset would pass the data cache's 2 MB limit per entry.
 */
type OpenDataListArgs = Parameters<typeof listCommitmentsForOpenData>[0] & { perPage: number; locale: ContentLocale };

const openDataListCache = unstable_cache((args: OpenDataListArgs) => listCommitmentsForOpenData(args), ['open-data-commitments'], {
  tags: [PUBLIC_DATA_TAG],
  revalidate: PUBLIC_REVALIDATE_SECONDS,
});

export function cachedListCommitmentsForOpenData(args: OpenDataListArgs) {
  return isCacheableListView(args.filters, args.perPage) && !isRewound() ? openDataListCache(args) : listCommitmentsForOpenData(args);
}
