import type { Redis } from 'ioredis';
import type { Knex } from 'knex';
import type { Batch, Store } from '../core/batch';
import { DatabaseStore } from './database';
import { T, addTo, num } from './tables';

/**
 * Redis mode (REDIS_URL set): a batch is one Lua script call — INCRBY for hits, a HyperLogLog per day for
 * unique visitors, a sorted set for "online now", SET NX EX for the article-view cooldown — atomic and
 * shared by every CMS node. Every `flushIntervalMs` one node takes the accumulated deltas out of Redis
 * (atomically, so no two nodes apply the same delta) and adds them to the database in one transaction;
 * if that transaction fails, the deltas go back into Redis. A shutdown flushes. What a crash can lose:
 * a crash of Redis loses the deltas of the last flush interval (Redis keeps nothing on disk here); a crash
 * of a CMS node between taking deltas and committing them loses that one interval's deltas.
 */
const COMMIT = `
local p = ARGV[1]
local b = cjson.decode(ARGV[2])
local now = tonumber(ARGV[3])
local window = tonumber(ARGV[4])
local cooldown = tonumber(ARGV[5])
redis.call('INCRBY', p .. 'total', b.hits)
for _, d in ipairs(b.days) do
  redis.call('HINCRBY', p .. 'days', d.day, d.hits)
  local v = d.visitors
  for i = 1, #v, 500 do
    redis.call('PFADD', p .. 'uv:' .. d.day, unpack(v, i, math.min(i + 499, #v)))
  end
  redis.call('EXPIRE', p .. 'uv:' .. d.day, 259200)
end
for _, o in ipairs(b.online) do
  redis.call('ZADD', p .. 'online', o[2], o[1])
end
redis.call('ZREMRANGEBYSCORE', p .. 'online', '-inf', now - window)
local counted = 0
for _, a in ipairs(b.articles) do
  if redis.call('SET', p .. 'seen:' .. a[1] .. ':' .. a[2], '1', 'NX', 'PX', cooldown) then
    redis.call('HINCRBY', p .. 'art', a[2], 1)
    redis.call('HINCRBY', p .. 'artday', a[3] .. '|' .. a[2], 1)
    counted = counted + 1
  end
end
return counted
`;

/** Take (read and reset) the deltas accumulated since the last flush, atomically. */
const TAKE = `
local p = ARGV[1]
local total = redis.call('GET', p .. 'total') or '0'
redis.call('DEL', p .. 'total')
local days = redis.call('HGETALL', p .. 'days')
local art = redis.call('HGETALL', p .. 'art')
local artday = redis.call('HGETALL', p .. 'artday')
redis.call('DEL', p .. 'days', p .. 'art', p .. 'artday')
return { total, days, art, artday }
`;

/** Put deltas back after a failed database write. */
const GIVE_BACK = `
local p = ARGV[1]
local d = cjson.decode(ARGV[2])
redis.call('INCRBY', p .. 'total', d.total)
for k, v in pairs(d.days) do redis.call('HINCRBY', p .. 'days', k, v) end
for k, v in pairs(d.art) do redis.call('HINCRBY', p .. 'art', k, v) end
for k, v in pairs(d.artday) do redis.call('HINCRBY', p .. 'artday', k, v) end
return 1
`;

const pairs = (flat: string[]): Record<string, number> => {
  const out: Record<string, number> = {};
  for (let i = 0; i < flat.length; i += 2) out[flat[i]!] = Number(flat[i + 1]);
  return out;
};

export class RedisStore implements Store {
  readonly kind = 'redis' as const;
  readonly redis: Redis;
  private readonly db: DatabaseStore;

  constructor(
    private readonly knex: Knex,
    redis: Redis,
    private readonly prefix: string,
    private readonly options: { onlineWindowMs: number; cooldownMs: number },
  ) {
    // The core plugin's shared connection (one per CMS node).
    this.redis = redis;
    this.db = new DatabaseStore(knex, options);
  }

