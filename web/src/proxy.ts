import { NextResponse, type NextRequest } from 'next/server';
import { addressProblem, errorPagePath } from '@/lib/bad-address';
import { contentSecurityPolicy, newNonce } from '@/lib/security/headers';

/**
 * Runs before routing, for two things:
 * - Addresses the app's routes cannot answer well are sent to the portal's own error page, in the
 *   visitor's language: a malformed one (a truncated shared link such as /vi/tin-tuc/abc%) gets 400,
 *   one outside /vi and /en (/tin-tuc/abc, /index.php, /xx/anything) gets 404.
 * - Every document gets a Content-Security-Policy with a fresh nonce: Next.js reads it from the
 *   request's `Content-Security-Policy` header and puts it on the scripts it renders (React pages are
 *   rendered per request for that reason: see app/[locale]/layout.tsx).
 */
export function proxy(request: NextRequest) {
  const problem = addressProblem(request.nextUrl.pathname, request.headers.get('accept-language'));
  if (!problem && !isDocument(request)) return NextResponse.next();

  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', policy);
  const response = problem
    ? NextResponse.rewrite(new URL(errorPagePath(problem), request.url), { request: { headers } })
    : NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

/**
 * Static files, uploads, API routes and prefetches need no policy of their own; the draft preview sets
 * its own (the admin frames it).
 */
const NOT_DOCUMENT =
  /^\/(?:_next\/static|_next\/image|uploads\/|api\/|preview(?:\/|$)|favicon\.ico|portal\.|reviews\.|search\.css|vendor\/)/;
function isDocument(request: NextRequest): boolean {
  if (request.headers.get('next-router-prefetch') || request.headers.get('purpose') === 'prefetch') return false;
  return !NOT_DOCUMENT.test(request.nextUrl.pathname);
}

export const config = {
  // Next's own files never need either check.
  matcher: ['/((?!_next/).*)'],
};
