import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { prepareSqliteConnection } from '../sqlite';

/**
 * Another process writes to the same file while this one is inside a transaction that read first and
 * writes next, as Strapi does when it links a relation (`npm run import:dossiers` next to the running
 * portal). The knex way of beginning (`BEGIN;`) is used on purpose.
 */
function otherProcessWrites(file: string, text: string) {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.pragma('busy_timeout = 10000');
    try { db.prepare('INSERT INTO notes (text) VALUES (?)').run(process.argv[2]); process.stdout.write('ok'); }
    catch (e) { process.stdout.write(e.code || e.message); }`;
  const child = spawn(process.execPath, ['-e', script, file, text], { cwd: __dirname, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  return new Promise<string>((resolve) => child.on('exit', () => resolve(out)));
}

function database(prepared: boolean) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sqlite-')), 'data.db');
  const conn = new Database(file);
  if (prepared) prepareSqliteConnection(conn, { wal: true, busyTimeoutMs: 10_000 });
  else conn.pragma('journal_mode = WAL');
  conn.prepare('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)').run();
  return { file, conn };
}

async function readThenWriteWhileAnotherProcessWrites(prepared: boolean) {
  const { file, conn } = database(prepared);
  conn.prepare('BEGIN;').run();
  conn.prepare('SELECT count(*) AS n FROM notes').get();
  const other = otherProcessWrites(file, 'from the import');
  // Give the other process time to start and try its write.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  let ours = 'ok';
  try {
    conn.prepare('INSERT INTO notes (text) VALUES (?)').run('from the portal');
    conn.prepare('COMMIT;').run();
  } catch (error) {
    ours = (error as { code?: string }).code ?? String(error);
    conn.prepare('ROLLBACK;').run();
  }
  const theirs = await other;
  const stored = (conn.prepare('SELECT text FROM notes ORDER BY text').all() as Array<{ text: string }>).map((r) => r.text);
  conn.close();
  return { ours, theirs, stored };
}

test('a transaction that reads, then writes, waits its turn instead of failing while another process writes', async () => {
  const result = await readThenWriteWhileAnotherProcessWrites(true);
  assert.deepEqual(result, { ours: 'ok', theirs: 'ok', stored: ['from the import', 'from the portal'] });
});

test('without it, SQLite refuses such a transaction at once (what the setup prevents)', async () => {
  const result = await readThenWriteWhileAnotherProcessWrites(false);
  assert.equal(result.theirs, 'ok');
  assert.match(result.ours, /^SQLITE_BUSY/);
  assert.deepEqual(result.stored, ['from the import']);
});

test('WAL and the busy timeout are set on every connection', () => {
  const { conn } = database(true);
  assert.equal(conn.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(conn.pragma('busy_timeout', { simple: true }), 10_000);
  assert.equal(conn.pragma('synchronous', { simple: true }), 1);
  conn.close();
});
