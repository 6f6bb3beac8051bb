import { listMetrics } from '@/db/queries';
import { serialiseContext } from '@/lib/open-data/context';
import { buildDataPackage } from '@/lib/open-data/datapackage';
import { errorResponse, jsonResponse, preflightResponse, withErrorHandling } from '@/lib/open-data/http';
import { parseNoQuery } from '@/lib/open-data/params';

export const dynamic = 'force-dynamic';

/** GET /api/v1/datapackage.json: the CSV files as a Frictionless Tabular Data Package (lib/open-data/datapackage.ts). */
export const GET = withErrorHandling('datapackage.json', async (request: Request) => {
  const query = parseNoQuery(new URL(request.url).searchParams);
  if (!query.ok) return errorResponse(query.error);
  const { siteBase } = serialiseContext();
  // One resource per metric: the list is one indexed read, as GET /api/v1/metrics makes it.
  const metrics = await listMetrics();
  return jsonResponse(request, buildDataPackage({ siteBase, metrics }));
});

export function OPTIONS() {
  return preflightResponse();
}
