import { Redis } from 'ioredis';

/**
 * Where rate-limit counters live: this process's memory by default, Redis when REDIS_URL is set so
 * that every CMS node counts against the same budget. A window opens at a caller's first request and
 * lasts `windowSeconds`; a request that would go over the budget is refused and not counted (an
 * expensive query still runs once in a fresh window, so no caller is locked out for good).
 */
export interface Decision {
  allowed: boolean;
  used: number;
  /** Seconds until the window closes. */
  resetIn: number;
}

export interface CounterStore {
  consume(key: string, points: number, budget: number, windowSeconds: number): Promise<Decision>;
  close(): Promise<void>;
}

export function memoryStore(now = () => Date.now()): CounterStore {
  const windows = new Map<string, { used: number; resetAt: number }>();
  let sweepAt = 0;
  return {
    async consume(key, points, budget, windowSeconds) {
      const t = now();
      if (t > sweepAt) {
        for (const [k, w] of windows) if (w.resetAt <= t) windows.delete(k);
        sweepAt = t + 60_000;
      }
      let w = windows.get(key);
      if (!w || w.resetAt <= t) {
        w = { used: 0, resetAt: t + windowSeconds * 1000 };
        windows.set(key, w);
      }
      const resetIn = Math.max(1, Math.ceil((w.resetAt - t) / 1000));
      if (w.used > 0 && w.used + points > budget) return { allowed: false, used: w.used, resetIn };
      w.used += points;
      return { allowed: true, used: w.used, resetIn };
    },
    async close() {
      windows.clear();
    },
  };
}

const CONSUME = `
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
local points = tonumber(ARGV[1])
if used > 0 and used + points > tonumber(ARGV[2]) then
  return {0, used, redis.call('PTTL', KEYS[1])}
end
local now = redis.call('INCRBY', KEYS[1], points)
if now == points then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
return {1, now, redis.call('PTTL', KEYS[1])}`;

export function redisStore(url: string, prefix: string, onError: (message: string) => void): CounterStore {
  const redis = new Redis(url, { maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: false });
  redis.on('error', (error: Error) => onError(error.message));
  return {
    async consume(key, points, budget, windowSeconds) {
      const [ok, used, pttl] = (await redis.eval(CONSUME, 1, `${prefix}feed:rl:${key}`, points, budget, windowSeconds * 1000)) as [number, number, number];
      return { allowed: ok === 1, used, resetIn: Math.max(1, Math.ceil((pttl > 0 ? pttl : windowSeconds * 1000) / 1000)) };
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
