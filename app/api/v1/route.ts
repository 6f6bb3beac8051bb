import { serialiseContext } from '@/lib/open-data/context';
import { errorResponse, jsonResponse, preflightResponse, withErrorHandling } from '@/lib/open-data/http';
import { parseNoQuery } from '@/lib/open-data/params';

export const dynamic = 'force-dynamic';

/** GET /api/v1: where everything is, for someone exploring with curl. */
export const GET = withErrorHandling('index', async (request: Request) => {
  const query = parseNoQuery(new URL(request.url).searchParams);
  if (!query.ok) return errorResponse(query.error);
  const { apiBase, siteBase } = serialiseContext();
  return jsonResponse(request, {
    data: {
      commitments: `${apiBase}/api/v1/commitments`,
      commitment: `${apiBase}/api/v1/commitments/{slug}`,
      commitments_csv: `${apiBase}/api/v1/commitments.csv`,
      metrics: `${apiBase}/api/v1/metrics`,
      observations: `${apiBase}/api/v1/metrics/{slug}/observations`,
      observations_csv: `${apiBase}/api/v1/metrics/{slug}/observations.csv`,
      openapi: `${apiBase}/api/v1/openapi.json`,
      datapackage: `${apiBase}/api/v1/datapackage.json`,
      documentation: `${siteBase}/api`,
    },
  });
});

export function OPTIONS() {
  return preflightResponse();
}
