import { cachedListCommitmentsForOpenData } from '@/db/cache';
import { serialiseContext } from '@/lib/open-data/context';
import { errorResponse, jsonResponse, preflightResponse, withErrorHandling } from '@/lib/open-data/http';
import { checkPageInRange, parseCommitmentListQuery } from '@/lib/open-data/params';
import { appliedFilters, linkHeader, paginate, serialiseCommitment, withLocale } from '@/lib/open-data/serialise';
import { filtersToQuery } from '@/lib/filters';
import { listHref } from '@/lib/list-views';
import { apiAsOf, PAST_DAY_CACHE_CONTROL, rewoundList } from '@/lib/server/rewind-cache';

export const dynamic = 'force-dynamic';

/** GET /api/v1/commitments: the list page's filters and order, one page at a time. */
export const GET = withErrorHandling('commitments', async (request: Request) => {
  const parsed = parseCommitmentListQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return errorResponse(parsed.error);
  const { filters, perPage, locale } = parsed.value;
  const asOf = await apiAsOf(parsed.value.asOf);
  if (!asOf.ok) return errorResponse(asOf.error);
  const ctx = { ...serialiseContext(locale), ...(asOf.day !== null ? { asOf: asOf.day } : {}) };
  // With as_of, the list as the tracker showed it at the end of that day (db/rewind.ts).
  const { rows, total } =
    asOf.day !== null
      ? await rewoundList(asOf.day, { filters, perPage, locale })
      : await cachedListCommitmentsForOpenData({ filters, asOf: ctx.asOf, perPage, locale });
  const outOfRange = checkPageInRange(filters.page, total, perPage);
  if (outOfRange) return errorResponse(outOfRange);
  const pagination = paginate(ctx, filters, total, perPage, asOf.day);
  const csvQuery = withLocale(filtersToQuery({ ...filters, page: 1 }), locale);
  const body = {
    data: rows.map((row) => serialiseCommitment(ctx, row)),
    pagination,
    meta: { as_of: ctx.asOf, stale_after_days: ctx.staleAfterDays, locale, filters: appliedFilters(filters) },
    links: {
      csv: `${ctx.apiBase}/api/v1/commitments.csv${csvQuery}`,
      // The list page showing the same rows: the view's path, or the query form for a search.
      html: `${ctx.siteBase}${locale === 'en' ? '' : `/${locale}`}${listHref(filters)}`,
    },
  };
  return jsonResponse(request, body, { Link: linkHeader(pagination), ...(asOf.day !== null ? { 'Cache-Control': PAST_DAY_CACHE_CONTROL } : {}) });
});

export function OPTIONS() {
  return preflightResponse();
}
