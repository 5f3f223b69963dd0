'use strict';

/**
 * The sitemap's partial covering indexes (src/api/sitemap/services/sitemap.ts reads its slices from them): the
 * published rows of each type by (locale, id), carrying document_id, slug and updated_at, so finding a slice's
 * first id is an index-only scan. Idempotent (IF NOT EXISTS); the same SQL on SQLite and PostgreSQL.
 *
 * Strapi runs the migrations before it creates or changes the content tables. On a database that has no content
 * tables yet (a new site), the indexes are created right after Strapi has made them (the content-types afterSync
 * hook of the same boot); on an existing site, here.
 */
const TYPES = ['api::article.article', 'api::category.category', 'api::official-document.official-document'];

/** @param {import('knex').Knex} knex @param {{ metadata: Map<string, { tableName: string }> }} db */
async function createIndexes(knex, db) {
  for (const uid of TYPES) {
    const table = db.metadata.get(uid).tableName;
    const drafts = Boolean(global.strapi.contentType(uid)?.options?.draftAndPublish);
    const where = drafts ? ' WHERE published_at IS NOT NULL' : '';
    await knex.raw(`CREATE INDEX IF NOT EXISTS ?? ON ?? (locale, id, document_id, slug, updated_at)${where}`, [
      `${table}_sitemap_idx`,
      table,
    ]);
  }
}

module.exports = {
  async up(knex, db) {
    const tables = TYPES.map((uid) => db.metadata.get(uid).tableName);
    const present = await Promise.all(tables.map((table) => knex.schema.hasTable(table)));
    if (present.every(Boolean)) return createIndexes(knex, db);
    global.strapi.hook('strapi::content-types.afterSync').register(() => createIndexes(db.connection, db));
  },
  async down(knex, db) {
    for (const uid of TYPES) await knex.raw('DROP INDEX IF EXISTS ??', [`${db.metadata.get(uid).tableName}_sitemap_idx`]);
  },
};
