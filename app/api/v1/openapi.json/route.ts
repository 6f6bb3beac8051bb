import { serialiseContext } from '@/lib/open-data/context';
import { errorResponse, prepareJson, preparedJsonResponse, preflightResponse, withErrorHandling, type PreparedBody } from '@/lib/open-data/http';
import { buildOpenApiDocument } from '@/lib/open-data/openapi';
import { parseNoQuery } from '@/lib/open-data/params';

export const dynamic = 'force-dynamic';

// The document depends only on the code and the site's address: built, serialised and hashed
// once per address and process, then served like every other body (ETag, 304, CORS).
let prepared: { siteBase: string; body: PreparedBody } | undefined;

/** GET /api/v1/openapi.json: the OpenAPI 3.1 description of this API (lib/open-data/openapi.ts). */
export const GET = withErrorHandling('openapi.json', async (request: Request) => {
  const query = parseNoQuery(new URL(request.url).searchParams);
  if (!query.ok) return errorResponse(query.error);
  const { siteBase } = serialiseContext();
  if (prepared?.siteBase !== siteBase) prepared = { siteBase, body: prepareJson(buildOpenApiDocument({ siteBase })) };
  return preparedJsonResponse(request, prepared.body);
});

export function OPTIONS() {
  return preflightResponse();
}
