import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { SALTS_TABLE } from '../migrations/visitor-salts';
import { getConfig } from '../utils/config';
import { dayClock, previousDay } from '../utils/day';
import { newSalt, visitorHash } from '../utils/visitor-hash';

/**
 * Daily-salted visitor hashes for every plugin: one salt per calendar day in the portal's time zone
 * (one table, shared by every CMS node), drawn on first use, deleted after two days — after which no
 * stored hash can be linked to an address, a browser or another day.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const today = dayClock(getConfig(strapi).timeZone);
  const cache = new Map<string, string>();
  const loading = new Map<string, Promise<string>>();
  const knex = () => strapi.db.connection as unknown as Knex;

  async function load(day: string): Promise<string> {
    await knex()(SALTS_TABLE).insert({ day, salt: newSalt(), created_at: Date.now() }).onConflict('day').ignore();
    const row = (await knex()(SALTS_TABLE).where({ day }).first('salt')) as { salt: string } | undefined;
    if (!row) throw new Error('portal-core: could not read the salt of the day');
    cache.set(day, row.salt);
    return row.salt;
  }

  const service = {
    /** Today's calendar day (YYYY-MM-DD) in the portal's time zone. */
    today,
    previousDay,
    /** The salt of a day: synchronous once known (hot paths), a promise the first time. */
    salt(day: string = today()): string | Promise<string> {
      const known = cache.get(day);
      if (known) return known;
      let pending = loading.get(day);
      if (!pending) {
        pending = load(day).finally(() => loading.delete(day));
        loading.set(day, pending);
      }
      return pending;
    },
    /** hash(salt of the day + parts), 22 characters; never reversible once the salt is deleted. */
    hashWith: visitorHash,
    async hash(parts: string[], day: string = today()): Promise<string> {
      return visitorHash(await service.salt(day), ...parts);
    },
    /** Delete salts older than yesterday, here and in the database. */
    async prune(day: string = today()): Promise<void> {
      const keepFrom = previousDay(day);
      for (const d of cache.keys()) if (d < keepFrom) cache.delete(d);
      await knex()(SALTS_TABLE).where('day', '<', keepFrom).delete();
    },
  };
  return service;
};
