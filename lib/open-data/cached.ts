import { unstable_cache } from 'next/cache';
import { PUBLIC_DATA_TAG, PUBLIC_REVALIDATE_SECONDS } from '../../db/cache';
import { getCommitmentBySlug } from '../../db/queries';
import type { ContentLocale } from '../content-locale';
import { serialiseContext } from './context';
import { prepareJson, type PreparedBody } from './http';
import { serialiseCommitmentDetail } from './serialise';

/**
 * The body of GET /api/v1/commitments/{slug} with its ETag, read, serialised and hashed once
 * per commitment, language and day, then served from the data cache until a save clears the
 * public tag. Reading a commitment with a long log on every request cost 5 ms of the server's
 * one thread; the cached body costs a lookup. Null (no such commitment) is cached the same way,
 * and cleared by the save that creates it.
 */
export const cachedCommitmentDetail = unstable_cache(
  async (slug: string, locale: ContentLocale, asOf: string): Promise<PreparedBody | null> => {
    const ctx = { ...serialiseContext(locale), asOf };
    const commitment = await getCommitmentBySlug({ slug, asOf, locale });
    if (!commitment) return null;
    return prepareJson({
      data: serialiseCommitmentDetail(ctx, commitment),
      meta: { as_of: asOf, stale_after_days: ctx.staleAfterDays, locale },
    });
  },
  ['open-data-commitment-detail'],
  { tags: [PUBLIC_DATA_TAG], revalidate: PUBLIC_REVALIDATE_SECONDS },
);
