import { getMetricForOpenData } from '@/db/queries';
import { serialiseContext } from '@/lib/open-data/context';
import { errorResponse } from '@/lib/open-data/http';
import { notFound, parseLocaleQuery, parseSlug } from '@/lib/open-data/params';
import { serialiseObservation, type SerialiseContext } from '@/lib/open-data/serialise';

type Loaded = NonNullable<Awaited<ReturnType<typeof getMetricForOpenData>>>;

/** The JSON and CSV observation endpoints read and check their input the same way. */
export async function loadMetric(
  request: Request,
  params: Promise<{ slug: string }>,
): Promise<{ response: Response } | { ctx: SerialiseContext; metric: Loaded }> {
  const locale = parseLocaleQuery(new URL(request.url).searchParams);
  if (!locale.ok) return { response: errorResponse(locale.error) };
  const slug = parseSlug((await params).slug);
  if (!slug.ok) return { response: errorResponse(slug.error) };
  const metric = await getMetricForOpenData({ slug: slug.value, locale: locale.value });
  if (!metric) return { response: errorResponse(notFound('metric', slug.value)) };
  return { ctx: serialiseContext(locale.value), metric };
}

export function metricObservations(ctx: SerialiseContext, metric: Loaded) {
  return metric.observations.map((o) => serialiseObservation(ctx, o));
}
