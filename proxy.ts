import { NextResponse, type NextRequest } from 'next/server';
import { oversizedFormMessage } from './lib/action-limits';
import { listRedirectTarget } from './lib/list-redirect';

// An early redirect for people who are plainly not signed in. It is not the security
// boundary: every editor page and server action re-checks the user in the database.
// It also refuses server-action forms over the size limit with a 413 (see lib/action-limits.ts);
// an action can be posted to any page, so that check runs wherever a Next-Action header is.
// And it sends the list's query-form views (/commitments?category=…) to their cached paths
// with a 308 (lib/list-redirect.ts); it runs for the list only when the address names a filter.
export function proxy(request: NextRequest) {
  if (request.headers.has('next-action')) {
    const tooLarge = oversizedFormMessage(request.headers.get('content-length'));
    if (tooLarge) return new NextResponse(tooLarge, { status: 413, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    return NextResponse.next();
  }
  if (request.method === 'GET' || request.method === 'HEAD') {
    const view = listRedirectTarget(request.nextUrl.pathname, request.nextUrl.searchParams);
    if (view !== null) return NextResponse.redirect(new URL(view, request.url), 308);
  }
  if (!/^\/editor(\/|$)/.test(request.nextUrl.pathname)) return NextResponse.next();
  // Only page visits are redirected. A POST (a server action) must reach the action,
  // which answers 401/403 itself, so a script gets a refusal rather than a sign-in page.
  if (request.method !== 'GET' && request.method !== 'HEAD') return NextResponse.next();
  const hasSession = request.cookies.has('authjs.session-token') || request.cookies.has('__Secure-authjs.session-token');
  if (!hasSession) {
    const url = new URL('/sign-in', request.url);
    url.searchParams.set('next', request.nextUrl.pathname);
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

// Written out: Next reads the matcher at build time and takes literals only. One entry per
// list parameter (lib/list-redirect.ts LIST_QUERY_KEYS; a test checks they agree), so the bare
// list, the most visited page after the dashboard, never pays for a proxy call.
export const config = {
  matcher: [
    '/editor/:path*',
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/:locale(en|ru|kk)?/commitments', has: [{ type: 'query', key: 'category' }] },
    { source: '/:locale(en|ru|kk)?/commitments', has: [{ type: 'query', key: 'status' }] },
    { source: '/:locale(en|ru|kk)?/commitments', has: [{ type: 'query', key: 'kind' }] },
    { source: '/:locale(en|ru|kk)?/commitments', has: [{ type: 'query', key: 'country' }] },
    { source: '/:locale(en|ru|kk)?/commitments', has: [{ type: 'query', key: 'sort' }] },
    { source: '/:locale(en|ru|kk)?/commitments', has: [{ type: 'query', key: 'page' }] },
    { source: '/:locale(en|ru|kk)?/commitments', has: [{ type: 'query', key: 'q' }] },
  ],
};
