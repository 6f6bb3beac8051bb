import { checkDatabase } from '@/db/queries';

export const dynamic = 'force-dynamic';

/** Liveness and database reachability, for Playwright's web server and for monitoring. */
export async function GET() {
  try {
    const { commitments } = await checkDatabase();
    return Response.json({ ok: true, commitments }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    console.error('Health check failed', error);
    return Response.json({ ok: false, error: 'database unavailable' }, { status: 503, headers: { 'Cache-Control': 'no-store' } });
  }
}
