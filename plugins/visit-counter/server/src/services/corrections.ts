import type { Knex } from 'knex';
import { T, num } from '../stores/tables';

/** A Super Admin's correction of the site total, as recorded (and listed on the statistics page). */
export interface Correction {
  id: number;
  at: string;
  /** Who made it: the admin user's id and name at the time. */
  userId: number | null;
  userName: string;
  oldTotal: number;
  newTotal: number;
  reason: string;
}

export async function ensureCorrectionsTable(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable(T.corrections)) return;
  await knex.schema.createTable(T.corrections, (t) => {
    t.increments('id').primary();
    t.string('at', 32).notNullable();
    t.integer('user_id').nullable();
    t.string('user_name', 255).notNullable();
    t.bigInteger('old_total').notNullable();
    t.bigInteger('new_total').notNullable();
    t.string('reason', 500).notNullable();
  });
}

/** The sum of every correction (new − old): added to the public total. */
export async function correctionOffset(knex: Knex): Promise<number> {
  const row = (await knex(T.corrections).select(knex.raw('COALESCE(SUM(new_total - old_total), 0) AS delta')).first()) as
    { delta?: unknown } | undefined;
  return num(row?.delta);
}

export async function recordCorrection(knex: Knex, correction: Omit<Correction, 'id'>): Promise<void> {
  await knex(T.corrections).insert({
    at: correction.at,
    user_id: correction.userId,
    user_name: correction.userName,
    old_total: correction.oldTotal,
    new_total: correction.newTotal,
    reason: correction.reason,
  });
}

export async function listCorrections(knex: Knex, limit = 50): Promise<Correction[]> {
  const rows = (await knex(T.corrections).orderBy('id', 'desc').limit(limit)) as Array<Record<string, unknown>>;
  return rows.map((r) => ({
    id: num(r.id),
    at: String(r.at),
    userId: r.user_id === null || r.user_id === undefined ? null : num(r.user_id),
    userName: String(r.user_name),
    oldTotal: num(r.old_total),
    newTotal: num(r.new_total),
    reason: String(r.reason),
  }));
}
