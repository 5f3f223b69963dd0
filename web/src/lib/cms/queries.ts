/** Portal reads, each returning domain types. React's cache() dedupes calls within one render. */
import { cache } from 'react';
import {
  AdminUnitsDocument,
  ArticleLocalizationsDocument,
  ArticlePageDocument,
  CategoryLocalizationsDocument,
  CategoryPageDocument,
  DocumentFacetsDocument,
  DocumentPageDocument,
  DocumentRegisterDocument,
  DocumentSearchDocument,
  DossierStatisticsDocument,
  FeedArticlesDocument,
  HomePageDocument,
  MapLayersDocument,
  OrganisationPageDocument,
  RelatedArticlesDocument,
  SiteFrameDocument,
} from '@/graphql/generated';
import { registerQuery, type RegisterFilters } from '../documents';
import { parsePath, routes, type Locale } from '../routes';
import { cmsQuery, tags } from './client';
import {
  alternatesOf,
  toAdminUnits,
  toArticle,
  toArticleSummary,
  toCategoryListing,
  toDossierRows,
  toFeedItems,
  toHomeContent,
  toMapLayers,
  toOfficialDocument,
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

/** Query parameters that mean the same in both languages, kept when switching (a search stays a search). */
const KEPT_PARAMS = { search: ['q', 'from', 'to', 'sort'], documents: ['q', 'type', 'field', 'year'] } as const;

function keptQuery(query: string, keep: readonly string[]): string {
  const params = new URLSearchParams(query);
  const kept = new URLSearchParams();
  for (const key of keep) {
    const value = params.get(key);
    if (value) kept.set(key, value);
  }
  const text = kept.toString();
  return text ? `?${text}` : '';
}

/**
 * Where the language switch goes: the same article or category in the other locale when it has been
 * translated, otherwise that locale's home page. A search or a filtered register keeps its query.
 */
export async function alternatePath(fromPathAndQuery: string, to: Locale): Promise<string> {
  const [from = '/', query = ''] = fromPathAndQuery.split('?', 2);
  const parsed = parsePath(from);
  if (!parsed) return routes.home(to);
  if (parsed.kind === 'organisation') return routes.organisation(to);
  if (parsed.kind === 'map') return routes.map(to);
  if (parsed.kind === 'documents') return routes.documents(to, keptQuery(query, KEPT_PARAMS.documents));
  if (parsed.kind === 'dossiers') return routes.dossiers(to);
  if (parsed.kind === 'partners') return routes.partners(to);
  if (parsed.kind === 'search') return routes.search(to, keptQuery(query, KEPT_PARAMS.search));
  if (parsed.kind === 'document') return routes.document(to, parsed.slug); // the number-based slug is shared
  if (parsed.kind === 'article') {
    // Read fresh: revalidation serves a stale entry once, which would send the first click after a
    // translation is published to the home page.
    const data = await cmsQuery(ArticleLocalizationsDocument, { locale: parsed.locale, slug: parsed.slug }, [], { fresh: true });
    const found = data.articles[0];
    const slug = found ? alternatesOf(parsed.locale, parsed.slug, found.localizations)[to] : undefined;
    return slug ? routes.article(to, slug) : routes.home(to);
  }
  if (parsed.kind === 'category') {
    const data = await cmsQuery(CategoryLocalizationsDocument, { locale: parsed.locale, slug: parsed.slug }, [], { fresh: true });
    const found = data.categories[0];
    const slug = found ? alternatesOf(parsed.locale, parsed.slug, found.localizations)[to] : undefined;
    return slug ? routes.category(to, slug) : routes.home(to);
  }
  return routes.home(to);
}

export const getMapLayers = cache(async (locale: Locale) => toMapLayers(await cmsQuery(MapLayersDocument, { locale }, [])));

/** Every page of a paged CMS list (the API returns at most 100 rows a request). */
async function allPages<T>(fetchPage: (page: number) => Promise<{ rows: T[]; pageCount: number }>): Promise<T[]> {
  const first = await fetchPage(1);
  const rows = [...first.rows];
  for (let page = 2; page <= first.pageCount; page += 1) rows.push(...(await fetchPage(page)).rows);
  return rows;
}

/** All administrative units (a few hundred). */
export const getAdminUnits = cache(async () =>
  toAdminUnits(
    await allPages(async (page) => {
      const data = await cmsQuery(AdminUnitsDocument, { page }, []);
      return { rows: data.adminUnits_connection?.nodes ?? [], pageCount: data.adminUnits_connection?.pageInfo.pageCount ?? 1 };
    }),
  ),
);

export const DOCUMENTS_PAGE_SIZE = 20;

/** At most this many search pages (50 documents each) feed the register's text filter. */
const DOCUMENT_SEARCH_PAGES = 20;

/** The documents the site search finds for the register's text filter (its ids, best first). */
async function documentMatches(locale: Locale, query: string): Promise<string[]> {
  const pages = await allPages(async (page) => {
    const data = await cmsQuery(DocumentSearchDocument, { query, locale, page }, []);
    return { rows: data.search.hits.map((hit) => hit.documentId), pageCount: Math.min(data.search.pageCount, DOCUMENT_SEARCH_PAGES) };
  });
  return [...new Set(pages)];
}

export async function getDocumentRegister(locale: Locale, filters: RegisterFilters) {
  const matches = filters.q ? await documentMatches(locale, filters.q) : [];
  const data = await cmsQuery(
    DocumentRegisterDocument,
    { locale, filters: registerQuery(filters, matches), page: filters.page, pageSize: DOCUMENTS_PAGE_SIZE },
    [],
  );
  const info = data.officialDocuments_connection?.pageInfo;
  return {
    documents: (data.officialDocuments_connection?.nodes ?? []).map(toOfficialDocument),
    page: info?.page ?? 1,
    pageCount: Math.max(1, info?.pageCount ?? 1),
    total: info?.total ?? 0,
  };
}

/** Issuers and years present in the register, for the filter menus. */
export async function getDocumentFacets(locale: Locale) {
  const data = await cmsQuery(DocumentFacetsDocument, { locale }, []);
  const rows = data.officialDocuments.flatMap((d) => (d ? [d] : []));
  return {
    issuers: [...new Set(rows.map((d) => d.issuingBody))].sort((a, b) => a.localeCompare(b, 'vi')),
    years: [...new Set(rows.map((d) => Number(d.issueDate.slice(0, 4))))].sort((a, b) => b - a),
  };
}

export const getDocument = cache(async (locale: Locale, slug: string) => {
  const data = await cmsQuery(DocumentPageDocument, { locale, slug }, []);
  const raw = data.officialDocuments[0];
  return raw ? toOfficialDocument(raw) : null;
});

/** Every dossier figure (one row per period and unit). */
export const getDossierRows = cache(async () =>
  toDossierRows(
    await allPages(async (page) => {
      const data = await cmsQuery(DossierStatisticsDocument, { page }, []);
      return {
        rows: data.dossierStatistics_connection?.nodes ?? [],
        pageCount: data.dossierStatistics_connection?.pageInfo.pageCount ?? 1,
      };
    }),
  ),
);
