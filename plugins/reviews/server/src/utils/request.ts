import type { Context } from 'koa';
import type { RequestInfo } from '../services/reviews';

/** What the plugin needs from a Koa request (REST controllers and GraphQL's koaContext). */
export function requestInfo(ctx: Context, cookieName: string): RequestInfo {
  return {
    req: ctx.req,
    userAgent: ctx.get('user-agent') ?? '',
    cookie: ctx.cookies.get(cookieName) ?? undefined,
  };
}

/**
 * Give the browser the portal's first-party visitor cookie when it has none (HttpOnly, a year), once the
 * person has rated: strictly necessary to remember their vote, never set on a visit (the privacy notice
 * says so). `Secure` when this request came over HTTPS; the web's route handler adds it for citizens on HTTPS.
 */
export function ensureVisitorCookie(ctx: Context, name: string, hasValid: boolean, make: () => string): void {
  if (hasValid) return;
  ctx.cookies.set(name, make(), {
    httpOnly: true,
    sameSite: 'lax',
    maxAge: 365 * 86_400_000,
    path: '/',
    overwrite: true,
    secure: ctx.request.secure,
  });
}
