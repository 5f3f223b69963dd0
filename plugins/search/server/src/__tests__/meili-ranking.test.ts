/**
 * The Meilisearch engine's share of issue 23.1, against the test double of its HTTP API (no real
 * Meilisearch runs on these machines): the ranking and typo settings it sends, and the corrected
 * query offered when Meilisearch answers (taken from the embedded index's vocabulary).
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { EmbeddedEngine } from '../engines/embedded';
import { MeiliEngine } from '../engines/meilisearch';
import { createSearch } from '../services/search';
import { doc } from './fixtures';
import { useMeiliDouble } from './meili-double';

process.stdout.write('# NOTE: Meilisearch here is a test double of its HTTP API; no real Meilisearch was run.\n');

const useDouble = useMeiliDouble({ before, after, beforeEach });
const engine = () => new MeiliEngine({ host: useDouble().url, indexPrefix: 'portal', timeoutMs: 1000, taskTimeoutMs: 1000 });

describe('Meilisearch ranking and typos (test double)', () => {
  test('the index ranks as the embedded engine: typos, proximity, title then summary then body, date last', async () => {
    await engine().upsert([doc()]);
    const settings = useDouble()
      .writes()
      .find((r) => r.path.endsWith('/settings'))!.body as {
      rankingRules: string[];
      searchableAttributes: string[];
      typoTolerance: { minWordSizeForTypos: { oneTypo: number; twoTypos: number } };
    };
    assert.deepEqual(settings.rankingRules, ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', 'dateTs:desc']);
    const order = settings.searchableAttributes;
    assert.deepEqual(order.slice(0, 4), ['title', 'title_folded', 'summary', 'summary_folded']);
    assert.deepEqual(order.slice(-2), ['body', 'body_folded']);
    assert.deepEqual(settings.typoTolerance.minWordSizeForTypos, { oneTypo: 3, twoTypos: 9 }, 'a typo in a 3-letter syllable');
  });

  test('a typo answered by Meilisearch still offers the corrected query, and marks the corrected word', async () => {
    const found = doc({ title: 'Triển khai nhiệm vụ cải cách hành chính năm 2020' });
    useDouble().state.searchHits = [found];
    useDouble().state.totalHits = 1;
    const embedded = new EmbeddedEngine();
    await embedded.upsert([found]);
    const indexer = { meili: engine(), embedded, ensureEmbedded: async () => undefined };
    const search = createSearch({ log: { warn: () => undefined } } as never, indexer as never);
    const typo = await search.search({
      query: 'cai cach hàh chinh',
      locale: 'vi',
      types: ['article'],
      sort: 'relevance',
      page: 1,
      pageSize: 10,
    });
    assert.equal(typo.engine, 'meilisearch');
    assert.equal(typo.suggestion, 'cải cách hành chính');
    assert.match(typo.hits[0]!.titleHtml, /<mark>hành<\/mark> <mark>chính<\/mark>/);
    const right = await search.search({
      query: 'cai cach hanh chinh',
      locale: 'vi',
      types: ['article'],
      sort: 'relevance',
      page: 1,
      pageSize: 10,
    });
    assert.equal(right.suggestion, null);
  });
});
