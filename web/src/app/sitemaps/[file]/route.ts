import { getSitemapSlice } from '@/lib/cms/sitemap';
import { parseSitemapFileName, renderUrlSet, sliceEntries, staticEntries } from '@/lib/sitemap';

// Built per request from one cached CMS slice (tagged, revalidated on publish): nothing at build time.
export const dynamic = 'force-dynamic';

/** /sitemaps/<locale>-<type>-<n>.xml: fixed pages, or slice n of a locale's articles, categories or documents. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = parseSitemapFileName((await params).file);
  if (!file) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  let entries;
  if (file.kind === 'pages') {
    if (file.page !== 1) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    entries = staticEntries(file.locale);
  } else {
    const rows = await getSitemapSlice(file.kind, file.locale, file.page);
    if (!rows.length && file.page > 1)
      return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    entries = sliceEntries(file.kind, file.locale, rows);
  }
  return new Response(renderUrlSet(entries), {
    headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=300, stale-while-revalidate=3600' },
  });
}
