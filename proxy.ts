import { NextResponse, type NextRequest } from 'next/server';

// An early redirect for people who are plainly not signed in. It is not the security
// boundary: every editor page and server action re-checks the user in the database.
export function proxy(request: NextRequest) {
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

export const config = { matcher: ['/editor/:path*'] };
