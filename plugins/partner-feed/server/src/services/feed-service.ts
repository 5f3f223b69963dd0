import type { Core } from '@strapi/strapi';
import { defaultConfig, type FeedConfig } from '../config.js';
import type { CostLimits } from '../graphql/cost.js';
import { createFastPath } from '../fast-path.js';
import { sqlCounting } from '../sql-count.js';
import { createPersisted } from './persisted.js';
import { createRateLimiter } from './rate-limit.js';
import { createResponseCache } from './response-cache.js';

/** Cache-Control of a persisted answer (the controller's and the fast path's). */
export const cacheControl = (config: FeedConfig) =>
  `public, max-age=${config.cache.maxAge}, stale-while-revalidate=${config.cache.staleWhileRevalidate}`;

export function createFeedService({ strapi }: { strapi: Core.Strapi }) {
  const config: FeedConfig = { ...defaultConfig, ...strapi.config.get<Partial<FeedConfig>>('plugin::partner-feed', {}) };
  const limits: CostLimits = {
    defaultLimit: strapi.config.get<number>('plugin::graphql.defaultLimit', 20),
    maxLimit: strapi.config.get<number>('plugin::graphql.maxLimit', 100),
  };
  const rateLimiter = createRateLimiter(strapi, config);
  // Node-local: every node empties its own on each public change (an `every-node` listener, see register.ts).
  const cache = createResponseCache({});
  const persisted = createPersisted(strapi, cache, limits);
  const fastPath = createFastPath({
    peek: (key) => cache.peek(key),
    rateLimiter: () => rateLimiter,
    cacheControl: cacheControl(config),
    extraHeaders: sqlCounting() ? { 'X-SQL-Statements': '0' } : {},
    onError: (m) => strapi.log.warn(`[partner-feed] fast path: ${m}`),
  });
  return {
    config,
    limits,
    rateLimiter,
    cache,
    persisted,
    fastPath,
    /** The limits partners may rely on, as shown in the documentation. */
    publicLimits: () => ({
      maxDepth: strapi.config.get<number>('plugin::graphql.depthLimit', 10),
      maxCost: config.maxCost,
      maxAliases: config.maxAliases,
      ...config.documentLimits,
      defaultPageSize: limits.defaultLimit,
      maxPageSize: limits.maxLimit,
      windowSeconds: config.rateLimit.windowSeconds,
      anonymousPoints: config.rateLimit.anonymousPoints,
      tokenPoints: config.rateLimit.tokenPoints,
      maxAge: config.cache.maxAge,
      staleWhileRevalidate: config.cache.staleWhileRevalidate,
      allowlistOnly: config.allowlistOnly,
    }),
    async close() {
      fastPath.uninstall();
      await Promise.all([rateLimiter.close(), cache.close()]);
    },
  };
}

export type FeedService = ReturnType<typeof createFeedService>;
