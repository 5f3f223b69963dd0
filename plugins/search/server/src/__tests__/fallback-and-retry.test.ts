/**
 * Failure behaviour with Meilisearch as a test double: searches fall back to the embedded engine when
 * Meilisearch errors or is slow, and index updates wait in the persisted retry queue — across a
 * restart — until Meilisearch takes them.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import knexFactory, { type Knex } from 'knex';
import { EmbeddedEngine } from '../engines/embedded';
import { MeiliEngine } from '../engines/meilisearch';
import type { SearchQuery } from '../engines/types';
import { createRetryQueue, ensureQueueTable, QUEUE_TABLE } from '../services/retry-queue';
import { createSearch } from '../services/search';
import { useMeiliDouble } from './meili-double';
import { doc } from './fixtures';

process.stdout.write('# NOTE: Meilisearch here is a test double of its HTTP API; no real Meilisearch was run.\n');

const useDouble = useMeiliDouble({ before, after, beforeEach });

const q: SearchQuery = { query: 'duong giao thong', locale: 'vi', types: ['article'], sort: 'relevance', page: 1, pageSize: 10 };

async function setup(timeoutMs = 300) {
  const embedded = new EmbeddedEngine();
  await embedded.upsert([doc({ title: 'Đường giao thông nông thôn (embedded)' })]);
  const meili = new MeiliEngine({ host: useDouble().url, indexPrefix: 'portal', timeoutMs, taskTimeoutMs: 1000 });
  const warnings: string[] = [];
  const strapi = { log: { warn: (m: string) => warnings.push(m) } };
  const indexer = { meili, embedded, ensureEmbedded: async () => undefined };
  return { search: createSearch(strapi as never, indexer as never), warnings };
}

describe('search fallback (Meilisearch test double)', () => {
  test('Meilisearch answers when it is healthy, with highlights computed the same way', async () => {
    useDouble().state.searchHits = [doc()];
    useDouble().state.totalHits = 1;
    const { search } = await setup();
    const res = await search.search(q);
    assert.equal(res.engine, 'meilisearch');
    assert.equal(res.fallback, false);
    // "thôn" is one typo away from "thong": marked, as the engines match it.
    assert.equal(res.hits[0]!.titleHtml, '<mark>Đường</mark> <mark>giao</mark> <mark>thông</mark> nông <mark>thôn</mark>');
  });

  test('an error falls back to the embedded engine, which answers for the next 30 s', async () => {
    useDouble().state.status = 503;
    const { search, warnings } = await setup();
    const res = await search.search(q);
    assert.equal(res.engine, 'embedded');
    assert.equal(res.fallback, true);
    assert.equal(res.hits[0]!.title, 'Đường giao thông nông thôn (embedded)');
    assert.match(warnings[0]!, /Meilisearch failed .*double says no.*embedded engine answers/);
    const asked = useDouble().requests.length;
    await search.search(q);
    assert.equal(useDouble().requests.length, asked, 'Meilisearch is left alone while paused');
    useDouble().state.status = 0;
    search.resetFallback();
    assert.equal((await search.search(q)).engine, 'meilisearch');
  });

  test('a slow Meilisearch falls back within its timeout', async () => {
    useDouble().state.delayMs = 2000;
    const { search } = await setup(250);
    const started = Date.now();
    const res = await search.search(q);
    assert.equal(res.engine, 'embedded');
    assert.ok(Date.now() - started < 1500, `${Date.now() - started} ms`);
  });
});

describe('retry queue (persisted, Meilisearch test double)', () => {
  let dir: string;
  const open = (file: string): Knex => knexFactory({ client: 'better-sqlite3', connection: { filename: file }, useNullAsDefault: true });
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-queue-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('updates Meilisearch refused wait, survive a restart, and are applied once it is back', async () => {
    const file = path.join(dir, 'queue.db');
    const meili = new MeiliEngine({ host: useDouble().url, indexPrefix: 'portal', timeoutMs: 300, taskTimeoutMs: 1000 });
    const apply = (entry: { documentId: string; locale: string }) =>
      meili.upsert([doc({ documentId: entry.documentId, id: `article-${entry.documentId}`, locale: entry.locale })]);

    let db = open(file);
    await ensureQueueTable(db);
    await ensureQueueTable(db); // idempotent
    let queue = createRetryQueue(() => db);
    await queue.enqueue(db, [
      { type: 'article', documentId: 'a1', locale: 'vi' },
      { type: 'article', documentId: 'a1', locale: 'vi' },
      { type: 'article', documentId: 'a2', locale: 'en' },
    ]);
    useDouble().state.status = 503;
    assert.deepEqual(await queue.run(apply), { done: 0, failed: 1 });
    assert.equal(await queue.pending(), 3, 'nothing lost');
    assert.match((await queue.lastError()) ?? '', /double says no/);
    const failed = await db(QUEUE_TABLE).where({ document_id: 'a1' });
    assert.ok(
      failed.every((r) => r.attempts === 1 && Number(r.next_at) > Date.now()),
      'backs off',
    );
    assert.deepEqual(await queue.run(apply), { done: 0, failed: 1 }, 'a2 is tried while a1 waits, and waits too');
    assert.equal(await queue.pending(), 3);
    await db.destroy();

    // Restart: a new process opens the same table.
    db = open(file);
    queue = createRetryQueue(() => db);
    assert.equal(await queue.pending(), 3, 'still there after the restart');
    useDouble().state.status = 0;
    useDouble().clear();
    await db(QUEUE_TABLE).update({ next_at: 0 }); // time passes
    const pass = await queue.run(apply);
    assert.equal(pass.failed, 0);
    assert.equal(await queue.pending(), 0);
    const sent = useDouble()
      .writes()
      .filter((r) => r.path.endsWith('/documents'))
      .map((r) => `${r.path}:${(r.body as Array<{ id: string }>)[0]!.id}`);
    assert.deepEqual(
      sent.sort(),
      ['/indexes/portal_en/documents:article-a2', '/indexes/portal_vi/documents:article-a1'],
      'each entry once, duplicates merged',
    );
    await db.destroy();
  });
});
