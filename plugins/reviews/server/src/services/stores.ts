/**
 * The captcha replay store, shared by every instance: Redis `SET NX PX` (the core's connection, keys
 * under REDIS_PREFIX) when REDIS_URL is set, else the plugin's table.
 */
import type { Knex } from 'knex';
import type { Redis } from 'ioredis';
import { T } from '../db/schema';

export interface ReplayStore {
  /** True the first time a key is used; false for every later use before it expires. */
  useOnce(key: string, expiresAtMs: number): Promise<boolean>;
}

export function redisReplayStore(redis: Redis, keyOf: (signature: string) => string): ReplayStore {
  return {
    async useOnce(key, expiresAtMs) {
      const ttl = Math.max(1000, expiresAtMs - Date.now());
      return (await redis.set(keyOf(key), '1', 'PX', ttl, 'NX')) === 'OK';
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
      const rows = await knex(T.captcha)
        .insert({ signature: key, expires_at: expiresAtMs })
        .onConflict('signature')
        .ignore()
        .returning('signature');
      return rows.length === 1;
    },
  };
}
