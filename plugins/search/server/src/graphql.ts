/** GraphQL: `search(...)`, public, with the same validation and localized errors as REST. */
import type { Core } from '@strapi/strapi';
import { runSearch } from './controllers/search';

const typeDefs = /* GraphQL */ `
  enum SearchSort {
    relevance
    date
  }

  type SearchHit {
    type: String!
    documentId: String!
    locale: String!
    title: String!
    "Title, HTML-escaped, matching words in <mark>"
    titleHtml: String!
    slug: String!
    summary: String!
    "About 180 characters around the first match, HTML-escaped, matching words in <mark>"
    snippetHtml: String!
    category: String!
    categorySlug: String!
    sourceUnit: String!
    tags: [String!]!
    date: DateTime
  }

  type SearchResults {
    query: String!
    locale: String!
    sort: SearchSort!
    page: Int!
    pageSize: Int!
    pageCount: Int!
    total: Int!
    "meilisearch or embedded"
    engine: String!
    "true when Meilisearch is configured but the embedded engine answered"
    fallback: Boolean!
    "The query spelt as the portal's own words are, when the best hit was found through a typo (offer it as 'Did you mean')"
    suggestion: String
    hits: [SearchHit!]!
  }

  extend type Query {
    "Published content, diacritics-insensitive. from/to are YYYY-MM-DD (Vietnam time, inclusive); pageSize ≤ 50; query ≤ 200 characters."
    search(
      query: String
      locale: String
      category: String
      from: String
      to: String
      page: Int
      pageSize: Int
      sort: SearchSort
      types: [String!]
    ): SearchResults!
  }
`;

type Context = { koaContext?: { get?: (name: string) => string } };

export function registerGraphql(strapi: Core.Strapi): void {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  graphql.service('extension').use(() => ({
    typeDefs,
    resolvers: {
      Query: {
        search: (_parent: unknown, args: Record<string, unknown>, context: Context) =>
          runSearch(strapi, args, context?.koaContext?.get?.('accept-language')),
      },
    },
    resolversConfig: { 'Query.search': { auth: false } },
  }));
}
