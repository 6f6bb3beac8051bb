import { errorResponse } from '@/lib/open-data/http';

export const dynamic = 'force-dynamic';

/** Anything else under /api/v1 answers in the API's own JSON, not with the site's HTML 404 page. */
export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const path = (await params).path.join('/');
  return errorResponse({
    status: 404,
    code: 'not_found',
    message: `There is no endpoint /api/v1/${path}; GET /api/v1 lists them.`,
    parameter: null,
  });
}
