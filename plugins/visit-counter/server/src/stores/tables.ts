import type { Knex } from 'knex';

/**
 * The plugin's own tables (Strapi leaves tables it does not manage alone). None of them holds an IP
 * address or a user agent; visitor ids are salted hashes whose salt is deleted after two days, and the
 * per-day visitor rows are deleted with it.
 */
export const T = {
  totals: 'visit_counter_totals',
  days: 'visit_counter_days',
  dayVisitors: 'visit_counter_day_visitors',
  articles: 'visit_counter_articles',
  articleDays: 'visit_counter_article_days',
  /** Super Admins' corrections of the site total (who, when, old and new total, reason). */
  corrections: 'visit_counter_corrections',
} as const;

export async function ensureTables(knex: Knex): Promise<void> {
  const create = async (name: string, build: (t: Knex.CreateTableBuilder) => void) => {
    if (!(await knex.schema.hasTable(name))) await knex.schema.createTable(name, build);
  };
  await create(T.totals, (t) => {
    t.string('name', 32).primary();
    t.bigInteger('value').notNullable().defaultTo(0);
  });
  await create(T.days, (t) => {
    t.string('day', 10).primary();
    t.bigInteger('hits').notNullable().defaultTo(0);
    t.bigInteger('visitors').notNullable().defaultTo(0);
  });
  await create(T.dayVisitors, (t) => {
    t.string('day', 10).notNullable();
    t.string('visitor', 32).notNullable();
    t.primary(['day', 'visitor']);
  });
  await create(T.articles, (t) => {
    t.string('document_id', 64).primary();
    t.bigInteger('views').notNullable().defaultTo(0);
  });
  await create(T.articleDays, (t) => {
    t.string('day', 10).notNullable();
    t.string('document_id', 64).notNullable();
    t.bigInteger('views').notNullable().defaultTo(0);
    t.primary(['day', 'document_id']);
  });
}

/** Rows of a raw query on either driver (better-sqlite3 gives an array, pg a result object). */
export function rowsOf<R>(result: unknown): R[] {
  if (Array.isArray(result)) return result as R[];
  return ((result as { rows?: R[] })?.rows ?? []) as R[];
}

export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

/**
 * The one statement behind every counter: add to a row keyed by one or two columns, creating it if
 * missing (INSERT … ON CONFLICT DO UPDATE, SQLite and PostgreSQL), for `rows` rows at once.
 */
export function addToSql(table: string, keyColumns: string[], valueColumns: string[], rows = 1): string {
  const columns = [...keyColumns, ...valueColumns];
  const placeholders = Array.from({ length: rows }, () => `(${columns.map(() => '?').join(', ')})`).join(', ');
  const updates = valueColumns.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', ');
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${placeholders} ON CONFLICT (${keyColumns.join(', ')}) DO UPDATE SET ${updates}`;
}

/** The same statement through knex, 200 rows at a time (the PostgreSQL path and the Redis flush). */
export async function addTo(
  knex: Knex,
  table: string,
  keyColumns: string[],
  valueColumns: string[],
  rows: Array<Array<string | number>>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    const chunk = rows.slice(i, i + 200);
    await knex.raw(addToSql(table, keyColumns, valueColumns, chunk.length), chunk.flat());
  }
}
