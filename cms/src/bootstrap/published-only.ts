import type { Core } from '@strapi/strapi';

/**
 * Strapi 5 lets any caller of the content API ask for drafts (`?status=draft` over REST,
 * `status: DRAFT` in GraphQL) as long as it may read the type. A government portal must never show
 * unpublished news, so every read that comes through the content API (REST, GraphQL, API tokens) is
 * pinned to published entries here, below both APIs. Reads from the admin panel are untouched.
 */
const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

type RequestState = { route?: { info?: { type?: string } }; auth?: { strategy?: { name?: string } } };

export function isContentApiRequest(state: RequestState | undefined): boolean {
  if (!state) return false;
  if (state.auth?.strategy?.name === 'admin') return false;
  return state.route?.info?.type === 'content-api';
}

export function registerPublishedOnly(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!READS.has(context.action) || !context.contentType.options?.draftAndPublish) return next();
    const request = strapi.requestContext.get() as { state?: RequestState } | undefined;
    if (isContentApiRequest(request?.state)) {
      (context.params as { status?: string }).status = 'published';
    }
    return next();
  });
}
