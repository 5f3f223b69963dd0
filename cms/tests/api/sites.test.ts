/**
 * Sites (issue 24, part 1): every per-site type carries a site, hosts resolve to sites from memory, a site
 * created in the admin answers at once, and a database from before sites upgrades in place on first boot.
 * The per-site types come from the content-type schemas, so a type added later is checked without editing this.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { contentTypes } from '../helpers/content-model';
import {
  ADMIN,
  client,
  columnsOf,
  runSql,
  seededDatabase,
  startSeededServer,
  startServer,
  type Database,
  type SeededServer,
} from '../helpers/portal';

/** The core's default `sites.shared`: types every site shares, without a site column. */
const SHARED = new Set(['api::admin-unit.admin-unit']);
const STAMPED = contentTypes().filter((t) => !SHARED.has(t.uid));
const CM = '/content-manager/collection-types/api::article.article';
const SITES = '/content-manager/collection-types/plugin::portal-core.site';
const NO_SITE = 'Không có trang thông tin nào ở địa chỉ này.';

/** Rows of each per-site table, and how many of them are on `site`. */
async function siteCounts(db: Database, site: string): Promise<Record<string, { rows: number; onSite: number }>> {
  const out: Record<string, { rows: number; onSite: number }> = {};
  for (const t of STAMPED) {
    const [rows] = await runSql(
      db,
      `SELECT COUNT(*) AS n, SUM(CASE WHEN site = '${site}' THEN 1 ELSE 0 END) AS s FROM ${t.collectionName}`,
    );
    out[t.collectionName] = { rows: Number(rows?.[0]?.n ?? 0), onSite: Number(rows?.[0]?.s ?? 0) };
  }
  return out;
}

/** `locale:site` of the rows (draft and published) of some entries. */
const siteOfRows = async (db: Database, table: string, where: string) =>
  (await runSql(db, `SELECT DISTINCT locale, site FROM ${table} WHERE ${where} ORDER BY locale`))[0]!.map((r) => `${r.locale}:${r.site}`);

