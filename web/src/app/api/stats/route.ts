/**
 * Live visit figures for portal.js (same origin, so no CORS): the CMS's visit-counter read API, which
 * caches them for a few seconds itself. Not kept in Next's data cache: its stale-while-revalidate would
 * show a quiet portal's reader the figures of the previous visit. `?article=<documentId>` adds that
 * article's views.
 */
import { CMS_URL } from '@/lib/cms/client';

export const dynamic = 'force-dynamic';

const ID = /^[a-z0-9]{20,40}$/;

async function cms<T>(path: string): Promise<T | null> {
  try {
    const res = await fetch(`${CMS_URL}${path}`, { cache: 'no-store' });
    if (!res.ok) return null;
    return ((await res.json()) as { data: T }).data;
  } catch {
    return null;
  }
}

export async function GET(request: Request) {
  const article = new URL(request.url).searchParams.get('article');
  if (article !== null && !ID.test(article)) {
    return Response.json({ error: 'invalid article id' }, { status: 400 });
  }
  const [site, views] = await Promise.all([
    cms<{ total: number; online: number; today: { hits: number; visitors: number } }>('/api/visit-counter/stats'),
    article ? cms<{ views: number }>(`/api/visit-counter/articles/${article}`) : null,
  ]);
  if (!site) return Response.json({ error: 'statistics unavailable' }, { status: 503, headers: { 'Cache-Control': 'no-store' } });
  return Response.json(
    {
      total: site.total,
      online: site.online,
      todayHits: site.today.hits,
      todayVisitors: site.today.visitors,
      ...(views ? { articleViews: views.views } : {}),
    },
    { headers: { 'Cache-Control': 'public, max-age=5' } },
  );
}
