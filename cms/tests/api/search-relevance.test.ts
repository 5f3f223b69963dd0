/**
 * The search relevance set (plugins/search/server/src/__tests__/relevance.json) on the demo content,
 * through GET /api/search: the embedded engine always, a real Meilisearch only when MEILISEARCH_HOST
 * is set (none runs on these machines; the output then says so).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startSeededServer, type SeededServer } from '../helpers/portal';
import relevance from '../../../plugins/search/server/src/__tests__/relevance.json';

type Case = { locale: string; query: string; first?: string; suggestion?: string };
const CASES = relevance.cases as Case[];
const MEILI_HOST = process.env.MEILISEARCH_HOST;

function relevanceSuite(label: string, env: Record<string, string>, engine: string) {
  describe(`search relevance set (${label})`, () => {
    let seeded: SeededServer;
    before(async () => {
      seeded = await startSeededServer({ env });
    });
    after(() => seeded?.stop());

    for (const c of CASES) {
      test(`${c.locale} "${c.query}" → ${c.first ?? ''}${c.suggestion ? ` (Có phải bạn muốn tìm: ${c.suggestion})` : ''}`, async () => {
        const res = await seeded.api.get(`/api/search?${new URLSearchParams({ q: c.query, locale: c.locale })}`);
        assert.equal(res.status, 200, res.text);
        const data = res.json.data as { engine: string; suggestion: string | null; hits: Array<{ title: string }> };
        assert.equal(data.engine, engine);
        const titles = data.hits.map((h) => h.title);
        if (c.first) assert.equal(titles[0], c.first, `lists: ${titles.join(' | ')}`);
        else assert.ok(titles.length > 0, 'found something');
        assert.equal(data.suggestion, c.suggestion ?? null);
      });
    }
  });
}

relevanceSuite('embedded', {}, 'embedded');
if (MEILI_HOST) relevanceSuite('Meilisearch', { MEILISEARCH_HOST: MEILI_HOST }, 'meilisearch');
else test('search relevance set on Meilisearch: NOT RUN (MEILISEARCH_HOST is not set)', { skip: true }, () => undefined);
