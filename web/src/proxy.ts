import { NextResponse, type NextRequest } from 'next/server';
import { addressProblem, errorPagePath } from '@/lib/bad-address';
import { contentSecurityPolicy, newNonce, NONCE_HEADER } from '@/lib/security/headers';

/**
 * Runs before routing, for two things:
 * - Addresses the app's routes cannot answer well are sent to the portal's own error page, in the
 *   visitor's language: a malformed one (a truncated shared link such as /vi/tin-tuc/abc%) gets 400,
 *   one outside /vi and /en (/tin-tuc/abc, /index.php, /xx/anything) gets 404, a page's query parameter
 *   holding a control character (/vi/van-ban?q=a%00) gets 400 rather than a 500 from the CMS.
 * - Every document gets a Content-Security-Policy with a fresh nonce: Next.js reads it from the
 *   request's `Content-Security-Policy` header and puts it on the scripts it renders (React pages are
 *   rendered per request for that reason: see app/[locale]/layout.tsx). What a client sent under those
 *   names is dropped first, so a forged nonce never reaches Next. The answer names its nonce in
 *   X-Portal-Nonce for the nginx front, which replaces it with a fresh one on every answer it gives from
 *   its micro-cache (config/nginx/portal.conf) and never passes the header on.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.delete('content-security-policy');
  headers.delete('x-nonce');
  // Query strings are checked on pages only: API routes answer bad input with their own JSON errors.
  const search = isDocument(request) ? request.nextUrl.search : '';
  const problem = addressProblem(request.nextUrl.pathname, request.headers.get('accept-language'), search);
  if (!problem && !isDocument(request)) return NextResponse.next({ request: { headers } });

  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', policy);
  const response = problem
    ? NextResponse.rewrite(new URL(errorPagePath(problem), request.url), { request: { headers } })
    : NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  response.headers.set(NONCE_HEADER, nonce);
  return response;
}

/**
 * Static files, uploads and API routes need no policy of their own; the draft preview sets its own (the
 * admin frames it). Prefetches and client-router requests get one like any document: what the request
 * says about itself (Purpose, Next-Router-Prefetch) never decides whether an answer carries the policy.
 */
const NOT_DOCUMENT =
  /^\/(?:_next\/static|_next\/image|uploads\/|api\/|preview(?:\/|$)|favicon\.ico|portal\.|reviews\.|search\.css|vendor\/)/;
function isDocument(request: NextRequest): boolean {
  return !NOT_DOCUMENT.test(request.nextUrl.pathname);
}

export const config = {
  // Next's own files never need either check.
  matcher: ['/((?!_next/).*)'],
};
