/**
 * Search results from the CMS (`search` GraphQL query of plugins/search). Never cached: every query is
 * different and the index is already in memory on the CMS side.
 */
import { CombinedGraphQLErrors } from '@apollo/client';
import { SearchDocument, type SearchQuery } from '@/graphql/generated';
import { routes, type Locale } from '../routes';
import { SEARCH_PAGE_SIZE, safeMarkedHtml, type SearchOutcome, type SearchParams, type SearchResultItem } from '../search';
import { getClient } from './client';

type Hit = SearchQuery['search']['hits'][number];

function toItem(hit: Hit, locale: Locale): SearchResultItem {
  const kind = hit.type === 'official-document' ? 'document' : 'article';
  return {
    key: `${hit.type}-${hit.documentId}`,
    kind,
    href: kind === 'document' ? routes.document(locale, hit.slug) : routes.article(locale, hit.slug),
    titleHtml: safeMarkedHtml(hit.titleHtml),
    snippetHtml: safeMarkedHtml(hit.snippetHtml),
    category: hit.category || null,
    date: hit.date ?? null,
  };
}

export async function searchPortal(locale: Locale, p: SearchParams): Promise<SearchOutcome> {
  try {
    const { data } = await getClient().query({
      query: SearchDocument,
      variables: {
        query: p.q,
        locale,
        category: p.category,
        from: p.from,
        to: p.to,
        page: p.page,
        pageSize: SEARCH_PAGE_SIZE,
        sort: p.sort,
      },
      fetchPolicy: 'no-cache',
      context: { fetchOptions: { cache: 'no-store' } },
    });
    if (!data) return { status: 'unavailable' };
    const { total, page, pageCount, hits, suggestion } = data.search;
    return {
      status: 'ok',
      total,
      page,
      pageCount,
      items: hits.map((hit) => toItem(hit, locale)),
      ...(suggestion ? { suggestion } : {}),
    };
  } catch (error) {
    const bad = CombinedGraphQLErrors.is(error) ? error.errors.find((e) => e.extensions?.code === 'BAD_USER_INPUT') : undefined;
    return bad ? { status: 'invalid', message: bad.message } : { status: 'unavailable' };
  }
}
