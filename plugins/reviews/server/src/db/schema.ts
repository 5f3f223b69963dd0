/**
 * The plugin's own tables, created idempotently with knex at boot (SQLite and PostgreSQL). Strapi
 * leaves tables it does not know alone. Times are epoch milliseconds (bigint) on both databases.
 */
import type { Knex } from 'knex';

export const T = {
  comments: 'reviews_comments',
  reports: 'reviews_reports',
  ratings: 'reviews_ratings',
  totals: 'reviews_rating_totals',
  captcha: 'reviews_captcha_used',
} as const;

type Builder = (t: Knex.CreateTableBuilder) => void;

const TABLES: Array<[string, Builder]> = [
  [
    T.comments,
    (t) => {
      t.increments('id').primary();
      t.string('article_document_id', 64).notNullable();
      t.string('locale', 8).notNullable();
      t.integer('parent_id').nullable();
      t.string('author_name', 200).notNullable();
      t.string('email', 254).nullable();
      t.text('body').notNullable();
      t.string('status', 16).notNullable();
      t.string('visitor_hash', 64).notNullable();
      t.integer('report_count').notNullable().defaultTo(0);
      t.bigInteger('consent_at').nullable();
      t.string('consent_version', 32).nullable();
      t.bigInteger('created_at').notNullable();
      t.bigInteger('updated_at').notNullable();
      t.index(['article_document_id', 'locale', 'status', 'created_at'], 'reviews_comments_article_idx');
      t.index(['status', 'created_at'], 'reviews_comments_status_idx');
      t.index(['parent_id'], 'reviews_comments_parent_idx');
    },
  ],
  [
    T.reports,
    (t) => {
      t.integer('comment_id').notNullable();
      t.string('reporter_hash', 64).notNullable();
      t.bigInteger('created_at').notNullable();
      t.primary(['comment_id', 'reporter_hash']);
    },
  ],
  [
    T.ratings,
    (t) => {
      t.increments('id').primary();
      t.string('article_document_id', 64).notNullable();
      t.string('locale', 8).notNullable();
      t.string('visitor_hash', 64).notNullable();
      t.integer('stars').notNullable();
      t.bigInteger('created_at').notNullable();
      t.bigInteger('updated_at').notNullable();
      t.unique(['article_document_id', 'locale', 'visitor_hash'], { indexName: 'reviews_ratings_visitor_uq' });
    },
  ],
  [
    T.totals,
    (t) => {
      t.string('article_document_id', 64).notNullable();
      t.string('locale', 8).notNullable();
      t.integer('count').notNullable().defaultTo(0);
      t.integer('sum').notNullable().defaultTo(0);
      for (const s of [1, 2, 3, 4, 5]) t.integer(`s${s}`).notNullable().defaultTo(0);
      t.bigInteger('updated_at').notNullable();
      t.primary(['article_document_id', 'locale']);
    },
  ],
  [
    T.captcha,
    (t) => {
      t.string('signature', 128).primary();
      t.bigInteger('expires_at').notNullable();
      t.index(['expires_at'], 'reviews_captcha_expiry_idx');
    },
  ],
];

/** Columns added after the first release: added to existing tables at boot. */
const ADDED_COLUMNS: Array<[string, string, Builder]> = [
  [T.comments, 'consent_at', (t) => t.bigInteger('consent_at').nullable()],
  [T.comments, 'consent_version', (t) => t.string('consent_version', 32).nullable()],
];

export async function ensureTables(knex: Knex): Promise<void> {
  for (const [name, build] of TABLES) {
    if (await knex.schema.hasTable(name)) continue;
    try {
      await knex.schema.createTable(name, build);
    } catch (error) {
      // Another instance created it between the check and the create.
      if (!(await knex.schema.hasTable(name))) throw error;
    }
  }
  for (const [table, column, build] of ADDED_COLUMNS) {
    if (await knex.schema.hasColumn(table, column)) continue;
    try {
      await knex.schema.alterTable(table, build);
    } catch (error) {
      if (!(await knex.schema.hasColumn(table, column))) throw error;
    }
  }
}