  async init(): Promise<void> {
    await this.db.init();
  }

  async commit(batch: Batch): Promise<void> {
    const payload = {
      hits: batch.hits,
      days: [...batch.days].map(([day, t]) => ({ day, hits: t.hits, visitors: [...t.visitors] })),
      online: [...batch.online],
      articles: batch.articleViews.map((v) => [v.visitor, v.article, v.day]),
    };
    // cjson turns an empty array into an object, which ipairs reads as empty: fine.
    await this.redis.eval(
      COMMIT,
      0,
      this.prefix,
      JSON.stringify(payload),
      Date.now(),
      this.options.onlineWindowMs,
      this.options.cooldownMs,
    );
  }

  async flush(): Promise<void> {
    const [total, days, art, artday] = (await this.redis.eval(TAKE, 0, this.prefix)) as [string, string[], string[], string[]];
    const delta = { total: Number(total), days: pairs(days), art: pairs(art), artday: pairs(artday) };
    if (!delta.total && !Object.keys(delta.days).length && !Object.keys(delta.art).length) return;
    const uniques: Array<[string, number]> = [];
    for (const day of Object.keys(delta.days)) uniques.push([day, await this.redis.pfcount(`${this.prefix}uv:${day}`)]);
    try {
      await this.knex.transaction(async (trx) => {
        if (delta.total) await addTo(trx, T.totals, ['name'], ['value'], [['site', delta.total]]);
        for (const [day, hits] of Object.entries(delta.days)) {
          await addTo(trx, T.days, ['day'], ['hits', 'visitors'], [[day, hits, 0]]);
        }
        // Unique visitors in Redis mode come from the day's HyperLogLog (±0.81 %).
        for (const [day, count] of uniques) {
          await trx(T.days).where({ day }).andWhere('visitors', '<', count).update({ visitors: count });
        }
        const artRows = Object.entries(delta.art).map(([id, n]) => [id, n]);
        if (artRows.length) await addTo(trx, T.articles, ['document_id'], ['views'], artRows);
        const dayRows = Object.entries(delta.artday).map(([key, n]) => {
          const [day, id] = key.split('|');
          return [day!, id!, n];
        });
        if (dayRows.length) await addTo(trx, T.articleDays, ['day', 'document_id'], ['views'], dayRows);
      });
    } catch (error) {
      await this.redis.eval(GIVE_BACK, 0, this.prefix, JSON.stringify(delta));
      throw error;
    }
  }

  async prune(keepFrom: string, now: number): Promise<void> {
    await this.db.prune(keepFrom, now);
  }

  async close(): Promise<void> {
    // The connection belongs to the core plugin, which closes it at shutdown.
  }

  async siteTotal(): Promise<number> {
    const [stored, pending] = await Promise.all([this.db.siteTotal(), this.redis.get(`${this.prefix}total`)]);
    return stored + num(pending);
  }

  async day(day: string): Promise<{ hits: number; visitors: number }> {
    const [stored, pending, uniques] = await Promise.all([
      this.db.day(day),
      this.redis.hget(`${this.prefix}days`, day),
      this.redis.pfcount(`${this.prefix}uv:${day}`),
    ]);
    return { hits: stored.hits + num(pending), visitors: Math.max(stored.visitors, uniques) };
  }

  async online(now: number): Promise<number> {
    return this.redis.zcount(`${this.prefix}online`, now - this.options.onlineWindowMs, '+inf');
  }

  async articleViews(ids: string[]): Promise<Map<string, number>> {
    const stored = await this.db.articleViews(ids);
    if (!ids.length) return stored;
    const pending = await this.redis.hmget(`${this.prefix}art`, ...ids);
    ids.forEach((id, i) => stored.set(id, (stored.get(id) ?? 0) + num(pending[i])));
    return stored;
  }
}
