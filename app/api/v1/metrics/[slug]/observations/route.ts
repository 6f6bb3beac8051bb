import { jsonResponse, preflightResponse, withErrorHandling } from '@/lib/open-data/http';
import { groupByPeriod, observationsApiUrl } from '@/lib/open-data/serialise';
import { loadMetric, metricObservations } from '../load-metric';

export const dynamic = 'force-dynamic';

/** GET /api/v1/metrics/{slug}/observations: every figure per period, from every source. */
export const GET = withErrorHandling('observations', async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const loaded = await loadMetric(request, params);
  if ('response' in loaded) return loaded.response;
  const { ctx, metric } = loaded;
  const observations = metricObservations(ctx, metric);
  const periods = groupByPeriod(observations);
  return jsonResponse(request, {
    data: {
      metric: {
        slug: metric.slug,
        name: metric.name,
        name_locale: metric.nameLocale,
        unit: metric.unit,
        unit_label: metric.unitLabel,
        description: metric.description,
      },
      periods,
    },
    meta: { as_of: ctx.asOf, locale: ctx.locale, observation_count: observations.length, period_count: periods.length },
    links: { self: observationsApiUrl(ctx, metric.slug), csv: observationsApiUrl(ctx, metric.slug, 'csv') },
  });
});

export function OPTIONS() {
  return preflightResponse();
}
