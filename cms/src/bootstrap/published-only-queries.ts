import type { Core } from '@strapi/strapi';
import { PUBLISHED, currentRequest, isContentApiRead, pinRelationFilters, targetOf, type GetModel, type Model } from './published-only';

/**
 * The database half of the published-only pin (see published-only.ts). Strapi's query builder takes a
 * `filters` function, called with the model of each query it builds — the root query and every
 * populated relation below it (it hands its own `filters` down to each populate). Ours adds
 * `publishedAt $notNull` for Draft & Publish models to whatever filter was there (Strapi's own status
 * filter, GraphQL's). `where` clauses, at the root and in each populate, get their relational filters
 * pinned the same way.
 */
type FilterContext = { uid: string };
type QueryFilter = ((ctx: FilterContext) => unknown) | Record<string, unknown> | undefined;
type PinnedFilter = ((ctx: FilterContext) => unknown) & { publishedOnly?: true };
type Query = { filters?: QueryFilter; where?: unknown; populate?: unknown };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isEmptyFilter = (value: unknown) =>
  value === undefined || value === null || (isPlainObject(value) && Object.keys(value).length === 0);

export function publishedOnlyFilter(original: QueryFilter, getModel: GetModel): PinnedFilter {
  if (typeof original === 'function' && (original as PinnedFilter).publishedOnly) return original as PinnedFilter;
  const pinned: PinnedFilter = (ctx) => {
    const base = typeof original === 'function' ? original(ctx) : original;
    if (!getModel(ctx.uid)?.options?.draftAndPublish) return base;
    return isEmptyFilter(base) ? PUBLISHED : { $and: [base, PUBLISHED] };
  };
  pinned.publishedOnly = true;
  return pinned;
}

function pinPopulate(populate: unknown, uid: string, getModel: GetModel): unknown {
  const model = getModel(uid);
  if (!isPlainObject(populate) || !model) return populate;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(populate)) {
    const target = targetOf(model.attributes[key]);
    out[key] = isPlainObject(value) && target ? pinQuery({ ...value } as Query, target, getModel) : value;
  }
  return out;
}

/** Pins one query (root or populate) in place and returns it. */
export function pinQuery<Q extends Query>(query: Q, uid: string, getModel: GetModel): Q {
  query.filters = publishedOnlyFilter(query.filters, getModel);
  if (query.where !== undefined) query.where = pinRelationFilters(query.where, uid, getModel);
  if (query.populate !== undefined) query.populate = pinPopulate(query.populate, uid, getModel);
  return query;
}

export function registerPublishedOnlyQueries(strapi: Core.Strapi): void {
  const getModel: GetModel = (uid) => strapi.getModel(uid as never) as unknown as Model | undefined;
  const pin = (event: { model: { uid: string }; params?: Query }) => {
    if (!event.params || !isContentApiRead(currentRequest(strapi))) return;
    pinQuery(event.params, event.model.uid, getModel);
  };
  strapi.db.lifecycles.subscribe({ beforeFindMany: pin, beforeFindOne: pin, beforeCount: pin });
}
