import type { Knex } from 'knex';

export const SALTS_TABLE = 'portal_visitor_salts';

/**
 * One table of daily salts for every plugin (Strapi migration, registered by the core at register and
 * run by Strapi before the schema sync). The visit counter's salts are moved (same format and time
 * zone, so today's visitor ids stay the same); the reviews salts (UTC days, another format) are dropped:
 * a rating made earlier today by a visitor without the cookie can be replaced once by a new one.
 */
export const visitorSaltsMigration = {
  name: 'portal-core-01-visitor-salts',
  async up(knex: Knex) {
    if (!(await knex.schema.hasTable(SALTS_TABLE))) {
      await knex.schema.createTable(SALTS_TABLE, (t) => {
        t.string('day', 10).primary();
        t.string('salt', 64).notNullable();
        t.bigInteger('created_at').notNullable();
      });
    }
    if (await knex.schema.hasTable('visit_counter_salts')) {
      const rows = (await knex('visit_counter_salts').select('day', 'salt')) as Array<{ day: string; salt: string }>;
      for (const row of rows) {
        await knex(SALTS_TABLE).insert({ day: row.day, salt: row.salt, created_at: Date.now() }).onConflict('day').ignore();
      }
      await knex.schema.dropTable('visit_counter_salts');
    }
    if (await knex.schema.hasTable('reviews_salts')) await knex.schema.dropTable('reviews_salts');
  },
  async down() {
    // Salts are secrets deleted after two days anyway: nothing to restore.
  },
};
