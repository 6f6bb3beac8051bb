import { z } from 'zod';
import { getSnapshotPdf } from '@/db/queries';

const idSchema = z.coerce.number().int().positive();

/** The stored PDF, byte for byte. Snapshots never change, so they are cacheable forever. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const parsed = idSchema.safeParse((await params).id);
  if (!parsed.success) return Response.json({ error: 'id must be a positive whole number' }, { status: 400 });
  const snapshot = await getSnapshotPdf({ id: parsed.data });
  if (!snapshot) return Response.json({ error: `no snapshot ${parsed.data}` }, { status: 404 });
  const etag = `"${snapshot.sha256}"`;
  const headers = {
    'Content-Type': 'application/pdf',
    'Content-Disposition': `inline; filename="commitments-tracker-${snapshot.createdAt.slice(0, 10)}-${snapshot.id}.pdf"`,
    'Cache-Control': 'public, max-age=31536000, immutable',
    ETag: etag,
    'X-Content-SHA256': snapshot.sha256,
  };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(snapshot.pdf), { headers });
}
