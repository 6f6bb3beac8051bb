import { getCommitmentBySlug } from '@/db/queries';
import { serialiseContext } from '@/lib/open-data/context';
import { errorResponse, jsonResponse, preflightResponse, withErrorHandling } from '@/lib/open-data/http';
import { notFound, parseLocaleQuery, parseSlug } from '@/lib/open-data/params';
import { serialiseCommitmentDetail } from '@/lib/open-data/serialise';

export const dynamic = 'force-dynamic';

/** GET /api/v1/commitments/{slug}: the commitment page's data, from the same query the page uses. */
export const GET = withErrorHandling(
  'commitment',
  async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
    const locale = parseLocaleQuery(new URL(request.url).searchParams);
    if (!locale.ok) return errorResponse(locale.error);
    const slug = parseSlug((await params).slug);
    if (!slug.ok) return errorResponse(slug.error);
    const ctx = serialiseContext(locale.value);
    const commitment = await getCommitmentBySlug({ slug: slug.value, asOf: ctx.asOf, locale: locale.value });
    if (!commitment) return errorResponse(notFound('commitment', slug.value));
    return jsonResponse(request, {
      data: serialiseCommitmentDetail(ctx, commitment),
      meta: { as_of: ctx.asOf, stale_after_days: ctx.staleAfterDays, locale: locale.value },
    });
  },
);

export function OPTIONS() {
  return preflightResponse();
}
