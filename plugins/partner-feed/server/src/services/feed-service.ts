import type { Core } from '@strapi/strapi';
import { defaultConfig, type FeedConfig } from '../config.js';
import type { CostLimits } from '../graphql/cost.js';
import { createPersisted } from './persisted.js';
import { createRateLimiter } from './rate-limit.js';
import { createResponseCache } from './response-cache.js';

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
  return {
    config,
    limits,
    rateLimiter,
    cache,
    persisted,
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
      await Promise.all([rateLimiter.close(), cache.close()]);
    },
  };
}

export type FeedService = ReturnType<typeof createFeedService>;
