import { NextResponse, type NextRequest } from 'next/server';
import { oversizedFormMessage } from './lib/action-limits';

// An early redirect for people who are plainly not signed in. It is not the security
// boundary: every editor page and server action re-checks the user in the database.
// It also refuses server-action forms over the size limit with a 413 (see lib/action-limits.ts);
// an action can be posted to any page, so that check runs wherever a Next-Action header is.
export function proxy(request: NextRequest) {
  if (request.headers.has('next-action')) {
    const tooLarge = oversizedFormMessage(request.headers.get('content-length'));
    if (tooLarge) return new NextResponse(tooLarge, { status: 413, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
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

export const config = {
  matcher: ['/editor/:path*', { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] }],
};
