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

type Model = {
  attributes: Record<string, { type: string; target?: string; component?: string }>;
  options?: { draftAndPublish?: boolean };
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Status pins only the root entries: a filter through a relation (`categories?filters[articles][slug]=…`)
 * is matched against every row of the target, drafts included, which would let a caller probe
 * unpublished titles or slugs. Each relational filter on a Draft&Publish target gets
 * `publishedAt $notNull` next to it, at every depth and inside $and / $or / $not and components.
 */
export function pinRelationFilters(filters: unknown, uid: string, getModel: (uid: string) => Model | undefined): unknown {
  if (Array.isArray(filters)) return filters.map((f) => pinRelationFilters(f, uid, getModel));
  const model = getModel(uid);
  if (!isPlainObject(filters) || !model) return filters;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filters)) {
    const attribute = model.attributes[key];
    if (key === '$and' || key === '$or' || key === '$not') {
      out[key] = pinRelationFilters(value, uid, getModel);
    } else if (attribute?.type === 'relation' && attribute.target && isPlainObject(value)) {
      const inner = pinRelationFilters(value, attribute.target, getModel);
      out[key] = getModel(attribute.target)?.options?.draftAndPublish ? { $and: [inner, { publishedAt: { $notNull: true } }] } : inner;
    } else if (attribute?.type === 'component' && attribute.component) {
      out[key] = pinRelationFilters(value, attribute.component, getModel);
    } else {
      out[key] = value;
    }
  }
  return out;
}

export function registerPublishedOnly(strapi: Core.Strapi): void {
  const getModel = (uid: string) => strapi.getModel(uid as never) as unknown as Model | undefined;
  strapi.documents.use(async (context, next) => {
    if (!READS.has(context.action)) return next();
    const request = strapi.requestContext.get() as { state?: RequestState } | undefined;
    if (!isContentApiRequest(request?.state)) return next();
    const params = context.params as { status?: string; filters?: unknown };
    if (context.contentType.options?.draftAndPublish) params.status = 'published';
    if (params.filters) params.filters = pinRelationFilters(params.filters, context.uid, getModel);
    return next();
  });
}
