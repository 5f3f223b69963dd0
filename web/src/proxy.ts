import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, newNonce } from '@/lib/security/headers';

/**
 * Every document gets a Content-Security-Policy with a fresh nonce: Next.js reads it from the
 * request's `Content-Security-Policy` header and puts it on the scripts it renders (React pages are
 * rendered per request for that reason: see app/[locale]/layout.tsx). Static files skip the proxy.
 */
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: [
    {
      source: '/((?!_next/static|_next/image|uploads/|api/|favicon.ico|portal\\.|reviews\\.|search\\.css|vendor/).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
