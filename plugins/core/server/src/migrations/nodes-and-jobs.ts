import type { Knex } from 'knex';

export const NODES_TABLE = 'portal_nodes';
export const JOB_LEASES_TABLE = 'portal_job_leases';

/**
 * Two small tables for running several CMS nodes on one database (Strapi migration, registered by the
 * core at register): `portal_nodes` — one heartbeat row per running node (id, host, pid, started,
 * last seen); `portal_job_leases` — who runs each periodic job now, until when, and when it last ran.
 * Times are milliseconds since the epoch (bigint), compared with the node's clock.
 */
export const nodesAndJobsMigration = {
  name: 'portal-core-02-nodes-and-jobs',
  async up(knex: Knex) {
    if (!(await knex.schema.hasTable(NODES_TABLE))) {
      await knex.schema.createTable(NODES_TABLE, (t) => {
        t.string('id', 80).primary();
        t.string('host', 255).notNullable();
        t.integer('pid').notNullable();
        t.bigInteger('started_at').notNullable();
        t.bigInteger('last_seen').notNullable();
      });
    }
    if (!(await knex.schema.hasTable(JOB_LEASES_TABLE))) {
      await knex.schema.createTable(JOB_LEASES_TABLE, (t) => {
        t.string('name', 80).primary();
        t.string('holder', 80).notNullable();
        t.bigInteger('expires_at').notNullable();
        t.bigInteger('last_run_at').nullable();
        t.string('last_run_by', 80).nullable();
      });
    }
  },
  async down() {
    // Heartbeats and leases are rebuilt by the running nodes: nothing to restore.
  },
};
