/**
 * Shared state that must survive across instances: the captcha replay store and the rate-limit
 * counters. With REDIS_URL: Redis (keys under REDIS_PREFIX). Without: the replay store is a table
 * and the rate limits live in memory (one instance, the default SQLite set-up).
 */
import type { Knex } from 'knex';
import { Redis } from 'ioredis';
import type { Limit } from '../config';
import { T } from '../db/schema';

export interface ReplayStore {
  /** True the first time a key is used; false for every later use before it expires. */
  useOnce(key: string, expiresAtMs: number): Promise<boolean>;
}

export interface RateDecision {
  allowed: boolean;
  /** Seconds until the window resets (0 when allowed). */
  retryAfter: number;
}

export interface RateLimiter {
  hit(bucket: string, key: string, limit: Limit): Promise<RateDecision>;
}

/** Fixed-window counter in memory; `now` is injectable for tests. */
export function memoryRateLimiter(now: () => number = Date.now): RateLimiter & { size(): number } {
  const windows = new Map<string, { count: number; resetAt: number }>();
  let lastSweep = now();
  return {
    async hit(bucket, key, limit) {
      const t = now();
      if (t - lastSweep > 60_000) {
        for (const [k, w] of windows) if (w.resetAt <= t) windows.delete(k);
        lastSweep = t;
      }
      const id = `${bucket}:${key}`;
      let w = windows.get(id);
      if (!w || w.resetAt <= t) {
        w = { count: 0, resetAt: t + limit.windowSeconds * 1000 };
        windows.set(id, w);
      }
      w.count += 1;
      if (w.count <= limit.max) return { allowed: true, retryAfter: 0 };
      return { allowed: false, retryAfter: Math.max(1, Math.ceil((w.resetAt - t) / 1000)) };
    },
    size: () => windows.size,
  };
}

const HIT_SCRIPT = `local c = redis.call('INCR', KEYS[1])
if c == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {c, ttl}`;

export function redisRateLimiter(redis: Redis, prefix: string): RateLimiter {
  return {
    async hit(bucket, key, limit) {
      const [count, ttl] = (await redis.eval(HIT_SCRIPT, 1, `${prefix}reviews:rl:${bucket}:${key}`, String(limit.windowSeconds * 1000))) as [number, number];
      if (count <= limit.max) return { allowed: true, retryAfter: 0 };
      return { allowed: false, retryAfter: Math.max(1, Math.ceil(ttl / 1000)) };
    },
  };
}

export function redisReplayStore(redis: Redis, prefix: string): ReplayStore {
  return {
    async useOnce(key, expiresAtMs) {
      const ttl = Math.max(1000, expiresAtMs - Date.now());
      return (await redis.set(`${prefix}reviews:captcha:${key}`, '1', 'PX', ttl, 'NX')) === 'OK';
    },
  };
}

export function databaseReplayStore(knex: Knex): ReplayStore {
  let lastSweep = 0;
  return {
    async useOnce(key, expiresAtMs) {
      const now = Date.now();
      if (now - lastSweep > 60_000) {
        lastSweep = now;
        await knex(T.captcha).where('expires_at', '<', now).delete();
      }
      const rows = await knex(T.captcha).insert({ signature: key, expires_at: expiresAtMs }).onConflict('signature').ignore().returning('signature');
      return rows.length === 1;
    },
  };
}

export function connectRedis(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: false });
}
