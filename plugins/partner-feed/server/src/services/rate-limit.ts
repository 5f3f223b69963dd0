import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { LRUCache } from 'lru-cache';
import type { RequestLike } from '@portal/strapi-plugin-core/types';
import type { FeedConfig } from '../config.js';
import { core } from '../core.js';
import { limiterStore, type CounterStore, type Decision } from './counter-store.js';

/**
 * Who is calling and how many cost points they may spend per window:
 *   - the web portal (header `x-portal-web-key` = the shared REVALIDATE_SECRET): not limited;
 *   - an API token (partners get read-only ones): `tokenPoints`, counted per token;
 *   - anyone else: `anonymousPoints`, counted per IP address, which is stored only as a keyed hash.
 */
export interface Caller {
  kind: 'web' | 'token' | 'anonymous';
  key: string;
  budget: number;
}

export interface KoaLike {
  /** The raw request: the core decides the client address (web key, trusted proxies). */
  req: RequestLike;
  request: { ip: string; header: Record<string, string | string[] | undefined> };
  state: { auth?: { strategy?: { name?: string }; credentials?: { id?: number | string } | null } };
  set(name: string, value: string): void;
}

export type RateLimitResult = Decision & { caller: Caller; budget: number; windowSeconds: number };

export function createRateLimiter(strapi: Core.Strapi, config: FeedConfig) {
  const keys = strapi.config.get<string[]>('server.app.keys', []);
  const secret = crypto.createSecretKey(Buffer.from(keys[0] ?? 'partner-feed'));
  const address = core(strapi, 'client-address');
  const { windowSeconds, anonymousPoints, tokenPoints } = config.rateLimit;
  let store: CounterStore | null = null;
  // An address's keyed hash, kept for a while in this process's memory (one HMAC per caller, not per request).
  const hashes = new LRUCache<string, string>({ max: 10_000, ttl: 10 * 60_000 });
  const hashOf = (ip: string) => {
    let key = hashes.get(ip);
    if (key === undefined) hashes.set(ip, (key = `ip:${crypto.createHmac('sha256', secret).update(ip).digest('base64url').slice(0, 24)}`));
    return key;
  };

  const getStore = () => {
    if (!store) {
      const rateLimits = core(strapi, 'rate-limits');
      store = limiterStore((name, rule) => rateLimits.create(name, rule));
    }
    return store;
  };

  function identify(ctx: KoaLike): Caller {
    if (address.isWeb(ctx.req.headers)) return { kind: 'web', key: 'web', budget: Infinity };
    const auth = ctx.state.auth;
    const id = auth?.credentials?.id;
    if (id !== undefined && /api-token$/.test(auth?.strategy?.name ?? ''))
      return { kind: 'token', key: `token:${id}`, budget: tokenPoints };
    if (id !== undefined && auth?.strategy?.name === 'users-permissions') return { kind: 'token', key: `user:${id}`, budget: tokenPoints };
    return { kind: 'anonymous', key: hashOf(address.of(ctx.req)), budget: anonymousPoints };
  }

  function settle(ctx: KoaLike, caller: Caller, cost: number, decision: Decision): RateLimitResult {
    ctx.set('RateLimit-Limit', String(caller.budget));
    ctx.set('RateLimit-Remaining', String(Math.max(0, caller.budget - decision.used)));
    ctx.set('RateLimit-Reset', String(decision.resetIn));
    ctx.set('X-Query-Cost', String(cost));
    if (!decision.allowed) ctx.set('Retry-After', String(decision.resetIn));
    return { caller, budget: caller.budget, windowSeconds, ...decision };
  }

  const free = (caller: Caller, resetIn: number): RateLimitResult => ({
    caller,
    budget: caller.budget,
    windowSeconds,
    allowed: true,
    used: 0,
    resetIn,
  });

  const unavailable = (caller: Caller, error: unknown) => {
    strapi.log.warn(`[partner-feed] rate limit store unavailable (${error instanceof Error ? error.message : error}); request allowed`);
    return free(caller, windowSeconds);
  };

  /** Charge `cost` points to the caller; sets RateLimit-* headers. A store failure lets the request through. */
  async function charge(ctx: KoaLike, cost: number): Promise<RateLimitResult> {
    const caller = identify(ctx);
    if (caller.kind === 'web') return free(caller, 0);
    try {
      return settle(ctx, caller, cost, await getStore().consume(caller.key, cost, caller.budget, windowSeconds));
    } catch (error) {
      return unavailable(caller, error);
    }
  }

  /** The same charge decided synchronously (counters in memory); null when only `charge` can decide (Redis). */
  function chargeNow(ctx: KoaLike, cost: number): RateLimitResult | null {
    const caller = identify(ctx);
    if (caller.kind === 'web') return free(caller, 0);
    let decision: Decision | null;
    try {
      decision = getStore().consumeNow(caller.key, cost, caller.budget, windowSeconds);
    } catch (error) {
      return unavailable(caller, error);
    }
    return decision && settle(ctx, caller, cost, decision);
  }

  return {
    identify,
    charge,
    chargeNow,
    async close() {
      // The counters' Redis connection belongs to the core plugin.
      store = null;
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
