import { todayIso } from '@/lib/clock';
import { cachedCommitmentDetail } from '@/lib/server/open-data-cache';
import { errorResponse, preparedJsonResponse, preflightResponse, withErrorHandling } from '@/lib/open-data/http';
import { notFound, parseDetailQuery, parseSlug } from '@/lib/open-data/params';
import { apiAsOf, PAST_DAY_CACHE_CONTROL, rewoundCommitmentBody } from '@/lib/server/rewind-cache';

export const dynamic = 'force-dynamic';

/** GET /api/v1/commitments/{slug}: the commitment page's data, from the same query the page uses (cached per save); with ?as_of=, as it stood at the end of that day. */
export const GET = withErrorHandling('commitment', async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const query = parseDetailQuery(new URL(request.url).searchParams);
  if (!query.ok) return errorResponse(query.error);
  const slug = parseSlug((await params).slug);
  if (!slug.ok) return errorResponse(slug.error);
  const asOf = await apiAsOf(query.value.asOf);
  if (!asOf.ok) return errorResponse(asOf.error);
  if (asOf.day !== null) {
    // The commitment as the tracker showed it at the end of that day (db/rewind.ts).
    const past = await rewoundCommitmentBody(asOf.day, slug.value, query.value.locale);
    if (!past) return errorResponse({ ...notFound('commitment', slug.value), message: `No commitment had the slug “${slug.value}” on ${asOf.day}.` });
    return preparedJsonResponse(request, past, { 'Cache-Control': PAST_DAY_CACHE_CONTROL });
  }
  const prepared = await cachedCommitmentDetail(slug.value, query.value.locale, todayIso());
  if (!prepared) return errorResponse(notFound('commitment', slug.value));
  return preparedJsonResponse(request, prepared);
});

export function OPTIONS() {
  return preflightResponse();
}
