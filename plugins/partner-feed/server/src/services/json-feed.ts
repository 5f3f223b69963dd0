/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1) built from the `latest-news` persisted operation,
 * per locale and optionally per category. Links point at the web portal's localized article pages.
 */
import type { Lang } from '../messages.js';

interface ArticleCard {
  documentId: string;
  slug: string;
  title: string;
  summary?: string | null;
  publicationDate?: string | null;
  locale: string;
  cover?: { url: string; alternativeText?: string | null } | null;
  category?: { slug: string; name: string } | null;
  sourceUnit?: { name: string } | null;
}

const ARTICLE_SEGMENT: Record<Lang, string> = { vi: 'tin-tuc', en: 'news' };
const TITLE: Record<Lang, string> = { vi: 'Tin mới nhất', en: 'Latest news' };

const absolute = (base: string, url: string) => (/^https?:\/\//.test(url) ? url : `${base}${url.startsWith('/') ? '' : '/'}${url}`);

export function toJsonFeed(options: { lang: Lang; siteUrl: string; feedUrl: string; category?: string; articles: ArticleCard[] }) {
  const site = options.siteUrl.replace(/\/$/, '');
  const categoryName = options.category
    ? (options.articles.find((a) => a.category?.slug === options.category)?.category?.name ?? options.category)
    : '';
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: categoryName ? `${TITLE[options.lang]} — ${categoryName}` : TITLE[options.lang],
    home_page_url: `${site}/${options.lang}`,
    feed_url: options.feedUrl,
    language: options.lang,
    items: options.articles.map((a) => ({
      id: a.documentId,
      url: `${site}/${options.lang}/${ARTICLE_SEGMENT[options.lang]}/${a.slug}`,
      title: a.title,
      content_text: a.summary ?? a.title,
      ...(a.summary ? { summary: a.summary } : {}),
      ...(a.publicationDate ? { date_published: new Date(a.publicationDate).toISOString() } : {}),
      ...(a.cover?.url ? { image: absolute(site, a.cover.url) } : {}),
      ...(a.sourceUnit?.name ? { authors: [{ name: a.sourceUnit.name }] } : {}),
      ...(a.category?.name ? { tags: [a.category.name] } : {}),
      language: a.locale,
    })),
  };
}
