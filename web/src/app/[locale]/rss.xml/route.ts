import { getFeed, getSiteFrame } from '@/lib/cms/queries';
import { renderRss } from '@/lib/feed';
import { getMessages } from '@/lib/i18n/messages';
import { isLocale } from '@/lib/routes';

// Rendered per request from cached CMS data (tagged, revalidated on publish): nothing at build time.
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const [frame, feed] = await Promise.all([getSiteFrame(locale), getFeed(locale, 1, 20)]);
  const t = getMessages(locale);
  const xml = renderRss({
    locale,
    title: `${frame.portalName} — ${t.rssTitle}`,
    description: frame.tagline ?? frame.portalName,
    items: feed.items,
  });
  return new Response(xml, {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8', 'cache-control': 'public, max-age=60, stale-while-revalidate=600' },
  });
}
