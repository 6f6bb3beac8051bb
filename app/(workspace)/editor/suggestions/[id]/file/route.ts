import { z } from 'zod';
import { getSuggestionFile } from '@/db/queries';
import { authorize } from '@/lib/server/access';
import { env } from '@/lib/env';
import { sniffEvidenceFile } from '@/lib/file-sniff';
import { storedCopyHeaders } from '@/lib/security-headers';

const idSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** A reader's file, for editors only (it is not published until an editor accepts it into an update). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const access = await authorize({});
  if (!access.ok)
    return Response.json(
      { error: access.denial === 'signed-out' ? 'sign in first' : 'not allowed' },
      { status: access.denial === 'signed-out' ? 401 : 403 },
    );
  const parsed = idSchema.safeParse((await params).id);
  if (!parsed.success) return Response.json({ error: 'id must be a positive whole number' }, { status: 400 });
  const file = await getSuggestionFile({ id: parsed.data });
  if (!file) return Response.json({ error: `suggestion ${parsed.data} has no file` }, { status: 404 });
  const type = sniffEvidenceFile(file.bytes);
  if (type === null) return Response.json({ error: 'the file is not a PDF or an image' }, { status: 415 });
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      ...storedCopyHeaders({ contentType: type, siteUrl: env().SITE_URL }),
      'Content-Type': type,
      'Content-Disposition': `inline; filename="${file.name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
