import { unstable_cache } from 'next/cache';
import { cacheEpoch } from './cache-epoch';
import { createEpochMemo } from './epoch-memo';
import { PUBLIC_DATA_TAG, PUBLIC_REVALIDATE_SECONDS } from '../../db/cache';
import { getCommitmentBySlug } from '../../db/queries';
import type { ContentLocale } from '../content-locale';
import { serialiseContext } from '../open-data/context';
import { prepareJson, type PreparedBody } from '../open-data/http';
import { serialiseCommitmentDetail } from '../open-data/serialise';

/**
 * The body of GET /api/v1/commitments/{slug} with its ETag, read, serialised and hashed once
 * per commitment, language and day, then served from the data cache until a save clears the
 * public tag. Reading a commitment with a long log on every request cost 5 ms of the server's
 * one thread; the cached body costs a lookup. An unknown slug is answered from the database
 * every time and never stored.
 */
/** Thrown inside the cached function so that an unknown slug is never stored: anyone can make up endless ones. */
class NoSuchCommitment extends Error {}

const dataCachedCommitmentDetailOrThrow = unstable_cache(
  async (slug: string, locale: ContentLocale, asOf: string): Promise<PreparedBody> => {
    const ctx = { ...serialiseContext(locale), asOf };
    const commitment = await getCommitmentBySlug({ slug, asOf, locale });
    if (!commitment) throw new NoSuchCommitment(slug);
    return prepareJson({
      data: serialiseCommitmentDetail(ctx, commitment),
      meta: { as_of: asOf, stale_after_days: ctx.staleAfterDays, locale },
    });
  },
  ['open-data-commitment-detail'],
  { tags: [PUBLIC_DATA_TAG], revalidate: PUBLIC_REVALIDATE_SECONDS },
);

async function dataCachedCommitmentDetail(slug: string, locale: ContentLocale, asOf: string): Promise<PreparedBody | null> {
  try {
    return await dataCachedCommitmentDetailOrThrow(slug, locale, asOf);
  } catch (error) {
    if (error instanceof NoSuchCommitment) return null;
    throw error;
  }
}

// In front of the data cache, the body object itself, kept for the epoch of revalidations it was
// made in (lib/server/cache-epoch.ts) and a few seconds at most. A data-cache hit still costs the
// server's one thread some 50 µs a request (hashing the key, reading the handler, parsing the
// stored JSON): about 5% of the API's throughput under load. Any save here clears it at once;
// a save on another instance within the sync interval, as it does the pages.
const detailMemo = createEpochMemo<PreparedBody | null>({ max: 500, ttlMs: 5_000 });

export async function cachedCommitmentDetail(slug: string, locale: ContentLocale, asOf: string): Promise<PreparedBody | null> {
  const epoch = cacheEpoch();
  if (!epoch) return dataCachedCommitmentDetail(slug, locale, asOf);
  await epoch.pull();
  const key = JSON.stringify([slug, locale, asOf]);
  const current = epoch.current();
  const hit = detailMemo.get(key, current);
  if (hit) return hit.value;
  const value = await dataCachedCommitmentDetail(slug, locale, asOf);
  // Only bodies are remembered: made-up slugs must not push real ones out of the memo.
  if (value !== null) detailMemo.set(key, value, current);
  return value;
}
