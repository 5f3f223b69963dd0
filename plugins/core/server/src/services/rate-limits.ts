import type { Core } from '@strapi/strapi';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Redis } from 'ioredis';
import { getService } from '../utils/get-service';

export interface LimitRule {
  /** Points per window (one action = 1 point unless the caller says otherwise). */
  points: number;
  windowSeconds: number;
}

export interface LimitDecision {
  allowed: boolean;
  /** Points used in the current window (a refusal that is given back is not included). */
  used: number;
  remaining: number;
  /** Seconds until the window closes (≥ 1). */
  retryAfter: number;
}

export interface Limiter {
  readonly rule: LimitRule;
  /** Charge `points` to `key` (fixed window from the key's first charge). */
  consume(key: string, points?: number): Promise<LimitDecision>;
  /** Give points back (e.g. a refusal that should not count). */
  refund(key: string, points: number): Promise<void>;
}

const decision = (res: RateLimiterRes, rule: LimitRule, allowed: boolean): LimitDecision => ({
  allowed,
  used: res.consumedPoints,
  remaining: Math.max(0, rule.points - res.consumedPoints),
  retryAfter: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
});

/** One limiter: memory, or Redis when a client is given (keys `<keyPrefix>:<key>`). */
export function createLimiter(rule: LimitRule, options: { keyPrefix: string; redis?: Redis | null }): Limiter {
  const base = { keyPrefix: options.keyPrefix, points: rule.points, duration: rule.windowSeconds };
  const limiter: RateLimiterAbstract = options.redis
    ? new RateLimiterRedis({ ...base, storeClient: options.redis, rejectIfRedisNotReady: false })
    : new RateLimiterMemory(base);
  return {
    rule,
    async consume(key, points = 1) {
      try {
        return decision(await limiter.consume(key, points), rule, true);
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return decision(rejection, rule, false);
        throw rejection;
      }
    },
    async refund(key, points) {
      await limiter.reward(key, points);
    },
  };
}

/**
 * Rate limits for every plugin, on `rate-limiter-flexible`: in this process's memory, or in Redis
 * (shared by every CMS node, keys `<REDIS_PREFIX>rl:<name>:<key>`) when REDIS_URL is set.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const redis = () => getService(strapi, 'redis');
  return {
    create(name: string, rule: LimitRule): Limiter {
      const r = redis();
      return createLimiter(rule, { keyPrefix: r.key('rl', name), redis: r.enabled ? r.client() : null });
    },
  };
};
