import { z } from 'zod';
import { getEvidenceFile } from '@/db/queries';
import { env } from '@/lib/env';
import { sniffEvidenceFile } from '@/lib/file-sniff';
import { storedCopyHeaders } from '@/lib/security-headers';

const idSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** A file an editor attached as evidence, as uploaded. Its type was read from its bytes when saved. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const parsed = idSchema.safeParse((await params).id);
  if (!parsed.success) return Response.json({ error: 'id must be a positive whole number' }, { status: 400 });
  const file = await getEvidenceFile({ id: parsed.data });
  if (!file) return Response.json({ error: `no attached file ${parsed.data}` }, { status: 404 });
  // Read again from the bytes, never from the row alone: only the five types ever go out.
  const type = sniffEvidenceFile(file.body);
  if (type === null) return Response.json({ error: `attached file ${parsed.data} is not a PDF or an image` }, { status: 415 });
  const etag = `"${file.sha256}"`;
  const ascii = file.name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const headers = {
    ...storedCopyHeaders({ contentType: type, siteUrl: env().SITE_URL }),
    'Content-Type': type,
    'Content-Disposition': `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    'Cache-Control': 'public, max-age=31536000, immutable',
    ETag: etag,
    'X-Content-SHA256': file.sha256,
  };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(file.body), { headers });
}
