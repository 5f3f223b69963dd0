/**
 * The Meilisearch engine against a test double of its HTTP API (no Meilisearch server package exists
 * for these machines): what it sends, how it waits for tasks, and what it does on errors and timeouts.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { MeiliEngine } from '../engines/meilisearch';
import { describeError } from '../utils/errors';
import type { SearchQuery } from '../engines/types';
import { doc } from './fixtures';
import { useMeiliDouble } from './meili-double';

process.stdout.write('# NOTE: these tests talk to a test double of the Meilisearch HTTP API, not to a real Meilisearch.\n');

const query = (over: Partial<SearchQuery> = {}): SearchQuery => ({
  query: 'Đường GIAO',
  locale: 'vi',
  types: ['article'],
  sort: 'relevance',
  page: 2,
  pageSize: 5,
  ...over,
});

const useDouble = useMeiliDouble({ before, after, beforeEach });
const engine = (timeoutMs = 1000) =>
  new MeiliEngine({ host: useDouble().url, apiKey: 'test-key', indexPrefix: 'portal', timeoutMs, taskTimeoutMs: 2000 });

describe('Meilisearch engine (test double)', () => {
  test('creates the locale index with its settings, then sends folded copies of the text, waiting for each task', async () => {
    await engine().upsert([doc()]);
    const writes = useDouble().writes();
    assert.deepEqual(
      writes.map((r) => `${r.method} ${r.path}`),
      ['POST /indexes', 'PATCH /indexes/portal_vi/settings', 'POST /indexes/portal_vi/documents'],
    );
    assert.deepEqual(writes[0]!.body, { uid: 'portal_vi', primaryKey: 'id' });
    const settings = writes[1]!.body as {
      searchableAttributes: string[];
      filterableAttributes: string[];
      sortableAttributes: string[];
      typoTolerance: Record<string, unknown>;
      displayedAttributes: string[];
    };
    assert.ok(settings.searchableAttributes.includes('title_folded') && settings.searchableAttributes[0] === 'title');
    assert.deepEqual(settings.filterableAttributes, ['type', 'categorySlug', 'dateTs']);
    assert.deepEqual(settings.sortableAttributes, ['dateTs']);
    assert.equal(settings.typoTolerance.enabled, true);
    assert.ok(!settings.displayedAttributes.includes('title_folded'), 'folded copies are never returned');
    const [sent] = writes[2]!.body as Array<Record<string, unknown>>;
    assert.equal(sent!.title_folded, 'duong giao thong nong thon');
    assert.equal(sent!.tags_folded, 'dat dai');
    assert.equal(sent!.id, 'article-abc');
    const waited = useDouble().requests.filter((r) => r.path.startsWith('/tasks/')).length;
    assert.ok(waited >= 3, `every task awaited (${waited})`);
  });

  test('a change in one locale only ever reaches that locale’s index', async () => {
    const e = engine();
    await e.remove('article', 'en', ['abc']);
    await e.upsert([doc({ locale: 'en', id: 'article-abc' })]);
    const paths = useDouble()
      .writes()
      .map((r) => r.path);
    assert.ok(
      paths.every((p) => p === '/indexes' || p.startsWith('/indexes/portal_en/')),
      paths.join(', '),
    );
    assert.deepEqual(
      useDouble()
        .writes()
        .find((r) => r.path.endsWith('/delete-batch'))!.body,
      ['article-abc'],
    );
  });

  test('searches with a folded query, filters, sort and page', async () => {
    useDouble().state.searchHits = [doc()];
    useDouble().state.totalHits = 7;
    const from = Date.parse('2021-01-01T00:00:00+07:00');
    const result = await engine().search(query({ category: 'thong-bao', from, sort: 'date' }));
    const sent = useDouble().requests.find((r) => r.path === '/indexes/portal_vi/search')!.body as Record<string, unknown>;
    assert.equal(sent.q, 'duong giao');
    assert.deepEqual(sent.filter, ['type IN ["article"]', 'categorySlug = "thong-bao"', `dateTs >= ${from}`]);
    assert.deepEqual(sent.sort, ['dateTs:desc']);
    assert.equal(sent.page, 2);
    assert.equal(sent.hitsPerPage, 5);
    assert.equal(sent.matchingStrategy, 'all');
    assert.equal(result.total, 7);
    assert.equal(result.docs[0]!.title, 'Đường giao thông nông thôn');
  });

  test('quotes filter values so a category cannot change the filter', async () => {
    await engine().search(query({ category: 'a" OR type = "x' }));
    const sent = useDouble().requests.find((r) => r.path.endsWith('/search'))!.body as { filter: string[] };
    assert.equal(sent.filter[1], 'categorySlug = "a\\" OR type = \\"x"');
  });

  test('a failed task is an error naming the task and Meilisearch’s reason', async () => {
    const e = engine();
    await e.upsert([doc()]); // index ready
    useDouble().state.failTasks = true;
    await assert.rejects(e.upsert([doc({ title: 'x' })]), /task \d+ \(documentAdditionOrUpdate\) failed: double: invalid document/);
  });

  test('an HTTP error is an error', async () => {
    useDouble().state.status = 503;
    await assert.rejects(engine().search(query()), /double says no/);
  });

  test('a slow Meilisearch times out instead of hanging', async () => {
    useDouble().state.delayMs = 1500;
    const started = Date.now();
    const error = await engine(200)
      .search(query())
      .catch((e: unknown) => e);
    assert.match(describeError(error), /timed out after 200ms/);
    assert.ok(Date.now() - started < 1200, `gave up after ${Date.now() - started} ms`);
  });

  test('an index that could not be prepared is prepared again on the next call', async () => {
    const e = engine();
    useDouble().state.status = 500;
    await assert.rejects(e.upsert([doc()]));
    useDouble().state.status = 0;
    useDouble().clear();
    await e.upsert([doc()]);
    assert.deepEqual(
      useDouble()
        .writes()
        .map((r) => r.path),
      ['/indexes', '/indexes/portal_vi/settings', '/indexes/portal_vi/documents'],
    );
  });
});
