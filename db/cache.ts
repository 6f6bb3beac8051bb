import { unstable_cache } from 'next/cache';
import { listCommitments, listCommitmentsForOpenData } from './queries';
import type { ContentLocale } from '../lib/content-locale';

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
  return listCommitmentsCache({ ...args, locale: args.locale ?? 'en' });
}

/**
 * One page of the open data list (at most MAX_PER_PAGE rows), cached like the page's list and
 * cleared by the same tag on every save. The CSV reads every matching row uncached instead:
 * a large dataset would pass the data cache's 2 MB limit per entry.
 */
export const cachedListCommitmentsForOpenData = unstable_cache(
  (args: Parameters<typeof listCommitmentsForOpenData>[0] & { perPage: number; locale: ContentLocale }) => listCommitmentsForOpenData(args),
  ['open-data-commitments'],
  { tags: [PUBLIC_DATA_TAG], revalidate: PUBLIC_REVALIDATE_SECONDS },
);
