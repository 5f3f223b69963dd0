import type { LimitDecision, Limiter, LimitRule } from '@portal/strapi-plugin-core/types';

/**
 * Cost budgets on the core's rate limiter (memory, or Redis shared by every CMS node when REDIS_URL
 * is set). A window opens at a caller's first request and lasts `windowSeconds`; a request that would
 * go over the budget is refused and not counted (an expensive query still runs once in a fresh window,
 * so no caller is locked out for good).
 */
export interface Decision {
  allowed: boolean;
  used: number;
  /** Seconds until the window closes. */
  resetIn: number;
}

export interface CounterStore {
  consume(key: string, points: number, budget: number, windowSeconds: number): Promise<Decision>;
  /** The same, decided synchronously when the core's counters are in memory; null with Redis. */
  consumeNow(key: string, points: number, budget: number, windowSeconds: number): Decision | null;
}

export function limiterStore(create: (name: string, rule: LimitRule) => Limiter): CounterStore {
  const limiters = new Map<string, Limiter>();
  const limiterFor = (budget: number, windowSeconds: number) => {
    const name = `feed:${budget}:${windowSeconds}`;
    let limiter = limiters.get(name);
    if (!limiter) limiters.set(name, (limiter = create(name, { points: budget, windowSeconds })));
    return limiter;
  };
  // At most the whole budget: a fresh window always lets one (expensive) query through.
  const settle = (d: LimitDecision, charged: number): Decision =>
    d.allowed ? { allowed: true, used: d.used, resetIn: d.retryAfter } : { allowed: false, used: d.used - charged, resetIn: d.retryAfter };
  return {
    async consume(key, points, budget, windowSeconds) {
      const limiter = limiterFor(budget, windowSeconds);
      const charged = Math.min(points, budget);
      const d = await limiter.consume(key, charged);
      if (!d.allowed) await limiter.refund(key, charged);
      return settle(d, charged);
    },
    consumeNow(key, points, budget, windowSeconds) {
      const limiter = limiterFor(budget, windowSeconds);
      const charged = Math.min(points, budget);
      const d = limiter.consumeNow(key, charged);
      if (!d) return null;
      // A refusal is given back (in memory the library applies it before its promise settles).
      if (!d.allowed) void limiter.refund(key, charged).catch(() => {});
      return settle(d, charged);
    },
  };
}
