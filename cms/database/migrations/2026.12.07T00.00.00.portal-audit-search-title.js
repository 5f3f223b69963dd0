'use strict';

/**
 * The audit trail's title folded for the filter (lower case, no Vietnamese marks), so "dong" and "Đồng" find
 * "thạch đồng" on SQLite and PostgreSQL alike. Written with each entry (src/bootstrap/audit-trail.ts), filled
 * for older entries at boot.
 */
module.exports = {
  async up(knex) {
    if (!(await knex.schema.hasTable('portal_audit_entries'))) return;
    if (await knex.schema.hasColumn('portal_audit_entries', 'search_title')) return;
    await knex.schema.alterTable('portal_audit_entries', (t) => {
      t.string('search_title', 512).nullable();
    });
  },
  async down() {
    // The trail is kept: no down migration.
  },
};
