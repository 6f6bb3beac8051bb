import { safeFilename, toCsv } from '@/lib/open-data/csv';
import { csvResponse, preflightResponse, withErrorHandling } from '@/lib/open-data/http';
import { OBSERVATION_CSV_COLUMNS } from '@/lib/open-data/serialise';
import { loadMetric, metricObservations } from '../load-metric';

export const dynamic = 'force-dynamic';

/** GET /api/v1/metrics/{slug}/observations.csv: one row per observation, every source kept. */
export const GET = withErrorHandling('observations.csv', async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const loaded = await loadMetric(request, params);
  if ('response' in loaded) return loaded.response;
  const { ctx, metric } = loaded;
  const rows = metricObservations(ctx, metric).map((observation) => ({ metric, observation }));
  const named = [metric.slug, 'observations', ctx.locale === 'en' ? '' : ctx.locale];
  return csvResponse(request, toCsv(OBSERVATION_CSV_COLUMNS, rows), safeFilename(named, 'csv'));
});

export function OPTIONS() {
  return preflightResponse();
}
