#!/usr/bin/env node
/**
 * A partner site reading the portal's feed with Apollo Client, in Node (the docs page shows the same code).
 *
 *   CMS_URL=https://cms.example.gov.vn PARTNER_TOKEN=<read-only API token> node apollo-client.mjs
 *
 * 1. Persisted operations over GET (cacheable by any HTTP cache): a small Apollo link turns an operation
 *    whose context names a `persistedId` into GET /api/partner-feed/operations/<id>?<params>, keeps the
 *    ETag and revalidates with If-None-Match (a 304 reuses the body it already has).
 * 2. Anything else goes to POST /graphql with the token (ad-hoc queries, within the cost limits).
 * Prints one JSON line summarising what it read.
 */
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { Observable } from 'rxjs';

const CMS_URL = (process.env.CMS_URL ?? 'http://127.0.0.1:1337').replace(/\/$/, '');
const TOKEN = process.env.PARTNER_TOKEN ?? '';
const LOCALE = process.env.FEED_LOCALE ?? 'vi';
const auth = TOKEN ? { authorization: `Bearer ${TOKEN}` } : {};

const known = new Map(); // url → { etag, body }
let revalidated = false;

const persistedLink = new ApolloLink(
  (operation) =>
    new Observable((observer) => {
      const { persistedId, params = {} } = operation.getContext();
      const url = `${CMS_URL}/api/partner-feed/operations/${persistedId}?${new URLSearchParams(params)}`;
      const previous = known.get(url);
      fetch(url, { headers: { ...auth, ...(previous ? { 'if-none-match': previous.etag } : {}) } })
        .then(async (res) => {
          if (res.status === 304 && previous) {
            revalidated = true;
            return previous.body;
          }
          const body = await res.json();
          if (!res.ok) throw new Error(body.error?.message ?? `HTTP ${res.status}`);
          known.set(url, { etag: res.headers.get('etag'), body });
          return body;
        })
        .then(
          (body) => {
            observer.next(body);
            observer.complete();
          },
          (error) => observer.error(error),
        );
    }),
);

const client = new ApolloClient({
  cache: new InMemoryCache(),
  link: ApolloLink.split(
    (operation) => Boolean(operation.getContext().persistedId),
    persistedLink,
    new HttpLink({ uri: `${CMS_URL}/graphql`, headers: auth }),
  ),
});

// The registry gives each operation's GraphQL document; the link sends only its id and parameters.
const registry = await (await fetch(`${CMS_URL}/api/partner-feed/operations`)).json();
const documentOf = (id) => gql(registry.data.find((op) => op.id === id).document);

const latest = (limit) =>
  client.query({
    query: documentOf('latest-news'),
    fetchPolicy: 'no-cache',
    context: { persistedId: 'latest-news', params: { locale: LOCALE, limit: String(limit) } },
  });

const first = await latest(5);
await latest(5); // same URL again: revalidated with If-None-Match → 304

const stats = await client.query({
  query: documentOf('site-statistics'),
  fetchPolicy: 'no-cache',
  context: { persistedId: 'site-statistics', params: { locale: LOCALE } },
});

const adhoc = await client.query({
  query: gql`
    query PartnerHeadlines($locale: I18NLocaleCode!) {
      articles(locale: $locale, sort: ["publicationDate:desc"], pagination: { pageSize: 3 }) {
        documentId
        title
        slug
      }
    }
  `,
  variables: { locale: LOCALE },
});

process.stdout.write(
  `${JSON.stringify({
    persisted: first.data.articles.map((a) => ({ slug: a.slug, locale: a.locale })),
    etagRevalidated: revalidated,
    siteName: stats.data.siteSetting?.portalName ?? null,
    adhoc: adhoc.data.articles.map((a) => a.slug),
  })}\n`,
);
