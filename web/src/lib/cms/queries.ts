/** Portal reads, each returning domain types. React's cache() dedupes calls within one render. */
import { cache } from 'react';
import {
  AdminUnitsDocument,
  ArticleLocalizationsDocument,
  ArticlePageDocument,
  CategoryLocalizationsDocument,
  CategoryPageDocument,
  FeedArticlesDocument,
  HomePageDocument,
  MapLayersDocument,
  OrganisationPageDocument,
  RelatedArticlesDocument,
  SitemapCategoriesDocument,
  SiteFrameDocument,
} from '@/graphql/generated';
import { parsePath, routes, type Locale } from '../routes';
import { cmsQuery, tags } from './client';
import {
  alternatesOf,
  toAdminUnits,
  toArticle,
  toArticleSummary,
  toCategoryListing,
  toFeedItems,
  toHomeContent,
  toMapLayers,
  toOrganisation,
  toSiteFrame,
} from './mappers';

export const CATEGORY_PAGE_SIZE = 10;

export const getSiteFrame = cache(async (locale: Locale) => toSiteFrame(await cmsQuery(SiteFrameDocument, { locale }, [])));

export const getHome = cache(async (locale: Locale) =>
  toHomeContent(await cmsQuery(HomePageDocument, { locale }, [tags.articles(locale)])),
);

export const getArticle = cache(async (locale: Locale, slug: string) =>
  toArticle(await cmsQuery(ArticlePageDocument, { locale, slug }, [tags.article(locale, slug)]), locale),
);

export async function getRelated(locale: Locale, category: string, exclude: string) {
  const data = await cmsQuery(RelatedArticlesDocument, { locale, category, exclude }, [tags.articles(locale)]);
  return data.articles.flatMap((a) => (a ? [toArticleSummary(a)] : []));
}

export const getCategory = cache(async (locale: Locale, slug: string, page: number) =>
  toCategoryListing(
    await cmsQuery(CategoryPageDocument, { locale, slug, page, pageSize: CATEGORY_PAGE_SIZE }, [tags.articles(locale)]),
    locale,
  ),
);

export const getOrganisation = cache(async (locale: Locale) => toOrganisation(await cmsQuery(OrganisationPageDocument, { locale }, [])));

export async function getFeed(locale: Locale, page = 1, pageSize = 20) {
  const data = await cmsQuery(FeedArticlesDocument, { locale, page, pageSize }, [tags.articles(locale)]);
  return { items: toFeedItems(data), pageCount: data.articles_connection?.pageInfo.pageCount ?? 1 };
}

export async function getSitemapCategories(locale: Locale) {
  const data = await cmsQuery(SitemapCategoriesDocument, { locale }, []);
  return data.categories.flatMap((c) => (c ? [{ slug: c.slug, updatedAt: c.updatedAt }] : []));
}

/**
 * Where the language switch goes: the same article or category in the other locale when it has been
 * translated, otherwise that locale's home page.
 */
export async function alternatePath(from: string, to: Locale): Promise<string> {
  const parsed = parsePath(from);
  if (!parsed) return routes.home(to);
  if (parsed.kind === 'organisation') return routes.organisation(to);
  if (parsed.kind === 'map') return routes.map(to);
  if (parsed.kind === 'article') {
    const data = await cmsQuery(ArticleLocalizationsDocument, { locale: parsed.locale, slug: parsed.slug }, [tags.article(parsed.locale, parsed.slug)]);
    const found = data.articles[0];
    const slug = found ? alternatesOf(parsed.locale, parsed.slug, found.localizations)[to] : undefined;
    return slug ? routes.article(to, slug) : routes.home(to);
  }
  if (parsed.kind === 'category') {
    const data = await cmsQuery(CategoryLocalizationsDocument, { locale: parsed.locale, slug: parsed.slug }, []);
    const found = data.categories[0];
    const slug = found ? alternatesOf(parsed.locale, parsed.slug, found.localizations)[to] : undefined;
    return slug ? routes.category(to, slug) : routes.home(to);
  }
  return routes.home(to);
}

export const getMapLayers = cache(async (locale: Locale) => toMapLayers(await cmsQuery(MapLayersDocument, { locale }, [])));

/** All administrative units (a few hundred), page by page within the API's limit. */
export const getAdminUnits = cache(async () => {
  const first = await cmsQuery(AdminUnitsDocument, { page: 1 }, []);
  const pages = [first];
  for (let page = 2; page <= (first.adminUnits_connection?.pageInfo.pageCount ?? 1); page += 1) {
    pages.push(await cmsQuery(AdminUnitsDocument, { page }, []));
  }
  return toAdminUnits(pages.flatMap((p) => p.adminUnits_connection?.nodes ?? []));
});
