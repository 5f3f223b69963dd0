import { getSitemapCounts } from '@/lib/cms/sitemap';
import { renderSitemapIndex, sitemapFiles } from '@/lib/sitemap';

// Built per request from the cached CMS counts (tagged, revalidated on publish): nothing at build time.
export const dynamic = 'force-dynamic';

/** The sitemap index: one file of fixed pages per locale, and per locale and type the CMS's slices. */
export async function GET() {
  const { counts, pageSize } = await getSitemapCounts();
  return new Response(renderSitemapIndex(sitemapFiles(counts, pageSize)), {
    headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=300, stale-while-revalidate=3600' },
  });
}
