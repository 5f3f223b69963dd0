'use strict';

/**
 * The audit trail (src/bootstrap/audit-trail.ts): one row per staff action, written by the CMS and
 * never changed afterwards. A table of its own, outside Strapi's content types, so no content
 * manager, REST or GraphQL route can reach it; rows leave only by the retention purge.
 */
module.exports = {
  async up(knex) {
    if (await knex.schema.hasTable('portal_audit_entries')) return;
    await knex.schema.createTable('portal_audit_entries', (t) => {
      t.increments('id').primary();
      t.timestamp('occurred_at', { useTz: true }).notNullable();
      t.string('action', 32).notNullable();
      t.integer('actor_id').nullable();
      t.string('actor_name', 255).nullable();
      t.string('actor_email', 255).nullable();
      t.string('subject_type', 255).nullable();
      t.string('document_id', 64).nullable();
      t.string('title', 512).nullable();
      t.string('locale', 16).nullable();
      t.text('details').nullable();
      t.index(['occurred_at'], 'portal_audit_entries_occurred_idx');
      t.index(['subject_type', 'document_id'], 'portal_audit_entries_document_idx');
      t.index(['actor_id'], 'portal_audit_entries_actor_idx');
    });
  },
  async down() {
    // The trail is kept: no down migration.
  },
};
