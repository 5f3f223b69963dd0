/**
 * GET /api/health: 200 while this web node serves requests, without calling the CMS or Redis — for an
 * active health checker in front of several nodes (nginx itself checks passively: config/nginx/portal.conf).
 */
export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
}
