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
  /**
   * The same charge, decided synchronously when the counters are in this process's memory (no promise,
   * for a hot path such as the partner feed's); `null` when they are in Redis (then call `consume`).
   */
  consumeNow(key: string, points?: number): LimitDecision | null;
  /** Give points back (e.g. a refusal that should not count). */
  refund(key: string, points: number): Promise<void>;
}

const decision = (res: RateLimiterRes, rule: LimitRule, allowed: boolean): LimitDecision => ({
  allowed,
  used: res.consumedPoints,
  remaining: Math.max(0, rule.points - res.consumedPoints),
  retryAfter: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
});

/** What `RateLimiterMemory.consume` does inside its promise (rate-limiter-flexible 11: no blockDuration, no execEvenly here). */
interface MemoryStorage {
  incrby(key: string, points: number, durationSeconds: number): RateLimiterRes;
}

/**
 * The memory limiter's charge without its promise: the library's own counters (`_memoryStorage`, the store
 * `consume` updates), so both ways share one count. Null if a library update renamed them (then the caller
 * uses `consume`; the core's unit test fails first).
 */
function synchronous(limiter: RateLimiterMemory, rule: LimitRule) {
  const storage = (limiter as unknown as { _memoryStorage?: MemoryStorage })._memoryStorage;
  if (typeof storage?.incrby !== 'function') return null;
  return (key: string, points: number): LimitDecision => {
    const res = storage.incrby(limiter.getKey(key), points, rule.windowSeconds);
    return decision(res, rule, res.consumedPoints <= rule.points);
  };
}

/** One limiter: memory, or Redis when a client is given (keys `<keyPrefix>:<key>`). */
export function createLimiter(rule: LimitRule, options: { keyPrefix: string; redis?: Redis | null }): Limiter {
  const base = { keyPrefix: options.keyPrefix, points: rule.points, duration: rule.windowSeconds };
  const memory = options.redis ? null : new RateLimiterMemory(base);
  const limiter: RateLimiterAbstract =
    memory ?? new RateLimiterRedis({ ...base, storeClient: options.redis!, rejectIfRedisNotReady: false });
  const now = memory && synchronous(memory, rule);
  return {
    rule,
    consumeNow: (key, points = 1) => (now ? now(key, points) : null),
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
