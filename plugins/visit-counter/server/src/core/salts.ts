import type { Knex } from 'knex';
import { previousDay } from './day';
import { newSalt } from './visitor';
import { T, rowsOf } from '../stores/tables';

/**
 * The secret salt of each day, shared by every CMS node through the database. A new one is drawn on the
 * first hit of a day; salts older than yesterday are deleted (so a visitor id can be recomputed for two
 * days at most, then never again).
 */
export class SaltKeeper {
  private cache = new Map<string, string>();
  private loading = new Map<string, Promise<string>>();

  constructor(private readonly knex: Knex) {}

  /** The salt of a day: synchronous once known (the hit path), a promise the first time. */
  get(day: string): string | Promise<string> {
    const known = this.cache.get(day);
    if (known) return known;
    let pending = this.loading.get(day);
    if (!pending) {
      pending = this.load(day).finally(() => this.loading.delete(day));
      this.loading.set(day, pending);
    }
    return pending;
  }

  private async load(day: string): Promise<string> {
    await this.knex.raw(`INSERT INTO ${T.salts} (day, salt) VALUES (?, ?) ON CONFLICT (day) DO NOTHING`, [day, newSalt()]);
    const row = rowsOf<{ salt: string }>(await this.knex.raw(`SELECT salt FROM ${T.salts} WHERE day = ?`, [day]))[0];
    if (!row) throw new Error('visit-counter: could not read the salt of the day');
    this.cache.set(day, row.salt);
    return row.salt;
  }

  /** Delete salts older than yesterday, here and in the database. */
  async prune(today: string): Promise<void> {
    const keepFrom = previousDay(today);
    for (const day of this.cache.keys()) if (day < keepFrom) this.cache.delete(day);
    await this.knex(T.salts).where('day', '<', keepFrom).delete();
  }
}
