import { cachedListCommitmentsForOpenData } from '@/db/cache';
import { serialiseContext } from '@/lib/open-data/context';
import { errorResponse, jsonResponse, preflightResponse, withErrorHandling } from '@/lib/open-data/http';
import { checkPageInRange, parseCommitmentListQuery } from '@/lib/open-data/params';
import { appliedFilters, linkHeader, paginate, serialiseCommitment, withLocale } from '@/lib/open-data/serialise';
import { filtersToQuery } from '@/lib/filters';

export const dynamic = 'force-dynamic';

/** GET /api/v1/commitments: the list page's filters and order, one page at a time. */
export const GET = withErrorHandling('commitments', async (request: Request) => {
  const parsed = parseCommitmentListQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return errorResponse(parsed.error);
  const { filters, perPage, locale } = parsed.value;
  const ctx = serialiseContext(locale);
  const { rows, total } = await cachedListCommitmentsForOpenData({ filters, asOf: ctx.asOf, perPage, locale });
  const outOfRange = checkPageInRange(filters.page, total, perPage);
  if (outOfRange) return errorResponse(outOfRange);
  const pagination = paginate(ctx, filters, total, perPage);
  const csvQuery = withLocale(filtersToQuery({ ...filters, page: 1 }), locale);
  const body = {
    data: rows.map((row) => serialiseCommitment(ctx, row)),
    pagination,
    meta: { as_of: ctx.asOf, stale_after_days: ctx.staleAfterDays, locale, filters: appliedFilters(filters) },
    links: {
      csv: `${ctx.apiBase}/api/v1/commitments.csv${csvQuery}`,
      html: `${ctx.siteBase}${locale === 'en' ? '' : `/${locale}`}/commitments${filtersToQuery(filters)}`,
    },
  };
  return jsonResponse(request, body, { Link: linkHeader(pagination) });
});

export function OPTIONS() {
  return preflightResponse();
}
