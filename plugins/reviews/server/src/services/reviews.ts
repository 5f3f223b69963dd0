/**
 * The plugin's facade, one per Strapi instance (the `reviews` service): configuration, stores, captcha, visitors,
 * comments and ratings wired together. Controllers and GraphQL resolvers reach it through `getService()`; the
 * bootstrap creates the tables before the first request.
 */
import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Limiter, RequestLike } from '@portal/strapi-plugin-core/types';
import { defaults, type ReviewsConfig } from '../config';
import { core } from '../core';
import { createBadWordMatcher } from '../utils/bad-words';
import { RateLimitedError } from '../utils/errors';
import { createCaptchaService, type CaptchaService } from './captcha';
import { createCommentService, type CommentService } from './comments';
import { createRatingService, type RatingService } from './ratings';
import { databaseReplayStore, redisReplayStore } from './stores';
import { createVisitorService, type Visitor, type VisitorService } from './visitors';

/** The parts of a request the plugin needs, from REST (Koa) or GraphQL alike. */
export interface RequestInfo {
  /** The raw request (socket + headers): the core decides the client address. */
  req: RequestLike;
  userAgent: string;
  cookie?: string;
}

export interface Reviews {
  config: ReviewsConfig;
  captcha: CaptchaService;
  comments: CommentService;
  ratings: RatingService;
  visitors: VisitorService;
  limiters: Record<keyof ReviewsConfig['rateLimits'], Limiter>;
  identify(req: RequestInfo): Promise<Visitor & { ip: string }>;
  /** Counts one action against the visitor's IP; throws RateLimitedError (429) past the limit. */
  limit(bucket: keyof ReviewsConfig['rateLimits'], visitor: Visitor): Promise<void>;
  /** Counts a new voter against the network's quota for the article; throws RateLimitedError (429). */
  limitNewVoter(article: string, locale: string, visitor: Visitor): Promise<void>;
  articleExists(article: string, locale: string): Promise<boolean>;
}

/** Nested defaults under the configured values (arrays are replaced, not merged). */
function mergeConfig<T>(base: T, over: unknown): T {
  if (!over || typeof over !== 'object' || Array.isArray(over) || !base || typeof base !== 'object' || Array.isArray(base)) {
    return (over === undefined ? base : over) as T;
  }
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over)) if (v !== undefined) out[k] = mergeConfig(out[k], v);
  return out as T;
}

function secretFor(strapi: Core.Strapi, config: ReviewsConfig): string {
  if (config.captcha.secret) return config.captcha.secret;
  const keys = strapi.config.get('server.app.keys') as string[] | undefined;
  if (!keys?.length) throw new Error('reviews: set REVIEWS_SECRET or the app keys');
  return crypto
    .createHash('sha256')
    .update(`reviews:${keys.join(',')}`)
    .digest('hex');
}

export function createReviews(strapi: Core.Strapi): Reviews {
  const config = mergeConfig(defaults, strapi.config.get('plugin::reviews') ?? {});
  const knex = strapi.db.connection;
  const secret = secretFor(strapi, config);
  const redis = core(strapi, 'redis');
  const replay = redis.enabled
    ? redisReplayStore(redis.client(), (sig) => redis.key('reviews', 'captcha', sig))
    : databaseReplayStore(knex);
  const rateLimits = core(strapi, 'rate-limits');
  const rule = (name: keyof ReviewsConfig['rateLimits']) => ({
    points: config.rateLimits[name].max,
    windowSeconds: config.rateLimits[name].windowSeconds,
  });
  const limiters = {
    comments: rateLimits.create('reviews:comments', rule('comments')),
    ratings: rateLimits.create('reviews:ratings', rule('ratings')),
    reports: rateLimits.create('reviews:reports', rule('reports')),
  };
  const address = core(strapi, 'client-address');
  const visitors = createVisitorService(core(strapi, 'visitors'), address.networkOf, secret);
  const votesPerNetwork = rateLimits.create('reviews:votes-per-network', {
    points: config.ratings.votesPerNetwork.max,
    windowSeconds: config.ratings.votesPerNetwork.windowSeconds,
  });
  const matcher = createBadWordMatcher(undefined, config.comments.extraBadWords);

  const reviews: Reviews = {
    config,
    captcha: createCaptchaService(config.captcha, secret, replay),
    comments: createCommentService(knex, matcher, config.comments, () => core(strapi, 'personal-data').notice().version),
    ratings: createRatingService(knex, config.ratings),
    visitors,
    limiters,
    async identify(req) {
      const ip = address.of(req.req);
      return { ip, ...(await visitors.identify(ip, req.userAgent, req.cookie)) };
    },
    async limit(bucket, visitor) {
      const decision = await limiters[bucket].consume(visitor.ipHash);
      if (!decision.allowed) throw new RateLimitedError(decision.retryAfter);
    },
    async limitNewVoter(article, locale, visitor) {
      const decision = await votesPerNetwork.consume(`${visitor.networkHash}:${article}:${locale}`);
      if (!decision.allowed) throw new RateLimitedError(decision.retryAfter, 'votesPerNetwork');
    },
    async articleExists(article, locale) {
      const found = await strapi
        .documents('api::article.article' as never)
        .findOne({ documentId: article, locale, status: 'published', fields: ['id'] } as never);
      return Boolean(found);
    },
  };
  strapi.log.info(
    `[reviews] ready (replay store: ${redis.enabled ? 'redis' : 'database'}, rate limits: ${redis.enabled ? 'redis' : 'memory'})`,
  );
  return reviews;
}
