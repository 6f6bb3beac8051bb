import { unstable_cache } from 'next/cache';
import { listCommitments } from './queries';

/**
 * Every cached public read carries this tag. Writes are rare next to reads, so a save
 * invalidates the whole public cache (tag + revalidatePath('/', 'layout')) rather than
 * tracking which filtered lists a change could affect: always fresh, never subtle.
 */
export const PUBLIC_DATA_TAG = 'public-data';
export const PUBLIC_REVALIDATE_SECONDS = 300;

/** The filtered list is rendered per request (it reads the URL); its data is cached per filter set. */
export const cachedListCommitments = unstable_cache(listCommitments, ['list-commitments'], {
  tags: [PUBLIC_DATA_TAG],
  revalidate: PUBLIC_REVALIDATE_SECONDS,
});
