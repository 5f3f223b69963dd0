/**
 * Search (plugins/search) as citizens and editors meet it, on a real Strapi: one behaviour suite run
 * against the embedded engine, then — only when MEILISEARCH_HOST is set — the same suite against a
 * real Meilisearch, and a server whose Meilisearch is unreachable (fallback + persisted retry queue).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  adminToken,
  baseEnv,
  client,
  createDatabase,
  freePort,
  run,
  seed,
  startServer,
  type Database,
  type Server,
} from '../helpers/portal';
import { startMeiliDouble } from '../../../plugins/search/server/src/__tests__/meili-double';

const TSX = require.resolve('tsx/cli');

const CM = '/content-manager/collection-types/api::article.article';
const MEILI_HOST = process.env.MEILISEARCH_HOST;

type Api = ReturnType<typeof client>;
type Hit = {
  documentId: string;
  locale: string;
  title: string;
  titleHtml: string;
  snippetHtml: string;
  categorySlug: string;
  date: string;
  type: string;
};

/** Polls until `check` passes (Meilisearch indexes asynchronously; the embedded engine passes at once). */
async function eventually(check: () => Promise<void>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

function behaviourSuite(label: string, env: () => Record<string, string>, expectedEngine: 'embedded' | 'meilisearch') {
  describe(`search behaviour (${label})`, () => {
    let db: Database;
    let server: Server;
    let api: Api;
    let auth: Record<string, string>;
    const categories: Record<string, Array<{ documentId: string; slug: string }>> = {};
    const ids: Record<string, string> = {};

    const search = async (params: Record<string, string | number>) => {
      const qs = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
      const res = await api.get(`/api/search?${qs}`);
      assert.equal(res.status, 200, res.text);
      assert.equal(res.json.data.engine, expectedEngine);
      return res.json.data as { total: number; page: number; pageCount: number; hits: Hit[] };
    };
    const found = async (params: Record<string, string | number>) => (await search(params)).hits.map((h) => `${h.documentId}:${h.locale}`);

    async function cm(method: string, path: string, body: unknown = {}) {
      const res = await api.request(method, path, body, auth);
      assert.ok(res.status < 300, `${method} ${path}: ${res.status} ${res.text}`);
      return res.json;
    }
    async function article(
      locale: string,
      data: Record<string, unknown>,
      opts: { documentId?: string; category?: number; publish?: boolean } = {},
    ) {
      const cat = categories[locale]![opts.category ?? 0]!;
      const body = { featured: false, category: { connect: [{ documentId: cat.documentId, locale }] }, ...data };
      const saved = opts.documentId
        ? await cm('PUT', `${CM}/${opts.documentId}?locale=${locale}`, body)
        : await cm('POST', `${CM}?locale=${locale}`, body);
      const documentId = saved.data.documentId as string;
      if (opts.publish !== false) await cm('POST', `${CM}/${documentId}/actions/publish?locale=${locale}`);
      return documentId;
    }

    before(async () => {
      db = await createDatabase();
      const seeded = await seed(db);
      assert.equal(seeded.code, 0, seeded.stderr);
      server = await startServer(db, env());
      api = client(server.url);
      auth = { authorization: `Bearer ${await adminToken(server.url)}` };
      for (const locale of ['vi', 'en']) {
        const res = await api.get(`/api/categories?locale=${locale}&sort=order&fields[0]=slug&pagination[pageSize]=50`);
        categories[locale] = res.json.data.filter((c: { slug: string }) => c.slug);
      }
      const vi = (title: string, extra: Record<string, unknown> = {}) => ({
        title,
        slug: `s-${Math.random().toString(36).slice(2, 10)}`,
        ...extra,
      });
      ids.coop = await article(
        'vi',
        vi('Hợp tác xã Mường Thanh Lạc đón nhận Huân chương Lao động', {
          summary: 'Đại diện hợp tác xã nhận phần thưởng cao quý.',
          publicationDate: '2021-03-15T03:00:00.000Z',
        }),
        { category: 1 },
      );
      await article(
        'en',
        {
          title: 'Muong Thanh Lac cooperative receives the Labour Order',
          slug: 'muong-thanh-lac-labour-order',
          summary: 'The cooperative was honoured.',
          publicationDate: '2021-03-15T03:00:00.000Z',
        },
        { documentId: ids.coop, category: 1 },
      );
      ids.dam = await article('vi', vi('Khởi công nâng cấp đập Đá Xanh Quỳnh Đôi', { publicationDate: '2022-06-01T03:00:00.000Z' }), {
        category: 2,
      });
      ids.draft = await article('vi', vi('Bản nháp về Pơ Lang Kriêng chưa duyệt'), { publish: false });
      ids.escaped = await article(
        'vi',
        vi('Hội thảo <script>alert(1)</script> về Mường Thanh Lạc & Ngàn Trươi', { publicationDate: '2020-01-10T03:00:00.000Z' }),
      );
      for (let n = 1; n <= 5; n += 1) {
        await article('vi', vi(`Bản tin Vũ Quang Hạ Vàng số ${n}`, { publicationDate: `2023-0${n}-05T03:00:00.000Z` }));
      }
    });

    after(async () => {
      await server?.stop();
      await db?.drop();
    });

    test('ignores Vietnamese diacritics, đ included, and marks the matching words', async () => {
      await eventually(async () => {
        const hits = (await search({ q: 'muong thanh lac', locale: 'vi' })).hits;
        assert.ok(
          hits.some((h) => h.documentId === ids.coop),
          'typed without diacritics',
        );
        const coop = hits.find((h) => h.documentId === ids.coop)!;
        assert.match(coop.titleHtml, /<mark>Mường<\/mark> <mark>Thanh<\/mark> <mark>Lạc<\/mark>/);
        assert.deepEqual(await found({ q: 'dap da xanh', locale: 'vi' }), [`${ids.dam}:vi`], 'đ matches d');
        assert.deepEqual(await found({ q: 'ĐẬP ĐÁ XANH', locale: 'vi' }), [`${ids.dam}:vi`], 'with diacritics and upper case');
      });
    });

    test('tolerates a typo and matches a word by its beginning', async () => {
      await eventually(async () => {
        assert.ok((await found({ q: 'muongg thanh lac', locale: 'vi' })).includes(`${ids.coop}:vi`), 'one extra letter');
        assert.ok((await found({ q: 'hop tac xa muong tha', locale: 'vi' })).includes(`${ids.coop}:vi`), 'prefix of the last word');
      });
    });

    test('escapes HTML in titles and snippets', async () => {
      await eventually(async () => {
        const hit = (await search({ q: 'ngan truoi', locale: 'vi' })).hits.find((h) => h.documentId === ids.escaped);
        assert.ok(hit);
        assert.ok(!hit.titleHtml.includes('<script>'));
        assert.match(hit.titleHtml, /&lt;script&gt;alert\(1\)&lt;\/script&gt;.*&amp; <mark>Ngàn<\/mark> <mark>Trươi<\/mark>/);
      });
    });

    test('keeps locales apart', async () => {
      await eventually(async () => {
        const en = await search({ q: 'muong thanh', locale: 'en' });
        assert.deepEqual(
          en.hits.map((h) => `${h.documentId}:${h.locale}`),
          [`${ids.coop}:en`],
        );
        const vi = await search({ q: 'muong thanh lac', locale: 'vi' });
        assert.ok(vi.hits.every((h) => h.locale === 'vi'));
        assert.deepEqual(await found({ q: 'labour order', locale: 'vi' }), []);
      });
    });

    test('never finds drafts, nor the draft changes of a published article', async () => {
      await cm('PUT', `${CM}/${ids.dam}?locale=vi`, { title: 'Tiêu đề nháp Kriêng Bông chưa xuất bản' });
      await new Promise((r) => setTimeout(r, 500));
      await eventually(async () => {
        assert.deepEqual(await found({ q: 'krieng', locale: 'vi' }), []);
        assert.deepEqual(await found({ q: 'dap da xanh', locale: 'vi' }), [`${ids.dam}:vi`], 'the published version stays');
      });
    });

    test('publishing a new version replaces the indexed one', async () => {
      await cm('POST', `${CM}/${ids.dam}/actions/publish?locale=vi`);
      await eventually(async () => {
        assert.deepEqual(await found({ q: 'krieng bong', locale: 'vi' }), [`${ids.dam}:vi`]);
        assert.deepEqual(await found({ q: 'dap da xanh', locale: 'vi' }), []);
      });
    });

    test('unpublishing one locale removes only that locale', async () => {
      await cm('POST', `${CM}/${ids.coop}/actions/unpublish?locale=en`);
      await eventually(async () => {
        assert.deepEqual(await found({ q: 'muong thanh', locale: 'en' }), []);
        assert.ok((await found({ q: 'muong thanh lac', locale: 'vi' })).includes(`${ids.coop}:vi`));
      });
      await cm('POST', `${CM}/${ids.coop}/actions/publish?locale=en`);
      await eventually(async () => assert.deepEqual(await found({ q: 'muong thanh', locale: 'en' }), [`${ids.coop}:en`]));
    });

    test('filters by category and by date range (inclusive days, Vietnam time)', async () => {
      const [reform, other] = [categories.vi![1]!.slug, categories.vi![2]!.slug];
      await eventually(async () => {
        assert.ok((await found({ q: 'muong thanh lac', locale: 'vi', category: reform })).includes(`${ids.coop}:vi`));
        assert.ok(!(await found({ q: 'muong thanh lac', locale: 'vi', category: other })).includes(`${ids.coop}:vi`));
        assert.ok((await found({ q: 'muong thanh lac', locale: 'vi', from: '2021-03-15', to: '2021-03-15' })).includes(`${ids.coop}:vi`));
        assert.deepEqual(await found({ q: 'muong thanh lac', locale: 'vi', from: '2021-03-16' }), []);
        assert.deepEqual(await found({ q: 'muong thanh lac', locale: 'vi', to: '2020-12-31' }), [`${ids.escaped}:vi`]);
      });
    });

    test('paginates and sorts by date', async () => {
      await eventually(async () => {
        const first = await search({ q: 'vu quang ha vang', locale: 'vi', pageSize: 2, sort: 'date' });
        assert.equal(first.total, 5);
        assert.equal(first.pageCount, 3);
        const pages = [
          first,
          await search({ q: 'vu quang ha vang', locale: 'vi', pageSize: 2, page: 2, sort: 'date' }),
          await search({ q: 'vu quang ha vang', locale: 'vi', pageSize: 2, page: 3, sort: 'date' }),
        ];
        const titles = pages.flatMap((p) => p.hits.map((h) => h.title));
        assert.deepEqual(
          titles,
          [5, 4, 3, 2, 1].map((n) => `Bản tin Vũ Quang Hạ Vàng số ${n}`),
        );
      });
    });

    test('deleting a document removes it from every locale', async () => {
      await cm('DELETE', `${CM}/${ids.coop}?locale=*`);
      await eventually(async () => {
        assert.ok(!(await found({ q: 'muong thanh lac', locale: 'vi' })).includes(`${ids.coop}:vi`));
        assert.deepEqual(await found({ q: 'muong thanh', locale: 'en' }), []);
      });
    });

    test('rejects bad input with a 400 in the caller’s language, over REST and GraphQL', async () => {
      const long = await api.get(`/api/search?q=${'a'.repeat(201)}&locale=en`);
      assert.equal(long.status, 400);
      assert.match(long.json.error.message, /at most 200 characters/);
      const size = await api.get('/api/search?q=x&pageSize=51');
      assert.equal(size.status, 400);
      assert.match(size.json.error.message, /từ 1 đến 50/);
      const size2 = await api.get('/api/search?q=x&pageSize=51', { 'accept-language': 'en-GB,en;q=0.8' });
      assert.match(size2.json.error.message, /from 1 to 50/);
      for (const bad of ['locale=fr', 'from=2021-02-30', 'from=2021-05-01&to=2021-04-01', 'sort=popular', 'page=0', 'category=%3Cx%3E']) {
        const res = await api.get(`/api/search?q=x&${bad}`);
        assert.equal(res.status, 400, bad);
        assert.ok(!res.text.includes('stack'), bad);
      }
      const gql = await api.graphql('{ search(query: "x", pageSize: 80, locale: "en") { total } }');
      assert.equal(gql.json.errors[0].extensions.code, 'BAD_USER_INPUT');
      assert.match(gql.json.errors[0].message, /from 1 to 50/);
    });

    test('answers over GraphQL like REST', async () => {
      await eventually(async () => {
        const res = await api.graphql(
          'query($q: String) { search(query: $q, locale: "vi", pageSize: 5) { total page pageCount engine hits { documentId titleHtml snippetHtml type date } } }',
          { q: 'krieng bong' },
        );
        assert.equal(res.status, 200, res.text);
        assert.equal(res.json.data.search.engine, expectedEngine);
        assert.deepEqual(
          res.json.data.search.hits.map((h: Hit) => h.documentId),
          [ids.dam],
        );
        assert.match(res.json.data.search.hits[0].titleHtml, /<mark>Kriêng<\/mark> <mark>Bông<\/mark>/);
      });
    });

    test('finds official documents too, by their excerpt', async () => {
      await eventually(async () => {
        const res = await search({ q: 'ke hoach cai cach hanh chinh nam 2020', locale: 'vi', types: 'official-document' });
        assert.ok(res.total >= 1);
        assert.ok(res.hits.every((h) => h.type === 'official-document'));
        assert.match(res.hits[0]!.titleHtml, /<mark>Kế<\/mark> <mark>hoạch<\/mark> <mark>cải<\/mark>/);
        const both = await search({ q: 'cai cach hanh chinh', locale: 'vi', pageSize: 50 });
        assert.deepEqual([...new Set(both.hits.map((h) => h.type))].sort(), ['article', 'official-document']);
      });
    });

    test('renaming a category re-indexes its articles, in that locale only', async () => {
      const category = categories.vi![2]!;
      await cm('PUT', `/content-manager/collection-types/api::category.category/${category.documentId}?locale=vi`, {
        name: 'Chuyên mục Đổi Tên Kiểm Thử',
        slug: category.slug,
      });
      await eventually(async () => {
        const hits = (await search({ q: 'doi ten kiem thu', locale: 'vi' })).hits;
        assert.ok(
          hits.some((h) => h.documentId === ids.dam),
          'found by the new category name',
        );
        assert.ok(hits.every((h) => h.categorySlug === category.slug));
        assert.deepEqual(await found({ q: 'doi ten kiem thu', locale: 'en' }), []);
      });
    });

    if (expectedEngine === 'embedded') {
      test('with Meilisearch unreachable, searches fall back to the embedded engine and updates wait in the retry queue', async () => {
        await server.stop();
        const closed = await freePort(); // nothing listens there
        server = await startServer(db, { MEILISEARCH_HOST: `http://127.0.0.1:${closed}`, MEILISEARCH_TIMEOUT_MS: '300' });
        api = client(server.url);
        auth = { authorization: `Bearer ${await adminToken(server.url)}` };
        const res = await api.get('/api/search?q=cai%20cach%20hanh%20chinh&locale=vi');
        assert.equal(res.status, 200, res.text);
        assert.equal(res.json.data.engine, 'embedded');
        assert.equal(res.json.data.fallback, true);
        assert.ok(res.json.data.total > 0);

        const documentId = await article('vi', { title: 'Tin thử hàng đợi Sơn Kim', slug: 'tin-thu-hang-doi' });
        assert.deepEqual(
          (await search({ q: 'son kim', locale: 'vi' })).hits.map((h) => h.documentId),
          [documentId],
          'the embedded engine is current',
        );
        await eventually(async () => {
          const status = await api.get('/search/status', auth);
          assert.equal(status.status, 200, status.text);
          assert.ok(status.json.data.retryQueue.pending >= 1, 'the Meilisearch update is queued');
          assert.ok(status.json.data.retryQueue.lastError, 'with the reason it failed');
        });
      });

      test('`npm run search:check` finds what Meilisearch lacks and resyncs it (test double)', async () => {
        await server.stop();
        const double = await startMeiliDouble();
        try {
          const res = await run([TSX, 'scripts/search.ts', 'check'], { ...baseEnv(db), MEILISEARCH_HOST: double.url });
          assert.equal(res.code, 0, res.stderr);
          assert.match(res.stdout, /meilisearch:\n\s+article\s+en\s+database\s+\d+\s+index\s+0\s+DRIFT → resynced/);
          assert.match(res.stdout, /embedded:\n\s+article\s+en\s+database\s+(\d+)\s+index\s+\1\s+ok/);
          const sent = double
            .writes()
            .filter((r) => r.path.endsWith('/documents'))
            .map((r) => r.path);
          assert.ok(sent.includes('/indexes/portal_vi/documents') && sent.includes('/indexes/portal_en/documents'));
          assert.match(res.stdout, /retry queue: \d+ replayed, \d+ still pending/);
        } finally {
          await double.close();
        }
      });
    }
  });
}

behaviourSuite('embedded engine', () => ({}), 'embedded');

if (MEILI_HOST) {
  behaviourSuite(
    `real Meilisearch at ${MEILI_HOST}`,
    () => ({ MEILISEARCH_HOST: MEILI_HOST, MEILISEARCH_INDEX_PREFIX: `test_${process.pid}_${Date.now()}` }),
    'meilisearch',
  );
} else {
  process.stdout.write(
    '# NOTE: MEILISEARCH_HOST is not set, so NO real Meilisearch was run; the behaviour suite ran against the embedded engine only (the Meilisearch engine is covered by plugins/search unit tests against a test double).\n',
  );
  test(
    'behaviour suite against a real Meilisearch',
    { skip: 'not run: MEILISEARCH_HOST is not set (no real Meilisearch on this machine)' },
    () => {},
  );
}
