import { compareDays } from '@/lib/server/compare';
import { asOfProblemMessage } from '@/lib/as-of';
import { checkComparedDays } from '@/lib/server/rewind-cache';
import { errorResponse, jsonResponse, preflightResponse, withErrorHandling } from '@/lib/open-data/http';
import { parseChangesQuery } from '@/lib/open-data/params';
import { serialiseContext } from '@/lib/open-data/context';
import { serialiseComparison } from '@/lib/open-data/serialise';

export const dynamic = 'force-dynamic';

/**
 * GET /api/v1/changes?from=&to=[&commitment=]: what moved between the ends of two days (verdicts,
 * stages, progress, terms) and the entries recorded in between; the compare page's data.
 */
export const GET = withErrorHandling('changes', async (request: Request) => {
  const query = parseChangesQuery(new URL(request.url).searchParams);
  if (!query.ok) return errorResponse(query.error);
  const { from, to, commitment, locale } = query.value;
  const checked = await checkComparedDays(from, to, commitment ?? undefined);
  if (!checked.ok) {
    const parameter = checked.problem === 'slug' ? 'commitment' : checked.value === to ? 'to' : 'from';
    const message =
      checked.problem === 'pair'
        ? `from (${from}) must be a day before to (${to}).`
        : checked.problem === 'slug'
          ? `Invalid commitment “${commitment}”: use the slug of a commitment's page.`
          : asOfProblemMessage(checked.problem, { day: checked.value, today: checked.today, firstDay: checked.firstDay }).replace(
              /^as_of/,
              parameter,
            );
    return errorResponse({ status: 400, code: 'invalid_parameter', parameter, message });
  }
  const comparison = await compareDays({ from: checked.from, to: checked.to, slug: checked.slug, locale });
  const ctx = serialiseContext(locale);
  return jsonResponse(request, { data: serialiseComparison(ctx, comparison), meta: { from: checked.from, to: checked.to, locale } });
});

export function OPTIONS() {
  return preflightResponse();
}
