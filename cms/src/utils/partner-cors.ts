/**
 * CORS for partner sites, given to `strapi::cors` (whose default answers any origin, with
 * credentials, on every route — the admin included). Only origins listed in CORS_ORIGINS get CORS
 * headers, and only on the read side of the content API: GET/HEAD on /api/* and /graphql, POST on
 * /graphql (reads by query; a write there still needs a token allowed to write, which partners never
 * get). The admin panel, its APIs, uploads and every REST write route get no CORS headers at all.
 * Credentials (cookies) are never allowed: partners send `Authorization: Bearer <API token>`.
 */
type Ctx = { method: string; path: string; get(name: string): string };

/** Methods a browser on a partner origin may use on this path; empty when the path stays closed. */
export function corsMethods(path: string): string[] {
  if (path === '/graphql') return ['GET', 'HEAD', 'POST'];
  if (path.startsWith('/api/')) return ['GET', 'HEAD'];
  return [];
}

/** `origin` option of strapi::cors: the configured origins where the route and method are open, else none. */
export function partnerOrigins(configured: string[]): (ctx: Ctx) => string[] {
  const origins = configured.map((o) => o.trim().replace(/\/$/, '')).filter((o) => o && o !== '*');
  return (ctx) => {
    const requested = ctx.method === 'OPTIONS' ? ctx.get('Access-Control-Request-Method').toUpperCase() : ctx.method;
    return corsMethods(ctx.path).includes(requested) ? origins : [];
  };
}

export const PARTNER_CORS = {
  credentials: false,
  methods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
  headers: ['Authorization', 'Content-Type', 'If-None-Match', 'Accept-Language', 'Apollo-Require-Preflight'],
  expose: ['ETag', 'Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'X-Query-Cost'],
  maxAge: 600,
};
