/**
 * The CMS's sitemap reads (GET /api/portal-sitemap[/:type], cms/src/api/sitemap): per type and locale,
 * how many entries there are and one slice of slug + last change + the other locale's slug. Cached in
 * Next's data cache under the tags a publish revalidates: articles under both locales' article tags
 * (a translation changes the other locale's hreflang), categories and documents under `site`.
 */
import type { Locale } from '../routes';
import { CMS_URL, CmsUnavailableError, REVALIDATE_SECONDS, tags, webKeyHeader } from './client';
import type { SitemapEntry, SitemapType } from './types';

const tagsOf = (type?: SitemapType): string[] => (type === 'articles' || !type ? [tags.articles('vi'), tags.articles('en')] : []);

async function cmsJson<T>(path: string, cacheTags: string[]): Promise<T> {
  try {
    const res = await fetch(`${CMS_URL}${path}`, {
      headers: webKeyHeader(),
      next: { revalidate: REVALIDATE_SECONDS, tags: [tags.site, ...cacheTags] },
    });
    if (!res.ok) throw new Error(`${path} answered ${res.status}`);
    return (await res.json()) as T;
  } catch (error) {
    throw new CmsUnavailableError(error);
  }
}

/** Published entries per type and locale, and how many go in one sitemap file. */
export async function getSitemapCounts(): Promise<{ counts: Record<SitemapType, Partial<Record<Locale, number>>>; pageSize: number }> {
  const body = await cmsJson<{ data: Record<SitemapType, Partial<Record<Locale, number>>>; meta: { pageSize: number } }>(
    '/api/portal-sitemap',
    tagsOf(),
  );
  return { counts: body.data, pageSize: body.meta.pageSize };
}

export async function getSitemapSlice(type: SitemapType, locale: Locale, page: number): Promise<SitemapEntry[]> {
  const body = await cmsJson<{ data: SitemapEntry[] }>(`/api/portal-sitemap/${type}?locale=${locale}&page=${page}`, tagsOf(type));
  return body.data;
}