describe(`sites on one deployment (${process.env.TEST_DATABASE ?? 'sqlite'})`, () => {
  let seeded: SeededServer;
  let admin: Record<string, string>;
  let token: Record<string, string>;

  before(async () => {
    seeded = await startSeededServer({ logins: [ADMIN] });
    admin = seeded.auth[ADMIN.email]!;
    const created = await seeded.api.request('POST', '/admin/api-tokens', { name: 'Sites', type: 'full-access', lifespan: null }, admin);
    assert.equal(created.status, 201, created.text);
    token = { authorization: `Bearer ${created.json.data.accessKey}` };
  });

  after(async () => {
    await seeded?.stop();
  });

  test('every row of every per-site type of the demo is on the province; a shared type has no site column', async () => {
    assert.ok(STAMPED.length >= 8, `per-site types: ${STAMPED.map((t) => t.uid).join(', ')}`);
    const counts = await siteCounts(seeded.db, 'province');
    for (const [table, { rows, onSite }] of Object.entries(counts)) assert.equal(onSite, rows, `${table}: ${onSite} of ${rows} rows`);
    assert.ok(counts.articles!.rows > 0 && counts.site_settings!.rows > 0);
    for (const uid of SHARED) {
      const shared = contentTypes().find((t) => t.uid === uid)!;
      const columns = await columnsOf(seeded.db, shared.collectionName);
      assert.ok(columns.length > 0 && !columns.includes('site'), `${shared.collectionName}: ${columns.join(', ')}`);
    }
  });

  test('the root host is the province; an unknown host is a 404 in Vietnamese, never another site', async () => {
    const root = await seeded.api.get('/api/portal-core/site?host=localhost');
    assert.equal(root.status, 200, root.text);
    assert.equal(root.json.data.key, 'province');
    assert.equal(root.json.data.kind, 'province');
    assert.equal(root.json.data.state, 'live');
    assert.equal(root.json.data.primaryHost, 'localhost');
    assert.deepEqual(root.json.data.languages, ['vi', 'en']);
    for (const field of ['id', 'documentId', 'createdBy', 'updatedBy', 'adminUnitCode', 'aliases'])
      assert.ok(!(field in root.json.data), `${field} is not public`);
    assert.equal((await seeded.api.get('/api/portal-core/site?host=LocalHost:3000')).json.data.key, 'province');
    for (const host of ['nowhere.localhost', 'example.com', '']) {
      const res = await seeded.api.get(`/api/portal-core/site?host=${encodeURIComponent(host)}`);
      assert.equal(res.status, 404, host);
      assert.equal(res.json.error.status, 404);
      assert.equal(res.json.error.message, NO_SITE);
      assert.equal(res.headers.get('cache-control'), 'no-store');
      assert.equal(res.json.data, null);
    }
    // No `host`: the request's own Host (here 127.0.0.1, which no site lists).
    assert.equal((await seeded.api.get('/api/portal-core/site')).status, 404);
  });

  test('an article written without a site is on the province, and so is its new locale', async () => {
    const created = await seeded.api.request(
      'POST',
      `${CM}?locale=vi`,
      { title: 'Bài không nêu trang', slug: 'bai-khong-neu-trang' },
      admin,
    );
    assert.equal(created.status, 201, created.text);
    const id = created.json.data.documentId as string;
    const en = await seeded.api.request('PUT', `${CM}/${id}?locale=en`, { title: 'No site named', slug: 'no-site-named' }, admin);
    assert.equal(en.status, 200, en.text);
    assert.deepEqual(await siteOfRows(seeded.db, 'articles', `document_id = '${id}'`), ['en:province', 'vi:province']);
    const rest = await seeded.api.request('POST', '/api/articles?locale=vi', { data: { title: 'Qua REST', slug: 'qua-rest' } }, token);
    assert.equal(rest.status, 201, rest.text);
    assert.equal(rest.json.data.site, 'province', 'reads show the site key');
  });

  test('an unknown or malformed site is refused in Vietnamese, and nothing is written', async () => {
    const before = await siteCounts(seeded.db, 'province');
    for (const site of ['nowhere', 'Bad Key!', 42]) {
      const res = await seeded.api.request(
        'POST',
        '/api/articles?locale=vi',
        { data: { title: 'Lạc trang', slug: `lac-trang`, site } },
        token,
      );
      assert.equal(res.status, 400, `${site}: ${res.text}`);
      assert.equal(res.json.error.message, `Trang thông tin "${site}" không tồn tại.`);
    }
    const category = await seeded.api.request(
      'POST',
      '/api/categories?locale=vi',
      { data: { name: 'Lạc', slug: 'lac', site: 'x' } },
      token,
    );
    assert.equal(category.status, 400, category.text);
    assert.deepEqual(await siteCounts(seeded.db, 'province'), before);
    assert.deepEqual((await runSql(seeded.db, `SELECT id FROM articles WHERE slug = 'lac-trang'`))[0], []);
  });

  describe('a commune site made in the admin', () => {
    let siteId: string;
    let articleId: string;

    before(async () => {
      const res = await seeded.api.request(
        'POST',
        SITES,
        {
          key: 'camxuyen',
          name: 'Cổng thông tin điện tử xã Cẩm Xuyên',
          nameEn: 'Cam Xuyen Commune Portal',
          label: 'camxuyen',
          kind: 'commune',
          state: 'live',
          adminUnitCode: '18766',
          aliases: ['CamXuyen.Example.vn.'],
        },
        admin,
      );
      assert.equal(res.status, 201, res.text);
      siteId = res.json.data.documentId;
    });

    test('answers on <label>.<root> and its aliases at once, with no restart', async () => {
      for (const host of ['camxuyen.localhost', 'camxuyen.localhost:3000', 'camxuyen.example.vn']) {
        const res = await seeded.api.get(`/api/portal-core/site?host=${host}`);
        assert.equal(res.status, 200, `${host}: ${res.text}`);
        assert.equal(res.json.data.key, 'camxuyen');
        assert.equal(res.json.data.primaryHost, 'camxuyen.localhost');
      }
      assert.equal((await seeded.api.get('/api/portal-core/site?host=localhost')).json.data.key, 'province');
    });

    test('holds its own articles: a new locale keeps the site, an update cannot move it', async () => {
      const res = await seeded.api.request(
        'POST',
        '/api/articles?locale=vi',
        { data: { title: 'Tin Cẩm Xuyên', slug: 'tin-cam-xuyen', site: 'camxuyen' } },
        token,
      );
      assert.equal(res.status, 201, res.text);
      articleId = res.json.data.documentId;
      // The admin's form never sends `site` (the field is not in its edit view): the document's site is kept.
      const en = await seeded.api.request(
        'PUT',
        `${CM}/${articleId}?locale=en`,
        { title: 'Cam Xuyen news', slug: 'cam-xuyen-news' },
        admin,
      );
      assert.equal(en.status, 200, en.text);
      const edit = await seeded.api.request('PUT', `${CM}/${articleId}?locale=vi`, { title: 'Tin Cẩm Xuyên (sửa)' }, admin);
      assert.equal(edit.status, 200, edit.text);
      assert.deepEqual(await siteOfRows(seeded.db, 'articles', `document_id = '${articleId}'`), ['en:camxuyen', 'vi:camxuyen']);
      const moved = await seeded.api.request('PUT', `/api/articles/${articleId}?locale=vi`, { data: { site: 'province' } }, token);
      assert.equal(moved.status, 400, moved.text);
      assert.match(moved.json.error.message, /Không thể chuyển nội dung sang trang thông tin "province"/);
      assert.deepEqual(await siteOfRows(seeded.db, 'articles', `document_id = '${articleId}'`), ['en:camxuyen', 'vi:camxuyen']);
    });

    test('a host another site answers on, a changed key, or deleting a site with content is refused', async () => {
      const taken = await seeded.api.request(
        'POST',
        SITES,
        { key: 'thachha', name: 'Xã Thạch Hà', kind: 'commune', state: 'live', aliases: ['camxuyen.localhost'] },
        admin,
      );
      assert.equal(taken.status, 400, taken.text);
      assert.equal(taken.json.error.message, 'Địa chỉ "camxuyen.localhost" đã thuộc trang thông tin "camxuyen".');
      const bad = await seeded.api.request(
        'POST',
        SITES,
        { key: 'thachha', name: 'Xã Thạch Hà', kind: 'commune', aliases: ['http://x'] },
        admin,
      );
      assert.equal(bad.status, 400, bad.text);
      const rekey = await seeded.api.request('PUT', `${SITES}/${siteId}`, { key: 'camxuyen2' }, admin);
      assert.equal(rekey.status, 400, rekey.text);
      const drop = await seeded.api.request('DELETE', `${SITES}/${siteId}`, undefined, admin);
      assert.equal(drop.status, 400, drop.text);
      assert.match(drop.json.error.message, /còn \d+ mục nội dung/);
    });

    test('suspended, it answers no host (404 in Vietnamese); live again, it answers at once', async () => {
      const suspend = await seeded.api.request('PUT', `${SITES}/${siteId}`, { state: 'suspended' }, admin);
      assert.equal(suspend.status, 200, suspend.text);
      const gone = await seeded.api.get('/api/portal-core/site?host=camxuyen.localhost');
      assert.equal(gone.status, 404);
      assert.equal(gone.json.error.message, NO_SITE);
      const back = await seeded.api.request('PUT', `${SITES}/${siteId}`, { state: 'live' }, admin);
      assert.equal(back.status, 200, back.text);
      assert.equal((await seeded.api.get('/api/portal-core/site?host=camxuyen.localhost')).status, 200);
    });
  });
});

