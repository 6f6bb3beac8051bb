import { listMetrics } from '@/db/queries';
import { serialiseContext } from '@/lib/open-data/context';
import { errorResponse, jsonResponse, preflightResponse, withErrorHandling } from '@/lib/open-data/http';
import { parseNoQuery } from '@/lib/open-data/params';
import { observationsApiUrl } from '@/lib/open-data/serialise';

export const dynamic = 'force-dynamic';

/** GET /api/v1/metrics: every time series, so the observation endpoints can be found. */
export const GET = withErrorHandling('metrics', async (request: Request) => {
  const query = parseNoQuery(new URL(request.url).searchParams);
  if (!query.ok) return errorResponse(query.error);
  const ctx = serialiseContext();
  const metrics = await listMetrics();
  return jsonResponse(request, {
    data: metrics
      .toSorted((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
      .map((m) => ({
        slug: m.slug,
        name: m.name,
        unit: m.unit,
        observation_count: m.observations,
        links: { observations: observationsApiUrl(ctx, m.slug), csv: observationsApiUrl(ctx, m.slug, 'csv') },
      })),
    meta: { as_of: ctx.asOf },
  });
});

export function OPTIONS() {
  return preflightResponse();
}
