/**
 * The only place the web talks to the CMS: Apollo Client in server components, over GraphQL.
 * Every query goes through Next's data cache with tags, so pages are served from cache and the CMS's
 * publish hook can revalidate exactly what changed (see app/api/revalidate).
 */
import { HttpLink } from '@apollo/client';
import { ApolloClient, InMemoryCache, registerApolloClient } from '@apollo/client-integration-nextjs';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { tags, WEB_KEY_HEADER } from '@portal/contract';

export const CMS_URL = (process.env.CMS_URL ?? 'http://127.0.0.1:1337').replace(/\/$/, '');

/** Identifies the web's own server-side reads to the CMS (not rate-limited there). */
export const webKeyHeader = (): Record<string, string> =>
  process.env.REVALIDATE_SECRET ? { [WEB_KEY_HEADER]: process.env.REVALIDATE_SECRET } : {};

/** Safety net when no revalidation call arrives (seconds). */
export const REVALIDATE_SECONDS = 3600;

export const { getClient } = registerApolloClient(
  () =>
    new ApolloClient({
      cache: new InMemoryCache(),
      // The CMS rate-limits anonymous GraphQL callers per IP; the web's own server-side reads (pages,
      // `next build`) identify themselves with the shared REVALIDATE_SECRET and are not limited.
      link: new HttpLink({ uri: `${CMS_URL}/graphql`, headers: webKeyHeader() }),
    }),
);

export class CmsUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`CMS request failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'CmsUnavailableError';
  }
}

/** Cache tags: one for the page frame, one per locale for article lists, one per article (config/contract). */
export { tags };

export async function cmsQuery<TData, TVariables extends Record<string, unknown>>(
  query: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  cacheTags: string[],
  { fresh = false }: { fresh?: boolean } = {},
): Promise<TData> {
  // `fresh` skips Next's data cache: for answers a click depends on that a stale-while-revalidate
  // entry would get wrong once (the language switch right after a translation is published).
  const fetchOptions = fresh
    ? { cache: 'no-store' as const }
    : { next: { revalidate: REVALIDATE_SECONDS, tags: [tags.site, ...cacheTags] } };
  try {
    const { data } = await getClient().query({ query, variables, fetchPolicy: 'no-cache', context: { fetchOptions } });
    if (!data) throw new Error('empty response');
    return data;
  } catch (error) {
    throw new CmsUnavailableError(error);
  }
}
