import { todayIso } from '@/lib/clock';
import { cachedCommitmentDetail } from '@/lib/open-data/cached';
import { errorResponse, preparedJsonResponse, preflightResponse, withErrorHandling } from '@/lib/open-data/http';
import { notFound, parseLocaleQuery, parseSlug } from '@/lib/open-data/params';

export const dynamic = 'force-dynamic';

/** GET /api/v1/commitments/{slug}: the commitment page's data, from the same query the page uses (cached per save). */
export const GET = withErrorHandling(
  'commitment',
  async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
    const locale = parseLocaleQuery(new URL(request.url).searchParams);
    if (!locale.ok) return errorResponse(locale.error);
    const slug = parseSlug((await params).slug);
    if (!slug.ok) return errorResponse(slug.error);
    const prepared = await cachedCommitmentDetail(slug.value, locale.value, todayIso());
    if (!prepared) return errorResponse(notFound('commitment', slug.value));
    return preparedJsonResponse(request, prepared);
  },
);

export function OPTIONS() {
  return preflightResponse();
}
