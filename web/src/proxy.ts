import { NextResponse, type NextRequest } from 'next/server';
import { addressProblem, errorPagePath } from '@/lib/bad-address';

/**
 * Addresses the app's routes cannot answer well are sent to the portal's own error page, in the
 * visitor's language: a malformed one (a truncated shared link such as /vi/tin-tuc/abc%) gets 400,
 * one outside /vi and /en (/tin-tuc/abc, /index.php, /xx/anything) gets 404. Everything else passes.
 */
export function proxy(request: NextRequest) {
  const problem = addressProblem(request.nextUrl.pathname, request.headers.get('accept-language'));
  if (!problem) return NextResponse.next();
  const target = new URL(errorPagePath(problem), request.url);
  return NextResponse.rewrite(target);
}

export const config = {
  // Next's own files never need the check.
  matcher: ['/((?!_next/).*)'],
};
