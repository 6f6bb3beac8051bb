import { z } from 'zod';
import { getArchiveCopy } from '@/db/queries';
import { env } from '@/lib/env';
import { storedCopyHeaders } from '@/lib/security-headers';

const idSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/**
 * The archived copy of an evidence address, byte for byte as fetched (its sha256 is the one
 * shown beside the link). A copy never changes once stored, so it is cacheable forever. Public,
 * like the pages that link to it.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const parsed = idSchema.safeParse((await params).id);
  if (!parsed.success) return Response.json({ error: 'id must be a positive whole number' }, { status: 400 });
  const copy = await getArchiveCopy({ id: parsed.data });
  if (!copy) return Response.json({ error: `no archived copy ${parsed.data}` }, { status: 404 });
  const etag = `"${copy.sha256}"`;
  const headers = {
    ...storedCopyHeaders({ contentType: copy.contentType, siteUrl: env().SITE_URL }),
    // No charset: the page's own <meta charset> says it (many of the region's sites are not UTF-8).
    'Content-Type': copy.contentType,
    'Content-Disposition': 'inline',
    'Cache-Control': 'public, max-age=31536000, immutable',
    ETag: etag,
    'X-Content-SHA256': copy.sha256,
    'X-Archived-At': copy.fetchedAt,
    'X-Archived-From': encodeURI(copy.finalUrl ?? copy.url),
  };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(copy.body), { headers });
}
