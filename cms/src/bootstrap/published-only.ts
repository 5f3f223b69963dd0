import type { Core } from '@strapi/strapi';

/**
 * Strapi 5 lets any caller of the content API ask for drafts (`?status=draft` over REST,
 * `status: DRAFT` in GraphQL) as long as it may read the type, and a type without Draft & Publish
 * (category, organisation unit) reaches the drafts of the types it relates to through populate,
 * GraphQL associations, relational filters and `localizations`. A government portal must never show
 * unpublished news, so every read made for a content-API request (REST, GraphQL, API tokens) is pinned
 * to published rows of every Draft & Publish type, at every depth, in two places:
 *
 * - the document service: `status` is forced to `published` whatever the root type, so Strapi's own
 *   status filter asks for published rows of every populated Draft & Publish target;
 * - the database layer (`published-only-queries.ts`): every findMany / findOne / count — the document
 *   service's, GraphQL's association loads, plugins' queries — gets a query filter that Strapi's
 *   query builder applies to the root and to each populated relation, and each relational filter on
 *   a Draft & Publish target gets `publishedAt $notNull`.
 *
 * Reads from the admin panel (content manager, preview) are untouched: editors still see drafts.
 */
const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

type RequestState = {
  route?: { info?: { type?: string } };
  auth?: { strategy?: { name?: string } };
  graphqlOperation?: string;
  /** Set by the article preview route only, for a request carrying a valid signed preview token. */
  draftPreview?: boolean;
};
type RequestLike = { method?: string; state?: RequestState };

export function isContentApiRequest(state: RequestState | undefined): boolean {
  if (!state) return false;
  if (state.auth?.strategy?.name === 'admin') return false;
  if (state.draftPreview) return false;
  return state.route?.info?.type === 'content-api';
}

/**
 * A content-API request that reads: GET / HEAD (REST, persisted GraphQL operations) or a GraphQL
 * query (the GraphQL guard records the operation type). Writes by full-access tokens are left alone,
 * as Strapi's document service reads drafts to save them.
 */
export function isContentApiRead(request: RequestLike | undefined): boolean {
  if (!request || !isContentApiRequest(request.state)) return false;
  const operation = request.state?.graphqlOperation;
  if (operation) return operation !== 'mutation';
  return request.method === 'GET' || request.method === 'HEAD';
}

export type Model = {
  attributes: Record<string, { type: string; target?: string; component?: string }>;
  options?: { draftAndPublish?: boolean };
};
export type GetModel = (uid: string) => Model | undefined;

export const PUBLISHED = Object.freeze({ publishedAt: Object.freeze({ $notNull: true }) });

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The model a relation, component or media attribute leads to. */
export function targetOf(attribute: Model['attributes'][string] | undefined): string | undefined {
  if (!attribute) return undefined;
  if (attribute.type === 'relation') return attribute.target;
  if (attribute.type === 'component') return attribute.component;
  if (attribute.type === 'media') return 'plugin::upload.file';
  return undefined;
}

/**
 * Status pins only the rows of the queried model: a filter through a relation
 * (`categories?filters[articles][slug]=…`) is matched against every row of the target, drafts
 * included, which would let a caller probe unpublished titles or slugs. Each relational filter on a
 * Draft & Publish target gets `publishedAt $notNull` next to it, at every depth and inside
 * $and / $or / $not and components. A bare id (`filters[articles]=3`) is read as `{ id: 3 }`.
 */
export function pinRelationFilters(filters: unknown, uid: string, getModel: GetModel): unknown {
  if (Array.isArray(filters)) return filters.map((f) => pinRelationFilters(f, uid, getModel));
  const model = getModel(uid);
  if (!isPlainObject(filters) || !model) return filters;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filters)) {
    const attribute = model.attributes[key];
    if (key === '$and' || key === '$or' || key === '$not') {
      out[key] = pinRelationFilters(value, uid, getModel);
    } else if (attribute?.type === 'relation' && attribute.target && value !== undefined) {
      const inner = pinRelationFilters(isPlainObject(value) ? value : { id: value }, attribute.target, getModel);
      out[key] = getModel(attribute.target)?.options?.draftAndPublish ? { $and: [inner, PUBLISHED] } : inner;
    } else if (attribute?.type === 'component' && attribute.component) {
      out[key] = pinRelationFilters(value, attribute.component, getModel);
    } else {
      out[key] = value;
    }
  }
  return out;
}

export function currentRequest(strapi: Core.Strapi): RequestLike | undefined {
  return strapi.requestContext.get() as RequestLike | undefined;
}

export function registerPublishedOnly(strapi: Core.Strapi): void {
  const getModel: GetModel = (uid) => strapi.getModel(uid as never) as unknown as Model | undefined;
  strapi.documents.use(async (context, next) => {
    if (!READS.has(context.action)) return next();
    if (!isContentApiRequest(currentRequest(strapi)?.state)) return next();
    const params = context.params as { status?: string; filters?: unknown };
    // Also for types without Draft & Publish: Strapi's status filter then reaches their relations.
    params.status = 'published';
    if (params.filters) params.filters = pinRelationFilters(params.filters, context.uid, getModel);
    return next();
  });
}
