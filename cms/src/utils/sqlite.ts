/**
 * How every SQLite connection of the portal is set up (knex's pool `afterCreate`, better-sqlite3).
 *
 * - Write-ahead log: readers never wait for a writer, and a commit does not wait for the disk
 *   (synchronous=NORMAL: a committed transaction survives a process crash; only a power cut can take
 *   back the last ones). Counters and comments commit many small transactions.
 * - A writer waits for another one (busy_timeout) instead of failing at once.
 * - Transactions take the write lock when they begin (`BEGIN IMMEDIATE`). Knex begins them with a plain
 *   `BEGIN`, which takes it only at the first write: a transaction that reads first (Strapi reads the
 *   link order before it writes a relation) then fails at once with "database is locked" whenever another
 *   process (the running portal, while `npm run import:dossiers` or `npm run seed` works on the same
 *   file) committed in between; SQLite does not wait in that case, since waiting could not help. Taking
 *   the lock first makes such a transaction wait its turn like any other writer. Within one process it
 *   changes nothing: knex gives SQLite a single connection, so transactions already take turns.
 */
export interface SqliteConnection {
  pragma(sql: string): unknown;
  prepare(sql: string): unknown;
}

const PLAIN_BEGIN = /^\s*BEGIN\s*(TRANSACTION)?\s*;?\s*$/i;

export function prepareSqliteConnection(conn: SqliteConnection, options: { wal: boolean; busyTimeoutMs: number }): void {
  if (options.wal) {
    conn.pragma('journal_mode = WAL');
    conn.pragma('synchronous = NORMAL');
  }
  conn.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs))}`);
  const prepare = conn.prepare.bind(conn);
  conn.prepare = (sql: string) => prepare(PLAIN_BEGIN.test(sql) ? 'BEGIN IMMEDIATE;' : sql);
}
