import { getCommitmentBySlug } from '@/db/queries';
import { serialiseContext } from '@/lib/open-data/context';
import { errorResponse, jsonResponse, preflightResponse, withErrorHandling } from '@/lib/open-data/http';
import { notFound, parseNoQuery, parseSlug } from '@/lib/open-data/params';
import { serialiseCommitmentDetail } from '@/lib/open-data/serialise';

export const dynamic = 'force-dynamic';

/** GET /api/v1/commitments/{slug}: the commitment page's data, from the same query the page uses. */
export const GET = withErrorHandling(
  'commitment',
  async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
    const query = parseNoQuery(new URL(request.url).searchParams);
    if (!query.ok) return errorResponse(query.error);
    const slug = parseSlug((await params).slug);
    if (!slug.ok) return errorResponse(slug.error);
    const ctx = serialiseContext(request);
    const commitment = await getCommitmentBySlug({ slug: slug.value, asOf: ctx.asOf });
    if (!commitment) return errorResponse(notFound('commitment', slug.value));
    return jsonResponse(request, {
      data: serialiseCommitmentDetail(ctx, commitment),
      meta: { as_of: ctx.asOf, stale_after_days: ctx.staleAfterDays },
    });
  },
);

export function OPTIONS() {
  return preflightResponse();
}
