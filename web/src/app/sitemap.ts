import type { MetadataRoute } from 'next';
import { getFeed, getSitemapCategories } from '@/lib/cms/queries';
import { LOCALES, routes } from '@/lib/routes';
import { absolute } from '@/lib/site';

export const dynamic = 'force-dynamic';

const PAGE = 100; // the CMS's maxLimit
const MAX_URLS = 45_000; // one sitemap file holds at most 50,000 URLs

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const entries: MetadataRoute.Sitemap = [];
  for (const locale of LOCALES) {
    entries.push({ url: absolute(routes.home(locale)), changeFrequency: 'hourly', priority: 1 });
    entries.push({ url: absolute(routes.organisation(locale)), changeFrequency: 'monthly', priority: 0.5 });
    entries.push({ url: absolute(routes.map(locale)), changeFrequency: 'monthly', priority: 0.5 });
    entries.push({ url: absolute(routes.documents(locale)), changeFrequency: 'weekly', priority: 0.6 });
    entries.push({ url: absolute(routes.dossiers(locale)), changeFrequency: 'monthly', priority: 0.5 });
    for (const c of await getSitemapCategories(locale)) {
      entries.push({ url: absolute(routes.category(locale, c.slug)), lastModified: c.updatedAt ?? undefined, changeFrequency: 'daily', priority: 0.6 });
    }
    for (let page = 1, pageCount = 1; page <= pageCount && entries.length < MAX_URLS; page += 1) {
      const feed = await getFeed(locale, page, PAGE);
      pageCount = feed.pageCount;
      for (const item of feed.items) {
        entries.push({ url: absolute(routes.article(locale, item.slug)), lastModified: item.updatedAt ?? item.date, changeFrequency: 'weekly', priority: 0.8 });
      }
    }
  }
  return entries;
}
