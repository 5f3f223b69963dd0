/**
 * Sites (issue 24, part 1): the demo seeds the province, its communes and wards of 2025-07-01 and the former
 * district's archive; every per-site type carries a site, hosts resolve to sites from memory, a site created in
 * the admin answers at once, and a database from before sites upgrades in place on first boot. The per-site
 * types come from the content-type schemas and the expected communes from cms/data, so a type added later or a
 * corrected data file is checked without editing this.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { LABEL_PATTERN } from '@portal/strapi-plugin-core/shared';
import { contentTypes } from '../helpers/content-model';
import {
  ADMIN,
  client,
  columnsOf,
  CMS_DIR,
  runSql,
  seed,
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

/** The communes and wards of 2025-07-01 by GSO code, read from the data file the seed reads (cms/data/README.md). */
function unitsOf2025(): Map<string, string> {
  const file = path.join(CMS_DIR, 'data', 'ha-tinh-merger-2025-07.json');
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { communes: Array<{ splits: Array<{ new_id: string; name: string }> }> };
  return new Map(data.communes.flatMap((c) => c.splits.map((s): [string, string] => [s.new_id, s.name])));
}

type SiteRow = { key: string; label: string | null; kind: string; state: string; code: string | null; parent: string | null };

/** Every site row with its parent's key. */
async function siteRows(db: Database): Promise<SiteRow[]> {
  const [rows] = await runSql(
    db,
    `SELECT s.key, s.label, s.kind, s.state, s.admin_unit_code AS code, p.key AS parent FROM portal_sites s
     LEFT JOIN portal_sites_parent_lnk l ON l.site_id = s.id LEFT JOIN portal_sites p ON p.id = l.inv_site_id ORDER BY s.id`,
  );
  return rows as SiteRow[];
}

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

  test('the seed writes the province, one live site per commune and ward of 2025-07-01, and the former district', async () => {
    const rows = await siteRows(seeded.db);
    const units = unitsOf2025();
    assert.equal(units.size, 69, 'the data file lists the 69 units of 2025-07-01');
    assert.equal(rows.length, units.size + 2, rows.map((r) => r.key).join(', '));
    assert.equal(rows.filter((r) => r.key === 'province').length, 1, 'the default site is updated, never made twice');
    const communes = rows.filter((r) => r.parent === 'province' && (r.kind === 'commune' || r.kind === 'ward'));
    assert.equal(communes.length, units.size);
    assert.equal(new Set(communes.map((r) => r.key)).size, communes.length, 'keys are unique');
    for (const site of communes) {
      assert.match(site.key, LABEL_PATTERN);
      assert.equal(site.label, site.key, `${site.key}: its host label is its key`);
      assert.equal(site.state, 'live', site.key);
      assert.equal(site.kind, units.get(site.code ?? '')?.startsWith('Phường') ? 'ward' : 'commune', site.key);
    }
    assert.deepEqual(communes.map((r) => r.code).sort(), [...units.keys()].sort(), 'one site per unit, by GSO code');
    const archives = rows.filter((r) => r.kind === 'archive');
    assert.deepEqual(archives, [
      { key: 'huyenthachha', label: 'huyenthachha', kind: 'archive', state: 'archived', code: '445', parent: 'province' },
    ]);
  });

  test('a commune, a ward and the archive answer on their hosts; the root is the province of the data', async () => {
    const camXuyen = await seeded.api.get('/api/portal-core/site?host=camxuyen.localhost');
    assert.equal(camXuyen.status, 200, camXuyen.text);
    assert.equal(camXuyen.json.data.name, 'Xã Cẩm Xuyên');
    assert.equal(camXuyen.json.data.nameEn, 'Cam Xuyen Commune');
    assert.equal(camXuyen.json.data.kind, 'commune');
    assert.equal(camXuyen.json.data.state, 'live');
    assert.deepEqual(camXuyen.json.data.languages, ['vi', 'en']);
    assert.ok(
      Object.values(camXuyen.json.data.features).every((on) => on === true),
      'every feature on by default',
    );
    const thanhSen = await seeded.api.get('/api/portal-core/site?host=thanhsen.localhost:3000');
    assert.equal(thanhSen.json.data.name, 'Phường Thành Sen');
    assert.equal(thanhSen.json.data.nameEn, 'Thanh Sen Ward');
    assert.equal(thanhSen.json.data.kind, 'ward');
    // The commune Xã Thạch Hà has the label `thachha`; the former district's archive keeps its kind word.
    assert.equal((await seeded.api.get('/api/portal-core/site?host=thachha.localhost')).json.data.name, 'Xã Thạch Hà');
    const archive = await seeded.api.get('/api/portal-core/site?host=huyenthachha.localhost');
    assert.equal(archive.status, 200, archive.text);
    assert.equal(archive.json.data.state, 'archived');
    assert.equal(archive.json.data.kind, 'archive');
    assert.equal(archive.json.data.name, 'Huyện Thạch Hà (đến 30/6/2025)');
    assert.equal(archive.json.data.nameEn, 'Thach Ha District (until 30 June 2025)');
    const [until] = await runSql(seeded.db, `SELECT CAST(valid_until AS TEXT) AS d FROM portal_sites WHERE key = 'huyenthachha'`);
    assert.equal(until![0]!.d, '2025-06-30');
    const root = await seeded.api.get('/api/portal-core/site?host=localhost');
    assert.equal(root.json.data.name, 'Tỉnh Hà Tĩnh');
    assert.equal(root.json.data.nameEn, 'Ha Tinh Province');
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

  describe('a department site made in the admin', () => {
    let siteId: string;
    let articleId: string;

    before(async () => {
      const res = await seeded.api.request(
        'POST',
        SITES,
        {
          key: 'sotuphap',
          name: 'Trang thông tin Sở Tư pháp',
          nameEn: 'Department of Justice',
          label: 'sotuphap',
          kind: 'department',
          state: 'live',
          aliases: ['SoTuPhap.Example.vn.'],
        },
        admin,
      );
      assert.equal(res.status, 201, res.text);
      siteId = res.json.data.documentId;
    });

    test('answers on <label>.<root> and its aliases at once, with no restart', async () => {
      for (const host of ['sotuphap.localhost', 'sotuphap.localhost:3000', 'sotuphap.example.vn']) {
        const res = await seeded.api.get(`/api/portal-core/site?host=${host}`);
        assert.equal(res.status, 200, `${host}: ${res.text}`);
        assert.equal(res.json.data.key, 'sotuphap');
        assert.equal(res.json.data.primaryHost, 'sotuphap.localhost');
      }
      assert.equal((await seeded.api.get('/api/portal-core/site?host=localhost')).json.data.key, 'province');
    });

    test('holds its own articles: a new locale keeps the site, an update cannot move it', async () => {
      const res = await seeded.api.request(
        'POST',
        '/api/articles?locale=vi',
        { data: { title: 'Tin Sở Tư pháp', slug: 'tin-so-tu-phap', site: 'sotuphap' } },
        token,
      );
      assert.equal(res.status, 201, res.text);
      articleId = res.json.data.documentId;
      // The admin's form never sends `site` (the field is not in its edit view): the document's site is kept.
      const en = await seeded.api.request(
        'PUT',
        `${CM}/${articleId}?locale=en`,
        { title: 'Justice department news', slug: 'justice-department-news' },
        admin,
      );
      assert.equal(en.status, 200, en.text);
      const edit = await seeded.api.request('PUT', `${CM}/${articleId}?locale=vi`, { title: 'Tin Sở Tư pháp (sửa)' }, admin);
      assert.equal(edit.status, 200, edit.text);
      assert.deepEqual(await siteOfRows(seeded.db, 'articles', `document_id = '${articleId}'`), ['en:sotuphap', 'vi:sotuphap']);
      const moved = await seeded.api.request('PUT', `/api/articles/${articleId}?locale=vi`, { data: { site: 'province' } }, token);
      assert.equal(moved.status, 400, moved.text);
      assert.match(moved.json.error.message, /Không thể chuyển nội dung sang trang thông tin "province"/);
      assert.deepEqual(await siteOfRows(seeded.db, 'articles', `document_id = '${articleId}'`), ['en:sotuphap', 'vi:sotuphap']);
    });

    test('a host another site answers on, a changed key, or deleting a site with content is refused', async () => {
      const taken = await seeded.api.request(
        'POST',
        SITES,
        { key: 'sonoivu', name: 'Trang thông tin Sở Nội vụ', kind: 'department', state: 'live', aliases: ['sotuphap.localhost'] },
        admin,
      );
      assert.equal(taken.status, 400, taken.text);
      assert.equal(taken.json.error.message, 'Địa chỉ "sotuphap.localhost" đã thuộc trang thông tin "sotuphap".');
      // A seeded commune's label is its host: nobody else gets it.
      const commune = await seeded.api.request(
        'POST',
        SITES,
        { key: 'sonoivu', name: 'Trang thông tin Sở Nội vụ', kind: 'department', label: 'camxuyen' },
        admin,
      );
      assert.equal(commune.status, 400, commune.text);
      assert.equal(commune.json.error.message, 'Địa chỉ "camxuyen.localhost" đã thuộc trang thông tin "camxuyen".');
      const bad = await seeded.api.request(
        'POST',
        SITES,
        { key: 'sonoivu', name: 'Trang thông tin Sở Nội vụ', kind: 'department', aliases: ['http://x'] },
        admin,
      );
      assert.equal(bad.status, 400, bad.text);
      const rekey = await seeded.api.request('PUT', `${SITES}/${siteId}`, { key: 'sotuphap2' }, admin);
      assert.equal(rekey.status, 400, rekey.text);
      const drop = await seeded.api.request('DELETE', `${SITES}/${siteId}`, undefined, admin);
      assert.equal(drop.status, 400, drop.text);
      assert.match(drop.json.error.message, /còn \d+ mục nội dung/);
    });

    test('suspended, it answers no host (404 in Vietnamese); live again, it answers at once', async () => {
      const suspend = await seeded.api.request('PUT', `${SITES}/${siteId}`, { state: 'suspended' }, admin);
      assert.equal(suspend.status, 200, suspend.text);
      const gone = await seeded.api.get('/api/portal-core/site?host=sotuphap.localhost');
      assert.equal(gone.status, 404);
      assert.equal(gone.json.error.message, NO_SITE);
      const back = await seeded.api.request('PUT', `${SITES}/${siteId}`, { state: 'live' }, admin);
      assert.equal(back.status, 200, back.text);
      assert.equal((await seeded.api.get('/api/portal-core/site?host=sotuphap.localhost')).status, 200);
    });
  });

  test('the seed run again creates nothing twice and keeps what the admin made', async () => {
    const before = await siteRows(seeded.db);
    assert.ok(before.some((r) => r.key === 'sotuphap'));
    // One writer on the database: the server stops first (`after` then only drops the database).
    await seeded.server.stop();
    const again = await seed(seeded.db, '--articles', '0');
    assert.equal(again.code, 0, `${again.stdout}\n${again.stderr}`);
    assert.match(again.stdout, /sites: 72\b/, 'the 71 seeded sites and the department made in the admin');
    assert.deepEqual(await siteRows(seeded.db), before);
    const [dupes] = await runSql(seeded.db, 'SELECT key FROM portal_sites GROUP BY key HAVING COUNT(*) > 1');
    assert.deepEqual(dupes, []);
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