test('a database from before sites upgrades in place on first boot: every row on the province, nothing lost', async () => {
  const db = await seededDatabase();
  try {
    const before = await siteCounts(db, 'province');
    // Undo what the sites release added: the site columns (and their index), the sites tables, and the
    // schema Strapi remembered, as a database of the previous release has it.
    const statements: string[] = [];
    for (const t of STAMPED) {
      if (db.kind === 'sqlite') statements.push(`DROP INDEX IF EXISTS ${t.collectionName}_site_idx`);
      statements.push(`ALTER TABLE ${t.collectionName} DROP COLUMN site`);
    }
    statements.push('DROP TABLE portal_sites_parent_lnk', 'DROP TABLE portal_sites', 'DELETE FROM strapi_database_schema');
    await runSql(db, ...statements);
    for (const t of STAMPED) assert.ok(!(await columnsOf(db, t.collectionName)).includes('site'));

    const server = await startServer(db);
    try {
      const afterBoot = await siteCounts(db, 'province');
      for (const [table, { rows }] of Object.entries(before)) {
        assert.equal(afterBoot[table]!.rows, rows, `${table}: row count kept`);
        assert.equal(afterBoot[table]!.onSite, rows, `${table}: every row on the province`);
      }
      const site = await client(server.url).get('/api/portal-core/site?host=localhost');
      assert.equal(site.status, 200, site.text);
      assert.equal(site.json.data.key, 'province');
      const articles = await client(server.url).get('/api/articles?locale=vi&pagination[pageSize]=1');
      assert.ok(articles.json.meta.pagination.total > 0, 'the published articles still answer');
      assert.equal(articles.json.data[0].site, 'province');
    } finally {
      await server.stop();
    }
  } finally {
    await db.drop();
  }
});
