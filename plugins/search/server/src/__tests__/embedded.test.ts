import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EmbeddedEngine } from '../engines/embedded';
import { topK } from '../engines/term-index';
import type { SearchQuery } from '../engines/types';
import { doc, query } from './fixtures';

const q = query;
const ids = async (engine: EmbeddedEngine, over: Partial<SearchQuery>) => (await engine.search(q(over))).docs.map((d) => d.id);

test('the embedded engine: diacritics, typos, prefixes, locales, filters, sort, pages, removal', async () => {
  const e = new EmbeddedEngine();
  await e.upsert([
    doc({ id: 'article-1', documentId: '1', title: 'Cải cách hành chính', categorySlug: 'reform', dateTs: 3 }),
    doc({ id: 'article-2', documentId: '2', title: 'Đường giao thông nông thôn', summary: '', tags: [], categorySlug: 'news', dateTs: 2 }),
    doc({ id: 'article-3', documentId: '3', title: 'Cải cách thủ tục', summary: '', categorySlug: 'reform', dateTs: 1 }),
    doc({ id: 'article-1', documentId: '1', locale: 'en', title: 'Administrative reform', summary: '', tags: [] }),
  ]);
  assert.deepEqual((await ids(e, { query: 'cai cach' })).sort(), ['article-1', 'article-3']);
  assert.deepEqual(await ids(e, { query: 'duong giao thonh' }), ['article-2'], 'one typo');
  assert.deepEqual(await ids(e, { query: 'giao tho' }), ['article-2'], 'last word as a prefix');
  assert.deepEqual(await ids(e, { query: 'reform', locale: 'en' }), ['article-1']);
  assert.deepEqual(await ids(e, { query: 'reform' }), [], 'the vi index has no English');
  assert.deepEqual(await ids(e, { query: 'cai cach', category: 'reform', sort: 'date' }), ['article-1', 'article-3']);
  assert.deepEqual(await ids(e, { query: 'cai cach', from: 2 }), ['article-1']);
  assert.deepEqual(await ids(e, { sort: 'date', pageSize: 2, page: 2 }), ['article-3'], 'no query: newest first, paged');
  assert.equal((await e.search(q({ pageSize: 2 }))).total, 3);
  await e.remove('article', 'vi', ['1']);
  assert.deepEqual(await ids(e, { query: 'cai cach' }), ['article-3']);
  assert.deepEqual(await ids(e, { query: 'reform', locale: 'en' }), ['article-1'], 'removing vi left en alone');
  assert.equal(await e.count('article', 'vi'), 2);
  await e.replace('article', 'vi', [doc({ id: 'article-9', documentId: '9', title: 'Mới' })]);
  assert.equal(await e.count('article', 'vi'), 1);
});

test('topK returns the same first items as a full sort', () => {
  const items = Array.from({ length: 5000 }, (_, i) => (i * 7919) % 5003);
  const cmp = (a: number, b: number) => b - a;
  assert.deepEqual(topK([...items], 25, cmp), [...items].sort(cmp).slice(0, 25));
  assert.deepEqual(topK([3, 1, 2], 10, cmp), [3, 2, 1]);
});
